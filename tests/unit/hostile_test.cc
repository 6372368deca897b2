// The whole pipeline on hostile documents: no crash, valid output, and time linear in
// the size of the input (no quadratic scan over long paragraphs or many quote marks).
// Heavy (megabytes of input): labelled `heavy` in CTest.
#include <gtest/gtest.h>

#include <ctime>
#include <fstream>
#include <functional>
#include <iterator>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "claims/emit/record.h"
#include "claims/pipeline.h"
#include "test_util.h"

namespace claims {
namespace {

const Extractor& TheExtractor() {
  static const Extractor* ex = new Extractor(testing::Rules(), ExtractOptions{});
  return *ex;
}

// Extracts `bytes`, checks the records, returns the CPU seconds it took.
double ExtractChecked(const std::string& bytes, size_t* n_records = nullptr) {
  Document doc;
  doc.name = "hostile.txt";
  doc.bytes = bytes;
  std::vector<Record> records;
  std::clock_t start = std::clock();
  Status st = TheExtractor().Extract(doc, &records);
  double secs = static_cast<double>(std::clock() - start) / CLOCKS_PER_SEC;
  EXPECT_TRUE(st.ok()) << st.message();
  for (const auto& r : records) {
    EXPECT_LE(r.span.begin, r.span.end);
    EXPECT_LE(r.span.end, bytes.size());
    std::string line;
    AppendJson(r, &line);
    EXPECT_TRUE(nlohmann::json::accept(line)) << line.substr(0, 200);
  }
  if (n_records) *n_records = records.size();
  return secs;
}

std::string Repeat(const std::string& unit, size_t times) {
  std::string out;
  out.reserve(unit.size() * times);
  for (size_t i = 0; i < times; ++i) out += unit;
  return out;
}

// Time for `make(n)` against `make(8 n)`: linear work grows about 8 times, quadratic
// work 64 times. The bound leaves room for noise on a shared machine; CPU time, not
// wall time, is measured, and tiny times are floored so that noise cannot dominate.
void ExpectLinear(const std::function<std::string(size_t)>& make, size_t n) {
  std::string small = make(n);
  std::string large = make(8 * n);
  double t_small = ExtractChecked(small);
  double t_large = ExtractChecked(large);
  double floor = 0.02;
  EXPECT_LT(t_large, 24 * std::max(t_small, floor))
      << "8x the input took " << t_large << " s against " << t_small << " s";
}

TEST(Hostile, TwoMillionQuoteMarks) {
  ExtractChecked(std::string(2000000, '"'));
  ExtractChecked(Repeat("\xE2\x80\x9C", 1000000) + Repeat("\xE2\x80\x9D", 1000000));
  ExtractChecked(Repeat("\xC2\xAB", 2000000));
}

TEST(Hostile, TenMegabyteLineWithoutPunctuation) {
  ExtractChecked(Repeat("word ", 2000000));
  ExtractChecked(std::string(10000000, 'a'));
}

TEST(Hostile, UnclosedQuoteRepeatedFiftyThousandTimes) {
  ExtractChecked(Repeat("Lavrov said \"this quote never closes ", 50000));
  ExtractChecked(Repeat("He said \xE2\x80\x9Cit never closes\n\n", 50000));
}

TEST(Hostile, NulAndControlBytesDoNotBreakNormalizing) {
  // Documents with NUL never reach the pipeline from io, but the stages must not rely on it.
  ExtractChecked(std::string("He said \"a\0b c d e\".", 20));
  ExtractChecked("\x01\x02\x1B[31m He said \"red text here now\".\x7F");
}

TEST(Hostile, BomAndCrlfKeepOffsetsIntoTheOriginal) {
  std::ifstream in(std::string(CLAIMS_SOURCE_DIR) + "/corpus/001_1221e1e9ff6ea553.txt",
                   std::ios::binary);
  std::string lf((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  std::string crlf = "\xEF\xBB\xBF";
  for (char c : lf) crlf += c == '\n' ? std::string("\r\n") : std::string(1, c);
  auto extract = [](const std::string& bytes) {
    Document doc;
    doc.name = "doc.txt";
    doc.bytes = bytes;
    std::vector<Record> records;
    EXPECT_TRUE(TheExtractor().Extract(doc, &records).ok());
    return records;
  };
  std::vector<Record> a = extract(lf), b = extract(crlf);
  ASSERT_FALSE(a.empty());
  ASSERT_EQ(a.size(), b.size());
  for (size_t i = 0; i < a.size(); ++i) {
    EXPECT_EQ(a[i].claim, b[i].claim);
    // The span in the CRLF file holds the same text, plus the CRs.
    std::string in_crlf = crlf.substr(b[i].span.begin, b[i].span.size());
    std::erase(in_crlf, '\r');
    EXPECT_EQ(in_crlf, lf.substr(a[i].span.begin, a[i].span.size()));
  }
}

TEST(HostileScaling, LongParagraphIsLinear) {
  ExpectLinear([](size_t n) { return Repeat("the minister said nothing about it ", n); }, 20000);
}

TEST(HostileScaling, ManyQuoteMarksIsLinear) {
  ExpectLinear([](size_t n) { return std::string(n, '"'); }, 250000);
  ExpectLinear([](size_t n) { return Repeat("\"a\" ", n); }, 50000);
}

TEST(HostileScaling, ManyUnclosedQuotesIsLinear) {
  ExpectLinear([](size_t n) { return Repeat("He said \"never closes ", n); }, 6000);
}

TEST(HostileScaling, ManySentencesAndParagraphsIsLinear) {
  ExpectLinear(
      [](size_t n) {
        return Repeat("Lavrov said that NATO must stop. \"We are ready,\" he added.\n\n", n);
      },
      2000);
}

}  // namespace
}  // namespace claims
