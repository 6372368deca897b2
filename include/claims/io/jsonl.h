// JSON Lines documents: `claims extract --input-format jsonl` takes one document per
// line, and `claims to-jsonl` writes them.
//
//   {"id": "corpus/a.txt", "text": "MOSCOW, January 27 (TASS). ...", "outlet": "TASS",
//    "date": "2022-01-27", "url": "https://..."}
//
// `id` (a string, or an integer written in decimal) becomes the document's name and
// so the records' `doc`; `text` is the article. `outlet`, `date` (YYYY-MM-DD) and `url`
// may be absent or null; when given they win over what is inferred from the text.
// Other members are ignored. `text` is checked like a file (no NUL, valid UTF-8, at
// most --max-doc-size bytes). Blank lines are skipped.
//
//   claims::LineReader lines(fd, claims::MaxJsonlLineSize(opts.max_doc_size));
//   std::string line;
//   bool too_long = false;
//   while (lines.Next(&line, &too_long)) {
//     claims::Document doc;
//     claims::Status st = too_long ? claims::Status::Error("line too long")
//                                  : claims::ParseJsonlDocument(line, opts.max_doc_size, &doc);
//   }
#ifndef CLAIMS_IO_JSONL_H_
#define CLAIMS_IO_JSONL_H_

#include <cstddef>
#include <string>
#include <string_view>

#include "claims/io/document.h"
#include "claims/span.h"

namespace claims {

// Parses one line into `doc` (name, bytes, date, outlet, url). On failure returns the
// reason ("not JSON: ...", "missing \"text\"", "binary text ...").
Status ParseJsonlDocument(std::string_view line, size_t max_doc_size, Document* doc);

// Appends `doc` as one JSON Lines document, newline included: id, text and the
// metadata that is set. The text must be valid UTF-8 (ValidateText).
void AppendJsonlDocument(const Document& doc, std::string* out);

// Whether `s` has the form YYYY-MM-DD (digits and dashes), as a given `date` must.
bool IsIsoDate(std::string_view s);

// Longest input line read for documents of at most `max_doc_size` bytes: room for
// JSON escapes (3 x, which covers \uXXXX for every non-ASCII character) and metadata.
size_t MaxJsonlLineSize(size_t max_doc_size);

// Reads lines from a file descriptor through a fixed buffer, so memory stays flat
// however long the input is. A line longer than `max_line` bytes is skipped to its
// end without being kept. Does not own the descriptor.
class LineReader {
 public:
  LineReader(int fd, size_t max_line) : fd_(fd), max_line_(max_line) {}
  LineReader(const LineReader&) = delete;
  LineReader& operator=(const LineReader&) = delete;

  // Reads the next line without its "\n" (or "\r\n"). Returns false at the end of the
  // input or on a read error (then error() is set). `*too_long` tells that the line
  // was longer than max_line and was dropped (`line` is then empty).
  bool Next(std::string* line, bool* too_long);
  // 1-based number of the line last returned.
  size_t line_number() const { return line_number_; }
  const std::string& error() const { return error_; }

 private:
  bool Fill();  // false at end of input or error
  int fd_;
  size_t max_line_;
  char buf_[1 << 16];
  size_t pos_ = 0;
  size_t end_ = 0;
  size_t line_number_ = 0;
  bool eof_ = false;
  std::string error_;
};

}  // namespace claims

#endif  // CLAIMS_IO_JSONL_H_
