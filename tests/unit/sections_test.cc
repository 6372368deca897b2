#include <gtest/gtest.h>

#include <string>

#include "claims/pipeline.h"

namespace claims {
namespace {

// Where each section of `text` starts, for sections of `size` bytes.
std::vector<size_t> Starts(const std::string& text, size_t size) {
  std::vector<size_t> starts;
  for (size_t begin = 0; begin < text.size(); begin = SectionEnd(text, begin, size)) {
    starts.push_back(begin);
  }
  return starts;
}

std::string Para(char letter, size_t words, const std::string& end = ".") {
  std::string p;
  for (size_t i = 0; i < words; ++i) p += std::string(i == 0 ? 1 : 0, letter) + "word ";
  p.pop_back();
  return p + end;
}

TEST(SectionEnd, ShortTextIsOneSection) {
  std::string text = Para('A', 10) + "\n\n" + Para('B', 10);
  EXPECT_EQ(SectionEnd(text, 0, text.size()), text.size());
  EXPECT_EQ(SectionEnd(text, 0, 1000), text.size());
  EXPECT_EQ(SectionEnd("", 0, 10), 0u);
}

TEST(SectionEnd, CutsAtTheFirstSafeParagraphBreakAfterTheSize) {
  std::string a = Para('A', 20), b = Para('B', 20), c = Para('C', 20);
  std::string text = a + "\n\n" + b + "\n\n" + c + "\n";
  size_t b_at = a.size() + 2, c_at = b_at + b.size() + 2;
  EXPECT_EQ(SectionEnd(text, 0, 10), b_at);
  EXPECT_EQ(SectionEnd(text, 0, b_at), c_at);  // a break exactly at the size is too early
  EXPECT_EQ(SectionEnd(text, b_at, 10), c_at);
  EXPECT_EQ(Starts(text, 10), (std::vector<size_t>{0, b_at, c_at}));
}

TEST(SectionEnd, BlankLinesWithSpacesAndCarriageReturnsAreBreaks) {
  std::string a = Para('A', 20), b = Para('B', 20);
  std::string text = a + "\r\n \t\r\n\r\n" + b + "\r\n";
  EXPECT_EQ(SectionEnd(text, 0, 10), text.find('B'));
}

TEST(SectionEnd, NeverPartsAQuoteRunningOverParagraphsOrAnIntroductionFromItsQuote) {
  std::string intro = Para('A', 20, ":");
  std::string open = std::string("\"").append(Para('B', 20));  // a quote left open...
  std::string more =
      std::string("\"").append(Para('C', 20, ".\""));  // ...goes on in the next paragraph
  std::string after = Para('D', 20), tail = Para('E', 20);
  std::string text = intro + "\n\n" + open + "\n\n" + more + "\n\n" + after + "\n\n" + tail;
  // Not before the quote (the paragraph before ends with a colon), not inside it (the
  // next paragraph opens with a quotation mark): after it.
  EXPECT_EQ(SectionEnd(text, 0, 50), text.find("Dword"));
}

TEST(SectionEnd, NeverPartsACaptionOrHeadingFromItsText) {
  std::string quote = Para('A', 20);
  std::string caption = "Bword Cword, Dword of Eword";  // no final full stop
  std::string text = quote + "\n\n" + caption + "\n\n" + Para('F', 20) + "\n\n" + Para('G', 20);
  // Neither side of the caption is cut: the first safe break is after the paragraph
  // that follows it.
  EXPECT_EQ(SectionEnd(text, 0, 50), text.find("Gword"));
}

TEST(SectionEnd, AnyBreakWhenNoSafeOneComesSoon) {
  // Paragraphs that never end a sentence: past 8 times the size, the first break after
  // the size is taken.
  std::string text;
  for (int i = 0; i < 50; ++i) text += Para('A', 5, ",") + "\n\n";
  size_t first = Para('A', 5, ",").size() + 2;
  EXPECT_EQ(SectionEnd(text, 0, 10), first);
  // No break at all: one section.
  std::string line(500, 'x');
  EXPECT_EQ(SectionEnd(line, 0, 10), line.size());
}

}  // namespace
}  // namespace claims
