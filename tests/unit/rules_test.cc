#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>

#include "claims/rules/lexicon.h"
#include "claims/rules/regex.h"
#include "claims/rules/rule_set.h"
#include "test_util.h"

namespace claims {
namespace {

namespace fs = std::filesystem;

TEST(Regex, FindGroupsAndAnchors) {
  Regex re(R"((?P<who>[A-Z]\w+) said)");
  ASSERT_TRUE(re.ok());
  std::vector<Span> g;
  std::string text = "Later Lavrov said it.";
  ASSERT_TRUE(re.Find(text, 0, &g));
  EXPECT_EQ(g[static_cast<size_t>(re.GroupIndex("who"))].View(text), "Lavrov");
  EXPECT_FALSE(re.MatchAt(text, 0, &g));
  EXPECT_TRUE(re.MatchAt(text, 6, &g));
  EXPECT_EQ(re.GroupIndex("nope"), -1);
}

// Groups of a match at a position: the first match by priority, with the text after
// the match as the context of $ and \b.
TEST(Regex, MatchAtGroupsKeepPriorityAndContext) {
  std::vector<Span> g;
  Regex lazy(R"((?P<a>\w+?)(?P<b>\w*)(?:-|$))");
  ASSERT_TRUE(lazy.ok());
  std::string text = "x abc-def";
  ASSERT_TRUE(lazy.MatchAt(text, 2, &g));
  EXPECT_EQ(g[0].View(text), "abc-");
  EXPECT_EQ(g[1].View(text), "a");
  EXPECT_EQ(g[2].View(text), "bc");
  // `$` holds only at the end of the text, `\b` sees the byte after the match.
  Regex end(R"((?P<w>ab)(?:$|c))");
  ASSERT_TRUE(end.ok());
  EXPECT_TRUE(end.MatchAt("xabc", 1, &g));
  EXPECT_EQ(g[0], (Span{1, 4}));
  EXPECT_TRUE(end.MatchAt("xab", 1, &g));
  EXPECT_EQ(g[0], (Span{1, 3}));
  EXPECT_FALSE(end.MatchAt("xabd", 1, &g));
  Regex word(R"((?P<w>ab)\b)");
  ASSERT_TRUE(word.ok());
  EXPECT_FALSE(word.MatchAt("abc", 0, &g));
  EXPECT_TRUE(word.MatchAt("ab c", 0, &g));
  EXPECT_EQ(g[1], (Span{0, 2}));
  // First by priority, not longest.
  Regex alt(R"((?P<x>a|ab)(?P<y>b?))");
  ASSERT_TRUE(alt.ok());
  EXPECT_TRUE(alt.MatchAt("ab", 0, &g));
  EXPECT_EQ(g[1], (Span{0, 1}));
  EXPECT_EQ(g[2], (Span{1, 2}));
}

TEST(Regex, BadPatternReportsError) {
  Regex re("(unclosed");
  EXPECT_FALSE(re.ok());
  EXPECT_FALSE(re.error().empty());
}

TEST(RegexSet, ReportsWhichPatternsMatch) {
  RegexSet set;
  std::string err;
  ASSERT_EQ(set.Add("said", &err), 0);
  ASSERT_EQ(set.Add("told", &err), 1);
  ASSERT_EQ(set.Add("warned", &err), 2);
  ASSERT_TRUE(set.Compile());
  std::vector<int> hits;
  set.Match("he said and she warned", &hits);
  EXPECT_EQ(hits, (std::vector<int>{0, 2}));
}

std::vector<PatternRule> Rules(std::vector<std::pair<std::string, bool>> patterns) {
  std::vector<PatternRule> out;
  for (auto& [p, ci] : patterns) {
    out.push_back({p, std::make_unique<Regex>(p, RegexOptions{.case_insensitive = ci})});
    EXPECT_TRUE(out.back().re->ok()) << p;
  }
  return out;
}

// Every rule that matches must be listed; listing more is allowed but these are exact.
TEST(PatternFilter, ListsTheRulesThatMatchPerList) {
  auto a = Rules({{R"(\bsaid\b)", false}, {"^Moscow", false}, {"TASS$", true}});
  auto b = Rules({{R"(\d{4}-\d{2})", false}, {"opinion", false}});
  PatternFilter f({&a, &b});
  FilterHits hits;
  f.MayMatch("Moscow said on 2022-01 to tass", 0, false, &hits);
  EXPECT_EQ(std::vector<int>(hits.Of(0).begin(), hits.Of(0).end()), (std::vector<int>{0, 1, 2}));
  EXPECT_EQ(std::vector<int>(hits.Of(1).begin(), hits.Of(1).end()), (std::vector<int>{0}));
  // From a position on, with the byte before it as context.
  f.MayMatch("Moscow unsaid", 7, false, &hits);
  EXPECT_TRUE(hits.Of(0).empty());
  // Anchored: at the position, which the patterns see as the start of the text.
  f.MayMatch("in Moscow", 3, true, &hits);
  EXPECT_EQ(std::vector<int>(hits.Of(0).begin(), hits.Of(0).end()), (std::vector<int>{1}));
  EXPECT_TRUE(hits.Of(1).empty());
}

// A list tried at the start of the text answers for MatchAt inside a searched filter.
TEST(PatternFilter, ListsTriedAtTheStartInASearch) {
  auto a = Rules({{R"(\bsaid\b)", false}});
  auto b = Rules({{"Moscow", false}, {"(?i)date:", false}, {"x|said", false}});
  PatternFilter f({&a, &b}, {false, true});
  FilterHits hits;
  f.MayMatch("Moscow said", 0, false, &hits);
  EXPECT_EQ(std::vector<int>(hits.Of(0).begin(), hits.Of(0).end()), (std::vector<int>{0}));
  EXPECT_EQ(std::vector<int>(hits.Of(1).begin(), hits.Of(1).end()), (std::vector<int>{0}));
  f.MayMatch("DATE: said Moscow", 0, false, &hits);
  EXPECT_EQ(std::vector<int>(hits.Of(1).begin(), hits.Of(1).end()), (std::vector<int>{1}));
  f.MayMatch("said Moscow", 0, false, &hits);
  EXPECT_EQ(std::vector<int>(hits.Of(1).begin(), hits.Of(1).end()), (std::vector<int>{2}));
  // Searched from a later position the pass cannot tell for them: all are listed.
  f.MayMatch("in Moscow", 3, false, &hits);
  EXPECT_EQ(std::vector<int>(hits.Of(1).begin(), hits.Of(1).end()), (std::vector<int>{0, 1, 2}));
  // Anchored at a position, as MatchAt there.
  f.MayMatch("in Moscow", 3, true, &hits);
  EXPECT_TRUE(hits.Of(0).empty());
  EXPECT_EQ(std::vector<int>(hits.Of(1).begin(), hits.Of(1).end()), (std::vector<int>{0}));
}

// A filter of one rule lists it without a pass: trying it is the one search needed.
TEST(PatternFilter, ListsTheOnlyRuleWithoutAPass) {
  auto a = Rules({{R"(\bsaid\b)", false}});
  PatternFilter f({&a});
  FilterHits hits;
  for (bool anchored : {false, true}) {
    f.MayMatch("nothing here", 0, anchored, &hits);
    EXPECT_EQ(std::vector<int>(hits.Of(0).begin(), hits.Of(0).end()), (std::vector<int>{0}));
  }
  f.MayMatch("abc", 4, false, &hits);
  EXPECT_TRUE(hits.Of(0).empty());
}

// Counted repetitions are loosened inside the filter, but escapes, quoted text and
// classes that hold braces keep their meaning.
TEST(PatternFilter, KeepsEscapesQuotesAndClasses) {
  auto list = Rules({{R"(\x{41}{2}!)", false},
                     {R"(\Q{1,2}\E)", false},
                     {R"([{]{2}x)", false},
                     {R"(\p{Lu}{3}\b)", false},
                     {"a.{0,3}b", false}});
  PatternFilter f({&list});
  FilterHits hits;
  for (std::string text : {"AA!", "{1,2}", "{{x", "ABC", "axxb", "axxxxxb", "A! {1} {x"}) {
    f.MayMatch(text, 0, false, &hits);
    std::vector<int> listed(hits.Of(0).begin(), hits.Of(0).end());
    for (size_t i = 0; i < list.size(); ++i) {
      if (list[i].re->Find(text, 0, nullptr)) {
        EXPECT_NE(std::find(listed.begin(), listed.end(), static_cast<int>(i)), listed.end())
            << list[i].id << " on " << text;
      }
    }
  }
  f.MayMatch("A! {1} {x", 0, false, &hits);
  EXPECT_TRUE(hits.Of(0).empty());
}

// The project's rules: on every line of the sample corpus, MayMatch lists each rule
// whose pattern matches.
TEST(PatternFilter, ProjectRulesOnTheSampleCorpus) {
  const RuleSet& r = testing::Rules();
  std::vector<std::string> lines;
  for (const auto& e : fs::directory_iterator(std::string(CLAIMS_SOURCE_DIR) + "/corpus")) {
    std::ifstream in(e.path());
    for (std::string line; std::getline(in, line);) lines.push_back(line);
  }
  std::vector<int> may;
  for (const auto* list :
       {&r.according, &r.opinion, &r.back_references, &r.credits, &r.full_dates, &r.partial_dates,
        &r.month_years, &r.header_fields, &r.datelines, &r.outlet_markers, &r.comment_start,
        &r.comment_header, &r.comment_item, &r.boilerplate_lines, &r.injected}) {
    for (const auto& line : lines) {
      for (bool anchored : {false, true}) {
        MayMatch(*list, line, 0, anchored, &may);
        for (size_t i = 0; i < list->size(); ++i) {
          const Regex& re = *(*list)[i].re;
          bool match = anchored ? re.MatchAt(line, 0, nullptr) : re.Find(line, 0, nullptr);
          if (match) {
            EXPECT_NE(std::find(may.begin(), may.end(), static_cast<int>(i)), may.end())
                << (*list)[i].id << " on " << line;
          }
        }
      }
    }
  }
}

TEST(RuleSet, ProjectRulesLoad) {
  const RuleSet& r = testing::Rules();
  EXPECT_FALSE(r.verbs.empty());
  EXPECT_FALSE(r.speakers.empty());
  EXPECT_FALSE(r.datelines.empty());
  EXPECT_TRUE(r.abbreviations.count("Mr"));
}

class BadRules : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("claims_bad_rules_" + std::to_string(::getpid()));
    fs::remove_all(dir_);
    fs::create_directories(dir_);
    for (const auto& e : fs::directory_iterator(CLAIMS_RULES_DIR)) {
      fs::copy_file(e.path(), dir_ / e.path().filename());
    }
  }
  void TearDown() override { fs::remove_all(dir_); }
  void Write(const std::string& file, const std::string& text) {
    std::ofstream(dir_ / file, std::ios::trunc) << text;
  }
  std::vector<std::string> Load(int threads = 1) {
    std::vector<std::string> errors;
    auto r = RuleSet::Load(dir_.string(), &errors, threads);
    EXPECT_EQ(r == nullptr, !errors.empty());
    return errors;
  }
  fs::path dir_;
};

