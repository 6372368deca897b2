#include "common.h"

#include <vector>

#include "claims/cli/error.h"
#include "claims/emit/record.h"

#ifndef CLAIMS_VERSION
#define CLAIMS_VERSION "0.0.0"
#endif

namespace claims {

std::unique_ptr<const RuleSet> LoadRulesOrThrow(const std::string& dir, int threads) {
  std::string where = dir.empty() ? FindRulesDir("") : dir;
  if (where.empty()) {
    throw StartupError(
        "no rules folder found: pass --rules DIR, set CLAIMS_RULES, or install claims "
        "(share/claims/rules) or run from a folder holding rules/");
  }
  std::vector<std::string> errors;
  auto rules = RuleSet::Load(where, &errors, threads);
  if (!rules) {
    std::string msg;
    for (const auto& e : errors) {
      if (!msg.empty()) msg += "\n";
      msg += where + "/" + e;
    }
    throw StartupError(msg);
  }
  return rules;
}

std::string VersionString() {
  return std::string("claims ") + CLAIMS_VERSION + " (schema_version " +
         std::to_string(kSchemaVersion) + ")";
}

}  // namespace claims
