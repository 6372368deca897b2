#include "claims/emit/show.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace claims {
namespace {

Record Claim(uint32_t begin, uint32_t end, std::optional<std::string> speaker) {
  Record r;
  r.span = Span{begin, end};
  r.speaker = std::move(speaker);
  return r;
}

TEST(RenderArticle, PlainMarkers) {
  //                      0         1         2         3         4
  //                      0123456789012345678901234567890123456789012345
  const std::string text = "Lavrov said: \"No.\" Zakharova said \"Yes.\"\nAds here";
  struct Case {
    const char* name;
    std::vector<Span> dimmed;
    std::vector<Record> records;
    std::string want;
  };
  const Case cases[] = {
      {"nothing to mark", {}, {}, text + "\n--\n0 claims\n"},
      {"two speakers, a dimmed block",
       {Span{41, 49}},
       {Claim(35, 39, "Maria Zakharova"), Claim(14, 17, "Sergey Lavrov")},
       "Lavrov said: \"[[No.]]<Sergey Lavrov>\" Zakharova said \"[[Yes.]]<Maria Zakharova>\"\n"
       "{{Ads here}}\n--\n2 claims: Sergey Lavrov (1), Maria Zakharova (1)\n"},
      {"unresolved speaker, nested and clipped spans",
       {},
       {Claim(13, 18, std::nullopt), Claim(14, 17, "Sergey Lavrov"), Claim(45, 900, "X")},
       "Lavrov said: [[\"[[No.]]<Sergey Lavrov>\"]]<?> Zakharova said \"Yes.\"\nAds [[here]]<X>\n"
       "--\n3 claims: Sergey Lavrov (1), X (1), ? (1)\n"},
  };
  for (const auto& c : cases) {
    EXPECT_EQ(RenderArticle(text, c.dimmed, c.records, false), c.want) << c.name;
  }
}

TEST(RenderArticle, ColorsBySpeakerAndDims) {
  const std::string text = "He said \"No.\" and then \"Yes.\"\nAds";
  std::vector<Record> records = {Claim(9, 12, "Sergey Lavrov"), Claim(24, 28, "Sergey Lavrov")};
  std::string out = RenderArticle(text, {Span{30, 33}}, records, true);
  // Both claims in the first speaker color, each followed by the name in bold.
  EXPECT_NE(out.find("\x1b[0m\x1b[36mNo.\x1b[0;1;36m [Sergey Lavrov]\x1b[0m"), std::string::npos)
      << out;
  EXPECT_NE(out.find("\x1b[36mYes.\x1b[0;1;36m [Sergey Lavrov]"), std::string::npos) << out;
  EXPECT_NE(out.find("\x1b[0m\x1b[2mAds\x1b[0m"), std::string::npos) << out;
  EXPECT_EQ(out.find("[["), std::string::npos);
}

}  // namespace
}  // namespace claims