TEST_F(BadRules, SyntaxErrorGivesFileLineCol) {
  Write("abbreviations.json", "{\n  \"abbreviations\": [\"Mr\",\n  ]\n}\n");
  auto errors = Load();
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_EQ(errors[0].rfind("abbreviations.json:3:", 0), 0u) << errors[0];
}

TEST_F(BadRules, PatternThatDoesNotCompileOrMatchItsExampleIsReported) {
  Write("boilerplate.json",
        "{\n\"lines\": [\n"
        "  {\"id\": \"bp.bad\", \"pattern\": \"(oops\", \"example\": \"x\"},\n"
        "  {\"id\": \"bp.nomatch\", \"pattern\": \"^Share$\", \"example\": \"Subscribe\"}\n"
        "], \"injected\": []}\n");
  auto errors = Load();
  ASSERT_EQ(errors.size(), 2u);
  EXPECT_NE(errors[0].find("boilerplate.json:3: bp.bad: pattern does not compile"),
            std::string::npos)
      << errors[0];
  EXPECT_NE(errors[1].find("boilerplate.json:4: bp.nomatch: pattern does not match its example"),
            std::string::npos)
      << errors[1];
}

TEST_F(BadRules, CompilingOnThreadsReportsTheSameErrorsInTheSameOrder) {
  Write("boilerplate.json",
        "{\n\"lines\": [\n"
        "  {\"id\": \"bp.nomatch\", \"pattern\": \"^Share$\", \"example\": \"Subscribe\"},\n"
        "  {\"id\": \"bp.bad\", \"pattern\": \"(oops\", \"example\": \"x\"},\n"
        "  {\"id\": \"bp.big\", \"pattern\": \"(?:a{1000}){1000}\", \"example\": \"a\"},\n"
        "  {\"id\": \"bp.dup\", \"pattern\": \"^Share$\", \"example\": \"Share\"}\n"
        "], \"injected\": []}\n");
  auto one = Load(1);
  ASSERT_EQ(one.size(), 3u);
  for (int threads : {2, 3, 8}) EXPECT_EQ(Load(threads), one) << threads << " threads";
}

