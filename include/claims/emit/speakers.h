// Speakers: who speaks in a set of records, how often, where and when.
//
// One summary per speaker (records without a speaker are only counted): number of
// claims, the documents and roles seen with it, and the first and last day it was
// quoted. A claim's day is its `said_on` when the text gives one, else the `date` of
// its article. Speakers come most quoted first, then by name.
//
//   claims::SpeakerReport rep = claims::SummarizeSpeakers(records);
//   std::string out;
//   claims::AppendSpeakersTable(rep, &out);
//   // SPEAKER        CLAIMS  DOCS  FIRST       LAST        ROLES
//   // Sergey Lavrov      12     4  2022-01-14  2022-02-01  Russian Foreign Minister
#ifndef CLAIMS_EMIT_SPEAKERS_H_
#define CLAIMS_EMIT_SPEAKERS_H_

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "claims/emit/record.h"

namespace claims {

struct SpeakerSummary {
  std::string speaker;
  size_t claims = 0;
  std::vector<std::string> documents;  // sorted, each once
  std::vector<std::string> roles;      // sorted, each once
  std::optional<std::string> first_date;
  std::optional<std::string> last_date;
};

struct SpeakerReport {
  std::vector<SpeakerSummary> speakers;
  size_t unattributed = 0;  // records without a speaker
};

SpeakerReport SummarizeSpeakers(const std::vector<Record>& records);

// {"speaker":…,"claims":N,"documents":[…],"roles":[…],"first_date":…,"last_date":…}
// one line per speaker.
void AppendSpeakersJsonl(const SpeakerReport& report, std::string* out);
// Header `speaker,claims,documents,roles,first_date,last_date`; documents is the
// number of documents, roles are joined with "; ". Quoting as RFC 4180.
void AppendSpeakersCsv(const SpeakerReport& report, std::string* out);
// Aligned columns for the terminal, and a last line counting claims without speaker.
void AppendSpeakersTable(const SpeakerReport& report, std::string* out);

}  // namespace claims

#endif  // CLAIMS_EMIT_SPEAKERS_H_
