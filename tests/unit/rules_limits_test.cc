// Rule folders from someone else: bounded memory and clear messages, never a crash.
#include <gtest/gtest.h>

#include <map>
#include <string>
#include <vector>

#include "claims/rules/rule_set.h"
#include "test_util.h"

namespace claims {
namespace {

std::vector<std::string> LoadWith(const std::string& file, const std::string& text) {
  auto files = testing::ProjectRuleFiles();
  files[file] = text;
  std::vector<std::string> errors;
  auto rules = RuleSet::LoadFromMemory(files, &errors);
  EXPECT_EQ(rules == nullptr, !errors.empty());
  return errors;
}

std::string Joined(const std::vector<std::string>& errors) {
  std::string out;
  for (const auto& e : errors) out += e + "\n";
  return out;
}

TEST(RuleLimits, ProjectRulesLoadFromMemory) {
  std::vector<std::string> errors;
  EXPECT_NE(RuleSet::LoadFromMemory(testing::ProjectRuleFiles(), &errors), nullptr)
      << Joined(errors);
}

TEST(RuleLimits, PatternBeyondItsMemoryBudgetIsReportedWithFileAndLine) {
  auto errors = LoadWith("boilerplate.json", R"json({
  "lines": [
    {"id": "huge", "pattern": "\\pL{1000}", "example": "a"}
  ],
  "injected": []
})json");
  ASSERT_EQ(errors.size(), 1u) << Joined(errors);
  EXPECT_EQ(
      errors[0],
      "boilerplate.json:3: huge: pattern does not compile: pattern too large - compile failed")
      << errors[0];
}

TEST(RuleLimits, MapOfWordsWithAValueThatIsNoStringIsReported) {
  std::string roles = testing::ProjectRuleFiles()["roles.json"];
  size_t at = roles.find("\"moscow\": \"Russia\"");
  ASSERT_NE(at, std::string::npos);
  roles.replace(at, std::string("\"moscow\": \"Russia\"").size(), "\"moscow\": 1");
  auto errors = LoadWith("roles.json", roles);
  ASSERT_EQ(errors.size(), 1u) << Joined(errors);
  EXPECT_NE(errors[0].find("capital_states: \"moscow\" must be a string"), std::string::npos)
      << errors[0];
}

TEST(RuleLimits, WideButLegalPatternCompilesWithinBudget) {
  auto errors = LoadWith("boilerplate.json", R"({
  "lines": [{"id": "wide", "pattern": "[a-z]{1,200}x", "example": "abx"}], "injected": []
})");
  EXPECT_TRUE(errors.empty()) << Joined(errors);
}

TEST(RuleLimits, TooManyPatternsForTheBudgetIsAnError) {
  std::string text = "{\"lines\": [\n";
  size_t n = static_cast<size_t>(kRulesRegexBudget / kMinPatternMem) + 10;
  for (size_t i = 0; i < n; ++i) {
    text += (i ? ",\n" : "") + std::string("{\"id\": \"p") + std::to_string(i) +
            "\", \"pattern\": \"x\", \"example\": \"x\"}";
  }
  text += "], \"injected\": []}";
  auto errors = LoadWith("boilerplate.json", text);
  ASSERT_FALSE(errors.empty());
  EXPECT_NE(errors[0].find("regex memory budget of 256 MiB allows at most 1024"), std::string::npos)
      << errors[0];
}

TEST(RuleLimits, OversizedRuleFileIsRefusedUnread) {
  auto errors = LoadWith("abbreviations.json", std::string(kMaxRuleFileSize + 1, ' '));
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_EQ(errors[0], "abbreviations.json:1: rule file larger than 16 MiB");
}

TEST(RuleLimits, WrongTypesAndRangesAreReportedNotThrown) {
  struct Case {
    const char* file;
    const char* text;
    const char* want;
  } cases[] = {
      {"sections.json", R"({"heading_max_words": "many"})",
       "\"heading_max_words\" must be an integer"},
      {"sections.json", R"({"heading_max_words": 1e300})",
       "\"heading_max_words\" must be an integer"},
      {"speakers.json", R"({"fuzzy": {"max_distance": 99}, "speakers": []})",
       "\"max_distance\" must be an integer from 0 to 4"},
      {"speakers.json", R"({"fuzzy": {"min_length": -1}, "speakers": []})",
       "\"min_length\" must be an integer from 1"},
      {"cues.json", R"({"verbs": [], "min_direct_words": [4]})",
       "\"min_direct_words\" must be an integer"},
      {"outlets.json", R"({"outlets": [{"id": 5, "name": ["x"]}]})", "missing string field"},
      {"dates.json", R"([1, 2])", "top level must be a JSON object"},
      {"roles.json", "{\"nominals\": [\"caf\xC3(\"]}", "roles.json:1:"},
      {"cues.json", R"({"verbs": [{"id": "v", "forms": "said"}]})", "\"forms\" must be an array"},
  };
  for (const auto& c : cases) {
    auto errors = LoadWith(c.file, c.text);
    EXPECT_NE(Joined(errors).find(c.want), std::string::npos) << c.text << " -> " << Joined(errors);
  }
}

TEST(RuleLimits, DeeplyNestedJsonIsAnErrorNotACrash) {
  std::string deep =
      "{\"abbreviations\": " + std::string(100000, '[') + std::string(100000, ']') + "}";
  auto errors = LoadWith("abbreviations.json", deep);
  EXPECT_FALSE(errors.empty());
}

}  // namespace
}  // namespace claims
