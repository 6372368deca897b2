// Helpers shared by the subcommands: finding and loading the rules.
#ifndef CLAIMS_CLI_COMMON_H_
#define CLAIMS_CLI_COMMON_H_

#include <memory>
#include <string>

#include "claims/rules/rule_set.h"

namespace claims {

// Loads the rules from `dir`, or from the documented search order when empty.
// Throws StartupError listing every problem.
std::unique_ptr<const RuleSet> LoadRulesOrThrow(const std::string& dir, int threads = 1);

// Version string: "claims 0.1.0 (schema_version 1)".
std::string VersionString();

}  // namespace claims

#endif  // CLAIMS_CLI_COMMON_H_
