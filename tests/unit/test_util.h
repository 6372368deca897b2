// Shared fixtures for the unit tests: the project's rules, loaded once.
#ifndef CLAIMS_TESTS_UNIT_TEST_UTIL_H_
#define CLAIMS_TESTS_UNIT_TEST_UTIL_H_

#include <gtest/gtest.h>

#include <memory>
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

}  // namespace claims::testing

#endif  // CLAIMS_TESTS_UNIT_TEST_UTIL_H_