TEST(RuleSet, CompilingOnThreadsGivesTheSameRules) {
  std::vector<std::string> errors;
  auto one = RuleSet::Load(CLAIMS_RULES_DIR, &errors, 1);
  auto four = RuleSet::Load(CLAIMS_RULES_DIR, &errors, 4);
  ASSERT_TRUE(one && four) << (errors.empty() ? "" : errors[0]);
  auto same = [](const std::vector<PatternRule>& a, const std::vector<PatternRule>& b) {
    if (a.size() != b.size()) return false;
    for (size_t i = 0; i < a.size(); ++i) {
      if (a[i].id != b[i].id || a[i].re->pattern() != b[i].re->pattern() ||
          a[i].re->case_insensitive() != b[i].re->case_insensitive() || !b[i].re->ok()) {
        return false;
      }
    }
    return true;
  };
  EXPECT_TRUE(same(one->according, four->according));
  EXPECT_TRUE(same(one->credits, four->credits));
  EXPECT_TRUE(same(one->full_dates, four->full_dates));
  EXPECT_TRUE(same(one->datelines, four->datelines));
  EXPECT_TRUE(same(one->outlet_markers, four->outlet_markers));
  EXPECT_TRUE(same(one->month_years, four->month_years));
  EXPECT_TRUE(same(one->comment_header, four->comment_header));
  EXPECT_TRUE(same(one->boilerplate_lines, four->boilerplate_lines));
  EXPECT_TRUE(same(one->injected, four->injected));
}

