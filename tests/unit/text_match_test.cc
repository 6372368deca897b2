#include "claims/emit/text_match.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace claims {
namespace {

using Tokens = std::vector<std::string>;

// Expected tokens are what tests/tools/score_claims.py's tokens() returns.
TEST(MatchTokens, AgreesWithTheScorer) {
  struct Case {
    const char* text;
    Tokens want;
  };
  const Case cases[] = {
      {"", {}},
      {"\u201cWe will answer,\u201d he said", {"we", "will", "answer", "he", "said"}},
      {"NATO\u2019s non-expansion", {"nato", "s", "non", "expansion"}},
      {"\u041b\u0430\u0432\u0440\u043e\u0432 \u0437\u0430\u044f\u0432\u0438\u043b: "
       "\u00ab\u041d\u0435\u0442\u00bb",
       {"\u043b\u0430\u0432\u0440\u043e\u0432", "\u0437\u0430\u044f\u0432\u0438\u043b",
        "\u043d\u0435\u0442"}},
      {"\ufb01nal \uff12\uff10\uff12\uff12", {"final", "2022"}},  // ligature, full width
      {"x\u00b2", {"x2"}},                                        // superscript two
      {"Cafe\u0301 au lait", {"caf\u00e9", "au", "lait"}},        // composed
      {"\u0438\u0306\u043e\u0434 \u0401\u043b\u043a\u0430",
       {"\u0439\u043e\u0434", "\u0451\u043b\u043a\u0430"}},
      {"\u039f\u0394\u03a5\u03a3\u03a3\u0395\u03a5\u03a3 \u03a3\u0391",  // final sigma
       {"\u03bf\u03b4\u03c5\u03c3\u03c3\u03b5\u03c5\u03c2", "\u03c3\u03b1"}},
      {"\u0130stanbul", {"i", "stanbul"}},  // lower() gives i + combining dot
      {"snake_case 42", {"snake_case", "42"}},
      {"\u216b century", {"xii", "century"}},  // Roman numeral twelve
      {"a\u00a0b\u2014c", {"a", "b", "c"}},
      {"a\xff"
       "b",
       {"a", "b"}},  // invalid UTF-8
  };
  for (const auto& c : cases) {
    EXPECT_EQ(MatchTokens(c.text), c.want) << c.text;
  }
}

TEST(TokenF1, CountsTokensAsMultisets) {
  struct Case {
    Tokens a, b;
    double want;
  };
  const Case cases[] = {
      {{}, {"a"}, 0.0},
      {{"a"}, {}, 0.0},
      {{"a", "b"}, {"c"}, 0.0},
      {{"a", "b"}, {"b", "a"}, 1.0},
      {{"we", "will", "answer", "he", "said"}, {"we", "will", "answer"}, 0.75},
      {{"a", "a", "b"}, {"a", "b", "b"}, 2.0 * (2.0 / 3) * (2.0 / 3) / (2.0 / 3 + 2.0 / 3)},
  };
  for (const auto& c : cases) {
    EXPECT_DOUBLE_EQ(TokenF1(c.a, c.b), c.want);
    EXPECT_EQ(TokenF1(c.a, c.b), TokenF1(c.b, c.a));
  }
}

TEST(LowerCase, LowersLatinGreekCyrillic) {
  EXPECT_EQ(LowerCase("TASS"), "tass");
  EXPECT_EQ(LowerCase("\u0420\u0418\u0410 \u041d\u043e\u0432\u043e\u0441\u0442\u0438"),
            "\u0440\u0438\u0430 \u043d\u043e\u0432\u043e\u0441\u0442\u0438");
  EXPECT_EQ(LowerCase("\u00c9COUTE, Stra\u00dfe"), "\u00e9coute, stra\u00dfe");
}

TEST(Utf8, CountsAndCutsCodePoints) {
  EXPECT_EQ(Utf8Length(""), 0u);
  EXPECT_EQ(Utf8Length("\u043b\u0430b"), 3u);
  EXPECT_EQ(Utf8Prefix("\u043b\u0430b", 2), "\u043b\u0430");
  EXPECT_EQ(Utf8Prefix("ab", 5), "ab");
  EXPECT_EQ(Utf8Prefix("\u201cx", 1), "\u201c");
}

}  // namespace
}  // namespace claims
