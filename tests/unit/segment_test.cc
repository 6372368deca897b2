#include <gtest/gtest.h>

#include "claims/normalize/normalizer.h"
#include "claims/rules/lexicon.h"
#include "claims/segment/segmenter.h"
#include "test_util.h"

namespace claims {
namespace {

// One-line dump of a segmentation: kind{first words} per block.
std::string Dump(const std::string& text) {
  static Lexicon lex(testing::Rules());
  Segmenter seg(testing::Rules(), lex);
  NormalizedText nt = Normalize(text);
  Segmentation s = seg.Segment(nt.text);
  std::string out;
  for (const auto& b : s.blocks) {
    if (!out.empty()) out += " ";
    std::string t = CleanText(nt.text, b.span, b.cuts);
    if (t.size() > 12) t = t.substr(0, 12);
    out += std::string(BlockKindName(b.kind)) + "{" + t + "}";
  }
  return out;
}

// The segmentation of `text` (not normalized).
Segmentation SegmentOf(const std::string& text) {
  static Lexicon lex(testing::Rules());
  Segmenter seg(testing::Rules(), lex);
  return seg.Segment(text);
}

std::vector<std::string> Sentences(const std::string& text) {
  static Lexicon lex(testing::Rules());
  Segmenter seg(testing::Rules(), lex);
  std::vector<std::string> out;
  for (Span s : seg.SplitSentences(text, Span{0, static_cast<uint32_t>(text.size())}, {})) {
    out.emplace_back(s.View(text));
  }
  return out;
}

// Eight paragraphs of an article's body, about 1,300 bytes.
std::string EightParagraphs() {
  std::string body;
  for (int i = 0; i < 8; ++i) {
    body +=
        "The bridge opened on Monday after three years of work, and the council said "
        "that traffic on the old ferry route would fall by half within a year.\n\n";
  }
  return body;
}

TEST(Segment, WireStoryWithDatelineAndStandfirst) {
  EXPECT_EQ(Dump("Ministers agree on grain deal\n"
                 "The accord covers exports through the Black Sea ports\n"
                 "ANKARA, July 22. /TASS/. Ministers signed the accord on Friday. It runs "
                 "for four months.\n"),
            "title{Ministers ag} standfirst{The accord c} dateline{ANKARA, July} "
            "paragraph{Ministers si}");
}

TEST(Segment, ReutersAndApDatelines) {
  EXPECT_EQ(Dump("Storm hits coast\n\nWASHINGTON, March 3 (Reuters) - The storm hit the coast on "
                 "Monday, officials said.\n"),
            "title{Storm hits c} dateline{WASHINGTON, } paragraph{The storm hi}");
  EXPECT_EQ(Dump("Talks resume\n\nKYIV, Ukraine (AP) - Talks resumed on Monday after a pause "
                 "of two weeks.\n"),
            "title{Talks resume} dateline{KYIV, Ukrain} paragraph{Talks resume}");
}

TEST(Segment, HeaderFieldGluedToBody) {
  EXPECT_EQ(Dump(" date 2023-04-05 The council met on Wednesday and voted for the plan.\n"),
            "header{date 2023-04} paragraph{The council }");
}

TEST(Segment, BoilerplateAndHeadings) {
  EXPECT_EQ(Dump("Latest news\n\nCouncil votes on budget\n\nThe council voted on the budget "
                 "for next year on Tuesday evening.\n\nRelated materials:\n\nWhat comes next\n\n"
                 "The mayor will sign it.\n\nDisclaimer: this site is run by volunteers.\n"),
            "boilerplate{Latest news} title{Council vote} paragraph{The council } "
            "boilerplate{Related mate} heading{What comes n} paragraph{The mayor wi} "
            "boilerplate{Disclaimer: }");
}

TEST(Segment, PhotoCaptionsAreNoBodyText) {
  // A line labelled as a caption, and one that ends with its photo credit.
  EXPECT_EQ(Dump("Mayor backs bridge\n\nThe council voted on the budget on Tuesday.\n\n"
                 "Photo caption: The mayor in the harbour. \"We will build it,\" he said.\n\n"
                 "Cranes at the port. Exports grew 4%, according to the ministry. (Photo: Jane "
                 "Doe)\n\nThe mayor will sign it.\n"),
            "title{Mayor backs } paragraph{The council } boilerplate{Photo captio} "
            "boilerplate{Cranes at th} paragraph{The mayor wi}");
}

TEST(Segment, BlockQuotesAndCaptions) {
  // A caption line under a paragraph that reads as speech.
  EXPECT_EQ(Dump("Mayor backs bridge\n\nThe mayor spoke on Monday.\n\nWe will build it and we will "
                 "build it fast.\n\nTom Hardy Mayor of the City\n"),
            "title{Mayor backs } paragraph{The mayor sp} blockquote{We will buil} "
            "caption{Tom Hardy Ma}");
  // A caption glued to the end of the quoted paragraph.
  EXPECT_EQ(Dump("Mayor backs bridge\n\nThe mayor spoke on Monday.\n\nWe will build it and we will "
                 "build it fast Tom Hardy Mayor of the City\n"),
            "title{Mayor backs } paragraph{The mayor sp} blockquote{We will buil} "
            "caption{Tom Hardy Ma}");
  // An attribution line.
  EXPECT_EQ(Dump("Mayor backs bridge\n\nThe mayor spoke on Monday.\n\nThe bridge will be built "
                 "by the spring.\n\nSaid the mayor.\n"),
            "title{Mayor backs } paragraph{The mayor sp} blockquote{The bridge w} "
            "caption{Said the may}");
  // A quoted paragraph of two sentences or more with no stop at its end.
  EXPECT_EQ(Dump("Mayor backs bridge\n\nThe mayor spoke on Monday.\n\nWe will build it. We will "
                 "build it fast\n\nTom Hardy, Mayor of the City\n"),
            "title{Mayor backs } paragraph{The mayor sp} blockquote{We will buil} "
            "caption{Tom Hardy, M}");
  // Or, in the third person, with no stop at its end.
  EXPECT_EQ(
      Dump("Mayor backs bridge\n\nThe mayor spoke on Monday.\n\nThe city has been given "
           "every chance. What it cannot do is demand more\n\nTom Hardy, Mayor of the City\n"),
      "title{Mayor backs } paragraph{The mayor sp} blockquote{The city has} "
      "caption{Tom Hardy, M}");
  // A name-and-title line under narrative text is a heading, not a caption.
  EXPECT_EQ(Dump("Mayor backs bridge\n\nThe bridge will be built by the spring.\n\nTom Hardy "
                 "Mayor of the City\n"),
            "title{Mayor backs } paragraph{The bridge w} heading{Tom Hardy Ma}");
}

TEST(Segment, HardWrappedLinesJoinIntoOneParagraph) {
  EXPECT_EQ(Dump("Council votes\n\nThe council voted on Tuesday to approve the budget for the\n"
                 "coming year, the mayor said, after a debate that lasted\nall night.\n"),
            "title{Council vote} paragraph{The council }");
}

TEST(Segment, InjectedLinkIsCutButOffsetsStay) {
  std::string text =
      "Harbour reopens\n\nSee also Flood warning issued for river towns We expect the harbour "
      "to reopen next week, the port authority said.\n";
  Segmentation s = SegmentOf(text);
  ASSERT_EQ(s.blocks.size(), 2u);
  const Block& p = s.blocks[1];
  ASSERT_EQ(p.cuts.size(), 1u);
  EXPECT_EQ(p.cuts[0].View(text), "See also Flood warning issued for river towns ");
  EXPECT_EQ(CleanText(text, p.span, p.cuts).substr(0, 9), "We expect");
  EXPECT_EQ(p.span.View(text).substr(0, 8), "See also");
}

// A link list's lead-in glued to the end of a paragraph is cut too: its words are no
// name a later "she" could refer to.
TEST(Segment, LinkLeadInAtTheEndOfAParagraphIsCut) {
  std::string text =
      "Harbour reopens\n\nThe harbour will reopen next week, the port authority said. READ "
      "MORE:\n* Storm hits coast\n";
  Segmentation s = SegmentOf(text);
  ASSERT_GE(s.blocks.size(), 2u);
  EXPECT_EQ(CleanText(text, s.blocks[1].span, s.blocks[1].cuts),
            "The harbour will reopen next week, the port authority said.");
}

// A menu of the site's sections, set apart by double spaces, is boilerplate; a headline
// with double spaces is not.
TEST(Segment, MenuLineIsBoilerplate) {
  std::string text =
      "Talks stall\n\nLatest news  Video  New Zealand  World  Business  Sport\n\nThe  talks  "
      "went  on  all  night\n\nThe talks went on, the minister said.\n";
  Segmentation s = SegmentOf(text);
  ASSERT_GE(s.blocks.size(), 3u);
  EXPECT_EQ(s.blocks[1].kind, BlockKind::kBoilerplate);
  EXPECT_EQ(s.blocks[1].rule, "bp.menu");
  EXPECT_NE(s.blocks[2].kind, BlockKind::kBoilerplate);
}

// A "Comments" link in the toolbar above the article opens no comment section: little
// of the article comes before it, and its prose after. Below the article, "Comments (2)"
// opens one.
TEST(Segment, CommentsLinkAboveTheArticleIsNoCommentSection) {
  const std::string body = EightParagraphs();
  std::string text =
      "Bridge opens\n\nA new crossing for the valley opened after years of delay.\n\nBy Jane "
      "Doe\n\nShare\n"
      "Comments\n\n" +
      body + "Comments (2)\n\nriver_fan 3 March 2022 09: 15\nFinally!\n";
  Segmentation s = SegmentOf(text);
  size_t paragraphs = 0;
  std::vector<std::string> comments;
  for (const auto& b : s.blocks) {
    if (b.kind == BlockKind::kParagraph) ++paragraphs;
    if (b.kind == BlockKind::kComment) comments.emplace_back(b.span.View(text));
  }
  EXPECT_EQ(paragraphs, 9u);  // the standfirst and the eight of the body
  ASSERT_EQ(comments.size(), 1u);
  EXPECT_NE(comments[0].find("Finally!"), std::string::npos);
}

// "Comments (3) Closed" opens the comment section too: what is below it is no claim.
TEST(Segment, ClosedCommentsHeadingOpensTheCommentSection) {
  std::string text = "Bridge opens\n\n" + EightParagraphs() +
                     "Comments (3) Closed\n\nriver_fan 3 March 2022 09:15\nThe council says the "
                     "bridge will close again.\n";
  Segmentation s = SegmentOf(text);
  std::vector<std::string> comments;
  for (const auto& b : s.blocks) {
    if (b.kind == BlockKind::kComment) comments.emplace_back(b.span.View(text));
  }
  ASSERT_EQ(comments.size(), 1u);
  EXPECT_NE(comments[0].find("will close again"), std::string::npos);
}

// The state a section of body text ends in is the state the sections after the first
// start from, so that they are not segmented twice.
TEST(Segment, SectionOfBodyTextEndsInTheStateOfTheNextSection) {
  const std::string body = EightParagraphs();
  static Lexicon lex(testing::Rules());
  Segmenter seg(testing::Rules(), lex);
  SegmentState state;
  seg.Segment("Bridge opens\n\n" + body, &state);
  SegmentState next;
  next.in_body = true;
  next.body_bytes = kBodyBytesBeforeComments;
  EXPECT_EQ(state, next);
  seg.Segment(body, &next);
  EXPECT_EQ(state, next);
}

// The comment blocks of `text`.
std::vector<Block> Comments(const std::string& text) {
  static Lexicon lex(testing::Rules());
  Segmenter seg(testing::Rules(), lex);
  std::vector<Block> comments;
  for (auto& b : seg.Segment(text).blocks) {
    if (b.kind == BlockKind::kComment) comments.push_back(std::move(b));
  }
  return comments;
}

TEST(Segment, BlogStyleCommentsUnderThoughtsOnHeading) {
  std::string text = EightParagraphs() +
                     "2 thoughts on \u201cBridge opens\u201d\n\nJane R. says:\n\"We will build "
                     "it fast\" - sure you will!\nReply\n\nOld Timer says:\nAgreed, the ferry "
                     "was slow.\nReply\n";
  std::vector<Block> comments = Comments(text);
  ASSERT_EQ(comments.size(), 2u);
  EXPECT_EQ(comments[0].author, "Jane R.");
  EXPECT_NE(comments[0].span.View(text).find("sure you will"), std::string::npos);
  EXPECT_EQ(comments[1].author, "Old Timer");
}

TEST(Segment, ReaderComments) {
  std::string text =
      "Bridge opens\n\nThe bridge opened on Monday after three years of work.\n"
      "Dear reader, to leave comments on the publication, you must sign in.\n"
      "  1. river_fan Offline river_fan\n"
      "    river_fan (Tom) 3 March 2022 09: 15\n"
      "    Finally! It took long enough.\n"
      "    1. Old Timer Offline Old Timer\n"
      "      Old Timer (Bill) 3 March 2022 10: 02\n"
      "      Agreed, the old ferry was slow.\n";
  std::vector<Block> comments = Comments(text);
  ASSERT_EQ(comments.size(), 2u);
  EXPECT_EQ(comments[0].author, "river_fan");
  EXPECT_EQ(comments[0].timestamp, "3 March 2022 09: 15");
  EXPECT_EQ(comments[0].level, 0);
  EXPECT_NE(comments[0].span.View(text).find("Finally!"), std::string::npos);
  EXPECT_EQ(comments[1].author, "Old Timer");
  EXPECT_EQ(comments[1].level, 1);
  EXPECT_NE(comments[1].span.View(text).find("ferry"), std::string::npos);
}

TEST(CleanText, CollapsesWhitespaceAndDropsCuts) {
  std::string text = "  Said\t the  minister\n\nSee also Storm hits coast  we will go. ";
  Span all{0, static_cast<uint32_t>(text.size())};
  EXPECT_EQ(CleanText(text, all, {}), "Said the minister See also Storm hits coast we will go.");
  // A cut is as a space; text before and after it keeps one space between.
  EXPECT_EQ(CleanText(text, all, {Span{23, 50}}), "Said the minister we will go.");
  EXPECT_EQ(CleanText(text, all, {Span{0, 7}, Span{23, 50}}), "the minister we will go.");
  // A cut that starts inside a word.
  EXPECT_EQ(CleanText(text, all, {Span{4, 6}}),
            "Sa the minister See also Storm hits coast we will go.");
  // A span past the end of the text stops at the end; an empty span is empty.
  EXPECT_EQ(CleanText(text, Span{58, 500}, {}), "go.");
  EXPECT_EQ(CleanText(text, Span{5, 5}, {}), "");
  EXPECT_EQ(CleanText(text, Span{0, 2}, {}), "");
}

TEST(SplitSentences, AbbreviationsInitialsNumbersQuotes) {
  EXPECT_EQ(
      Sentences("Mr. Smith met Gen. Jones in the U.S. capital. They talked."),
      (std::vector<std::string>{"Mr. Smith met Gen. Jones in the U.S. capital.", "They talked."}));
  EXPECT_EQ(Sentences("J. R. Hartley wrote it. Sales rose 3.5 percent."),
            (std::vector<std::string>{"J. R. Hartley wrote it.", "Sales rose 3.5 percent."}));
  EXPECT_EQ(Sentences("\"We won. We are happy,\" she said. Then she left."),
            (std::vector<std::string>{"\"We won. We are happy,\" she said.", "Then she left."}));
  EXPECT_EQ(Sentences("It was late... Nobody came. On Feb. 3 it rained."),
            (std::vector<std::string>{"It was late...", "Nobody came.", "On Feb. 3 it rained."}));
  // A quotation closing a sentence, then a new one opening the next.
  EXPECT_EQ(Sentences("Ties had \"hit a low.\" \"We are ready,\" he said."),
            (std::vector<std::string>{"Ties had \"hit a low.\"", "\"We are ready,\" he said."}));
  // Sentences glued at a full stop; not names of sites or initials.
  EXPECT_EQ(Sentences("He spoke in his address.Turkish officials met on bbc.co.uk and U.S.Army."),
            (std::vector<std::string>{"He spoke in his address.",
                                      "Turkish officials met on bbc.co.uk and U.S.Army."}));
}

}  // namespace
}  // namespace claims
