#include "claims/rules/lint.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace claims {
namespace {

namespace fs = std::filesystem;

// A scratch copy of the project's rules, to break on purpose.
class LintTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() /
           ("claims_lint_" + std::to_string(::getpid()) + "_" +
            ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(dir_);
    fs::create_directories(dir_);
    for (const auto& name : RuleFileNames()) {
      fs::copy_file(fs::path(CLAIMS_RULES_DIR) / name, dir_ / name);
    }
  }
  void TearDown() override { fs::remove_all(dir_); }

  // Replaces the first `from` in rule file `name` by `to`; the line layout is kept so
  // expected line numbers hold.
  void Replace(const std::string& name, const std::string& from, const std::string& to) {
    std::ifstream in(dir_ / name);
    std::stringstream ss;
    ss << in.rdbuf();
    std::string text = ss.str();
    size_t at = text.find(from);
    ASSERT_NE(at, std::string::npos) << name << " has no " << from;
    text.replace(at, from.size(), to);
    std::ofstream(dir_ / name, std::ios::trunc) << text;
  }

  // Line number (1-based) of the first line of `name` containing `needle`.
  int LineOf(const std::string& name, const std::string& needle) {
    std::ifstream in(dir_ / name);
    std::string line;
    for (int n = 1; std::getline(in, line); ++n) {
      if (line.find(needle) != std::string::npos) return n;
    }
    return -1;
  }

  bool HasProblem(const LintReport& rep, const std::string& prefix, const std::string& part) {
    for (const auto& p : rep.problems) {
      if (p.rfind(prefix, 0) == 0 && p.find(part) != std::string::npos) return true;
    }
    return false;
  }

  fs::path dir_;
};

TEST_F(LintTest, CleanRulesAreCounted) {
  LintReport rep = LintRules(dir_.string());
  EXPECT_TRUE(rep.ok());
  EXPECT_TRUE(rep.problems.empty());
  EXPECT_TRUE(rep.warnings.empty());
  EXPECT_EQ(rep.files, RuleFileNames().size());
  EXPECT_GT(rep.rules, 20u);
}

TEST_F(LintTest, SyntaxErrorGivesLineAndColumn) {
  std::ofstream(dir_ / "abbreviations.json", std::ios::trunc) << "{\n  \"abbreviations\": [\n";
  LintReport rep = LintRules(dir_.string());
  EXPECT_FALSE(rep.ok());
  EXPECT_TRUE(HasProblem(rep, "abbreviations.json:3:1: ", "syntax error")) << rep.problems[0];
}

TEST_F(LintTest, EveryProblemIsListed) {
  const std::string pattern = R"("pattern": "(?i)\\baccording to (?P<who>[^,]{1,80}),\\s+")";
  // 1. a pattern that does not compile; 2. a pattern that misses its example
  Replace("cues.json", pattern, R"("pattern": "(?i)according to (?P<who>[^,]{1,80}")");
  Replace("cues.json", R"("id": "cue.opinion", "pattern": "(?i)\\bin)",
          R"("id": "cue.opinion", "pattern": "(?i)\\bnever in)");
  // 3. a duplicate id; 4. a missing required field
  Replace("cues.json", R"({"id": "cue.tell",)", R"({"id": "cue.say",)");
  Replace("outlets.json", R"("name": )", R"("nome": )");
  // 5. an alias claimed by two speakers
  Replace("speakers.json", R"("aliases": ["Anthony Blinken",)",
          R"("aliases": ["Lavrov", "Anthony Blinken",)");
  // 6. a rule file claims does not read
  std::ofstream(dir_ / "speakres.json") << "{}\n";

  LintReport rep = LintRules(dir_.string());
  EXPECT_FALSE(rep.ok());
  std::string all;
  for (const auto& p : rep.problems) all += p + "\n";
  int according = LineOf("cues.json", "cue.according_to");
  int opinion = LineOf("cues.json", "cue.opinion");
  EXPECT_TRUE(HasProblem(
      rep, "cues.json:" + std::to_string(according) + ": cue.according_to: ", "does not compile"))
      << all;
  EXPECT_TRUE(HasProblem(rep, "cues.json:" + std::to_string(opinion) + ": cue.opinion: ",
                         "does not match its example"))
      << all;
  EXPECT_TRUE(HasProblem(rep, "cues.json:", "cue.say: duplicate id")) << all;
  EXPECT_TRUE(HasProblem(rep, "outlets.json:", "missing string field \"name\"")) << all;
  EXPECT_TRUE(HasProblem(rep, "speakers.json:" + std::to_string(LineOf("speakers.json", "blinken")),
                         "alias \"Lavrov\" is already claimed by speaker lavrov"))
      << all;
  ASSERT_EQ(rep.warnings.size(), 1u);
  EXPECT_EQ(rep.warnings[0].rfind("speakres.json:1: warning: not a rule file", 0), 0u);
}

TEST_F(LintTest, LongBoundedRepeatIsWarnedAbout) {
  EXPECT_EQ(LargestBoundedRepeat("a{3}b{0,600}c{2,}"), 600u);
  EXPECT_EQ(LargestBoundedRepeat("\\x{2014}\\p{Lu}\\{500}"), 0u);
  Replace("boilerplate.json", R"(filed under)\\s*:.*$")", R"(filed under)\\s*:.{0,400}$")");
  LintReport rep = LintRules(dir_.string());
  EXPECT_TRUE(rep.ok());
  ASSERT_EQ(rep.warnings.size(), 1u);
  EXPECT_EQ(rep.warnings[0].rfind("bp.tags: warning: a repeat bounded at 400", 0), 0u)
      << rep.warnings[0];
}

TEST_F(LintTest, MissingFolderAndFile) {
  EXPECT_FALSE(LintRules((dir_ / "nope").string()).folder_found);
  fs::remove(dir_ / "dates.json");
  LintReport rep = LintRules(dir_.string());
  EXPECT_TRUE(HasProblem(rep, "dates.json:1: ", "cannot read")) << rep.problems.size();
  EXPECT_EQ(rep.files, RuleFileNames().size() - 1);
}

}  // namespace
}  // namespace claims