TEST_F(BadRules, TwoSpeakersClaimingOneAlias) {
  Write("speakers.json",
        "{\"speakers\": [\n"
        "{\"id\": \"a\", \"name\": \"Ann Lee\", \"aliases\": [\"Lee\"]},\n"
        "{\"id\": \"b\", \"name\": \"Bo Lee\", \"aliases\": [\"Lee\"]}\n]}\n");
  auto errors = Load();
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_NE(errors[0].find("alias \"Lee\" is already claimed by speaker a"), std::string::npos)
      << errors[0];
}

TEST(EditDistance, TranspositionsAndLimit) {
  EXPECT_EQ(EditDistance("stoltenberg", "stoltenberg", 2), 0);
  EXPECT_EQ(EditDistance("abcd", "acbd", 2), 1);
  EXPECT_EQ(EditDistance("kitten", "sitting", 5), 3);
  EXPECT_EQ(EditDistance("kitten", "sitting", 1), 2);  // limit + 1
}

TEST(Lexicon, MatchesAliasesAndMisspellingsButNotOtherPeople) {
  Lexicon lex(testing::Rules());
  struct Case {
    const char* written;
    const char* canonical;  // nullptr: no match
  } cases[] = {
      {"Sergei Lavrov", "Sergey Lavrov"},
      {"sergey lavrov", "Sergey Lavrov"},
      {"Anthony Blinken", "Antony Blinken"},
      {"Jens Stoltenbreg", "Jens Stoltenberg"},   // transposition
      {"Jens Stoltenbergh", "Jens Stoltenberg"},  // one insertion
      {"Maria Zaharova", "Maria Zakharova"},
      // The canonical name is spelled as the person spells it, whichever way it is written.
      {"Viktor Orban", "Viktor Orb\xC3\xA1n"},
      {"Stephane Sejourne", "St\xC3\xA9phane S\xC3\xA9journ\xC3\xA9"},
      {"Блинкен", "Antony Blinken"},
      {"Jens Jensen", nullptr},
      {"Maria Petrova", nullptr},
      {"Ivan Lavrov", nullptr},  // another person with the same surname
      // A surname with another first letter is another person's, unless the letter spells
      // the same sound in another transliteration.
      {"Jens Moltenberg", nullptr},
      {"Andriy Jermak", "Andriy Yermak"},
      // A surname one letter short of the fuzzy minimum, one edit off, with its first name;
      // not alone, and not shorter.
      {"Robert Habek", "Robert Habeck"},
      {"Habek", nullptr},
      {"Robert Hbek", nullptr},
  };
  for (const auto& c : cases) {
    const Speaker* s = lex.MatchSpeaker(c.written);
    if (c.canonical) {
      ASSERT_NE(s, nullptr) << c.written;
      EXPECT_EQ(s->name, c.canonical) << c.written;
    } else {
      EXPECT_EQ(s, nullptr) << c.written << " -> " << (s ? s->name : "");
    }
  }
}

