#include "rules_command.h"

#include <ostream>

#include "claims/cli/error.h"
#include "claims/rules/lint.h"
#include "claims/rules/rule_set.h"

namespace claims {

void SetupRules(CLI::App& app, RulesRunOptions& o) {
  auto* rules = app.add_subcommand("rules", "Work with rule files");
  rules->require_subcommand(1);
  rules->footer("Example:\n  claims rules lint rules/");
  auto* lint = rules->add_subcommand("lint", "Check every rule file and list all problems");
  lint->footer(
      "Checks JSON syntax (file:line:col), required fields, that every pattern compiles\n"
      "(RE2) and matches its own examples, duplicate ids, and aliases claimed by two\n"
      "speakers. Every problem is listed on stderr as `claims: DIR/file:line: id: message`;\n"
      ".json files claims does not read are warned about. A clean folder prints one line:\n"
      "  rules OK: 8 files, 412 rules in rules\n\n"
      "Examples:\n"
      "  claims rules lint\n"
      "  claims rules lint my-rules/ && claims extract --rules my-rules/ corpus/\n\n"
      "Exit status: 0 clean, 1 problems found, 2 no rules folder.");
  lint->add_option("dir", o.dir,
                   "Rules folder (default: $CLAIMS_RULES, <prefix>/share/claims/rules, ./rules)");
}

int RunRules(const RulesRunOptions& o, std::ostream& out, std::ostream& err) {
  std::string dir = o.dir.empty() ? FindRulesDir("") : o.dir;
  if (dir.empty()) {
    throw StartupError("rules lint: no rules folder found: pass DIR or set CLAIMS_RULES");
  }
  LintReport rep = LintRules(dir);
  if (!rep.folder_found) throw StartupError(dir + ": rules folder not found");
  for (const auto& w : rep.warnings) err << "claims: " << dir << "/" << w << "\n";
  for (const auto& p : rep.problems) err << "claims: " << dir << "/" << p << "\n";
  if (!rep.ok()) {
    err << "claims: rules lint: " << rep.problems.size()
        << (rep.problems.size() == 1 ? " problem in " : " problems in ") << dir << "\n";
    return 1;
  }
  out << "rules OK: " << rep.files << " files, " << rep.rules << " rules in " << dir << "\n";
  out.flush();
  return kExitOk;
}

}  // namespace claims
