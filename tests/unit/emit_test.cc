#include <gtest/gtest.h>

#include <cstdio>

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

// AppendJsonString written one byte at a time, as the format defines it.
std::string ReferenceJsonString(std::string_view s) {
  std::string out = "\"";
  for (size_t i = 0; i < s.size();) {
    auto c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) {
      if (c == '"') {
        out += "\\\"";
      } else if (c == '\\') {
        out += "\\\\";
      } else if (c == '\n') {
        out += "\\n";
      } else if (c == '\t') {
        out += "\\t";
      } else if (c == '\r') {
        out += "\\r";
      } else if (c < 0x20) {
        char buf[8];
        std::snprintf(buf, sizeof buf, "\\u%04x", c);
        out += buf;
      } else {
        out += static_cast<char>(c);
      }
      ++i;
      continue;
    }
    size_t len = (c & 0xE0) == 0xC0 ? 2 : (c & 0xF0) == 0xE0 ? 3 : (c & 0xF8) == 0xF0 ? 4 : 0;
    bool valid = len != 0 && i + len <= s.size();
    for (size_t k = 1; valid && k < len; ++k) {
      valid = (static_cast<unsigned char>(s[i + k]) & 0xC0) == 0x80;
    }
    if (valid) {
      out.append(s.substr(i, len));
      i += len;
    } else {
      out += "\xEF\xBF\xBD";
      ++i;
    }
  }
  return out + "\"";
}

TEST(Record, JsonStringsMatchTheByteByByteDefinition) {
  // Strings of every length up to 40 from an alphabet of plain, escaped, multi-byte and
  // broken UTF-8 bytes, so special bytes fall at every position of an 8-byte word.
  const std::string alphabet[] = {"a",
                                  "Z",
                                  " ",
                                  "~",
                                  "\x7f",
                                  "\"",
                                  "\\",
                                  "\n",
                                  "\t",
                                  "\r",
                                  "\x01",
                                  "\x1f",
                                  "\xC3\xA9",
                                  "\xE2\x80\x9C",
                                  "\xF0\x9F\x98\x80",
                                  "\xFF",
                                  "\x80",
                                  "\xC3",
                                  "\xE2\x80"};
  const size_t n = sizeof alphabet / sizeof alphabet[0];
  uint64_t state = 12345;
  for (int round = 0; round < 2000; ++round) {
    std::string s;
    size_t len = static_cast<size_t>(round % 41);
    for (size_t k = 0; k < len; ++k) {
      state = state * 6364136223846793005ULL + 1442695040888963407ULL;
      // Mostly plain bytes, as in real text.
      size_t pick = (state >> 33) % (4 * n);
      s += pick < 3 * n ? alphabet[pick % 4] : alphabet[pick - 3 * n];
    }
    std::string out = "x";
    AppendJsonString(s, &out);
    std::string expected = "x";
    expected += ReferenceJsonString(s);
    EXPECT_EQ(out, expected) << s;
  }
}

TEST(Record, NormalizedClaimTextIsLowerCaseWordsSingleSpaced) {
  EXPECT_EQ(NormalizeClaimText("  We WILL, \"answer\" -- 2022!\n"), "we will answer 2022");
  EXPECT_EQ(NormalizeClaimText("Caf\xC3\xA9 ol\xC3\xA9"), "caf\xC3\xA9 ol\xC3\xA9");
  EXPECT_EQ(NormalizeClaimText(""), "");
  EXPECT_EQ(NormalizeClaimText("..."), "");
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

TEST(Ids, NullAndEmptySpeakerShareOccurrencesButNotIds) {
  Record a = Sample();
  a.speaker.reset();
  Record b = Sample();
  b.speaker = "";
  std::vector<Record> rs{a, b, a};
  AssignIds(&rs);
  EXPECT_EQ(rs[0].id, MakeId(a.doc, a.claim, a.speaker, 0));
  EXPECT_EQ(rs[1].id, MakeId(b.doc, b.claim, b.speaker, 1));
  EXPECT_EQ(rs[2].id, MakeId(a.doc, a.claim, a.speaker, 2));
  EXPECT_NE(rs[0].id, rs[1].id);
}

TEST(Ids, CountedPerDocumentClaimAndSpeaker) {
  std::vector<Record> rs;
  for (int i = 0; i < 300; ++i) {
    Record r = Sample();
    r.doc = i % 2 ? "a.txt" : "b.txt";
    r.claim = "claim " + std::to_string(i % 7);
    r.speaker = std::string(i % 3 ? "X" : "Y");
    rs.push_back(r);
  }
  std::vector<Record> copy = rs;
  AssignIds(&rs);
  for (size_t i = 0; i < rs.size(); ++i) {
    int occurrence = 0;
    for (size_t k = 0; k < i; ++k) {
      occurrence += copy[k].doc == copy[i].doc && copy[k].claim == copy[i].claim &&
                    copy[k].speaker == copy[i].speaker;
    }
    EXPECT_EQ(rs[i].id, MakeId(copy[i].doc, copy[i].claim, copy[i].speaker, occurrence));
  }
}

}  // namespace
}  // namespace claims
