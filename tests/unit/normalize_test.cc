#include <gtest/gtest.h>

#include "claims/normalize/normalizer.h"

namespace claims {
namespace {

TEST(Normalize, FoldsQuotesDashesSpacesAndKeepsOffsets) {
  std::string in =
      "\xEF\xBB\xBF\xE2\x80\x9CHi\xE2\x80\x9D \xE2\x80\x94 it\xE2\x80\x99s\xC2\xA0ok\r\n";
  NormalizedText nt = Normalize(in);
  EXPECT_EQ(nt.text, "\"Hi\" - it's ok\n");
  ASSERT_EQ(nt.offsets.size(), nt.text.size() + 1);
  // "Hi" starts after the BOM (3 bytes) and the opening mark (3 bytes).
  EXPECT_EQ(nt.ToOriginal(Span{1, 3}).begin, 6u);
  EXPECT_EQ(nt.ToOriginal(Span{1, 3}).end, 8u);
  EXPECT_TRUE(nt.IsOpeningMark(0));
  EXPECT_TRUE(nt.IsClosingMark(3));
  EXPECT_FALSE(nt.IsOpeningMark(3));
}

// Bytes that change sit at every offset of a long ASCII text: before, inside and after
// the eight-byte words the ASCII runs are read in.
TEST(Normalize, ChangedBytesAtEveryOffsetOfAsciiText) {
  const std::string pieces[] = {"\r",       "\t", "\f",    "\v",      "\xE2\x80\x9C",
                                "\xC3\xA9", "\n", "&amp;", "&#8217;", "&x"};
  const std::string changed[] = {"\n", " ", " ", " ", "\"", "\xC3\xA9", "\n", "&", "'", "&x"};
  std::string base = "The minister said that the talks were over, and left.";
  for (size_t p = 0; p < std::size(pieces); ++p) {
    for (size_t at = 0; at <= base.size(); ++at) {
      std::string in = base.substr(0, at) + pieces[p] + base.substr(at);
      NormalizedText nt = Normalize(in);
      EXPECT_EQ(nt.text, base.substr(0, at) + changed[p] + base.substr(at)) << p << " at " << at;
      ASSERT_EQ(nt.offsets.size(), nt.text.size() + 1);
      // The byte after the piece maps past it.
      EXPECT_EQ(nt.offsets[at + changed[p].size()], at + pieces[p].size()) << p << " at " << at;
    }
  }
}

// HTML entities left in scraped text read as their characters; quotation marks among
// them open and close quotations. What only looks like an entity stays as written.
TEST(Normalize, DecodesHtmlEntities) {
  std::string in =
      "&#8220;Fares &amp; tickets&#x201D; &ldquo;c&#8217;est non&rdquo;&nbsp;&eacute;t&eacute; "
      "AT&T &#0; &#xD800; &bogus; &amp";
  NormalizedText nt = Normalize(in);
  EXPECT_EQ(nt.text,
            "\"Fares & tickets\" \"c'est non\" \xC3\xA9t\xC3\xA9 AT&T &#0; &#xD800; &bogus; &amp");
  EXPECT_TRUE(nt.IsOpeningMark(0));
  EXPECT_TRUE(nt.IsClosingMark(16));
  EXPECT_TRUE(nt.IsOpeningMark(18));
  EXPECT_TRUE(nt.IsClosingMark(28));
  // "Fares" starts after the seven bytes of "&#8220;"; "&amp;" maps to its ampersand.
  EXPECT_EQ(nt.ToOriginal(Span{1, 6}).begin, 7u);
  EXPECT_EQ(nt.offsets[7], 13u);
  EXPECT_EQ(nt.offsets[8], 18u);
}

TEST(Normalize, CrlfEllipsisAndZeroWidth) {
  NormalizedText nt = Normalize(
      "a\r\nb\rc\xE2\x80\xA6\xE2\x80\x8B"
      "d");
  EXPECT_EQ(nt.text, "a\nb\nc...d");
  // The input is 13 bytes: a, CRLF, b, CR, c, U+2026 (3), U+200B (3), d.
  EXPECT_EQ(nt.offsets.back(), 13u);
}

TEST(Normalize, GuillemetsAndLowQuote) {
  NormalizedText nt = Normalize("\xC2\xAByes\xC2\xBB \xE2\x80\x9Eja\xE2\x80\x9C");
  EXPECT_EQ(nt.text, "\"yes\" \"ja\"");
  EXPECT_TRUE(nt.IsOpeningMark(0));
  EXPECT_TRUE(nt.IsClosingMark(4));
  EXPECT_TRUE(nt.IsOpeningMark(6));
}

}  // namespace
}  // namespace claims
