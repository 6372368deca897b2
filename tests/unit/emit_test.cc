#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "claims/emit/record.h"

namespace claims {
namespace {

Record Sample() {
  Record r;
  r.doc = "a.txt";
  r.speaker = "Sergey Lavrov";
  r.mention = "he";
  r.claim = "We \"will\" answer\n\x01";
  r.type = "direct";
  r.cue = "said";
  r.date = "2022-02-14";
  r.span = Span{10, 30};
  r.rule = "direct.post";
  return r;
}

TEST(Record, JsonHasEveryFieldInOrder) {
  Record r = Sample();
  r.id = "0123456789abcdef";
  std::string line;
  AppendJson(r, &line);
  EXPECT_EQ(line,
            "{\"id\":\"0123456789abcdef\",\"doc\":\"a.txt\",\"speaker\":\"Sergey Lavrov\","
            "\"mention\":\"he\",\"role\":null,\"claim\":\"We \\\"will\\\" answer\\n\\u0001\","
            "\"type\":\"direct\",\"cue\":\"said\",\"date\":\"2022-02-14\",\"said_on\":null,"
            "\"outlet\":null,\"via\":null,\"span\":[10,30],\"rule\":\"direct.post\"}");
  auto j = nlohmann::json::parse(line);
  EXPECT_EQ(j["claim"], "We \"will\" answer\n\x01");
}

TEST(Record, PrettyAndCompactParseTheSame) {
  Record r = Sample();
  std::string a, b;
  AppendJson(r, &a);
  AppendJsonPretty(r, 2, &b);
  EXPECT_EQ(nlohmann::json::parse(a), nlohmann::json::parse(b));
  Record back;
  std::string err;
  ASSERT_TRUE(ParseRecord(a, &back, &err)) << err;
  EXPECT_EQ(back.claim, r.claim);
  EXPECT_EQ(back.speaker, r.speaker);
  EXPECT_FALSE(back.role);
  EXPECT_EQ(back.span, r.span);
}

TEST(Record, InvalidUtf8IsReplaced) {
  std::string out;
  AppendJsonString(
      "a\xFF"
      "b",
      &out);
  EXPECT_EQ(out,
            "\"a\xEF\xBF\xBD"
            "b\"");
}

TEST(Ids, StableAcrossOffsetsAndNumberedWhenRepeated) {
  Record a = Sample(), b = Sample();
  b.span = Span{500, 520};  // offsets never enter the id
  std::vector<Record> one{a}, two{b};
  AssignIds(&one);
  AssignIds(&two);
  EXPECT_EQ(one[0].id, two[0].id);
  EXPECT_EQ(one[0].id.size(), 16u);
  std::vector<Record> rep{a, a};
  AssignIds(&rep);
  EXPECT_NE(rep[0].id, rep[1].id);
  EXPECT_EQ(rep[0].id, one[0].id);
  Record other = a;
  other.speaker = "Antony Blinken";
  std::vector<Record> o{other};
  AssignIds(&o);
  EXPECT_NE(o[0].id, one[0].id);
  // Spacing, case and punctuation of the claim do not change the id.
  Record spaced = a;
  spaced.claim = "we  WILL answer";
  std::vector<Record> s{spaced};
  AssignIds(&s);
  EXPECT_EQ(s[0].id, one[0].id);
}

}  // namespace
}  // namespace claims
