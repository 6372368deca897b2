#include "eval_command.h"

#include <ostream>

#include "claims/cli/error.h"
#include "claims/emit/eval.h"

namespace claims {
namespace {

std::vector<ScoredRecord> ReadScored(const std::string& path) {
  std::vector<ScoredRecord> out;
  ForEachJsonLine(path, [&](std::string_view line, size_t number) {
    ScoredRecord r;
    std::string error;
    if (!ParseScoredRecord(line, &r, &error)) {
      throw StartupError(path + ":" + std::to_string(number) + ": not JSON: " + error);
    }
    out.push_back(std::move(r));
  });
  return out;
}

std::vector<std::string> SplitCommas(const std::string& s) {
  std::vector<std::string> out;
  size_t start = 0;
  while (true) {
    size_t comma = s.find(',', start);
    out.push_back(s.substr(start, comma - start));
    if (comma == std::string::npos) break;
    start = comma + 1;
  }
  return out;
}

}  // namespace

void SetupEval(CLI::App& app, EvalRunOptions& o) {
  auto* cmd =
      app.add_subcommand("eval", "Score extraction against gold records (precision, recall, F1)");
  cmd->footer(
      "The metric of tests/tools/score_claims.py: per document (by file name), predicted\n"
      "and gold claims pair greedily, best token F1 first, when it reaches --match.\n"
      "Gold records with \"optional\": true are neither required nor penalised. Reported:\n"
      "claim P/R/F1, attributed P/R/F1 (claim and speaker surname right), speaker, date\n"
      "and outlet accuracy (date and outlet only where gold names one), dates invented.\n"
      "The last line is machine-readable:\n"
      "  claim_f1=... attributed_f1=... speaker_acc=... date_acc=... dates_invented=N "
      "outlet_acc=...\n\n"
      "Examples:\n"
      "  claims eval --gold tests/gold/seeds.jsonl corpus/\n"
      "  claims eval -v --gold tests/gold/seeds.jsonl corpus/ | grep '^MISS'\n"
      "  claims eval --gold tests/gold/seeds.jsonl --from claims.jsonl --types direct,mixed");
  cmd->add_option("paths", o.articles.paths, "Article files or folders to extract and score");
  cmd->add_option("--gold", o.gold, "Gold records (JSON Lines)")->required();
  auto* from = cmd->add_option("--from", o.from,
                               "Score these records (JSON Lines) instead of extracting articles");
  cmd->get_option("paths")->excludes(from);
  cmd->add_option("--types", o.types, "Only score these claim types (comma list), in both");
  cmd->add_option("--match", o.match, "Token F1 needed to pair a claim with gold (0.8)")
      ->check(CLI::Range(0.0, 1.0));
  cmd->add_flag("-v,--verbose", o.verbose, "List misses, extras and wrong speakers first");
  AddArticleOptions(cmd, &o.articles);
}

int RunEval(const EvalRunOptions& o, std::ostream& out, std::ostream& err) {
  if (o.articles.paths.empty() && o.from.empty()) {
    throw StartupError("eval: give articles (PATH...) or records (--from FILE.jsonl)");
  }
  std::vector<ScoredRecord> gold = ReadScored(o.gold);
  std::vector<ScoredRecord> predicted;
  size_t failed = 0;
  if (!o.from.empty()) {
    predicted = ReadScored(o.from);
  } else {
    std::vector<Record> records;
    failed = ExtractArticles(o.articles, &records, err);
    for (const auto& r : records) predicted.push_back(ToScored(r));
  }
  EvalOptions eo;
  eo.match = o.match;
  if (!o.types.empty()) eo.types = SplitCommas(o.types);
  out << FormatEvalReport(Evaluate(predicted, gold, eo), o.verbose);
  out.flush();
  return failed ? kExitSomeFailed : kExitOk;
}

}  // namespace claims
