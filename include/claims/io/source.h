// DocumentSource: the documents of a run, handed out one at a time in input order.
//
// With InputFormat::kText every input (file or `-`) is one document. With kJsonl every
// input is a JSON Lines file (or `-` for stdin) read line by line through a fixed
// buffer, each line one document (see io/jsonl.h), so memory stays flat however many
// lines come. Next() only hands out work and does no parsing, so a driver can call
// it under a lock; LoadDocument() does the reading or parsing and is thread-safe.
//
//   claims::DocumentSource source(inputs, claims::InputFormat::kJsonl, options);
//   claims::PendingDocument p;
//   while (source.Next(&p)) {
//     claims::Document doc;
//     claims::Status st = claims::LoadDocument(p, options, &doc);
//     if (!st.ok()) report("claims: " + p.where + ": " + st.message());
//   }
#ifndef CLAIMS_IO_SOURCE_H_
#define CLAIMS_IO_SOURCE_H_

#include <memory>
#include <string>
#include <vector>

#include "claims/io/document.h"
#include "claims/io/jsonl.h"
#include "claims/io/reader.h"
#include "claims/span.h"

namespace claims {

enum class InputFormat { kText, kJsonl };

// Default folder globs of each format (--glob overrides them).
std::vector<std::string> DefaultGlobs(InputFormat format);

// One unit of work: enough to produce one Document.
struct PendingDocument {
  InputFormat format = InputFormat::kText;
  Input input;        // kText: the file or stdin to read; kJsonl: the file the line is from
  std::string line;   // kJsonl: the document's line
  std::string where;  // how problems name it: the input name, or "FILE:LINE" for kJsonl
  Status error;       // already failed while reading (unreadable file, line too long)
  // False for problems with a whole input (a JSONL file that cannot be opened): they
  // concern every shard, while a document or line belongs to one.
  bool per_document = true;
};

class DocumentSource {
 public:
  DocumentSource(std::vector<Input> inputs, InputFormat format, InputOptions options);
  ~DocumentSource();
  DocumentSource(const DocumentSource&) = delete;
  DocumentSource& operator=(const DocumentSource&) = delete;

  // Hands out the next document; false when there are no more. Not thread-safe.
  bool Next(PendingDocument* out);

 private:
  bool NextLine(PendingDocument* out);
  void CloseInput();

  std::vector<Input> inputs_;
  InputFormat format_;
  InputOptions options_;
  size_t next_input_ = 0;
  // kJsonl: the input being read.
  int fd_ = -1;
  bool owns_fd_ = false;
  std::string current_;  // its name in messages ("stdin" for -)
  std::unique_ptr<LineReader> reader_;
};

// Reads (kText) or parses (kJsonl) a pending document into `doc`. Thread-safe.
Status LoadDocument(const PendingDocument& pending, const InputOptions& options, Document* doc);

}  // namespace claims

#endif  // CLAIMS_IO_SOURCE_H_
