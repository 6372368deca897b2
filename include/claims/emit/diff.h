// Diff: what changed between two runs of `claims extract` (two corpus revisions, or
// two versions of the rules).
//
// Records are paired in two passes:
//   1. by id. Ids hash the document name, the normalized claim text, the speaker and
//      the occurrence number, never offsets (see record.h), so a claim keeps its id
//      when other text or other documents change. A pair whose fields differ (other
//      than `span`, unless DiffOptions::spans) is `changed`.
//   2. the records left over, within the same document and speaker: pairs whose claim
//      texts reach `match` token F1 (MatchTokens/TokenF1, the measure of `claims
//      eval`), taken greedily best first, are `changed` (an edited quote).
// Whatever is still unpaired is `removed` (old) or `added` (new).
//
//   std::vector<claims::DiffEntry> d = claims::DiffRecords(old_records, new_records, {});
//   std::string out;
//   for (const auto& e : d) { claims::AppendDiffJson(e, &out); out += '\n'; }
//   // {"op":"changed","id":"…","old":{…},"new":{…}}
//
// Entries come in a stable order, whatever the order of the input lines: by document
// (byte order of `doc`), then by position in the document (the new record's span
// start, for removed ones the old record's), then removed before changed before added,
// then id.
#ifndef CLAIMS_EMIT_DIFF_H_
#define CLAIMS_EMIT_DIFF_H_

#include <optional>
#include <string>
#include <vector>

#include "claims/emit/record.h"

namespace claims {

enum class DiffOp { kRemoved, kChanged, kAdded };

// "removed", "changed", "added".
const char* DiffOpName(DiffOp op);

struct DiffEntry {
  DiffOp op = DiffOp::kAdded;
  std::optional<Record> old_record;  // removed, changed
  std::optional<Record> new_record;  // added, changed

  // The new record when there is one, else the old one.
  const Record& current() const { return new_record ? *new_record : *old_record; }
  const std::string& id() const { return current().id; }
  const std::string& doc() const { return current().doc; }
};

struct DiffOptions {
  double match = 0.8;  // token F1 for an edited claim to count as changed
  bool spans = false;  // also report records whose only change is their span
};

std::vector<DiffEntry> DiffRecords(const std::vector<Record>& old_records,
                                   const std::vector<Record>& new_records,
                                   const DiffOptions& options);

// Names of the fields that differ between `a` and `b`, in output order ("id", "doc",
// "speaker", …, "rule"); "span" only when `spans`.
std::vector<std::string> ChangedFields(const Record& a, const Record& b, bool spans);

// {"op":…,"id":…,"old":record|null,"new":record|null} (no newline).
void AppendDiffJson(const DiffEntry& entry, std::string* out);

// Human summary: per document a header and one line per entry, `+` added, `-`
// removed, `~` changed (with the fields that changed), then a totals line. With
// `color`, ANSI colors: green, red, yellow. Empty for no entries.
void AppendDiffText(const std::vector<DiffEntry>& entries, bool color, std::string* out);

}  // namespace claims

#endif  // CLAIMS_EMIT_DIFF_H_
