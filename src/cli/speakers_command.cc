#include "speakers_command.h"

#include <ostream>

#include "claims/cli/error.h"
#include "claims/emit/speakers.h"

namespace claims {

void SetupSpeakers(CLI::App& app, SpeakersRunOptions& o) {
  auto* cmd = app.add_subcommand("speakers", "List the speakers quoted in articles or records");
  cmd->footer(
      "One row per speaker, most quoted first: number of claims, documents, roles seen,\n"
      "first and last date (a claim's said_on, else its article's date). Claims without\n"
      "a speaker are counted in the table's last line only.\n\n"
      "Examples:\n"
      "  claims speakers corpus/\n"
      "  claims speakers --from claims.jsonl --format csv > speakers.csv\n"
      "  claims speakers --format jsonl corpus/ | jq -r 'select(.claims > 2) | .speaker'");
  auto* paths = cmd->add_option("paths", o.articles.paths, "Article files or folders");
  auto* from = cmd->add_option("--from", o.from,
                               "Read records (JSON Lines from claims extract) instead of articles");
  paths->excludes(from);
  cmd->add_option("--format", o.format, "table (default), jsonl or csv")
      ->check(CLI::IsMember({"table", "jsonl", "csv"}));
  AddArticleOptions(cmd, &o.articles);
}

int RunSpeakers(const SpeakersRunOptions& o, std::ostream& out, std::ostream& err) {
  if (o.articles.paths.empty() && o.from.empty()) {
    throw StartupError("speakers: give articles (PATH...) or records (--from FILE.jsonl)");
  }
  std::vector<Record> records;
  size_t failed = 0;
  if (!o.from.empty()) {
    for (const auto& f : o.from) {
      auto more = ReadRecordFile(f);
      std::move(more.begin(), more.end(), std::back_inserter(records));
    }
  } else {
    failed = ExtractArticles(o.articles, &records, err);
  }
  SpeakerReport report = SummarizeSpeakers(records);
  std::string text;
  if (o.format == "jsonl") {
    AppendSpeakersJsonl(report, &text);
  } else if (o.format == "csv") {
    AppendSpeakersCsv(report, &text);
  } else {
    AppendSpeakersTable(report, &text);
  }
  out << text;
  out.flush();
  return failed ? kExitSomeFailed : kExitOk;
}

}  // namespace claims
