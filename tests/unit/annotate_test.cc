#include <gtest/gtest.h>

#include "claims/annotate/annotator.h"
#include "claims/normalize/normalizer.h"
#include "claims/rules/lexicon.h"
#include "claims/segment/segmenter.h"
#include "test_util.h"

namespace claims {
namespace {

DocAnnotation Annotate(const std::string& text, Document doc = {}) {
  static Lexicon lex(testing::Rules());
  Segmenter seg(testing::Rules(), lex);
  Annotator ann(testing::Rules());
  NormalizedText nt = Normalize(text);
  return ann.AnnotateDocument(doc, nt.text, seg.Segment(nt.text));
}

// The outlet Annotate gives `text`, "" for none.
std::string OutletOf(const std::string& text) { return Annotate(text).outlet.value_or(""); }

TEST(Annotate, DatelineStylesGiveDateAndOutlet) {
  struct Case {
    const char* text;
    const char* date;
    const char* outlet;
  } cases[] = {
      {"Title here\n\nMOSCOW, February 14, 2022. /TASS/. The ministry said it would answer.\n",
       "2022-02-14", "TASS"},
      {"Title here\n\nWASHINGTON, March 3, 2021 (Reuters) - The senator said he would vote.\n",
       "2021-03-03", "Reuters"},
      {"Title here\n\nBEIJING, Oct. 9, 2020 (Xinhua) -- China said it would respond.\n",
       "2020-10-09", "Xinhua"},
      {"Title here\n\nKYIV, Ukraine (AP) - Officials said the bridge was hit overnight.\n", nullptr,
       "AP"},
      {"Title here\n\nPARIS, May 2, 2019 (AFP) - The president said the plan would go ahead.\n",
       "2019-05-02", "AFP"},
      {"Title here\n\nMOSCOW, 14 Feb 2022 - Interfax. The agency said the talks would go on.\n",
       "2022-02-14", "Interfax"},
      {"Title here\n\nMOSCOW, March 5 (Interfax) - The talks, which began on 1 March 2022, went "
       "on.\n",
       "2022-03-05", "Interfax"},
      {"Title here\n\nLONDON (Reuters) - Britain said on Monday it would send more aid.\n", nullptr,
       "Reuters"},
      {"Title here\n\nNEW DELHI, March 3, 2023 (IANS) - India said it would buy more wheat.\n",
       "2023-03-03", "IANS"},
      {"Title here\n\nTOKYO, Sept. 12, 2022 (Kyodo) -- Japan said it would ease border "
       "controls.\n",
       "2022-09-12", "Kyodo News"},
      {"Title here\n\nSource: Interfax\n\nThe bank raised its key rate to 9.5 percent.\n", nullptr,
       "Interfax"},
      {"Title here\n\nPosted: 2021-11-30 14:05\n\nThe bank raised its key rate on Tuesday.\n",
       "2021-11-30", ""},
      // The publication date, not the last update's, also under a long headline with no
      // final stop.
      {"Masthead\n\nThree measles cases confirmed in the county; officials urge residents to "
       "check their records\n\nMarch 7, 2024 at 5:12 pm | Updated March 8, 2024 at 9:40 "
       "am\n\nThe bank raised its key rate on Tuesday.\n",
       "2024-03-07", ""},
      {"Title here\n\nPublished date: 14 June 2024 16:20 BST | Last update: 15 June 2024 09:02 "
       "BST\n\nThe bank raised its key rate on Tuesday.\n",
       "2024-06-14", ""},
      {"Title here\n\nParis (AFP) - France said on Monday it would send more aid.\n", nullptr,
       "AFP"},
      {"Title here\n\nUnited Nations (United States) (AFP) - The envoy said the talks went on.\n",
       nullptr, "AFP"},
      {"Title here\n\nVIENNA, June 8, 2023 - RIA Novosti. The envoy said the talks went on.\n",
       "2023-06-08", "RIA Novosti"},
      {"Title here\n\nMINSK, 12 May 2025 (BelTA) - The president said the border would open.\n",
       "2025-05-12", "BelTA"},
      // A byline date with no comma before the year; a masthead in the outlet's own
      // language, or naming its edition.
      {"AA\nAnadolu Ajans\xC4\xB1\n\nTitle here\n\nJane Doe\nMarch 11 2025\n\nThe talks went "
       "on.\n",
       "2025-03-11", "Anadolu Agency"},
      {"Subscribe\nLe Monde in English\n\nTitle here\n\nThe talks went on.\n", nullptr, "Le Monde"},
  };
  for (const auto& c : cases) {
    DocAnnotation a = Annotate(c.text);
    EXPECT_EQ(a.date.value_or(""), c.date ? c.date : "") << c.text;
    EXPECT_EQ(a.outlet.value_or(""), c.outlet) << c.text;
  }
}

TEST(Annotate, HeaderFieldsWinOverBodyDates) {
  EXPECT_EQ(Annotate("Published: 14 Feb 2022\n\nOn 1 January 2020 the plan began.\n").date,
            "2022-02-14");
  EXPECT_EQ(Annotate(" date 2022-01-26 The envoy arrived on January 20, 2022.\n").date,
            "2022-01-26");
  EXPECT_EQ(Annotate("Updated on March 3, 2022 at 10:15 GMT\n\nText of the story here.\n").date,
            "2022-03-03");
}

// A date the page gives as an update's dates the article only when no other does: not
// before a "Published" field below the article. Fields may be set off by a dash, opened
// by a bracket or follow a byline on its line.
TEST(Annotate, PublishedWinsOverUpdated) {
  EXPECT_EQ(Annotate("Title of the story\n\nPublished - September 22, 2024 09:41 pm IST\nUpdated - "
                     "September 23, 2024 07:15 am IST\n\nThe talks went on.\n")
                .date,
            "2024-09-22");
  EXPECT_EQ(Annotate("Title of the story\n\nLast Updated : 19 November 2024, 03:12 IST\n\nThe "
                     "talks went on.\n\n(Published 18 November 2024, 21:40 IST)\n")
                .date,
            "2024-11-18");
  EXPECT_EQ(Annotate("Title of the story\n\nA standfirst says what happened.\nBy Jane Doe Globe "
                     "Staff,Updated March 12, 2024, 6:41 p.m.\n\nThe talks went on in 2023.\n")
                .date,
            "2024-03-12");
  EXPECT_EQ(Annotate("Title of the story\n\nLast modified: 3 March 2024\n\nThe talks went on "
                     "after January 5, 2024.\n")
                .date,
            "2024-03-03");
}

// A line above the article that is only a date dates it before a "Published" field
// below it, which may belong to a related story; a field above the article still wins.
TEST(Annotate, DateAboveTheArticleWinsOverAFieldBelowIt) {
  const std::string body =
      "Junior doctors in England have started a six-day walkout, the longest strike yet.\n\n"
      "More on this story\nDoctors set strike dates\nPublished 5 December 2023\n";
  EXPECT_EQ(Annotate("Doctors begin longest strike\n\n3 January 2024\n\nShare\n\n" + body).date,
            "2024-01-03");
  EXPECT_EQ(Annotate("Doctors begin longest strike\n\nShare\n\n" + body).date, "2023-12-05");
  EXPECT_EQ(Annotate("Doctors begin longest strike\n\nPublished 4 January 2024\n\n"
                     "3 January 2024\n\n" +
                     body)
                .date,
            "2024-01-04");
}

TEST(Annotate, NumericAndUpperCaseDates) {
  // Day.month.year with dots; a slashed date only when its day is over 12.
  EXPECT_EQ(Annotate("Title\n\n22.02.2023 11:15\n\nThe talks went on.\n").date, "2023-02-22");
  EXPECT_EQ(Annotate("Title\n\n5 JUN 2023, 14:20\n\nThe talks went on.\n").date, "2023-06-05");
  EXPECT_EQ(Annotate("Title\n\nPublished on 16/11/2023 - 23:48\nModified on 17/11/2023 - "
                     "00:05\n\nThe talks went on.\n")
                .date,
            "2023-11-16");
  EXPECT_EQ(Annotate("Title\n\nUpdated 11/16/2023\n\nThe talks went on.\n").date, "2023-11-16");
  EXPECT_FALSE(Annotate("Title\n\nUpdated 05/11/2023\n\nThe talks went on.\n").date);
  // Else the order the article's own "8 February" or "Mar. 12" tells; a day and month
  // that are the same need none; both orders named tell nothing.
  EXPECT_EQ(Annotate("Title\n\nUpdated: 08/02/2022 - 17:05\n\nThe leaders met on Tuesday (8 "
                     "February) in Moscow.\n")
                .date,
            "2022-02-08");
  EXPECT_EQ(Annotate("Title\n\nPublished on 12/03/2024\n\nThe ministry said on Tuesday (Mar. "
                     "12) that it would act.\n")
                .date,
            "2024-03-12");
  EXPECT_EQ(Annotate("Title\n\nUpdated 05/05/2023\n\nThe talks went on.\n").date, "2023-05-05");
  EXPECT_FALSE(Annotate("Title\n\nUpdated 05/11/2023\n\nThey met on 5 November and on May "
                        "11.\n")
                   .date);
  // A month name with the day and year slashed: the order is not in doubt.
  EXPECT_EQ(
      Annotate("Title\n\nADDIS ABABA, January 23/2024 \xE2\x80\x93 The talks went on.\n").date,
      "2024-01-23");
  EXPECT_EQ(Annotate("Title\n\nApril, 03/2024 - 17:12\n\nThe talks went on.\n").date, "2024-04-03");
}

TEST(Annotate, DatelineYearFromAMonthWithAYearOrADateRange) {
  EXPECT_EQ(Annotate("T\n\nWASHINGTON, April 6. /TASS/. Since late February 2022 the sanctions "
                     "grew.\n")
                .date,
            "2022-04-06");
  EXPECT_EQ(Annotate("T\n\nMOSCOW, January 10. /TASS/. Talks stalled in December 2021.\n").date,
            "2022-01-10");
  EXPECT_EQ(Annotate("T\n\nMOSCOW. Sept 22 (Interfax) - The exchange took place on the night "
                     "of September 21-22, 2022.\n")
                .date,
            "2022-09-22");
}

TEST(Annotate, DatelineYearFromADateOnItsOwnDay) {
  // A date line above a year-less dateline wins over a later date in the text.
  EXPECT_EQ(Annotate("T\n\n21 FEB 2023, 18:05\n\nMOSCOW, February 21. /TASS/. The treaty "
                     "expires on February 5, 2026.\n")
                .date,
            "2023-02-21");
  // A source line's date gives the year too.
  EXPECT_EQ(Annotate("Source: Xinhua| 2023-05-19 21:38:12|Editor: ed\n\nT\n\nXI'AN, May 19 "
                     "(Xinhua) -- China said it would help.\n")
                .date,
            "2023-05-19");
  // The same day decades earlier is an anniversary, not the year of the dateline.
  EXPECT_EQ(Annotate("T\n\nMOSCOW, April 4. /TASS/. The alliance, founded on April 4, 1949, "
                     "met again; the drills began on March 20, 2024.\n")
                .date,
            "2024-04-04");
  // The weekday of the dateline's day picks the year next to the guess: January 15 was
  // a Thursday in 2026, not in 2025 (the year after the latest month written, December
  // 2024); with no weekday, the guess stands.
  EXPECT_EQ(Annotate("T\n\nSEOUL, Jan. 15 (Yonhap) -- The central bank on Thursday held its rate, "
                     "as it has since December 2024.\n")
                .date,
            "2026-01-15");
  EXPECT_EQ(Annotate("T\n\nSEOUL, Jan. 15 (Yonhap) -- The central bank held its rate, as it has "
                     "since December 2024.\n")
                .date,
            "2025-01-15");
}

TEST(Annotate, PublisherNamedInTheArticle) {
  // A line in which the publisher names itself, when nothing above names the outlet.
  EXPECT_EQ(OutletOf("T\n\nBRUSSELS - The talks went on.\n\nJane Doe is a senior defense "
                     "correspondent at POLITICO Europe.\n"),
            "Politico");
  EXPECT_EQ(OutletOf("T\n\nHello and welcome to Al Jazeera's live coverage of the summit.\n"),
            "Al Jazeera");
  EXPECT_EQ(OutletOf("T\n\nThe talks went on.\n\nConsider supporting the Kyiv Independent.\n"),
            "The Kyiv Independent");
  // An unknown name is not taken, and the dateline wins.
  EXPECT_FALSE(Annotate("T\n\nThe talks went on.\n\nJane Doe is a reporter at Acme Daily.\n")
                   .outlet.has_value());
  EXPECT_EQ(OutletOf("T\n\nLONDON (Reuters) - The talks went on.\n\nJane Doe is a reporter at "
                     "POLITICO Europe.\n"),
            "Reuters");
  // Sign-in prompts and appeals name the site; the first block of the comments is read.
  EXPECT_EQ(OutletOf("T\n\nThe talks went on.\n\nWant more analysis from POLITICO? Subscribe.\n"),
            "Politico");
  EXPECT_EQ(OutletOf("T\n\nThe talks went on.\n\nMillions are turning to the Guardian for open, "
                     "independent news every day.\n"),
            "The Guardian");
  EXPECT_EQ(OutletOf("T\n\nThe talks went on.\n\nComments (2)\n\nThis discussion is closed, but "
                     "you can still sign in or create your Guardian account.\n\nJoe 19 Apr 2024 "
                     "9:14 Great piece.\n"),
            "The Guardian");
}

TEST(Annotate, PublisherLineUnderTheBylineOfALongArticle) {
  // A sign-up line under the byline, after a standfirst and beyond the first four blocks,
  // is read even when the article is too long for all its blocks to be.
  std::string text =
      "T\n\nFriday 04 October 2024\n\nA standfirst of the story.\n\nJane Doe\n\nEurope "
      "Correspondent\n\nI would like to be emailed about offers, events and updates from The "
      "Independent.\n\n";
  for (int i = 0; i < 12; ++i) text += "The talks went on for another hour.\n\n";
  EXPECT_EQ(OutletOf(text), "The Independent");
  // An app or a membership, with a capital "The".
  EXPECT_EQ(OutletOf("T\n\nThe talks went on.\n\nDownload The TOI app now.\n"),
            "The Times of India");
  EXPECT_EQ(OutletOf("T\n\nThe talks went on.\n\nBecome a member of the Kyiv Independent "
                     "today.\n"),
            "The Kyiv Independent");
}

TEST(Annotate, PublisherNamedByACopyrightOrAPressReleaseHeading) {
  // The name is taken whether it is a known outlet or not; a known outlet the opening
  // words name wins.
  EXPECT_EQ(OutletOf("T\n\nThe talks went on.\n\nCopyright: Example Syndicate, 2025.\n"),
            "Example Syndicate");
  EXPECT_EQ(OutletOf("T\n\nThe talks went on.\n\n\u00a9 2026 Deutsche Welle | Privacy Policy\n"),
            "Deutsche Welle");
  EXPECT_EQ(OutletOf("T\n\nThe talks went on.\n\nCopyright 2024 The Associated Press. All rights "
                     "reserved.\n"),
            "AP");
  EXPECT_EQ(OutletOf("T\n\nThe talks went on.\n\n\u00a9 2024 Guardian News & Media Limited\n"),
            "The Guardian");
  EXPECT_EQ(OutletOf("T\n\nExample Commission - Press release\n\nThe talks went on.\n"),
            "Example Commission");
  // "© Copyright", a leading "The" kept with an unknown name, a company's legal form
  // dropped, the station a company holds the copyright for.
  EXPECT_EQ(OutletOf("T\n\nThe talks went on.\n\n\u00a9 Copyright 2023 Example Institute\n"),
            "Example Institute");
  EXPECT_EQ(OutletOf("T\n\nThe talks went on.\n\n\u00a9 The Example Star 2024. All rights "
                     "reserved.\n"),
            "The Example Star");
  EXPECT_EQ(OutletOf("T\n\nThe talks went on.\n\n\u00a9 2023 Example Media S.A. All rights "
                     "reserved.\n"),
            "Example Media");
  EXPECT_EQ(OutletOf("T\n\nThe talks went on.\n\n\u00a9 2024 Example Observer Corporation. All "
                     "rights reserved.\n"),
            "Example Observer");
  EXPECT_EQ(
      OutletOf("T\n\nThe talks went on.\n\nCopyright \u00a9 2024 The Example Times Company\n"),
      "The Example Times");
  EXPECT_EQ(OutletOf("T\n\nThe talks went on.\n\nCopyright \u00a92024, Example Television Inc. on "
                     "behalf of KXYZ-TV. All rights reserved.\n"),
            "KXYZ-TV");
  // A site's suffix is part of the name of an outlet known by it, and of no other.
  EXPECT_EQ(OutletOf("T\n\nThe talks went on.\n\n\u00a9 1999-2022 Gazeta.Ru. Online edition.\n"),
            "Gazeta.Ru");
  EXPECT_EQ(OutletOf("T\n\nThe talks went on.\n\n\u00a9 2024 Example.com. All rights reserved.\n"),
            "Example");
  // The footer below the reader comments.
  EXPECT_EQ(OutletOf("T\n\nThe talks went on for hours.\n\nComments (1)\n\njsmith 12 March 2024 "
                     "09: 15\nI said this would happen.\n\n\u00a9 2024 Example Journal, a division "
                     "of Example Network Inc. All rights reserved.\n"),
            "Example Journal");
  // A copyright after the sentence that describes the paper; a line that says who
  // publishes the paper.
  EXPECT_EQ(OutletOf("T\n\nThe talks went on.\n\nEXAMPLE TODAY is the country's leading "
                     "English-language newspaper. \u00a9 Example Today 2025\n"),
            "Example Today");
  EXPECT_EQ(OutletOf("T\n\nThe talks went on.\n\nExample Daily News is published by Example "
                     "Standard (Newspapers) Limited. \u00a9 2025 All rights reserved.\n"),
            "Example Daily News");
  // A copyright line with no name names no publisher.
  EXPECT_FALSE(
      Annotate("T\n\nThe talks went on.\n\n\u00a9 2024 All rights reserved.\n").outlet.has_value());
  // A copyright without a year (a photo credit) names no publisher; a dateline wins.
  EXPECT_FALSE(Annotate("T\n\nThe talks went on.\n\n\u00a9 Example Images\n").outlet.has_value());
  EXPECT_EQ(OutletOf("T\n\nLONDON (Reuters) - The talks went on.\n\nCopyright: Example "
                     "Syndicate, 2025.\n"),
            "Reuters");
}

TEST(Annotate, PublisherNamedByRightsLinesCreditsAndSignUps) {
  // A copyright with no year before "All rights reserved"; a rights notice that says whose
  // the rights are.
  EXPECT_EQ(OutletOf("T\n\nThe talks went on.\n\nCopyright \u00a9 The Example Times. All rights "
                     "reserved.\n"),
            "The Example Times");
  EXPECT_EQ(OutletOf("T\n\nThe talks went on.\n\nAll rights of the published news, photos and "
                     "videos on this website belong to Example Daily News. They cannot be "
                     "published without permission.\n"),
            "Example Daily News");
  // A photographer credited as working for a known outlet, in the caption under the title.
  EXPECT_EQ(OutletOf("T\n\nThe mayor outside the town hall on Wednesday Credit: Jane Doe for The "
                     "Guardian\n\nThe talks went on.\n"),
            "The Guardian");
  EXPECT_EQ(OutletOf("T\n\nThe mayor speaks to reporters on Tuesday. (Jane Doe / The Hindu)\n\nThe "
                     "talks went on.\n"),
            "The Hindu");
  // A photo credit for an unknown name names no outlet.
  EXPECT_FALSE(Annotate("T\n\nThe mayor on Wednesday Credit: Jane Doe for Example Events\n\nThe "
                        "talks went on.\n")
                   .outlet.has_value());
  // A newsletter sign-up set as boilerplate in the middle of a long article.
  std::string text = "T\n\nBy Jane Doe\n\n";
  for (int i = 0; i < 8; ++i) text += "The talks went on for another hour.\n\n";
  text += "Subscribe to The Moscow Times Newsletter\n\n";
  for (int i = 0; i < 8; ++i) text += "The talks went on for another hour.\n\n";
  EXPECT_EQ(OutletOf(text), "The Moscow Times");
  EXPECT_EQ(OutletOf("T\n\nThe talks went on.\n\nYou may occasionally receive promotional content "
                     "from the Kyiv Independent.\n"),
            "The Kyiv Independent");
}

TEST(Annotate, PublisherCreditsAndEditions) {
  // An illustration credited to a known outlet; a credit is taken only when no line names
  // the publisher (a photo may be an agency's).
  EXPECT_EQ(OutletOf("T\n\nJane Doe\n\nIllustration: Ann Lee/Axios\n\nThe talks went on.\n"),
            "Axios");
  EXPECT_EQ(OutletOf("T\n\nThe mayor on Tuesday. (Jane Doe / AP)\n\nThe talks went on.\n\n"
                     "Copyright \u00a9 The Example Times. All rights reserved.\n"),
            "The Example Times");
  // A photo credit with a dash in brackets.
  EXPECT_EQ(OutletOf("T\n\nThe talks went on.\n\nPhoto: The ministers in Ankara. ( Jane Doe - "
                     "Anadolu Agency )\n"),
            "Anadolu Agency");
  // An author's note with a sentence after it.
  EXPECT_EQ(OutletOf("T\n\nThe talks went on.\n\nJane Doe is a journalist at Notes from "
                     "Poland. She previously worked for a regional daily.\n"),
            "Notes from Poland");
  // A masthead naming an edition, the site's address, or the outlet before a motto; a
  // byline's outlet after a bar.
  EXPECT_EQ(OutletOf("LRT English\n\nT\n\nThe talks went on.\n"), "LRT");
  EXPECT_EQ(OutletOf("T\n\nMeduza.io\n\nThe talks went on.\n"), "Meduza");
  EXPECT_EQ(OutletOf("MercoPress. South Atlantic News Agency\n\nT\n\nThe talks went on.\n"),
            "MercoPress");
  EXPECT_EQ(OutletOf("T\n\nBy Jane Doe | Euractiv\n\nThe talks went on.\n"), "Euractiv");
  EXPECT_FALSE(Annotate("T\n\nBy Jane Doe | Politics\n\nThe talks went on.\n").outlet.has_value());
  // A masthead's first part before a bar set off by more than one space; a known outlet
  // named on its own in a copyright line that names a company first.
  EXPECT_EQ(OutletOf("Euractiv  |  Politics  |  English Section\n\nT\n\nThe talks went on.\n"),
            "Euractiv");
  EXPECT_EQ(OutletOf("T\n\nThe talks went on.\n\n\u00a9 JSC \"Example Media\", 1999\u20142022. "
                     "Euractiv. All rights reserved.\n"),
            "Euractiv");
  // A known outlet's name with diacritics, as the page spells it.
  EXPECT_EQ(OutletOf("Hurriyet Daily News\n\nT\n\nThe talks went on.\n"), "Hurriyet Daily News");
  EXPECT_EQ(OutletOf("H\u00fcrriyet Daily News\n\nT\n\nThe talks went on.\n"),
            "H\u00fcrriyet Daily News");
  // A known outlet's postal address in the footer names the publisher, not the company
  // the copyright names; a known outlet the copyright names wins.
  EXPECT_EQ(OutletOf("T\n\nThe talks went on.\n\nEURACTIV 10 RUE DE ROME, BRUSSELS 1000\n\u00a9 "
                     "2024 Example Media Group Ltd. All rights reserved.\n"),
            "Euractiv");
  EXPECT_EQ(OutletOf("T\n\nThe talks went on.\n\nEURACTIV 10 RUE DE ROME, BRUSSELS 1000\n\u00a9 "
                     "2024 Reuters. All rights reserved.\n"),
            "Reuters");
  EXPECT_EQ(OutletOf("T\n\nThe talks went on.\n\nACME HOUSE 10 RUE DE ROME, BRUSSELS 1000\n\u00a9 "
                     "2024 Example Media Group Ltd. All rights reserved.\n"),
            "Example Media Group");
  // A byline's outlet after the writer's name and role; a masthead before a dash; a line
  // that says where the article was first published.
  EXPECT_EQ(OutletOf("T\n\nBy Jane Doe, political reporter, Euractiv\n\nThe talks went on.\n"),
            "Euractiv");
  EXPECT_FALSE(
      Annotate("T\n\nBy Jane Doe, political reporter\n\nThe talks went on.\n").outlet.has_value());
  EXPECT_EQ(OutletOf("T\n\nEuractiv - back to home\n\nThe talks went on.\n"), "Euractiv");
  EXPECT_FALSE(Annotate("T\n\nNATO - Russia talks\n\nThe talks went on.\n").outlet.has_value());
  EXPECT_EQ(OutletOf("T\n\nThe talks went on.\n\nOriginally published at Euractiv "
                     "(euractiv.com). Reproduction only with reference to the source.\n"),
            "Euractiv");
  // The date published, not the update's, on one line.
  EXPECT_EQ(Annotate("T\n\nBy Jane Doe\n\nSep 18, 2024 (updated: Sep 19, 2024)\n\nThe talks went "
                     "on.\n")
                .date,
            "2024-09-18");
}

TEST(Annotate, MastheadWordsSectionsAndSignUps) {
  // A newspaper's name as the page's first line, when nothing else names the outlet.
  EXPECT_EQ(OutletOf("Example Tribune\nBangladesh\n\nT\n\nThe talks went on.\n"),
            "Example Tribune");
  EXPECT_FALSE(Annotate("Talks Stall\n\nThe talks went on.\n").outlet.has_value());
  // A section named "National" is not The National.
  EXPECT_FALSE(Annotate("National\nVictoria\n\nT\n\nThe talks went on.\n").outlet.has_value());
  // An author's note glued to the next line's words; a newsletter sign-up.
  EXPECT_EQ(OutletOf("T\n\nThe talks went on.\n\nJane Doe is a court reporter at The Age.Connect "
                     "via email.\n"),
            "The Age");
  EXPECT_EQ(OutletOf("T\n\nThe talks went on.\n\nSign up for the Irish Independent's free "
                     "health newsletter\n"),
            "Irish Independent");
  // A day with an ordinal suffix.
  EXPECT_EQ(Annotate("T\n\nPublished 5th Mar 2024, 17:42 GMT\n\nThe talks went on.\n").date,
            "2024-03-05");
}

TEST(Annotate, MastheadBylineAndSubscribeLines) {
  // A masthead opening with an outlet before a section or a place; a byline that names an
  // outlet; a subscription appeal. A leading "the" does not count in outlet names.
  EXPECT_EQ(OutletOf("T\n\nKYODO NEWS | Business, All\n\nThe talks went on.\n"), "Kyodo News");
  EXPECT_EQ(OutletOf("T\n\nJane Doe\nBBC News, Lagos\n\nThe talks went on.\n"), "BBC");
  EXPECT_EQ(OutletOf("T\n\nBy The Moscow Times\n\nThe talks went on.\n"), "The Moscow Times");
  // A line that ends with the outlet after a date; a place after a name is none.
  EXPECT_EQ(OutletOf("T\nSaturday August 26 2023, 6.00pm BST, The Times\nRosa Delgado, "
                     "Madrid\n\nThe talks went on.\n"),
            "The Times");
  EXPECT_FALSE(Annotate("T\n\nJane Doe, The Times\n\nThe talks went on.\n").outlet.has_value());
  // An outlet writing with an agency.
  EXPECT_EQ(OutletOf("T\n\nBy Le Monde with AFP\n\nThe talks went on.\n"), "Le Monde");
  EXPECT_EQ(OutletOf("T\n\nThe talks went on.\n\nSubscribe to The Hindu for unlimited access to "
                     "premium articles.\n"),
            "The Hindu");
  EXPECT_EQ(OutletOf("T\n\nThe talks went on.\n\nConsider supporting Independent.\n"),
            "The Independent");
  // Appeals to support the outlet's journalism, get its app or follow it.
  EXPECT_EQ(OutletOf("T\n\nThe talks went on.\n\nSupport PREMIUM TIMES' journalism of "
                     "integrity\n"),
            "Premium Times");
  EXPECT_EQ(OutletOf("T\n\nThe talks went on.\n\nDownload the UN News app for your iOS "
                     "devices.\n"),
            "UN News");
  EXPECT_EQ(OutletOf("T\n\nThe talks went on.\n\nFollow Sky News on WhatsApp\n"), "Sky News");
  // The page title ends with the outlet after a bar or a dash; a byline names it between
  // middle dots. Only a known outlet counts.
  EXPECT_EQ(OutletOf("Rates held as inflation eases | Business - Times of India\n\nThe talks "
                     "went on.\n"),
            "The Times of India");
  EXPECT_EQ(OutletOf("Rates held | CBC News\n\nThe talks went on.\n"), "CBC News");
  // A masthead that is the site's address.
  EXPECT_EQ(OutletOf("SWI swissinfo.ch\nSwiss news in 10 languages\n\nTalks stall\n\nThe talks "
                     "went on.\n"),
            "Swissinfo");
  EXPECT_EQ(OutletOf("T\n\nJane Doe, Ann Lee \u00b7 CBC News \u00b7 Posted: Jun 10, 2024\n\nThe "
                     "talks went on.\n"),
            "CBC News");
  // Middle dots without spaces, below a menu line of the site's sections.
  EXPECT_EQ(OutletOf("Logo\nLatest news  Video  World  Business  Sport  Opinion\nTalks "
                     "stall\n\nBy Jane Doe\nBusiness reporter\u00b7NZ Herald\u00b7\n\nThe "
                     "talks went on.\n"),
            "The New Zealand Herald");
  EXPECT_FALSE(Annotate("Rates held | Business - Example Gazette\n\nThe talks went on.\n")
                   .outlet.has_value());
  // A masthead's first part must be an outlet.
  EXPECT_FALSE(Annotate("T\n\nHome | Politics\n\nThe talks went on.\n").outlet.has_value());
}

TEST(Annotate, DateLinesOfMoreForms) {
  // Year first with slashes.
  EXPECT_EQ(Annotate("T\n\n2024/10/18 19:42\n\nThe talks went on.\n").date, "2024-10-18");
  // Year first with dots.
  EXPECT_EQ(Annotate("T\n\n2024.05.21\n\nThe talks went on.\n").date, "2024-05-21");
  // A dateline in mixed case with an agency, its year from the page's copyright line.
  DocAnnotation a = Annotate(
      "T\n\nCaracas, Aug 2 (EFE).- The council ratified the result on Friday.\n\n\u00a9 EFE 2024. "
      "All rights reserved.\n");
  EXPECT_EQ(a.date, "2024-08-02");
  EXPECT_EQ(a.outlet.value_or(""), "EFE");
  // A "Posted" line with an abbreviated weekday and a time before a comma wins over a later
  // date in the standfirst; a comma glued to the year.
  EXPECT_EQ(Annotate("T\n\nBy Jane Doe\nPosted Wed 15 May 2024 at 4:51pm, updated Wed 15 May "
                     "2024 at 7:02pm\n\nIn short:\nExports end on May 1, 2028.\n\nThe talks "
                     "went on.\n")
                .date,
            "2024-05-15");
  EXPECT_EQ(
      Annotate("T\n\nPublished: 11 February ,2025: 03:42 PM GST\n\nThe talks went on.\n").date,
      "2025-02-11");
  // A weekday before a date with no comma before the year; a dot after the day.
  EXPECT_EQ(Annotate("T\n\nWednesday March 5 2025\n\nThe talks went on.\n").date, "2025-03-05");
  EXPECT_EQ(Annotate("T\n\nBy Jane Doe\nOslo, 12. Feb 2021, 10:04\n\nThe talks went on.\n").date,
            "2021-02-12");
  // A dateline with the agency after the date ("Place. Month Day. AGENCY -"), its year
  // from a copyright line's range.
  a = Annotate(
      "T\n\nMoscow. Feb 10. INTERFAX - The ministers met on Thursday.\n\n\u00a9 1991-2022 "
      "Interfax. All rights reserved.\n");
  EXPECT_EQ(a.date, "2022-02-10");
  EXPECT_EQ(a.outlet.value_or(""), "Interfax");
  EXPECT_EQ(Annotate("T\n\nMOSCOW. 10 February. INTERFAX.RU - The ministers met.\n\n\u00a9 2022 "
                     "Interfax\n")
                .date,
            "2022-02-10");
  // A byline with the date after "on", its year in two digits.
  EXPECT_EQ(Annotate("T\n\nBY JANE DOE ON 5/18/22 AT 11:32 AM EDT\n\nThe talks went on.\n").date,
            "2022-05-18");
  // A date line right under the byline, below a summary that ends with a quotation: not the
  // date of the print edition further down.
  EXPECT_EQ(Annotate("T\n\nThe chief called it \"a source of great anger.\"\n\nBy Jane Doe\nApril "
                     "28, 2022\n\nThe talks went on.\n\nA version of this article appears in "
                     "print on April 29, 2022.\n")
                .date,
            "2022-04-28");
}

TEST(Annotate, AgencyMarkerInAGluedLead) {
  DocAnnotation a = Annotate(
      "Title\n\nCaption of a photo. REUTERS/Staff opens new tabKYIV, Sept 6 "
      "(Reuters) - The minister said the talks went on.\n");
  EXPECT_EQ(a.outlet, "Reuters");
  // Only a known outlet counts.
  EXPECT_FALSE(Annotate("Title\n\nThe party (Greens) - founded in 1980 - said so.\n").outlet);
}

TEST(Annotate, MastheadLineNamesTheOutlet) {
  DocAnnotation a = Annotate(
      "Interfax\nRussia\nWorld\n\nTitle of the story\n\nThe bank raised "
      "its key rate on Tuesday.\n");
  EXPECT_EQ(a.outlet, "Interfax");
  // One line of a block of site navigation.
  EXPECT_EQ(Annotate("Interfax\nSupport us\nNews Feed\n\nTitle of the story\n\nThe bank raised "
                     "its key rate on Tuesday.\n")
                .outlet,
            "Interfax");
  // An outlet named in the body is no masthead.
  EXPECT_FALSE(Annotate("Title of the story\n\nThe bank said so.\n\nReuters\n").outlet);
  // The masthead names the publisher of an agency's story, whose dateline names the agency;
  // with no masthead, the agency is the outlet.
  EXPECT_EQ(Annotate("Jamaica Observer\nHome | News\n\nTitle of the story\n\nKINGSTON, June 13 "
                     "(Reuters) - The bank raised its key rate.\n")
                .outlet,
            "Jamaica Observer");
  EXPECT_EQ(Annotate("Title of the story\n\nTaipei, June 13 (Reuters) The bank raised its key "
                     "rate.\n")
                .outlet,
            "Reuters");
  // Outlets of many countries, under the names their pages use; the text of a logo.
  for (auto [line, name] : std::vector<std::pair<std::string, std::string>>{
           {"Houston Chronicle Logo", "Houston Chronicle"},
           {"Otago Daily Times Online News", "Otago Daily Times"},
           {"Punch Newspapers", "Punch"},
           {"Egypt Independent", "Egypt Independent"},
           {"Jamaica Observer", "Jamaica Observer"},
           {"Stars and Stripes", "Stars and Stripes"}}) {
    EXPECT_EQ(Annotate(line + "\nHome | News\n\nTitle of the story\n\nThe bank raised its key "
                              "rate on Tuesday.\n")
                  .outlet,
              name)
        << line;
  }
}

TEST(Annotate, PageNameWinsOverItsCompanyAndCredits) {
  // The page's first line names the paper whose company a copyright line names.
  EXPECT_EQ(OutletOf("The Example Valley Times\nHome\nNews\n\nTitle of the story\n\nThe "
                     "talks went on.\n\n\u00a9 2023 The Example Valley Times Publications SARL. "
                     "All rights reserved.\n"),
            "The Example Valley Times");
  // Or the site's address spells it.
  EXPECT_EQ(OutletOf("The Example Edge Asia\nHome\n\nTitle of the story\n\nBy Jane Doe / "
                     "theexampleedgeasia.com\n\nThe talks went on.\n\nCopyright \u00a9 "
                     "1999-2025 The Example Edge Communications Sdn. Bhd. All rights reserved\n"),
            "The Example Edge Asia");
  // Or a line says what it is, before a photo credit.
  EXPECT_EQ(OutletOf("The Example Continent\nISSUE 154\n\nTitle of the story\n\nThe talks "
                     "went on.\n\nPhoto: Jane Doe/AFP\n\nThe Example Continent is an "
                     "independent, pan-African weekly newspaper, free to read and share.\n"),
            "The Example Continent");
  // The copyright's spelling of the same name wins over capitals.
  EXPECT_EQ(OutletOf("EXAMPLE TODAY\nHome\n\nTitle of the story\n\nThe talks went on at "
                     "exampletoday.ge.\n\n\u00a9 2024 Example Today. All rights reserved.\n"),
            "Example Today");
  // Without such evidence, the copyright holder; a legal form of two words dropped.
  EXPECT_EQ(OutletOf("Example Fields\nHome\n\nTitle of the story\n\nThe talks went on.\n\n"
                     "\u00a9 2024 Example Media Sdn. Bhd. All rights reserved.\n"),
            "Example Media");
  // Or the page names itself twice more, once in its footer.
  EXPECT_EQ(OutletOf("The Example Island\nHome  News\n\nTitle of the story\n\nThe chairman "
                     "told The Example Island that the talks went on.\n\nCopyright \u00a9 2025 "
                     "Example Newspapers (Pvt) Ltd. All Rights Reserved. The Example Island\n"),
            "The Example Island");
  // A one-word outlet's name in the menu under a newspaper's name is a section.
  EXPECT_EQ(OutletOf("Example Valley Times\nNation | Editorial | Opinion | Economy\n\nNation\n\n"
                     "Title of the story\n\nThe talks went on.\n"),
            "Example Valley Times");
  // "All Rights Reserved" is no publisher.
  EXPECT_EQ(OutletOf("Title of the story\n\nThe talks went on.\n\n\u00a9 2024 All Rights "
                     "Reserved | Powered by WordPress\n"),
            "");
}

TEST(Annotate, DatelineYearInferredFromTheArticle) {
  // A December date before a January dateline: the dateline is in the next year.
  EXPECT_EQ(Annotate("T\n\nMOSCOW, January 10. /TASS/. On December 20, 2021 the draft was "
                     "published. On January 5 talks began.\n")
                .date,
            "2022-01-10");
  EXPECT_EQ(
      Annotate("T\n\nMOSCOW, February 14. /TASS/. On December 17, 2021 the draft was out.\n").date,
      "2022-02-14");
}

TEST(Annotate, BodyDateOnlyWhenFullAndNeverFromComments) {
  EXPECT_EQ(Annotate("Title\n\nThis was stated on March 1, 2022 by the minister. In December "
                     "2021 talks began.\n")
                .date,
            "2022-03-01");
  EXPECT_FALSE(Annotate("Title\n\nIn December 2021 talks began. They went on in January.\n").date);
  EXPECT_FALSE(Annotate("Title\n\nTalks began.\nDear reader, to leave comments on the "
                        "publication, you must sign in.\n  1. bob Offline bob\n    bob 2 "
                        "February 2022 00: 11\n    On 2 February 2022 I disagreed.\n")
                   .date);
}

TEST(Annotate, MetadataWins) {
  Document d;
  d.date = "2020-05-05";
  d.outlet = "Example Daily";
  DocAnnotation a = Annotate("T\n\nMOSCOW, February 14, 2022. /TASS/. Text here.\n", d);
  EXPECT_EQ(a.date, "2020-05-05");
  EXPECT_EQ(a.outlet, "Example Daily");
}

TEST(Date, IsoPadsWithZeros) {
  EXPECT_EQ((Date{2022, 2, 1}).Iso(), "2022-02-01");
  EXPECT_EQ((Date{1999, 12, 31}).Iso(), "1999-12-31");
  EXPECT_EQ((Date{7, 0, 0}).Iso(), "0007-00-00");
  EXPECT_EQ((Date{12345, 1, 2}).Iso(), "12345-01-02");
  EXPECT_EQ((Date{-1, 1, 2}).Iso(), "-001-01-02");
  EXPECT_EQ((Date{2022, 123, 5}).Iso(), "2022-123-05");
}

TEST(StatementDate, ExplicitRelativeAndWeekdays) {
  Annotator ann(testing::Rules());
  std::optional<std::string> pub = "2022-02-14";  // a Monday
  EXPECT_EQ(ann.StatementDate("Earlier, on January 21, the minister said", pub), "2022-01-21");
  EXPECT_EQ(ann.StatementDate("on February 1, 2022 the minister said", pub), "2022-02-01");
  EXPECT_EQ(ann.StatementDate("the envoy said on Friday", pub), "2022-02-11");
  EXPECT_EQ(ann.StatementDate("the envoy said yesterday", pub), "2022-02-13");
  EXPECT_EQ(ann.StatementDate("on December 30 the envoy said", pub), "2021-12-30");
  EXPECT_FALSE(ann.StatementDate("the envoy said", pub));
  EXPECT_FALSE(ann.StatementDate("on Friday the envoy said", std::nullopt));
  // "on <weekday>" is found wherever the words meet, after other "on"s too.
  EXPECT_EQ(ann.StatementDate("the talks went on and on on Friday", pub), "2022-02-11");
  EXPECT_EQ(ann.StatementDate("the envoy said upon Friday", pub), "2022-02-11");
  EXPECT_FALSE(ann.StatementDate("the envoy said on  Friday", pub));
  // With the publication day read once.
  Date day;
  ASSERT_TRUE(Annotator::PublicationDay(pub, &day));
  EXPECT_EQ(ann.StatementDate("the envoy said yesterday", &day), "2022-02-13");
  EXPECT_EQ(ann.StatementDate("on February 1, 2022 the minister said", nullptr), "2022-02-01");
  EXPECT_FALSE(ann.StatementDate("the envoy said yesterday", nullptr));
  EXPECT_FALSE(Annotator::PublicationDay(std::nullopt, &day));
  EXPECT_FALSE(Annotator::PublicationDay(std::string("soon"), &day));
  // A long sentence reads the same as a short one.
  std::string pad(2000, 'x');
  EXPECT_EQ(ann.StatementDate(pad + " the envoy said On FRIDAY", pub), "2022-02-11");
  EXPECT_EQ(ann.StatementDate(pad + " the envoy said Yesterday", pub), "2022-02-13");
}

TEST(StatementDate, DayWordsIgnoreCaseAndStandAlone) {
  Annotator ann(testing::Rules());
  std::optional<std::string> pub = "2022-02-14";  // a Monday
  EXPECT_EQ(ann.StatementDate("the envoy said ON FRIDAY", pub), "2022-02-11");
  EXPECT_EQ(ann.StatementDate("Yesterday the envoy said", pub), "2022-02-13");
  EXPECT_EQ(ann.StatementDate("the envoy said Today.", pub), "2022-02-14");
  // A relative day counts only where it first occurs, and only as a word of its own.
  EXPECT_FALSE(ann.StatementDate("the envoy said yesterdays news", pub));
  EXPECT_FALSE(ann.StatementDate("theyesterday envoy said yesterday", pub));
  EXPECT_FALSE(ann.StatementDate("the envoy said onFriday", pub));
}

TEST(CreditedOutlet, InterviewsToldAndClosingCredits) {
  Annotator ann(testing::Rules());
  EXPECT_EQ(ann.CreditedOutlet("the spokeswoman, in an interview with Izvestia, said that"),
            "Izvestia");
  EXPECT_EQ(ann.CreditedOutlet("the minister told CNN on Sunday that"), "CNN");
  EXPECT_EQ(ann.CreditedOutlet("The talks went on. RIA News."), "RIA Novosti");
  EXPECT_EQ(ann.CreditedOutlet("according to Reuters, the deal is off"), "Reuters");
  EXPECT_FALSE(ann.CreditedOutlet("he told reporters that"));
}

}  // namespace
}  // namespace claims
