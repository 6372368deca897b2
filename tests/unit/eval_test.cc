#include "claims/emit/eval.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace claims {
namespace {

ScoredRecord R(std::string doc, std::string claim, std::optional<std::string> speaker,
               std::optional<std::string> date = std::nullopt,
               std::optional<std::string> outlet = std::nullopt, bool optional = false) {
  ScoredRecord r;
  r.doc = std::move(doc);
  r.claim = std::move(claim);
  r.speaker = std::move(speaker);
  r.date = std::move(date);
  r.outlet = std::move(outlet);
  r.type = "direct";
  r.optional = optional;
  return r;
}

const char* kWill = "We will respond to the proposals in writing next week";
const char* kNato = "NATO has ignored every one of our concerns about its expansion";
const char* kTalk = "The talks in Geneva were frank and useful for both sides";

TEST(Evaluate, CountsAsTheScorerDoes) {
  struct Case {
    const char* name;
    std::vector<ScoredRecord> pred, gold;
    size_t matched, predicted, gold_required, speaker_ok;
    size_t misses, extras;
  };
  const Case cases[] = {
      {"perfect",
       {R("a.txt", kWill, "Sergey Lavrov"), R("a.txt", kNato, "Sergey Lavrov")},
       {R("a.txt", kWill, "Sergey Lavrov"), R("a.txt", kNato, "Sergey Lavrov")},
       2,
       2,
       2,
       2,
       0,
       0},
      {"surname decides the speaker",
       {R("a.txt", kWill, "Sergei Lavrov"), R("a.txt", kNato, "Maria Zakharova")},
       {R("a.txt", kWill, "Sergey Lavrov"), R("a.txt", kNato, "Sergey Lavrov")},
       2,
       2,
       2,
       1,
       0,
       0},
      {"near text matches, far text does not",
       {R("a.txt", "We will respond to the proposals in writing", "Lavrov"),
        R("a.txt", "NATO has ignored us", "Lavrov")},
       {R("a.txt", kWill, "Lavrov"), R("a.txt", kNato, "Lavrov")},
       1,
       2,
       2,
       1,
       1,
       1},
      {"optional gold is neither required nor penalised",
       {R("a.txt", kWill, "Lavrov"), R("a.txt", kTalk, "Lavrov")},
       {R("a.txt", kWill, "Lavrov"), R("a.txt", kTalk, "Lavrov", {}, {}, true),
        R("a.txt", kNato, "Lavrov", {}, {}, true)},
       1,
       1,
       1,
       1,
       0,
       0},
      {"documents keyed by base name; documents without gold ignored",
       {R("a.txt", kWill, "Lavrov"), R("b.txt", kNato, "Lavrov")},
       {R("a.txt", kWill, "Lavrov")},
       1,
       1,
       1,
       1,
       0,
       0},
      {"one gold record pairs with one prediction",
       {R("a.txt", kWill, "Lavrov"), R("a.txt", kWill, "Lavrov")},
       {R("a.txt", kWill, "Lavrov")},
       1,
       2,
       1,
       1,
       0,
       1},
      {"nothing predicted", {}, {R("a.txt", kWill, "Lavrov")}, 0, 0, 1, 0, 1, 0},
  };
  for (const auto& c : cases) {
    EvalResult r = Evaluate(c.pred, c.gold, {});
    EXPECT_EQ(r.matched, c.matched) << c.name;
    EXPECT_EQ(r.predicted, c.predicted) << c.name;
    EXPECT_EQ(r.gold_required, c.gold_required) << c.name;
    EXPECT_EQ(r.speaker_ok, c.speaker_ok) << c.name;
    EXPECT_EQ(r.misses.size(), c.misses) << c.name;
    EXPECT_EQ(r.extras.size(), c.extras) << c.name;
  }
}

TEST(Evaluate, GreedyPairingTakesTheBestPairFirst) {
  // Each prediction is close enough to both gold claims; pairing in prediction order
  // would give the first prediction the first gold claim, and both speakers would be
  // wrong. Best first pairs the identical texts.
  std::vector<ScoredRecord> gold = {
      R("a.txt", "one two three four five six seven eight nine ten", "A"),
      R("a.txt", "one two three four five six seven eight nine ten eleven", "B")};
  std::vector<ScoredRecord> pred = {
      R("a.txt", "one two three four five six seven eight nine ten eleven", "B"),
      R("a.txt", "one two three four five six seven eight nine ten", "A")};
  EvalResult r = Evaluate(pred, gold, {});
  EXPECT_EQ(r.matched, 2u);
  EXPECT_EQ(r.speaker_ok, 2u);
}

TEST(Evaluate, DatesAndOutletsOnlyWhereGoldNamesThem) {
  std::vector<ScoredRecord> gold = {R("a.txt", kWill, "Lavrov", "2022-02-01", "TASS"),
                                    R("a.txt", kNato, "Lavrov", "2022-02-01", std::nullopt),
                                    R("a.txt", kTalk, "Lavrov", std::nullopt, "RIA Novosti")};
  std::vector<ScoredRecord> pred = {R("a.txt", kWill, "Lavrov", "2022-02-01", "tass"),
                                    R("a.txt", kNato, "Lavrov", "2022-02-02", "TASS"),
                                    R("a.txt", kTalk, "Lavrov", "2022-02-03", std::nullopt)};
  EvalResult r = Evaluate(pred, gold, {});
  EXPECT_EQ(r.date_total, 2u);
  EXPECT_EQ(r.date_ok, 1u);
  EXPECT_EQ(r.dates_invented, 1u);
  EXPECT_EQ(r.outlet_total, 2u);
  EXPECT_EQ(r.outlet_ok, 1u);
  EXPECT_EQ(EvalSummaryLine(r),
            "claim_f1=1.000 attributed_f1=1.000 speaker_acc=1.000 date_acc=0.500 "
            "dates_invented=1 outlet_acc=0.500");
}

TEST(Evaluate, TypesAndMatchOptions) {
  std::vector<ScoredRecord> gold = {R("a.txt", kWill, "Lavrov"), R("a.txt", kNato, "Lavrov")};
  gold[1].type = "indirect";
  std::vector<ScoredRecord> pred = {R("a.txt", "We will respond to the proposals", "Lavrov")};
  EXPECT_EQ(Evaluate(pred, gold, {}).matched, 0u);
  EXPECT_EQ(Evaluate(pred, gold, {.match = 0.5, .types = {}}).matched, 1u);
  EvalResult direct = Evaluate(pred, gold, {.match = 0.5, .types = {"direct"}});
  EXPECT_EQ(direct.gold_required, 1u);
  EXPECT_EQ(direct.ClaimF1(), 1.0);
}

TEST(FormatEvalReport, PrintsTheScorersLines) {
  std::vector<ScoredRecord> gold = {R("a.txt", kWill, "Sergey Lavrov"),
                                    R("a.txt", kNato, std::nullopt)};
  std::vector<ScoredRecord> pred = {R("a.txt", kWill, "Maria Zakharova"),
                                    R("a.txt", kTalk, std::nullopt)};
  EXPECT_EQ(FormatEvalReport(Evaluate(pred, gold, {}), true),
            std::string("MISS   a.txt [None] ") + kNato + "\n" +  //
                "EXTRA  a.txt [None] " + kTalk + "\n" +
                "WRONG  a.txt gold=Sergey Lavrov pred=Maria Zakharova :: " + kWill + "\n" +
                "gold 2 required, predicted 2 scored, matched 1\n"
                "claim       P 0.500  R 0.500  F1 0.500\n"
                "attributed  P 0.000  R 0.000  F1 0.000\n"
                "speaker 0.000  date 0.000 (of 0; 0 dated where gold has none)  outlet 0.000 "
                "(of 0)\n"
                "claim_f1=0.500 attributed_f1=0.000 speaker_acc=0.000 date_acc=0.000 "
                "dates_invented=0 outlet_acc=0.000\n");
}

TEST(ParseScoredRecord, ReadsWhatTheScorerReads) {
  struct Case {
    const char* line;
    const char* doc;
    const char* claim;
    bool has_date;
    bool optional;
  };
  const Case cases[] = {
      {R"({"doc":"corpus/a.txt","claim":"x","date":"2022-01-01"})", "a.txt", "x", true, false},
      {R"({"path":"b/c.txt","quote":"y","date":""})", "c.txt", "y", false, false},
      {R"({"doc":null,"file":"d.txt","claim":null,"quote":"z","optional":true})", "d.txt", "z",
       false, true},
      {R"({"doc":"e.txt","claim":"w","optional":0})", "e.txt", "w", false, false},
      {R"({})", "", "", false, false},
  };
  for (const auto& c : cases) {
    ScoredRecord r;
    std::string error;
    ASSERT_TRUE(ParseScoredRecord(c.line, &r, &error)) << c.line << ": " << error;
    EXPECT_EQ(r.doc, c.doc) << c.line;
    EXPECT_EQ(r.claim, c.claim) << c.line;
    EXPECT_EQ(r.date.has_value(), c.has_date) << c.line;
    EXPECT_EQ(r.optional, c.optional) << c.line;
  }
  ScoredRecord r;
  std::string error;
  EXPECT_FALSE(ParseScoredRecord("[1, 2]", &r, &error));
  EXPECT_FALSE(ParseScoredRecord("{oops", &r, &error));
}

}  // namespace
}  // namespace claims
