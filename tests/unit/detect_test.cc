#include <gtest/gtest.h>

#include "claims/pipeline.h"
#include "test_util.h"

namespace claims {
namespace {

// Runs the whole pipeline on `text` and returns "speaker|type|claim" lines.
std::vector<std::string> Extract(const std::string& text) {
  static Extractor ex(testing::Rules(), {});
  Document doc;
  doc.name = "t.txt";
  doc.bytes = text;
  std::vector<Record> records;
  EXPECT_TRUE(ex.Extract(doc, &records).ok());
  std::vector<std::string> out;
  for (const auto& r : records) {
    out.push_back(r.speaker.value_or("?") + "|" + r.type + "|" + r.claim);
  }
  return out;
}

TEST(Detect, QuoteWithNamedSpeakerAfterIt) {
  auto got = Extract(
      "Port strike ends\n\n\"The strike is over and the ships will sail on Monday,\" Olga "
      "Petrenko said.\n");
  ASSERT_EQ(got.size(), 1u);
  EXPECT_EQ(got[0], "Olga Petrenko|direct|The strike is over and the ships will sail on Monday");
}

}  // namespace
}  // namespace claims
