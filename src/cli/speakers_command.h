// `claims speakers PATH...`: who is quoted, how often, where and when.
#ifndef CLAIMS_CLI_SPEAKERS_COMMAND_H_
#define CLAIMS_CLI_SPEAKERS_COMMAND_H_

#include <CLI/CLI.hpp>
#include <iosfwd>
#include <string>
#include <vector>

#include "record_source.h"

namespace claims {

struct SpeakersRunOptions {
  ArticleSource articles;
  std::vector<std::string> from;  // JSON Lines record files instead of articles
  std::string format = "table";   // table | jsonl | csv
};

void SetupSpeakers(CLI::App& app, SpeakersRunOptions& opts);
// Returns the exit code: 0, or 1 when some articles failed.
int RunSpeakers(const SpeakersRunOptions& opts, std::ostream& out, std::ostream& err);

}  // namespace claims

#endif  // CLAIMS_CLI_SPEAKERS_COMMAND_H_