TEST(Lexicon, LegalFormsOfCompanies) {
  for (const char* w : {"Ltd", "Inc", "LLC", "Corporation", "Company", "Berhad", "Co"}) {
    EXPECT_TRUE(IsLegalForm(w)) << w;
  }
  for (const char* w : {"Group", "Media", "Times", "Limitless"}) EXPECT_FALSE(IsLegalForm(w)) << w;
}

TEST(Lexicon, SameLettersIgnoreCaseAndDiacritics) {
  EXPECT_TRUE(SameLetters("Hodžić", "hodzic"));
  EXPECT_TRUE(SameLetters("Ní Mhurchu", "NÍ MHURCHÚ"));
  EXPECT_TRUE(SameLetters("Øystein Årø", "oystein aro"));
  EXPECT_FALSE(SameLetters("Hodzic", "Hodzik"));
  EXPECT_FALSE(SameLetters("Müller", "Muler"));
  EXPECT_EQ(FoldLetters("Łukasz Żółtowski"), "lukasz zoltowski");
}

TEST(Lexicon, ParsesMentions) {
  Lexicon lex(testing::Rules());
  struct Case {
    const char* phrase;
    MentionKind kind;
    const char* name;
    const char* role;
  } cases[] = {
      {"he", MentionKind::kPronoun, "", ""},
      {"the minister", MentionKind::kNominal, "", "the minister"},
      {"The head of the State Department", MentionKind::kNominal, "",
       "The head of the State Department"},
      {"Foreign Minister Sergey Lavrov", MentionKind::kName, "Sergey Lavrov", "Foreign Minister"},
      // A document of someone named is theirs.
      {"Ann Lee's letter", MentionKind::kName, "Ann Lee", ""},
      // A one-letter capital of two bytes is a name's, not an acronym.
      {"Climate Commissioner Tom\u00e1s \u00d3 Briain", MentionKind::kName,
       "Tom\u00e1s \u00d3 Briain", "Climate Commissioner"},
      {"Olga Petrenko, deputy head of the city council", MentionKind::kName, "Olga Petrenko",
       "deputy head of the city council"},
      {"Deputy Mayor Tom Hardy", MentionKind::kName, "Tom Hardy", "Deputy Mayor"},
      {"The Interior Ministry", MentionKind::kOrg, "Interior Ministry", ""},
      {"Russian Foreign Ministry spokeswoman Anna Petrova", MentionKind::kName, "Anna Petrova",
       "Russian Foreign Ministry spokeswoman"},
      {"the head of the delegation at the talks in Vienna, Ivan Orlov", MentionKind::kName,
       "Ivan Orlov", "head of the delegation at the talks in Vienna"},
      {"Kremlin sources", MentionKind::kOrg, "Kremlin sources", ""},
      // A complement joined by "and" belongs to the body; a person after "and" does not.
      {"The Ministry of Ports and Inland Waterways", MentionKind::kOrg,
       "Ministry of Ports and Inland Waterways", ""},
      {"The Ministry of Defence and Ivan Orlov", MentionKind::kName, "Ivan Orlov", ""},
      // An embassy or a consulate is named with its city.
      {"The Norlandic Embassy in Vesterby", MentionKind::kOrg, "Norlandic Embassy in Vesterby", ""},
      {"the Norlandic Consulate in Eastport", MentionKind::kOrg, "Norlandic Consulate in Eastport",
       ""},
      // A name of capitals after "the" holding a place word is a body's.
      {"the Norlandic Coast Guard", MentionKind::kOrg, "Norlandic Coast Guard", ""},
      // A description before the name it gives goes by the name.
      {"An election observer group, the Lakeland Civic Coalition", MentionKind::kOrg,
       "Lakeland Civic Coalition", ""},
      {"a rights lawyer, Ann Lee", MentionKind::kName, "Ann Lee", "rights lawyer"},
      // A known body's name inside a longer name is not that body.
      {"The Washington State Department of Health", MentionKind::kOrg,
       "Washington State Department of Health", ""},
      // A group noun after what it belongs to.
      {"council staff", MentionKind::kOrg, "council staff", ""},
      // A place's name may hold a lower-case particle ("es", "el").
      {"Economist Ada Ochieng of the University of Dar es Salaam", MentionKind::kName,
       "Ada Ochieng", "Economist, of the University of Dar es Salaam"},
  };
  for (const auto& c : cases) {
    std::string text = c.phrase;
    Mention m;
    ASSERT_TRUE(lex.ParseMention(text, Span{0, static_cast<uint32_t>(text.size())}, &m)) << text;
    EXPECT_EQ(m.kind, c.kind) << text;
    EXPECT_EQ(m.name.View(text), c.name) << text;
    EXPECT_EQ(m.role, c.role) << text;
  }
  for (const char* no :
       {"the document", "It was", "Moscow and Washington agree",
        "Washington's answer cannot satisfy Moscow, Foreign Minister Sergey Lavrov"}) {
    std::string text = no;
    Mention m;
    EXPECT_FALSE(lex.ParseMention(text, Span{0, static_cast<uint32_t>(text.size())}, &m)) << no;
  }
}

