// Eval: scoring extracted records against hand-annotated gold records.
//
// The metric of tests/tools/score_claims.py, ported operation for operation so both
// print the same numbers (a CLI test runs both on the same input and compares):
//
//   - Records are grouped by document, keyed by the base name of `doc` (or `path`,
//     `file`). Predictions for documents without gold are not scored.
//   - In each document, every (prediction, gold) pair is scored with the token F1 of
//     their claim texts (MatchTokens, TokenF1); pairs at or above `match` are taken
//     greedily, best first (ties: later prediction, then later gold record first).
//   - Gold records with a truthy "optional" are neither required nor penalised: a
//     prediction paired with one counts neither as a hit nor as an extra.
//   - claim P/R/F1 counts matched required claims; attributed P/R/F1 those whose
//     speaker surname (last token of the name) agrees as well.
//   - speaker accuracy is over matched claims; date and outlet accuracy only where the
//     gold record names one (outlet compared case-insensitively); dates_invented counts
//     matched claims with a predicted date where gold has none.
//
//   std::vector<claims::ScoredRecord> pred, gold;   // ParseScoredRecord / ToScored
//   claims::EvalResult r = claims::Evaluate(pred, gold, {});
//   std::cout << claims::FormatEvalReport(r, /*verbose=*/false);
//   // ...
//   // claim_f1=0.951 attributed_f1=0.902 speaker_acc=0.957 date_acc=1.000 ...
//
// See include/claims/emit/text_match.h for where the tokenizer approximates Python's
// Unicode handling. Malformed values are read leniently where the script would
// crash (a claim or speaker that is not a string counts as absent).
#ifndef CLAIMS_EMIT_EVAL_H_
#define CLAIMS_EMIT_EVAL_H_

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "claims/emit/record.h"

namespace claims {

// The fields of a record (predicted or gold) that the metric reads.
struct ScoredRecord {
  std::string doc;    // base name of the document: the grouping key
  std::string claim;  // `claim`, else `quote`, else empty
  std::optional<std::string> speaker;
  std::optional<std::string> date;    // absent when null or ""
  std::optional<std::string> outlet;  // absent when null or ""
  std::optional<std::string> type;
  bool optional = false;
};

// Parses one JSON Lines record: `doc` (else `path`, `file`), `claim` (else `quote`),
// `speaker`, `date`, `outlet`, `type`, `optional`. False with `error` set when the
// line is not a JSON object.
bool ParseScoredRecord(std::string_view line, ScoredRecord* out, std::string* error);

// The scored view of an extracted record.
ScoredRecord ToScored(const Record& r);

// Base name of a path: what follows the last '/'.
std::string_view BaseName(std::string_view path);

struct EvalOptions {
  double match = 0.8;              // token F1 needed to pair a prediction with gold
  std::vector<std::string> types;  // when not empty, only records of these types count
};

struct EvalItem {
  std::string doc;
  std::optional<std::string> speaker;  // gold speaker for misses, predicted for extras
  std::string claim;
};

struct WrongSpeaker {
  std::string doc;
  std::optional<std::string> gold_speaker;
  std::optional<std::string> predicted_speaker;
  std::string claim;  // the gold claim
};

struct EvalResult {
  size_t gold_required = 0;  // gold records not marked optional
  size_t predicted = 0;      // scored predictions: matched required + extras
  size_t matched = 0;        // predictions paired with a required gold record
  size_t speaker_ok = 0;
  size_t date_total = 0;  // matched claims whose gold names a date
  size_t date_ok = 0;
  size_t dates_invented = 0;
  size_t outlet_total = 0;
  size_t outlet_ok = 0;
  std::vector<EvalItem> misses;  // required gold records left unpaired, in document order
  std::vector<EvalItem> extras;  // predictions left unpaired
  std::vector<WrongSpeaker> wrong_speakers;

  double ClaimPrecision() const;
  double ClaimRecall() const;
  double ClaimF1() const;
  double AttributedPrecision() const;
  double AttributedRecall() const;
  double AttributedF1() const;
  double SpeakerAccuracy() const;
  double DateAccuracy() const;
  double OutletAccuracy() const;
};

EvalResult Evaluate(const std::vector<ScoredRecord>& predicted,
                    const std::vector<ScoredRecord>& gold, const EvalOptions& options);

// The scorer's report, line for line: with `verbose` first the MISS, EXTRA and WRONG
// lines, then four summary lines and the machine-readable last line.
std::string FormatEvalReport(const EvalResult& result, bool verbose);

// The last line alone: "claim_f1=... attributed_f1=... speaker_acc=... date_acc=...
// dates_invented=N outlet_acc=...".
std::string EvalSummaryLine(const EvalResult& result);

}  // namespace claims

#endif  // CLAIMS_EMIT_EVAL_H_
