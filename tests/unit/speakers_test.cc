#include "claims/emit/speakers.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace claims {
namespace {

Record Rec(std::string doc, std::optional<std::string> speaker, std::optional<std::string> role,
           std::optional<std::string> date, std::optional<std::string> said_on = std::nullopt) {
  Record r;
  r.doc = std::move(doc);
  r.speaker = std::move(speaker);
  r.role = std::move(role);
  r.date = std::move(date);
  r.said_on = std::move(said_on);
  r.claim = "something was said";
  r.type = "indirect";
  return r;
}

std::vector<Record> Sample() {
  return {
      Rec("b.txt", "Sergey Lavrov", "Russian Foreign Minister", "2022-02-01"),
      Rec("a.txt", "Sergey Lavrov", std::nullopt, "2022-01-14", "2022-01-12"),
      Rec("a.txt", "Antony Blinken", "US Secretary of State", std::nullopt),
      Rec("a.txt", "Sergey Lavrov", "Foreign Minister", "2022-01-14"),
      Rec("c.txt", std::nullopt, std::nullopt, "2022-03-01"),
      Rec("c.txt", "Maria Zakharova, spokeswoman", std::nullopt, "2022-03-01"),
  };
}

TEST(SummarizeSpeakers, AggregatesPerSpeaker) {
  SpeakerReport rep = SummarizeSpeakers(Sample());
  EXPECT_EQ(rep.unattributed, 1u);
  ASSERT_EQ(rep.speakers.size(), 3u);
  const SpeakerSummary& lavrov = rep.speakers[0];
  EXPECT_EQ(lavrov.speaker, "Sergey Lavrov");
  EXPECT_EQ(lavrov.claims, 3u);
  EXPECT_EQ(lavrov.documents, (std::vector<std::string>{"a.txt", "b.txt"}));
  EXPECT_EQ(lavrov.roles,
            (std::vector<std::string>{"Foreign Minister", "Russian Foreign Minister"}));
  EXPECT_EQ(lavrov.first_date, "2022-01-12");  // said_on wins over the article date
  EXPECT_EQ(lavrov.last_date, "2022-02-01");
  // Ties in claims: by name.
  EXPECT_EQ(rep.speakers[1].speaker, "Antony Blinken");
  EXPECT_FALSE(rep.speakers[1].first_date);
  EXPECT_EQ(rep.speakers[2].speaker, "Maria Zakharova, spokeswoman");
}

TEST(SpeakersFormats, JsonlCsvTable) {
  SpeakerReport rep = SummarizeSpeakers(Sample());
  std::string jsonl, csv, table;
  AppendSpeakersJsonl(rep, &jsonl);
  AppendSpeakersCsv(rep, &csv);
  AppendSpeakersTable(rep, &table);
  EXPECT_EQ(jsonl.substr(0, jsonl.find('\n')),
            R"({"speaker":"Sergey Lavrov","claims":3,"documents":["a.txt","b.txt"],)"
            R"("roles":["Foreign Minister","Russian Foreign Minister"],)"
            R"("first_date":"2022-01-12","last_date":"2022-02-01"})");
  EXPECT_EQ(csv,
            "speaker,claims,documents,roles,first_date,last_date\n"
            "Sergey Lavrov,3,2,Foreign Minister; Russian Foreign Minister,2022-01-12,2022-02-01\n"
            "Antony Blinken,1,1,US Secretary of State,,\n"
            "\"Maria Zakharova, spokeswoman\",1,1,,2022-03-01,2022-03-01\n");
  EXPECT_EQ(table,
            "SPEAKER                       CLAIMS  DOCS  FIRST       LAST        ROLES\n"
            "Sergey Lavrov                      3     2  2022-01-12  2022-02-01  Foreign "
            "Minister; Russian Foreign Minister\n"
            "Antony Blinken                     1     1  -           -           US Secretary "
            "of State\n"
            "Maria Zakharova, spokeswoman       1     1  2022-03-01  2022-03-01  -\n"
            "3 speakers; 1 claims without a speaker\n");
}

TEST(SpeakersFormats, EmptyInput) {
  SpeakerReport rep = SummarizeSpeakers({});
  std::string jsonl, table;
  AppendSpeakersJsonl(rep, &jsonl);
  AppendSpeakersTable(rep, &table);
  EXPECT_EQ(jsonl, "");
  EXPECT_EQ(table, "SPEAKER  CLAIMS  DOCS  FIRST  LAST  ROLES\n0 speakers\n");
}

}  // namespace
}  // namespace claims
