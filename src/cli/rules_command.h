// `claims rules lint [DIR]`: check the rule files without running anything.
#ifndef CLAIMS_CLI_RULES_COMMAND_H_
#define CLAIMS_CLI_RULES_COMMAND_H_

#include <CLI/CLI.hpp>
#include <iosfwd>
#include <string>

namespace claims {

struct RulesRunOptions {
  std::string dir;  // empty: the usual search order
};

void SetupRules(CLI::App& app, RulesRunOptions& opts);
// Returns 0 when the rules are clean, 1 when there are problems (each listed on
// `err`); throws StartupError (exit 2) when there is no rules folder.
int RunRules(const RulesRunOptions& opts, std::ostream& out, std::ostream& err);

}  // namespace claims

#endif  // CLAIMS_CLI_RULES_COMMAND_H_
