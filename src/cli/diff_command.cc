#include "diff_command.h"

#include <ostream>

#include "claims/cli/error.h"
#include "claims/emit/diff.h"
#include "record_source.h"
#include "terminal.h"

namespace claims {
namespace {

// diff(1) convention: 1 means "the inputs differ", not "something failed".
constexpr int kExitDifferent = 1;

}  // namespace

void SetupDiff(CLI::App& app, DiffRunOptions& o) {
  auto* cmd =
      app.add_subcommand("diff", "Compare two extraction outputs: added, removed, changed claims");
  cmd->footer(
      "Records pair up by id (document, normalized claim text, speaker; never offsets),\n"
      "then, within one document and speaker, by claim text similarity (token F1 >= --match):\n"
      "an edited quote shows as changed. Output: one JSON line per difference,\n"
      "  {\"op\": \"added\"|\"removed\"|\"changed\", \"id\": ..., \"old\": record|null, \"new\": "
      "record|null}\n"
      "ordered by document and position; or --format text, a colored summary per document.\n\n"
      "Examples:\n"
      "  claims extract corpus/ > old.jsonl   # ... corpus or rules change ...\n"
      "  claims extract corpus/ > new.jsonl\n"
      "  claims diff old.jsonl new.jsonl | jq -c 'select(.op==\"changed\") | [.old.claim, "
      ".new.claim]'\n"
      "  claims diff --format text old.jsonl new.jsonl\n\n"
      "Exit status, as diff(1): 0 no differences, 1 differences, 2 trouble.");
  cmd->add_option("old", o.old_path, "Earlier records (JSON Lines; - for stdin)")->required();
  cmd->add_option("new", o.new_path, "Later records (JSON Lines; - for stdin)")->required();
  cmd->add_option("--format", o.format, "jsonl (default) or text")
      ->check(CLI::IsMember({"jsonl", "text"}));
  AddColorOption(cmd, &o.color);
  cmd->add_option("--match", o.match, "Token F1 for an edited claim to count as changed (0.8)")
      ->check(CLI::Range(0.0, 1.0));
  cmd->add_flag("--spans", o.spans, "Also report claims that only moved (span changed)");
}

int RunDiff(const DiffRunOptions& o, std::ostream& out) {
  if (o.old_path == "-" && o.new_path == "-") throw StartupError("diff: only one input can be -");
  std::vector<Record> old_records = ReadRecordFile(o.old_path);
  std::vector<Record> new_records = ReadRecordFile(o.new_path);
  std::vector<DiffEntry> entries =
      DiffRecords(old_records, new_records, DiffOptions{.match = o.match, .spans = o.spans});
  std::string text;
  if (o.format == "text") {
    AppendDiffText(entries, UseColor(o.color), &text);
  } else {
    for (const auto& e : entries) {
      AppendDiffJson(e, &text);
      text.push_back('\n');
    }
  }
  out << text;
  out.flush();
  return entries.empty() ? kExitOk : kExitDifferent;
}

}  // namespace claims
