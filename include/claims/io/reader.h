// Input: turning command-line paths into a sorted list of inputs and reading them.
//
//   claims::InputOptions opts;                       // default globs *.txt *.md *.text
//   std::vector<claims::InputError> errors;
//   auto inputs = claims::ListInputs({"corpus/", "-"}, opts, &errors);
//   for (const auto& in : inputs) {
//     claims::Document doc;
//     claims::Status st = claims::ReadInput(in, opts, &doc);
//     if (!st.ok()) { /* report "claims: " + in.name + ": " + st.message() */ }
//   }
//
// Folders are walked recursively; their regular files matching a glob are taken in
// sorted path order. Symlinked folders are not followed (no loops); FIFOs, sockets and
// devices are skipped without being opened. A path named explicitly is read whatever
// its extension. `-` is standard input.
#ifndef CLAIMS_IO_READER_H_
#define CLAIMS_IO_READER_H_

#include <cstddef>
#include <istream>
#include <string>
#include <string_view>
#include <vector>

#include "claims/io/document.h"
#include "claims/span.h"

namespace claims {

struct InputOptions {
  std::vector<std::string> globs = {"*.txt", "*.md", "*.text"};
  size_t max_doc_size = size_t{64} << 20;  // bytes
};

struct Input {
  std::string name;  // as reported and emitted as `doc`
  std::string path;  // filesystem path; empty for stdin
  bool is_stdin = false;
};

struct InputError {
  std::string name;
  std::string message;
};

// Expands `paths` into inputs. Problems (missing path, unreadable folder) are appended
// to `errors`; the remaining inputs are still returned.
std::vector<Input> ListInputs(const std::vector<std::string>& paths, const InputOptions& options,
                              std::vector<InputError>* errors);

// Matches a file name (not a path) against a shell glob with * ? and [...].
bool GlobMatch(std::string_view pattern, std::string_view name);

// Reads one input into `doc` and validates it (size, binary content, UTF-8).
Status ReadInput(const Input& input, const InputOptions& options, Document* doc);

// Reads all of `in` (for stdin), at most `limit` bytes; returns false when larger.
bool ReadStream(std::istream& in, size_t limit, std::string* out);

// Checks bytes for text-ness: no NUL bytes, valid UTF-8. Returns the problem or ok.
Status ValidateText(std::string_view bytes);

}  // namespace claims

#endif  // CLAIMS_IO_READER_H_
