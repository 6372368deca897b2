// Shared fixtures for the unit tests: the project's rules, loaded once.
#ifndef CLAIMS_TESTS_UNIT_TEST_UTIL_H_
#define CLAIMS_TESTS_UNIT_TEST_UTIL_H_

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include "claims/rules/rule_set.h"

namespace claims::testing {

inline const RuleSet& Rules() {
  static const std::unique_ptr<const RuleSet> rules = [] {
    std::vector<std::string> errors;
    auto r = RuleSet::Load(CLAIMS_RULES_DIR, &errors);
    for (const auto& e : errors) ADD_FAILURE() << e;
    return r;
  }();
  return *rules;
}

// The project's rule files, name -> contents, for RuleSet::LoadFromMemory with some of
// them replaced.
inline std::map<std::string, std::string> ProjectRuleFiles() {
  std::map<std::string, std::string> files;
  for (const auto& e : std::filesystem::directory_iterator(CLAIMS_RULES_DIR)) {
    std::ifstream in(e.path(), std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    files[e.path().filename().string()] = ss.str();
  }
  return files;
}

}  // namespace claims::testing

#endif  // CLAIMS_TESTS_UNIT_TEST_UTIL_H_