TEST(Lexicon, ParsesCaptionsIncludingGluedOnes) {
  Lexicon lex(testing::Rules());
  struct Case {
    const char* text;
    const char* name;
    const char* role;
  } cases[] = {
      {"We will act soon Antony Blinken US Secretary of State", "Antony Blinken",
       "US Secretary of State"},
      {"Maria Zakharovaofficial representative of the Foreign Ministry", "Maria Zakharova",
       "official representative of the Foreign Ministry"},
      {"That is all Olga Petrenko Deputy Head of the City Council", "Olga Petrenko",
       "Deputy Head of the City Council"},
      {"Ivan Sidorenkodeputy chairman of the regional assembly", "Ivan Sidorenko",
       "deputy chairman of the regional assembly"},
      {"Pavel LungaDeputy Prime Minister for Reintegration", "Pavel Lunga",
       "Deputy Prime Minister for Reintegration"},
  };
  for (const auto& c : cases) {
    std::string text = c.text;
    Span all{0, static_cast<uint32_t>(text.size())}, whole, name, role;
    ASSERT_TRUE(lex.ParseCaption(text, all, &whole, &name, &role)) << text;
    EXPECT_EQ(name.View(text), c.name);
    EXPECT_EQ(role.View(text), c.role);
  }
  std::string plain = "Moscow expects an answer from NATO and the European Union";
  Span a{0, static_cast<uint32_t>(plain.size())}, w, n, r;
  EXPECT_FALSE(lex.ParseCaption(plain, a, &w, &n, &r));
}

}  // namespace
}  // namespace claims
