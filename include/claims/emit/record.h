// Record: one attributed statement, the unit of output.
//
// Field order is the output contract (docs/output.md): id, doc, speaker, mention,
// role, claim, type, cue, date, said_on, outlet, via, span, rule. Every field is
// always written; unknown ones are null.
//
//   std::string line;
//   claims::AppendJson(record, &line);  // {"id":"…","doc":"…",…}
//   line += '\n';
#ifndef CLAIMS_EMIT_RECORD_H_
#define CLAIMS_EMIT_RECORD_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "claims/span.h"

namespace claims {

inline constexpr int kSchemaVersion = 1;

struct Record {
  std::string id;
  std::string doc;
  std::optional<std::string> speaker;
  std::optional<std::string> mention;
  std::optional<std::string> role;
  std::string claim;
  std::string type;  // direct | indirect | mixed
  std::optional<std::string> cue;
  std::optional<std::string> date;
  std::optional<std::string> said_on;
  std::optional<std::string> outlet;
  std::optional<std::string> via;
  Span span;  // original byte offsets
  std::string rule;
};

// Appends the record as one compact JSON object (no newline).
void AppendJson(const Record& r, std::string* out);
// Room AppendJson needs for the record when no character has to be escaped (a little
// more than it writes): what to reserve before writing records.
size_t JsonSizeHint(const Record& r);
// Appends the record as an indented JSON object, `indent` spaces deep.
void AppendJsonPretty(const Record& r, int indent, std::string* out);
// Appends `s` as a JSON string literal; invalid UTF-8 becomes U+FFFD.
void AppendJsonString(std::string_view s, std::string* out);

// Parses a record line written by AppendJson (for diff, eval and speakers --from).
// Returns false with `error` set when the line is not a JSON object.
bool ParseRecord(std::string_view line, Record* r, std::string* error);

// Stable id: hash of document name, normalized claim text, speaker and the
// occurrence number of that triple in its document (0 for the first).
std::string MakeId(std::string_view doc, std::string_view claim,
                   const std::optional<std::string>& speaker, int occurrence);

// Lower-case word tokens of `text` joined by single spaces: the claim text as ids
// and comparisons see it.
std::string NormalizeClaimText(std::string_view text);

// Assigns ids to the records of one document, numbering repeated claims.
void AssignIds(std::vector<Record>* records);

// AssignIds for a document whose records come in several batches (one per section):
// a claim repeated in a later batch is numbered after its earlier occurrences.
class IdAssigner {
 public:
  void Assign(std::vector<Record>* records);

 private:
  // A triple seen: its normalized claim text and speaker are kept in text_.
  struct Slot {
    uint64_t hash = 0;
    uint32_t doc = 0;  // index in docs_
    int count = 0;     // occurrences so far; 0 for an empty slot
    size_t norm_at = 0, norm_size = 0;
    size_t speaker_at = 0, speaker_size = 0;
  };
  std::vector<Slot> slots_;  // open addressing by hash; a power of two in size
  size_t used_ = 0;
  std::string text_;               // the slots' texts, one after another
  std::vector<std::string> docs_;  // the documents' names, as they came
  uint64_t doc_hash_ = 0;          // Fnv1a of docs_.back()
};

}  // namespace claims

#endif  // CLAIMS_EMIT_RECORD_H_
