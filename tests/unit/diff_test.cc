#include "claims/emit/diff.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace claims {
namespace {

Record Rec(std::string doc, std::string claim, std::optional<std::string> speaker, uint32_t begin) {
  Record r;
  r.doc = std::move(doc);
  r.claim = std::move(claim);
  r.speaker = std::move(speaker);
  r.type = "direct";
  r.cue = "said";
  r.date = "2022-02-14";
  r.span = Span{begin, begin + static_cast<uint32_t>(r.claim.size())};
  r.rule = "direct.post";
  return r;
}

// Records of one run: ids assigned per document as the extractor does.
std::vector<Record> WithIds(std::vector<Record> records) {
  std::vector<Record> out;
  size_t i = 0;
  while (i < records.size()) {
    size_t j = i;
    std::vector<Record> doc;
    while (j < records.size() && records[j].doc == records[i].doc) doc.push_back(records[j++]);
    AssignIds(&doc);
    out.insert(out.end(), doc.begin(), doc.end());
    i = j;
  }
  return out;
}

// "op:doc:claim" per entry, for compact expectations.
std::vector<std::string> Summary(const std::vector<DiffEntry>& entries) {
  std::vector<std::string> out;
  for (const auto& e : entries) {
    out.push_back(std::string(DiffOpName(e.op)) + ":" + e.doc() + ":" + e.current().claim);
  }
  return out;
}

const char* kA = "We will respond to the proposals in writing next week";
const char* kA2 = "We will respond to the proposals in writing next month";
const char* kB = "NATO has ignored every one of our concerns about its expansion";
const char* kC = "The talks in Geneva were frank and useful for both sides";

// The property diff relies on: a claim's id depends on its document, normalized text
// and speaker, and on how many times the same claim came before it in the document,
// never on offsets or on the other claims.
TEST(StableIds, IndependentOfOffsetsAndOtherClaims) {
  const std::string id = WithIds({Rec("a", kA, "Lavrov", 0), Rec("a", kB, "Lavrov", 100)})[0].id;
  struct Case {
    const char* name;
    std::vector<Record> run;
    size_t index;  // of the claim kA in `run`
  };
  const Case cases[] = {
      {"offsets moved", WithIds({Rec("a", kA, "Lavrov", 7), Rec("a", kB, "Lavrov", 300)}), 0},
      {"claim added before",
       WithIds({Rec("a", kC, "Putin", 0), Rec("a", kA, "Lavrov", 70), Rec("a", kB, "Lavrov", 170)}),
       1},
      {"other claim removed", WithIds({Rec("a", kA, "Lavrov", 0)}), 0},
      {"spacing, case, punctuation",
       WithIds({Rec("a", "we  WILL respond to the proposals, in writing next week!", "Lavrov", 0)}),
       0},
      {"first of a repeated claim",
       WithIds({Rec("a", kA, "Lavrov", 0), Rec("a", kA, "Lavrov", 90)}), 0},
  };
  for (const auto& c : cases) EXPECT_EQ(c.run[c.index].id, id) << c.name;
  // Another document, another speaker, a repeat: other ids.
  EXPECT_NE(WithIds({Rec("b", kA, "Lavrov", 0)})[0].id, id);
  EXPECT_NE(WithIds({Rec("a", kA, "Zakharova", 0)})[0].id, id);
  EXPECT_NE(WithIds({Rec("a", kA, "Lavrov", 0), Rec("a", kA, "Lavrov", 90)})[1].id, id);
}

TEST(DiffRecords, Table) {
  struct Case {
    const char* name;
    std::vector<Record> old_records, new_records;
    std::vector<std::string> want;
  };
  const Case cases[] = {
      {"identical", {Rec("a", kA, "Lavrov", 0)}, {Rec("a", kA, "Lavrov", 0)}, {}},
      {"moved by other edits: no difference",
       {Rec("a", kA, "Lavrov", 0), Rec("a", kB, "Lavrov", 100)},
       {Rec("a", kA, "Lavrov", 40), Rec("a", kB, "Lavrov", 140)},
       {}},
      {"added and removed documents",
       {Rec("a", kA, "Lavrov", 0), Rec("b", kB, "Blinken", 0)},
       {Rec("a", kA, "Lavrov", 0), Rec("c", kC, "Putin", 0)},
       {"removed:b:" + std::string(kB), "added:c:" + std::string(kC)}},
      {"edited quote is changed",
       {Rec("a", kA, "Lavrov", 0), Rec("a", kB, "Lavrov", 100)},
       {Rec("a", kA2, "Lavrov", 0), Rec("a", kB, "Lavrov", 100)},
       {"changed:a:" + std::string(kA2)}},
      {"similar text from another speaker is not a change",
       {Rec("a", kA, "Lavrov", 0)},
       {Rec("a", kA2, "Zakharova", 0)},
       {"removed:a:" + std::string(kA), "added:a:" + std::string(kA2)}},
      {"dissimilar text is removed and added",
       {Rec("a", kA, "Lavrov", 0)},
       {Rec("a", kC, "Lavrov", 0)},
       {"removed:a:" + std::string(kA), "added:a:" + std::string(kC)}},
      {"a repeated claim: the second occurrence removed",
       {Rec("a", kA, "Lavrov", 0), Rec("a", kA, "Lavrov", 100)},
       {Rec("a", kA, "Lavrov", 0)},
       {"removed:a:" + std::string(kA)}},
      {"null speakers pair with null speakers",
       {Rec("a", kA, std::nullopt, 0)},
       {Rec("a", kA2, std::nullopt, 0)},
       {"changed:a:" + std::string(kA2)}},
  };
  for (const auto& c : cases) {
    auto got = DiffRecords(WithIds(c.old_records), WithIds(c.new_records), {});
    EXPECT_EQ(Summary(got), c.want) << c.name;
  }
}

TEST(DiffRecords, SameIdOtherFieldsIsChanged) {
  std::vector<Record> old_run = WithIds({Rec("a", kA, "Lavrov", 0)});
  std::vector<Record> new_run = old_run;
  new_run[0].date = "2022-02-15";
  new_run[0].span = Span{7, 9};
  auto d = DiffRecords(old_run, new_run, {});
  ASSERT_EQ(d.size(), 1u);
  EXPECT_EQ(d[0].op, DiffOp::kChanged);
  EXPECT_EQ(ChangedFields(*d[0].old_record, *d[0].new_record, false),
            std::vector<std::string>{"date"});
  // Span-only moves are reported on request.
  new_run[0].date = old_run[0].date;
  EXPECT_TRUE(DiffRecords(old_run, new_run, {}).empty());
  DiffOptions with_spans;
  with_spans.spans = true;
  EXPECT_EQ(DiffRecords(old_run, new_run, with_spans).size(), 1u);
}

TEST(DiffRecords, OrderDoesNotDependOnInputOrder) {
  std::vector<Record> old_run =
      WithIds({Rec("a", kA, "Lavrov", 0), Rec("a", kB, "Lavrov", 100), Rec("b", kC, "Putin", 0)});
  std::vector<Record> new_run =
      WithIds({Rec("a", kC, "Lavrov", 50), Rec("c", kA, "Putin", 0), Rec("c", kB, "Putin", 80)});
  auto forward = Summary(DiffRecords(old_run, new_run, {}));
  std::reverse(old_run.begin(), old_run.end());
  std::reverse(new_run.begin(), new_run.end());
  EXPECT_EQ(Summary(DiffRecords(old_run, new_run, {})), forward);
  EXPECT_EQ(forward, (std::vector<std::string>{
                         "removed:a:" + std::string(kA), "added:a:" + std::string(kC),
                         "removed:a:" + std::string(kB), "removed:b:" + std::string(kC),
                         "added:c:" + std::string(kA), "added:c:" + std::string(kB)}));
}

TEST(AppendDiffJson, HasOpIdOldNew) {
  std::vector<Record> old_run = WithIds({Rec("a", kA, "Lavrov", 0)});
  std::vector<Record> new_run = WithIds({Rec("a", kA2, "Lavrov", 0), Rec("a", kB, "Lavrov", 90)});
  auto d = DiffRecords(old_run, new_run, {});
  ASSERT_EQ(d.size(), 2u);
  std::string line;
  AppendDiffJson(d[0], &line);
  auto j = nlohmann::json::parse(line);
  EXPECT_EQ(j["op"], "changed");
  EXPECT_EQ(j["id"], new_run[0].id);
  EXPECT_EQ(j["old"]["claim"], kA);
  EXPECT_EQ(j["new"]["claim"], kA2);
  line.clear();
  AppendDiffJson(d[1], &line);
  j = nlohmann::json::parse(line);
  EXPECT_EQ(j["op"], "added");
  EXPECT_TRUE(j["old"].is_null());
  EXPECT_EQ(line.rfind("{\"op\":\"added\",\"id\":", 0), 0u);
}

TEST(AppendDiffText, MarksChangedWords) {
  struct Case {
    const char* old_claim;
    const char* new_claim;
    const char* want;
  };
  const Case cases[] = {
      {"a b c d", "a x c d", "a [-b-] {+x+} c d"},
      {"a b c d", "a b c d e", "a b c d {+e+}"},
      {"a b c d", "b c d", "[-a-] b c d"},
      {"one two three", "four five", "[-one two three-] {+four five+}"},
      {"We will  respond", "We will respond now", "We will respond {+now+}"},
  };
  for (const auto& c : cases) {
    std::vector<Record> old_run = WithIds({Rec("d", c.old_claim, "S", 0)});
    std::vector<Record> new_run = old_run;
    new_run[0].claim = c.new_claim;  // same id: changed whatever the similarity
    std::string text;
    AppendDiffText(DiffRecords(old_run, new_run, {}), false, &text);
    EXPECT_EQ(text.substr(0, text.find("\n\n")), std::string("d\n  ~ S: ") + c.want) << c.old_claim;
  }
}

TEST(AppendDiffText, SummarizesPerDocument) {
  std::vector<Record> old_run = WithIds({Rec("a", kA, "Lavrov", 0), Rec("b", kB, std::nullopt, 0)});
  std::vector<Record> new_run = WithIds({Rec("a", kA2, "Lavrov", 0), Rec("c", kC, "Putin", 0)});
  new_run[0].date = "2022-02-15";
  std::string plain;
  AppendDiffText(DiffRecords(old_run, new_run, {}), false, &plain);
  EXPECT_EQ(plain,
            "a\n"
            "  ~ Lavrov: We will respond to the proposals in writing next [-week-] {+month+}\n"
            "      date: \"2022-02-14\" -> \"2022-02-15\"\n"
            "\n"
            "b\n"
            "  - (no speaker): NATO has ignored every one of our concerns about its expansion\n"
            "\n"
            "c\n"
            "  + Putin: The talks in Geneva were frank and useful for both sides\n"
            "\n"
            "3 documents: 1 added, 1 removed, 1 changed\n");
  std::string colored;
  AppendDiffText(DiffRecords(old_run, new_run, {}), true, &colored);
  EXPECT_NE(colored.find("\x1b[32m  + Putin"), std::string::npos);
  EXPECT_NE(colored.find("\x1b[31m  - (no speaker)"), std::string::npos);
  EXPECT_NE(colored.find("next \x1b[31mweek\x1b[33m \x1b[32mmonth\x1b[33m\x1b[0m"),
            std::string::npos)
      << colored;
  std::string none;
  AppendDiffText({}, true, &none);
  EXPECT_EQ(none, "");
}

}  // namespace
}  // namespace claims
