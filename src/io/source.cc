#include "claims/io/source.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

namespace claims {

std::vector<std::string> DefaultGlobs(InputFormat format) {
  if (format == InputFormat::kJsonl) return {"*.jsonl", "*.ndjson"};
  return InputOptions{}.globs;
}

DocumentSource::DocumentSource(std::vector<Input> inputs, InputFormat format, InputOptions options)
    : inputs_(std::move(inputs)), format_(format), options_(std::move(options)) {}

DocumentSource::~DocumentSource() { CloseInput(); }

void DocumentSource::CloseInput() {
  reader_.reset();
  if (fd_ >= 0 && owns_fd_) ::close(fd_);  // stdin stays open
  fd_ = -1;
  owns_fd_ = false;
}

bool DocumentSource::Next(PendingDocument* out) {
  *out = PendingDocument();
  out->format = format_;
  if (format_ == InputFormat::kText) {
    if (next_input_ >= inputs_.size()) return false;
    out->input = inputs_[next_input_++];
    out->where = out->input.name;
    return true;
  }
  return NextLine(out);
}

bool DocumentSource::NextLine(PendingDocument* out) {
  while (true) {
    if (!reader_) {
      if (next_input_ >= inputs_.size()) return false;
      const Input& in = inputs_[next_input_++];
      current_ = in.is_stdin ? "stdin" : in.name;
      if (in.is_stdin) {
        fd_ = 0;
      } else {
        // O_NONBLOCK: a path that turned into a FIFO since it was listed must not block
        // the run; fstat then rejects it.
        fd_ = ::open(in.path.c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK);
        owns_fd_ = fd_ >= 0;
        struct stat st;
        std::string problem;
        if (fd_ < 0) {
          problem = std::string("cannot open: ") + std::strerror(errno);
        } else if (::fstat(fd_, &st) != 0 || !S_ISREG(st.st_mode)) {
          problem = "not a regular file";
        }
        if (!problem.empty()) {
          CloseInput();
          out->input = in;
          out->where = current_;
          out->error = Status::Error(problem);
          out->per_document = false;
          return true;
        }
      }
      reader_ = std::make_unique<LineReader>(fd_, MaxJsonlLineSize(options_.max_doc_size));
      out->input = in;
    }
    bool too_long = false;
    if (!reader_->Next(&out->line, &too_long)) {
      std::string error = reader_->error();
      size_t line = reader_->line_number() + 1;
      CloseInput();
      if (!error.empty()) {
        out->where = current_ + ":" + std::to_string(line);
        out->error = Status::Error(error);
        out->per_document = false;
        return true;
      }
      continue;  // next input
    }
    out->input = inputs_[next_input_ - 1];
    out->where = current_ + ":" + std::to_string(reader_->line_number());
    if (too_long) {
      out->error = Status::Error("line longer than " +
                                 std::to_string(MaxJsonlLineSize(options_.max_doc_size)) +
                                 " bytes (3 x --max-doc-size + 64 KiB): skipped");
      return true;
    }
    if (out->line.find_first_not_of(" \t\r") == std::string::npos) continue;  // blank line
    return true;
  }
}

Status LoadDocument(const PendingDocument& p, const InputOptions& options, Document* doc) {
  if (!p.error.ok()) {
    // A reused document must not keep the text of the one read before.
    doc->name = p.where;
    doc->bytes.clear();
    return p.error;
  }
  if (p.format == InputFormat::kText) return ReadInput(p.input, options, doc);
  return ParseJsonlDocument(p.line, options.max_doc_size, doc);
}

}  // namespace claims
