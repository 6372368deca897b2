// Document: one article as read from disk, stdin or a JSON Lines input line.
//
// `name` is what records carry as `doc`: the path as given on the command line, or
// the `id` of a JSONL document. `date` and `outlet` are metadata given with the
// document; when present they win over anything inferred from the text.
#ifndef CLAIMS_IO_DOCUMENT_H_
#define CLAIMS_IO_DOCUMENT_H_

#include <optional>
#include <string>

namespace claims {

struct Document {
  std::string name;
  std::string bytes;
  std::optional<std::string> date;    // YYYY-MM-DD, given with the document
  std::optional<std::string> outlet;  // given with the document
  std::optional<std::string> url;
};

}  // namespace claims

#endif  // CLAIMS_IO_DOCUMENT_H_
