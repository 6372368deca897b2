// Detection and attribution, one pattern class per table row, on sentences written for
// these tests in the style of wire copy.
#include <gtest/gtest.h>

#include <map>

#include "claims/pipeline.h"
#include "claims/rules/lexicon.h"
#include "test_util.h"

namespace claims {
namespace {

// Runs the whole pipeline on `text` and returns "speaker|type|claim" per record.
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

std::vector<Record> ExtractRecords(const std::string& text) {
  static Extractor ex(testing::Rules(), {});
  Document doc;
  doc.name = "t.txt";
  doc.bytes = text;
  std::vector<Record> records;
  EXPECT_TRUE(ex.Extract(doc, &records).ok());
  return records;
}

struct Case {
  const char* name;
  const char* text;  // the body; a title line is prepended
  std::vector<std::string> want;
};

class DetectTable : public ::testing::TestWithParam<Case> {};

TEST_P(DetectTable, Extracts) {
  const Case& c = GetParam();
  EXPECT_EQ(Extract(std::string("Headline of the story\n\n") + c.text), c.want) << c.name;
}

const Case kCases[] = {
    {"direct_post_named",
     "\"The strike is over and the ships will sail on Monday,\" Olga Petrenko said.\n",
     {"Olga Petrenko|direct|The strike is over and the ships will sail on Monday"}},
    {"direct_typographic_marks_and_pronoun",
     "Harbour master Olga Petrenko spoke on Friday.\n\n\xE2\x80\x9CWe expect the first ships "
     "within hours,\xE2\x80\x9D she said.\n",
     {"Olga Petrenko|direct|We expect the first ships within hours"}},
    {"direct_quote_paragraph_goes_on_with_the_speaker",
     "\"The strike is over,\" Olga Petrenko said.\n\nRead also: Ports reopen\n\n"
     "\"The ships will sail on Monday.\"\n",
     {"Olga Petrenko|direct|The strike is over",
      "Olga Petrenko|direct|The ships will sail on Monday"}},
    {"quote_paragraph_after_other_text_is_not_carried_on",
     "\"The strike is over,\" Olga Petrenko said. The union has not confirmed it.\n\n"
     "\"The ships will sail on Monday.\"\n",
     {"Olga Petrenko|direct|The strike is over"}},
    {"direct_guillemets",
     "\xC2\xAB"
     "Our position has not changed at all,\xC2\xBB Ivan Orlov told reporters.\n",
     {"Ivan Orlov|direct|Our position has not changed at all"}},
    {"direct_inverted_cue",
     "\"We will rebuild every house,\" said Mayor Tom Hardy.\n",
     {"Tom Hardy|direct|We will rebuild every house"}},
    {"split_around_attribution",
     "\"The plan is ready,\" Anna Berg said. \"We only need the money to start.\"\n",
     {"Anna Berg|direct|The plan is ready", "Anna Berg|direct|We only need the money to start"}},
    // A quoted sentence around its attribution gives a record for each part.
    {"split_mid_sentence",
     "\"We played well for an hour,\" coach Luis Ortega said, \"but then we lost our way.\"\n",
     {"Luis Ortega|direct|We played well for an hour",
      "Luis Ortega|direct|but then we lost our way"}},
    // A new sentence after the attribution is a statement of its own.
    {"split_between_sentences",
     "\"We played well for an hour,\" coach Luis Ortega said. \"Then we lost our way.\"\n",
     {"Luis Ortega|direct|We played well for an hour", "Luis Ortega|direct|Then we lost our way"}},
    {"colon_lead_in",
     "Finance Minister Karl Stein said: \"The budget is balanced for the first time.\"\n",
     {"Karl Stein|direct|The budget is balanced for the first time"}},
    {"cue_right_before_the_mark",
     "MOSCOW, January 27 (TASS). Ivan Orlov said \"We will respond to this step.\"\n",
     {"Ivan Orlov|direct|We will respond to this step"}},
    {"apostrophes_are_not_marks",
     "The minister's aides didn't comment. \xE2\x80\x98We won\xE2\x80\x99t wait any longer,"
     "\xE2\x80\x99 Sara Nilsson said.\n",
     {"Sara Nilsson|direct|We won't wait any longer"}},
    {"scare_quotes_and_titles_are_not_claims",
     "The so-called \"peace plan\" was dropped. The army began operation \"Northern Shield Over "
     "The River\" in May.\n",
     {}},
    {"reported_that_clause",
     "Deputy Mayor Tom Hardy said that the bridge would reopen in June.\n",
     {"Tom Hardy|indirect|the bridge would reopen in June"}},
    {"reported_bare_clause",
     "Anna Berg said the talks had stalled over fishing rights.\n",
     {"Anna Berg|indirect|the talks had stalled over fishing rights"}},
    {"reported_clause_first",
     "The talks had stalled over fishing rights, Anna Berg said on Tuesday.\n",
     {"Anna Berg|indirect|The talks had stalled over fishing rights"}},
    {"reported_told_object",
     "Anna Berg told reporters the talks had stalled over fishing rights.\n",
     {"Anna Berg|indirect|the talks had stalled over fishing rights"}},
    {"reported_told_object_with_place_and_day",
     "Anna Berg told reporters in Tallinn on Monday the talks had stalled over fishing rights.\n",
     {"Anna Berg|indirect|the talks had stalled over fishing rights"}},
    {"reported_told_outlet_then_clause_subject",
     "Anna Berg told Reuters the Baltic states would not back the plan.\n",
     {"Anna Berg|indirect|the Baltic states would not back the plan"}},
    {"reported_told_object_and_colon",
     "Anna Berg told reporters: the talks had stalled over fishing rights.\n",
     {"Anna Berg|indirect|the talks had stalled over fishing rights"}},
    {"told_audience_alone_is_no_clause",
     "Anna Berg told reporters in Tallinn about the talks on fishing rights.\n",
     {}},
    // Each clause after "that" is a claim of its own: "said A, but that B", "said that A and
    // that B".
    {"bare_clause_coordinated_with_but_that",
     "Anna Berg said the quotas were low, but that the season would open on time.\n\nTom "
     "Reed told reporters that the strike was \"political\" and that the government would "
     "not yield.\n",
     {"Anna Berg|indirect|the quotas were low", "Anna Berg|indirect|the season would open on time",
      "Tom Reed|mixed|the strike was \"political\"",
      "Tom Reed|indirect|the government would not yield"}},
    {"chief_refers_to_a_secretary_general",
     "Secretary-General Karl Stein opened the summit on Monday.\n\nThe alliance chief said "
     "that no member would be left alone.\n",
     {"Karl Stein|indirect|no member would be left alone"}},
    {"clause_first_name_with_appositive",
     "The border will stay closed until spring, Ivan Orlov, the head of the customs service, "
     "told reporters on Monday.\n",
     {"Ivan Orlov|indirect|The border will stay closed until spring"}},
    {"second_predicate_of_the_speaker_ends_the_claim",
     "Anna Berg said the quotas were too low, and called on the ministry to act quickly.\n",
     {"Anna Berg|indirect|the quotas were too low"}},
    {"unknown_name_before_its_affiliation",
     "Shipping analyst Mark Brennan of the consultancy Harbour Risk said that premiums would "
     "rise.\n",
     {"Mark Brennan|indirect|premiums would rise"}},
    {"unknown_name_before_an_appositive_with_an_organisation",
     "Lena Holm, an analyst at the Nordic Policy Institute, said that the talks would go on.\n",
     {"Lena Holm|indirect|the talks would go on"}},
    {"single_quotes_after_a_short_scare_quote",
     "The opposition leader, Tom Hardy, welcomed the move but said the ministry had been 'far "
     "too slow' to act. 'We asked for this a year ago,' he said.\n",
     {"Tom Hardy|mixed|the ministry had been 'far too slow' to act",
      "Tom Hardy|direct|We asked for this a year ago"}},
    {"plural_possessive_is_no_closing_mark",
     "'The workers' union will not sign this deal,' Tom Hardy said.\n",
     {"Tom Hardy|direct|The workers' union will not sign this deal"}},
    {"clause_first_glued_to_the_next_sentence",
     "The border will stay closed until spring, Ivan Orlov noted.He gave no reasons.\n",
     {"Ivan Orlov|indirect|The border will stay closed until spring"}},
    {"leading_participle_phrase_and_present_tense_clause",
     "Customs chief Ivan Orlov met reporters.\n\nSpeaking about the new rules, the chief said "
     "Estonia wants a longer transition.\n",
     {"Ivan Orlov|indirect|Estonia wants a longer transition"}},
    {"told_the_council_after_the_clause",
     "Grain exports will resume next week, Ivan Orlov told the Security Council on Thursday.\n",
     {"Ivan Orlov|indirect|Grain exports will resume next week"}},
    {"appositive_before_the_name_after_the_clause",
     "Grain exports will resume next week, the head of the customs service, Ivan Orlov, told "
     "the council.\n",
     {"Ivan Orlov|indirect|Grain exports will resume next week"}},
    {"bare_clause_with_a_quoted_fragment_far_from_its_verb",
     "Ivan Orlov said the channels used for the exchange \"remain open\" and could be used "
     "again.\n",
     {"Ivan Orlov|mixed|the channels used for the exchange \"remain open\" and could be used "
      "again"}},
    {"second_half_of_a_split_quote_after_a_short_first_half",
     "\"These rules,\" Ivan Orlov said, \"are meant to protect the fishing stocks for "
     "years.\"\n",
     {"Ivan Orlov|direct|are meant to protect the fishing stocks for years"}},
    {"quote_right_after_a_quotation_that_ends_a_sentence",
     "Ivan Orlov called the plan \"a fantasy.\" \"Nobody has asked the fishermen what they "
     "need,\" he wrote on Telegram.\n",
     {"Ivan Orlov|mixed|the plan \"a fantasy.\"",
      "Ivan Orlov|direct|Nobody has asked the fishermen what they need"}},
    {"relative_clause_speaker",
     "The mayor thanked Fisheries Minister Anna Berg, who said that the quotas would be "
     "reviewed in May.\n",
     {"Anna Berg|indirect|the quotas would be reviewed in May"}},
    {"transcript_turns",
     "Question: Will the border open in May?\n\nIvan Orlov: We are ready to open it as soon as "
     "the new equipment arrives.\n",
     {"Ivan Orlov|direct|We are ready to open it as soon as the new equipment arrives"}},
    {"as_an_outlet_reported_is_no_claim",
     "As Reuters reported, the border will open when the new equipment arrives.\n",
     {}},
    {"as_someone_said",
     "As Ivan Orlov said the other day in Tallinn, the border will open when the equipment "
     "arrives.\n",
     {"Ivan Orlov|indirect|the border will open when the equipment arrives"}},
    {"leading_past_participle_phrase",
     "Customs chief Ivan Orlov met reporters.\n\nAsked about Anna Berg's proposal, the chief "
     "said that the border would open in May.\n",
     {"Ivan Orlov|indirect|the border would open in May"}},
    {"reported_intro_and_appositive",
     "Earlier, Ivan Orlov, the head of the regional election commission, said that turnout "
     "had passed 60 percent.\n",
     {"Ivan Orlov|indirect|turnout had passed 60 percent"}},
    {"according_to",
     "Ivan Orlov chairs the commission.\n\nAccording to him, turnout had passed 60 percent.\n",
     {"Ivan Orlov|indirect|turnout had passed 60 percent"}},
    {"according_to_after_an_introductory_phrase",
     "Ivan Orlov chairs the commission.\n\nAt the same time, according to him, turnout had "
     "passed 60 percent.\n",
     {"Ivan Orlov|indirect|turnout had passed 60 percent"}},
    {"according_to_claim_ends_before_a_participle_phrase",
     "Ivan Orlov chairs the commission.\n\nAccording to Orlov, turnout had passed 60 percent, "
     "hinting at a second round. According to him, the count would end soon, including in the "
     "north.\n",
     {"Ivan Orlov|indirect|turnout had passed 60 percent",
      "Ivan Orlov|indirect|the count would end soon, including in the north"}},
    {"participle_after_a_quoted_comma",
     "Fisheries Minister Anna Berg asked fishermen to \"be patient,\" noting that the quotas "
     "would be reviewed in May.\n",
     {"Anna Berg|indirect|the quotas would be reviewed in May"}},
    {"outlet_credited_for_an_attribution_is_no_speaker",
     "Ivan Orlov stated this on Telegram, Reuters reports.\n",
     {}},
    {"in_her_opinion_mixed",
     "Sara Nilsson leads the opposition.\n\nIn her opinion, the reform is a \"step back\" for "
     "the country.\n",
     {"Sara Nilsson|mixed|the reform is a \"step back\" for the country"}},
    {"drew_attention_to_the_fact",
     "Ambassador Karl Stein drew attention to the fact that no date had been set.\n",
     {"Karl Stein|indirect|no date had been set"}},
    {"participle_continuation",
     "Ivan Orlov said turnout was high, adding that the count would end on Monday.\n",
     {"Ivan Orlov|indirect|turnout was high", "Ivan Orlov|indirect|the count would end on Monday"}},
    {"mixed_quoted_fragment",
     "Anna Berg said the deal was \"a very good start\" for both sides.\n",
     {"Anna Berg|mixed|the deal was \"a very good start\" for both sides"}},
    {"organisation_speaker",
     "The Interior Ministry said that the border crossing would stay closed.\n",
     {"Interior Ministry|indirect|the border crossing would stay closed"}},
    {"acronym_organisation_speaker",
     "The IAEA has sent a team and says the plant has lost its last power line.\n",
     {"IAEA|indirect|the plant has lost its last power line"}},
    {"family_name_written_first",
     "Foreign Minister Chen Bo arrived in Paris on Monday.\n\nChen said that the visit would "
     "deepen trade ties.\n",
     {"Chen Bo|indirect|the visit would deepen trade ties"}},
    {"organisation_with_a_place_after_an_introductory_phrase",
     "In a statement posted online, the Danish embassy in Oslo said the visa rules would not "
     "change.\n",
     {"Danish embassy in Oslo|indirect|the visa rules would not change"}},
    {"acronym_spelled_out_earlier",
     "Observers from the Organization for Security and Co-operation in Europe (OSCE) arrived "
     "on Monday.\n\nThe OSCE said that the vote had been free.\n",
     {"Organization for Security and Co-operation in Europe|indirect|the vote had been free"}},
    {"plural_possessive_inside_a_mention",
     "Customs chief Ivan Orlov visited the port.\n\nThe customs officers' chief said that the "
     "border would stay open.\n",
     {"Ivan Orlov|indirect|the border would stay open"}},
    {"misspelt_surname_of_someone_named_before",
     "Fisheries Minister Markus Halvorsen spoke in Bergen on Monday.\n\nHalvarson said that the "
     "quotas would be reviewed.\n",
     {"Markus Halvorsen|indirect|the quotas would be reviewed"}},
    {"possessive_name_is_not_the_speaker_of_a_later_pronoun",
     "Fisheries Minister Markus Halvorsen spoke in Bergen.\n\nAsked about Prime Minister Erik "
     "Dahl's warnings, he said that the quotas would stay.\n",
     {"Markus Halvorsen|indirect|the quotas would stay"}},
    {"subject_with_a_participle_parenthetical",
     "Mayor Tom Hardy spoke on Monday.\n\nThe mayor, known for his blunt posts online, claimed "
     "that the bridge would open in May.\n",
     {"Tom Hardy|indirect|the bridge would open in May"}},
    {"former_office_is_not_the_current_holder",
     "President Karl Stein opened the session.\n\nThe former president said that the reform "
     "had failed.\n",
     {"?|indirect|the reform had failed"}},
    {"hyphenated_title_before_a_name",
     "Commander-in-Chief Karl Stein said that the front was holding.\n\n\"We need more "
     "ammunition now,\" the commander added.\n",
     {"Karl Stein|indirect|the front was holding",
      "Karl Stein|direct|We need more ammunition now"}},
    {"back_reference_told_to_an_outlet",
     "The border will stay closed until spring. This was told to Izvestia by the deputy head of "
     "the customs service Ivan Orlov.\n",
     {"Ivan Orlov|indirect|The border will stay closed until spring"}},
    {"lede_with_the_attribution_in_the_middle",
     "Fishing quotas are unlikely to rise this year, Fisheries Minister Anna Berg said on "
     "Wednesday, but the season will open on time.\n",
     {"Anna Berg|indirect|Fishing quotas are unlikely to rise this year",
      "Anna Berg|indirect|the season will open on time"}},
    {"indefinite_nominal_is_someone_new",
     "Fisheries Minister Anna Berg spoke in Bergen.\n\nA senior ministry official said that "
     "the quotas would be cut.\n",
     {"senior ministry official|indirect|the quotas would be cut"}},
    {"relative_that_after_a_bare_clause",
     "Ivan Orlov said Tallinn was wary of any rule that could slow the border traffic.\n",
     {"Ivan Orlov|indirect|Tallinn was wary of any rule that could slow the border traffic"}},
    {"bare_clause_after_claimed_and_warned",
     "The Defence Ministry claimed its forces had repelled two attacks. Ivan Orlov warned the "
     "border would close on Monday.\n",
     {"Defence Ministry|indirect|its forces had repelled two attacks",
      "Ivan Orlov|indirect|the border would close on Monday"}},
    {"object_then_another_clause_is_no_bare_clause",
     "Ivan Orlov acknowledged the differences with Tallinn, but this is why talks matter.\n",
     {}},
    {"more_speech_verbs_with_that",
     "Ivan Orlov countered that the quotas were fair. Anna Berg denied that the border had "
     "closed.\n",
     {"Ivan Orlov|indirect|the quotas were fair", "Anna Berg|indirect|the border had closed"}},
    {"writers_context_and_second_predicate_end_the_claim",
     "Ivan Orlov said the border would reopen on Monday, as queues of trucks stretched for "
     "miles. Anna Berg said the quotas were fair, but rejected calls for a review.\n",
     {"Ivan Orlov|indirect|the border would reopen on Monday",
      "Anna Berg|indirect|the quotas were fair"}},
    {"organisation_headed_before_its_complement",
     "The Institute for the Study of Fisheries, a research group in Bergen, assessed in May "
     "that the stocks were recovering.\n",
     {"Institute for the Study of Fisheries|indirect|the stocks were recovering"}},
    {"name_with_a_joined_particle",
     "Omar al-Farsi, an analyst at the Gulf Policy Institute, told reporters that the strikes "
     "would not deter the rebels.\n",
     {"Omar al-Farsi|indirect|the strikes would not deter the rebels"}},
    {"leading_speech_participle_with_its_clause",
     "Noting that the stocks had recovered, Anna Berg said that the quotas would rise.\n",
     {"Anna Berg|indirect|the stocks had recovered", "Anna Berg|indirect|the quotas would rise"}},
    {"nominal_resolved_by_role",
     "Foreign Minister Karl Stein met Mayor Tom Hardy on Monday.\n\nThe minister said that the "
     "visit had been useful.\n",
     {"Karl Stein|indirect|the visit had been useful"}},
    {"pronoun_resolved_by_gender",
     "Sara Nilsson met Ivan Orlov on Monday.\n\nShe said that the meeting had been useful.\n",
     {"Sara Nilsson|indirect|the meeting had been useful"}},
    {"pronoun_prefers_subject",
     "Ivan Orlov phoned Karl Stein on Monday.\n\nHe said that the call had gone well.\n",
     {"Ivan Orlov|indirect|the call had gone well"}},
    {"known_speaker_alias_and_misspelling",
     "Sergei Lavrov said that Moscow was ready for talks. Sergey Lavorv said that nothing had "
     "changed.\n",
     {"Sergey Lavrov|indirect|Moscow was ready for talks",
      "Sergey Lavrov|indirect|nothing had changed"}},
    {"back_reference",
     "The grain deal will be extended for four months. This was stated on Friday by Foreign "
     "Minister Karl Stein during a visit to Ankara.\n",
     {"Karl Stein|indirect|The grain deal will be extended for four months"}},
    {"relative_clause_in_subject",
     "Ivan Orlov, who chaired the talks in Vienna, said that a deal was close.\n",
     {"Ivan Orlov|indirect|a deal was close"}},
    {"quote_then_according_to",
     "\"The border will stay closed until further notice,\" according to Colonel Ivan Orlov.\n",
     {"Ivan Orlov|direct|The border will stay closed until further notice"}},
    {"bare_object_is_no_clause",
     "Asked about sanctions, Ivan Orlov said nothing. Anna Berg said goodbye to her staff.\n",
     {}},
    {"possessive_names_someone_else",
     "Lavrov's deputy Sergei Ryabkov said that the talks would resume in March.\n",
     {"Sergei Ryabkov|indirect|the talks would resume in March"}},
    {"negated_and_capitalized_forms_are_no_cues",
     "Ivan Orlov never said that the border would close. Talks between the United States and "
     "Britain went on.\n",
     {}},
    {"parenthetical_attribution",
     "The new bridge, Mayor Tom Hardy said on Monday, will open in the spring.\n",
     {"Tom Hardy|indirect|The new bridge will open in the spring"}},
    {"time_adverbial_before_bare_clause",
     "The Kremlin said on Tuesday it was not aware of any plans for new talks.\n",
     {"Kremlin|indirect|it was not aware of any plans for new talks"}},
    {"glued_complementizer",
     "Senator Anna Berg wrote on Telegramthat the vote would be held next week.\n",
     {"Anna Berg|indirect|the vote would be held next week"}},
    // "reports" after "declined to confirm" is a noun: the claim is the participle's.
    {"past_form_before_to_is_the_verb_not_the_mention",
     "Ivan Orlov declined to confirm reports that the border had closed, saying he would not "
     "speak for the army.\n",
     {"Ivan Orlov|indirect|he would not speak for the army"}},
    // A conjunction and a relative clause around the mention; "the officer" (a role word
    // with no nominal of its own) refers back to him.
    {"conjunction_relative_clause_and_role_word_reference",
     "But a senior army officer, who spoke on condition of anonymity, told the Guardian that "
     "morale was low.\n\n\"They leave because their kids keep getting ill,\" the officer said.\n",
     {"senior army officer|indirect|morale was low",
      "senior army officer|direct|They leave because their kids keep getting ill"}},
    // A transcript: unlabelled paragraphs of speech carry the turn on up to the next label;
    // a label may be a title alone.
    {"transcript_turns_carry_on",
     "Fisheries Minister Anna Berg: Thank you. Good afternoon.\n\nToday we agreed that the "
     "quotas will rise by a third next year.\n\nWe also discussed the new port and our plans "
     "for it.\n\nQ (Reuters): Will the port open in May, as we were told last week?\n\n"
     "Fisheries Minister: We hope it will open in May, but the weather decides.\n",
     {"Anna Berg|direct|Today we agreed that the quotas will rise by a third next year",
      "Anna Berg|direct|We also discussed the new port and our plans for it",
      "Anna Berg|direct|We hope it will open in May, but the weather decides"}},
    // A page titled "Briefing by <speaker>": its unlabelled paragraphs of speech are hers,
    // scare quotes and all.
    {"document_speaker_from_the_title",
     "Briefing by Fisheries Ministry Spokeswoman Anna Berg, Bergen, May 4, 2023\n\n"
     "Fishing quotas\n\nOur partners continue to talk about a \"compromise\". We know very well "
     "what this means for our fleet.\n\nQuestion: Will the port open in May?\n\n"
     "Anna Berg: We hope it will open in May, but the weather decides.\n",
     {"Anna Berg|direct|Our partners continue to talk about a \"compromise\". We know very well "
      "what this means for our fleet",
      "Anna Berg|direct|We hope it will open in May, but the weather decides"}},
    // "that" after a participle phrase set off by commas; not the "that" of a relative
    // clause's own speech verb.
    {"that_after_a_participle_phrase_not_after_a_relative_speech_verb",
     "Mayor Tom Hardy said on October 5, speaking at the harbour club in Bergen, that the port "
     "could reopen.\n\nAnna Berg also commented on the statement of Ivan Orlov, who claimed on "
     "Monday that the quotas would rise.\n",
     {"Tom Hardy|indirect|the port could reopen", "Ivan Orlov|indirect|the quotas would rise"}},
    // A clause of time after the cue; an insertion in a bare clause.
    {"clause_of_time_after_the_cue_and_an_insertion",
     "The border will reopen in spring, Mayor Tom Hardy said as he met the envoys. Anna Berg said "
     "several towns, including Bergen and Oslo, had asked for more money.\n",
     {"Tom Hardy|indirect|The border will reopen in spring",
      "Anna Berg|indirect|several towns, including Bergen and Oslo, had asked for more money"}},
    // "states" before a past form is a noun, not a speech verb.
    {"present_form_before_a_past_form_is_a_noun",
     "The ministers of the member states gathered in Bergen for a meeting that coincided with "
     "the anniversary.\n",
     {}},
    // An -ing phrase after a quotation closed with its comma is the writer's.
    {"ing_phrase_after_a_closed_quotation",
     "Anna Berg said the quota system \"has long been a fiction,\" pointing to the cuts of "
     "last year.\n",
     {"Anna Berg|mixed|the quota system \"has long been a fiction,\""}},
    // ", but insisted that <clause>": a second claim of the speaker.
    {"second_predicate_with_its_own_clause",
     "Anna Berg said the fleet was ready to sail, but insisted that other countries must also "
     "cut their catch.\n",
     {"Anna Berg|indirect|the fleet was ready to sail",
      "Anna Berg|indirect|other countries must also cut their catch"}},
    // An organisation with its acronym in brackets, and an acronym with a name after it.
    {"organisation_with_bracketed_acronym_and_acronym_with_name",
     "The strike will last five days, the British Medical Association (BMA) has announced.\n\n"
     "NHS England said the hospitals would stay open.\n",
     {"British Medical Association|indirect|The strike will last five days",
      "NHS England|indirect|the hospitals would stay open"}},
    // An acronym names the organisation named before whose initials it is.
    {"acronym_after_the_full_name",
     "The World Health Organization said on Friday the talks had failed.\n\nThe WHO said in a "
     "statement that the mandate would be extended.\n",
     {"World Health Organization|indirect|the talks had failed",
      "World Health Organization|indirect|the mandate would be extended"}},
    // "according to" after the clause, and with an appositive after the name.
    {"according_to_after_the_clause_and_with_an_appositive",
     "Fisheries Minister Anna Berg spoke on Monday.\n\nThe quotas could rise by a third next "
     "year, according to Berg.\n\nAccording to Tom Hardy, a fisheries analyst at the Baltic "
     "Institute, the outcome was disappointing.\n",
     {"Anna Berg|indirect|The quotas could rise by a third next year",
      "Tom Hardy|indirect|the outcome was disappointing"}},
    // A title with "of the" in it is the role "the Deputy Minister" refers back to.
    {"title_with_of_the",
     "Deputy Minister of Foreign Affairs of the Republic of Poland Ivan Orlov met the envoy."
     "\n\n\"We are ready to be a reliable partner for Europe,\" the Deputy Minister said.\n",
     {"Ivan Orlov|direct|We are ready to be a reliable partner for Europe"}},
    // "as stipulated by ..." belongs to the claim; "as allies pledged ..." does not.
    {"as_with_a_past_participle_stays_in_the_claim",
     "Ivan Orlov said the state would lend 1.3 billion euros, as stipulated by the treaty. Anna "
     "Berg said the port would reopen, as allies pledged more aid.\n",
     {"Ivan Orlov|indirect|the state would lend 1.3 billion euros, as stipulated by the treaty",
      "Anna Berg|indirect|the port would reopen"}},
    // A past form before "that" makes the clause start right after the cue; after a
    // preposition it does not.
    {"past_form_before_that_starts_a_bare_clause",
     "Ivan Orlov said the debate showed that the port had reopened. The ministry said in a "
     "statement released on Monday that the talks were over.\n",
     {"Ivan Orlov|indirect|the debate showed that the port had reopened",
      "?|indirect|the talks were over"}},
    // ", while <someone> <cue> that ...": the claim ends, and the other speaker's begins.
    {"while_opens_another_speakers_claim",
     "Ivan Orlov said that the port would reopen, while Anna Berg warned that the money would "
     "come too late. Tom Hardy said prices rose, while wages fell.\n",
     {"Ivan Orlov|indirect|the port would reopen",
      "Anna Berg|indirect|the money would come too late",
      "Tom Hardy|indirect|prices rose, while wages fell"}},
    // A known name with a lower-case particle, capitalized to open a sentence.
    {"particle_name_capitalized_at_sentence_start",
     "Anna Berg warned that the money would come too late.\n\nVon der Leyen is under pressure. "
     "She said the plan was ready.\n",
     {"Anna Berg|indirect|the money would come too late",
      "Ursula von der Leyen|indirect|the plan was ready"}},
    // Counted groups: the group named without its count, "one of the diplomats" is one of
    // them, "three diplomats" are a new group.
    {"counted_groups",
     "The package is stalled, two EU diplomats said. The clause is the problem, one of the "
     "diplomats said.\n\nAccording to three diplomats, the leaders argued for hours.\n",
     {"EU diplomats|indirect|The package is stalled",
      "EU diplomats|indirect|The clause is the problem",
      "three diplomats|indirect|the leaders argued for hours"}},
    // A participle after the attribution of a quote or a claim: the same speaker.
    {"participle_after_an_attribution",
     "\"It only adds tension,\" Ivan Orlov said, adding that the army would respond.\n\n"
     "The port is a vital route, Anna Berg said at a briefing, noting that trade had doubled.\n",
     {"Ivan Orlov|direct|It only adds tension", "Ivan Orlov|indirect|the army would respond",
      "Anna Berg|indirect|The port is a vital route", "Anna Berg|indirect|trade had doubled"}},
    // A day written without "on", as agencies do.
    {"day_without_on_after_the_cue",
     "The border will stay open until spring, Ivan Orlov said Friday. The ministry said Monday it "
     "was ready to talk.\n",
     {"Ivan Orlov|indirect|The border will stay open until spring",
      "?|indirect|it was ready to talk"}},
    // A speech verb glued to the next word is read as two words.
    {"cue_glued_to_the_next_word",
     "The border will stay open, Ivan Orlov saidin an interview. Anna Berg notedthat the talks "
     "would go on.\n",
     {"Ivan Orlov|indirect|The border will stay open", "Anna Berg|indirect|the talks would go on"}},
    {"name_glued_to_the_cue",
     "Deputy Prime Minister Ivan Orlov visited the port.\n\n\"We have agreed on the route and "
     "the money,\" Orlovsaid on the sidelines.\n",
     {"Ivan Orlov|direct|We have agreed on the route and the money"}},
    // Someone described, not named, goes by the description; "the diplomat" refers back
    // to "a Western diplomat", a pronoun does not.
    {"described_speaker_and_its_head_noun",
     "Ivan Orlov opened the talks on Monday.\n\n\"You cannot negotiate a treaty in three "
     "days,\" a Western diplomat said. The diplomat said the delegations had no instructions.\n\n"
     "A senior army officer said morale was low. He said the talks would fail.\n",
     {"Western diplomat|direct|You cannot negotiate a treaty in three days",
      "Western diplomat|indirect|the delegations had no instructions",
      "senior army officer|indirect|morale was low", "Ivan Orlov|indirect|the talks would fail"}},
    // A reporter of an outlet credits the outlet; it is no speaker.
    {"outlet_correspondent_is_a_source",
     "This was stated by Mayor Tom Hardy in his evening address, a Reuters correspondent "
     "reports.\n",
     {}},
    // A bare clause whose subject is a long run of titles and names.
    {"bare_clause_after_a_long_subject",
     "Spokesman Tom Hardy said Foreign Minister Ivan Orlov and Deputy Prime Minister Sheikh "
     "Anna Maria Berg Al Sani had agreed on the terms.\n",
     {"Tom Hardy|indirect|Foreign Minister Ivan Orlov and Deputy Prime Minister Sheikh Anna Maria "
      "Berg Al Sani had agreed on the terms"}},
    // The claim of a participle ends where the claim of a cue would.
    {"participle_claim_ends_before_a_second_predicate",
     "Ivan Orlov welcomed the vote, saying the treaty would make \"all of us safer,\" and urged "
     "the others to follow suit.\n",
     {"Ivan Orlov|mixed|the treaty would make \"all of us safer,\""}},
    {"participle_claim_then_adding_that",
     "Ivan Orlov welcomed the vote, saying the treaty was fair, adding that the talks would go "
     "on.\n",
     {"Ivan Orlov|indirect|the treaty was fair", "Ivan Orlov|indirect|the talks would go on"}},
    // "he" after a sentence in which Orlov spoke is Orlov, not the man named before him.
    {"pronoun_prefers_who_spoke_over_who_came_first",
     "Asked whether he feared a return of Tom Hardy, Ivan Orlov said the team would decide.\n\n"
     "\"I am not worried,\" he said.\n",
     {"Ivan Orlov|indirect|the team would decide", "Ivan Orlov|direct|I am not worried"}},
    // An insertion opened by a preposition inside a bare clause.
    {"bare_clause_with_a_prepositional_insertion",
     "Ivan Orlov said his country, together with its partners, was ready to act.\n",
     {"Ivan Orlov|indirect|his country, together with its partners, was ready to act"}},
    // A delegate speaks for the state; a pronoun refers back to the delegate. The
    // representative of an organisation is not a delegate.
    {"delegate_speaks_for_the_state",
     "The representative of the Russian Federation said that the talks had failed. \"The root "
     "cause is obvious,\" he said.\n\nJapan's representative said the crew must be released.\n\n"
     "The representative of the Foreign Ministry said the talks would go on.\n",
     {"Russian Federation|indirect|the talks had failed",
      "Russian Federation|direct|The root cause is obvious",
      "Japan|indirect|the crew must be released", "?|indirect|the talks would go on"}},
    // Meeting summaries write a speaker's name in capitals before the title; a participle
    // phrase after the title is not part of the mention.
    {"name_in_capitals_before_its_title",
     "IVAN ORLOV, Assistant Secretary-General for Political Affairs, briefing by "
     "videoconference, said that since May, the talks have stalled.\n",
     {"Ivan Orlov|indirect|since May, the talks have stalled"}},
    // A sea is no person for a pronoun to refer to.
    {"place_names_are_not_people",
     "Shipping in the Red Sea resumed on Monday.\n\n\"We are watching closely,\" she said.\n",
     {"?|direct|We are watching closely"}},
    // Signs inside a phrase: a price in a bare clause, "&" in an organisation's name
    // (whose words are no person's name).
    {"signs_inside_a_phrase",
     "The deputy minister said the $60 cap was \"a gross interference\".\n\nThe Computer & "
     "Communications Industry Association, whose members include Google, said that the rules "
     "remain vague.\n",
     {"?|mixed|the $60 cap was \"a gross interference\"",
      "Computer & Communications Industry Association|indirect|the rules remain vague"}},
    // Someone who speaks for a body named after "for": the body is the speaker, and a
    // pronoun refers back to it; the spokesman of a person is not that person.
    {"spokesperson_for_a_body",
     "A spokesman for the steelworkers' union Community said members were watching. \"We "
     "were promised a plan,\" he added.\n\nA spokesperson for the Department for Science, "
     "Innovation and Technology said the government would go on.\n\nA spokesman for President "
     "Ivan Orlov said the talks would resume.\n",
     {"Community|indirect|members were watching", "Community|direct|We were promised a plan",
      "Department for Science, Innovation and Technology|indirect|the government would go on",
      "spokesman for President Ivan Orlov|indirect|the talks would resume"}},
    // A group in the plural with no determiner is a speaker by its words, after a
    // conjunction too.
    {"plural_group_is_its_own_speaker",
     "But campaigners said the text was riddled with exemptions.\n\nCritics say the plan "
     "will fail.\n",
     {"campaigners|indirect|the text was riddled with exemptions",
      "critics|indirect|the plan will fail"}},
    {"pronoun_glued_to_the_cue",
     "Anna Berg spoke first.\n\n\"The course correction has not been secured,\" shesaid, to "
     "applause.\n",
     {"Anna Berg|direct|The course correction has not been secured"}},
    {"capitalized_pronoun_glued_to_the_cue",
     "Anna Berg spoke first.\n\nShenoted that the course correction had not been secured.\n",
     {"Anna Berg|indirect|the course correction had not been secured"}},
    // Two attributions in one line, joined by a semicolon.
    {"semicolon_between_two_speakers",
     "Ivan Orlov says the plan will fail; Anna Berg says it is the council that keeps "
     "delaying the vote.\n",
     {"Ivan Orlov|indirect|the plan will fail",
      "Anna Berg|indirect|it is the council that keeps delaying the vote"}},
    // A name in apposition to an opening nominal is the sentence's subject: a pronoun
    // after it is that person, not the last speaker.
    {"appositive_name_after_opening_nominal_is_the_subject",
     "Deputy Prime Minister Ivan Orlov said on Monday that the offer stands. \"We will not abandon "
     "them,\" Orlov said.\n\nThe leader of the breakaway region, Petr Sokol, rejected the "
     "offer. In a video address he said that the region was being blackmailed.\n",
     {"Ivan Orlov|indirect|the offer stands", "Ivan Orlov|direct|We will not abandon them",
      "Petr Sokol|indirect|the region was being blackmailed"}},
    // A long surname misspelt by one letter names the person named before: "the minister"
    // after it is that person, not the minister named more often.
    {"misspelt_surname_names_the_person_before",
     "Foreign Minister Ivan Orlovsky met Foreign Minister Anna Bergstrom. Orlovsky said the "
     "talks were useful. Orlovsky added that more talks would follow.\n\nBergstom visited the "
     "border on Monday. \"Nobody gathers tanks at a border as a gesture of friendship,\" the "
     "minister said.\n",
     {"Ivan Orlovsky|indirect|the talks were useful",
      "Ivan Orlovsky|indirect|more talks would follow",
      "Anna Bergstrom|direct|Nobody gathers tanks at a border as a gesture of friendship"}},
    // A pronoun subject of a relative clause on a place: ", where he repeated ... that".
    {"pronoun_after_where",
     "Ivan Orlov held a press conference, where he repeated the council's line that the work "
     "was proceeding \"according to plan\".\n",
     {"Ivan Orlov|mixed|the work was proceeding \"according to plan\""}},
    // ", while <others> <did something>": the writer's contrast ends the claim (the
    // speaker again, "while he admitted that ...", reports a second claim).
    {"while_others_did_something",
     "Anna Berg said the city will not tolerate endless delays, while Western delegations "
     "accused the council of stalling.\n\nIvan Orlov said the port would open, while he "
     "admitted that the road was closed.\n",
     {"Anna Berg|indirect|the city will not tolerate endless delays",
      "Ivan Orlov|indirect|the port would open", "Ivan Orlov|indirect|the road was closed"}},
    // A mission keeps where it is sent in its name.
    {"mission_to_a_body",
     "The Russian permanent mission to the OSCE said in a statement that several delegations "
     "used the session for propaganda.\n",
     {"Russian permanent mission to the OSCE|indirect|several delegations used the session for "
      "propaganda"}},
    // "believes" with a clause whose subject holds an "of" phrase.
    {"believes_a_clause_with_a_long_subject",
     "Analyst Anna Berg of the University of Lund believes the very fact of the meeting matters "
     "more than its content.\n",
     {"Anna Berg|indirect|the very fact of the meeting matters more than its content"}},
    // The interlocutor of an outlet is the source it quoted before.
    {"interlocutor_refers_back_to_the_source",
     "A source in diplomatic circles told the agency that the text has several pages.\n\n"
     "According to the interlocutor of the agency, the reply will take two weeks.\n",
     {"source in diplomatic circles|indirect|the text has several pages",
      "source in diplomatic circles|indirect|the reply will take two weeks"}},
    // "also" glued to the name before the cue.
    {"also_glued_to_the_name",
     "Deputy Secretary Anna Berg spoke first.\n\nBergalso said that the city is open to "
     "discussing limits.\n",
     {"Anna Berg|indirect|the city is open to discussing limits"}},
    // The article glued to a role noun opening the sentence.
    {"article_glued_to_the_role_noun",
     "Ambassador Ivan Orlov met the press.\n\nTheambassador also drew attention to the fact "
     "that the shipments of arms prolong the fighting.\n",
     {"Ivan Orlov|indirect|the shipments of arms prolong the fighting"}},
    {"age_refers_back_to_a_person",
     "Anna Berg won the vote.\n\nThe 45-year-old told foreign reporters earlier this month "
     "that Italy would never be the weak link.\n",
     {"Anna Berg|indirect|Italy would never be the weak link"}},
    // A description before a full name set off by commas.
    {"description_before_a_name",
     "His co-rapporteur, Dragos Tudorache, a Romanian liberal, told a press conference on "
     "Tuesday that the act was a start.\n\nReform UK's candidate, Sian Hughes, told the hustings "
     "that the targets had failed.\n",
     {"Dragos Tudorache|indirect|the act was a start",
      "Sian Hughes|indirect|the targets had failed"}},
    // "and" before a cue, with no comma, after a clause of the claim's own ends the claim;
    // with "that" the clause after it is a second claim. Without a verb before "and" the
    // words are the subject of the clause.
    {"and_before_a_cue_without_a_comma",
     "Anna Berg said her party had \"extended a hand\" to the CDU and warned that voters would "
     "punish them.\n\nIvan Orlov said \"no party will get everything\" and urged countries to "
     "close the gaps.\n\nTom Hardy said officials and diplomats warned that the talks would "
     "fail.\n",
     {"Anna Berg|mixed|her party had \"extended a hand\" to the CDU",
      "Anna Berg|indirect|voters would punish them",
      "Ivan Orlov|direct|no party will get everything",
      "Tom Hardy|indirect|officials and diplomats warned that the talks would fail"}},
    {"welsh_name_particle",
     "\"We want a plan,\" said Plaid Cymru leader Rhun ap Iorwerth, who was campaigning in "
     "Neath.\n",
     {"Rhun ap Iorwerth|direct|We want a plan"}},
    // An unnamed source described by what follows its head.
    {"source_described_by_a_postmodifier",
     "A source familiar with the matter told Interfax that the decree envisages a ban.\n\n"
     "Sources close to the presidency said a draft would be circulated.\n",
     {"source familiar with the matter|indirect|the decree envisages a ban",
      "sources close to the presidency|indirect|a draft would be circulated"}},
    // "with <speaker> saying <phrase> that": the speaker's clause, not the one before; "and"
    // with a second predicate before ", <outlet> reported" is no clause of the outlet's.
    {"with_speaker_saying_and_second_predicate",
     "The talks failed on Wednesday, with Secretary General Ivan Orlov saying after four "
     "hours of talks that the sides remained far apart.\n\nAnna Berg told journalists that "
     "no breakthrough had been achieved and blamed the other side for the lack of progress, "
     "Interfax reported.\n",
     {"Ivan Orlov|indirect|the sides remained far apart",
      "Anna Berg|indirect|no breakthrough had been achieved"}},
    // A quotation after a comma inside a reported clause is part of the clause, not a
    // quotation led in by the verb.
    {"quotation_inside_a_that_clause_after_a_comma",
     "Secretary General Ivan Orlov stated that the answer, already handed over in Brussels, "
     "\xC2\xABreflects the position of all 30 allies\xC2\xBB and there is no need for "
     "separate letters.\n",
     {"Ivan Orlov|mixed|the answer, already handed over in Brussels, \"reflects the position "
      "of all 30 allies\" and there is no need for separate letters"}},
    // "adding that" before a number; ", while <a group> <past verb>" is the writer's
    // contrast; a trailing "according to" with a relative clause and no comma, or with
    // ", although ..." after it.
    {"clause_ends_and_trailing_sources",
     "\"Paying in rubles breaks the contracts,\" spokesman Ivan Orlov told reporters, "
     "adding that 97% of the deals were in euros.\n\nSlovakia's economy ministry told Reuters it "
     "would "
     "seek a transition period, while officials in Prague asked for more time.\n\nThe visit "
     "lasted three hours, according to a senior official who briefed reporters on condition "
     "of anonymity.\n\nThe president will travel to Kyiv, according to diplomatic sources, "
     "although his office has not confirmed the trip.\n",
     {"Ivan Orlov|direct|Paying in rubles breaks the contracts",
      "Ivan Orlov|indirect|97% of the deals were in euros",
      "Slovakia's economy ministry|indirect|it would seek a transition period",
      "senior official|indirect|The visit lasted three hours",
      "diplomatic sources|indirect|The president will travel to Kyiv"}},
    // A person described and then named is a person: "he" after it is that person.
    {"person_described_then_named",
     "Mayor Ivan Orlov said the town was devastated.\n\nA local resident named Vasyl, 63, "
     "said soldiers had lived in the house for weeks. \"They shot at anyone who moved in the "
     "street,\" he said.\n",
     {"Ivan Orlov|indirect|the town was devastated",
      "Vasyl|indirect|soldiers had lived in the house for weeks",
      "Vasyl|direct|They shot at anyone who moved in the street"}},
    // A side named by its adjective stands for its state; "at the meeting" after a
    // subject tells where it spoke.
    {"side_of_a_state_at_a_meeting",
     "The Ukrainian side at the meeting repeated that grain is being stolen.\n\nThe Russian "
     "side said that the talks were useful.\n",
     {"Ukraine|indirect|grain is being stolen", "Russia|indirect|the talks were useful"}},
    // A name in apposition inside an opening participle phrase is no antecedent of the
    // pronoun after it.
    {"name_inside_an_opening_participle_phrase",
     "Ukraine's president, Volodymyr Zelensky, called on partners to act now.\n\nSpeaking at "
     "a press conference with the Estonian president, Alar Karis, he said:\n\nWe do not need "
     "promises of sanctions after the tanks have crossed. We need them now.\n",
     {"Volodymyr Zelensky|direct|We do not need promises of sanctions after the tanks have "
      "crossed. We need them now"}},
    // The source an outlet cites at the sentence's end; "According to him," before a
    // report of someone else's words keeps all of it his.
    {"cited_at_the_end_and_according_to_him",
     "The talks on gas supplies stalled on Monday, Bloomberg reported, citing sources familiar "
     "with the talks.\n\nDeputy Minister Ivan Orlov met the envoys. According to him, the "
     "Russian side explained to its counterparts that the demands were not for bargaining.\n",
     {"sources familiar with the talks|indirect|The talks on gas supplies stalled on Monday",
      "Ivan Orlov|indirect|the Russian side explained to its counterparts that the demands were "
      "not for bargaining"}},
    // A channel named in an interview phrase is no person "he" could refer to.
    {"channel_is_no_antecedent",
     "Ivan Orlov led the delegation.\n\nOrlov returned on Tuesday. Earlier, in an interview "
     "with the Rossiya-24 TV channel, he said that the round was constructive.\n",
     {"Ivan Orlov|indirect|the round was constructive"}},
    // "according to a <body> report" is the body's; "In her estimate," opens her claim.
    {"body_report_and_estimate",
     "The program is running a year behind schedule, according to a Government "
     "Accountability Office report released Tuesday.\n\nAnalyst Anna Berg believes the "
     "downturn will last. In her estimate, steel consumption will fall by 5% this year.\n",
     {"Government Accountability Office|indirect|The program is running a year behind schedule",
      "Anna Berg|indirect|the downturn will last",
      "Anna Berg|indirect|steel consumption will fall by 5% this year"}},
    // ", as <a subject of its own> <past verb>" is the writer's context, not the claim's.
    {"as_clause_of_the_writer",
     "Health chief Anna Berg has warned that uptake of the vaccine is not where it needs to "
     "be, as a second confirmed case of measles was reported in the east.\n",
     {"Anna Berg|indirect|uptake of the vaccine is not where it needs to be"}},
    // Key quotes as a list: a bullet opens no text; a quotation signed after a dash.
    {"bulleted_and_signed_quotes",
     "\xE2\x80\xA2 According to Chancellor Ivan Orlov, an embargo on gas is not possible "
     "for his country.\n\n\xE2\x80\xA2 \"We have heard the call, and today we opened a "
     "door.\" \xE2\x80\x94 Anna Berg, President of the Council\n\n\"Europe has to become "
     "more sovereign in its defence, and this war has only made it more urgent.\" - Petr "
     "Sokol\n",
     {"Ivan Orlov|indirect|an embargo on gas is not possible for his country",
      "Anna Berg|direct|We have heard the call, and today we opened a door",
      "Petr Sokol|direct|Europe has to become more sovereign in its defence, and this war has "
      "only made it more urgent"}},
    // An adverb between the auxiliary and the verb; "was quoted as saying".
    {"adverb_after_auxiliary_and_quoted_as_saying",
     "Ivan Orlov has just told reporters in Berlin that the pipeline is halted.\n\n\"Every "
     "step will receive an answer,\" Anna Berg was quoted as saying.\n",
     {"Ivan Orlov|indirect|the pipeline is halted",
      "Anna Berg|direct|Every step will receive an answer"}},
    // "As X put it, ...": the clause after it is X's; a clause that is one quotation is
    // direct, and "one of" stays in the description.
    {"as_someone_put_it",
     "As Ivan Orlov noted at the briefing, the West has run out of arguments.\n\nAs one of "
     "the sources in the industry put it, \"Everyone is earning now, but nobody knows what "
     "comes next.\"\n\nAccording to Anna Berg, \"The contract will not survive the winter.\"\n",
     {"Ivan Orlov|indirect|the West has run out of arguments",
      "one of the sources in the industry|direct|Everyone is earning now, but nobody knows "
      "what comes next",
      "Anna Berg|direct|The contract will not survive the winter"}},
    // Or by a participle phrase that tells who they are (not how they spoke); "the
    // diplomat" refers back by the head.
    {"source_described_by_a_participle",
     "A group representing residents of the complex said in a statement that it would sue.\n\n"
     "A Western diplomat involved in the talks told reporters that mediators wanted a pause. "
     "\"Both sides set conditions,\" the diplomat said.\n\nAccording to a senior official "
     "briefing reporters on condition of anonymity, the aid would run out.\n",
     {"group representing residents of the complex|indirect|it would sue",
      "Western diplomat involved in the talks|indirect|mediators wanted a pause",
      "Western diplomat involved in the talks|direct|Both sides set conditions",
      "senior official|indirect|the aid would run out"}},
    {"according_to_with_a_relative_clause",
     "According to a senior official in the party, who asked not to be named because talks "
     "have not started, the government could be sworn in by October.\n",
     {"senior official in the party|indirect|the government could be sworn in by October"}},
    // A claim reported in a transcript's question has its own speaker.
    {"claims_reported_in_a_question",
     "Bloomberg: The European Commission said yesterday that it remains open to talks. Does "
     "China agree?\n\nReuters: According to Philippine officials, a coast guard vessel used a "
     "water cannon on Monday. Can you confirm this?\n",
     {"European Commission|indirect|it remains open to talks",
      "Philippine officials|indirect|a coast guard vessel used a water cannon on Monday"}},
    // A surname alone labels a turn when the page named the person in full before.
    {"surname_label_after_the_full_name",
     "Anna Berg spoke to us about the talks.\n\nQ: Are the sanctions working?\n\nBerg: They "
     "work slowly, and that is why we must keep going.\n\nQ: Is Europe sidelined?\n\nHardy: "
     "Nobody sidelines us at all.\n",
     {"Anna Berg|direct|They work slowly, and that is why we must keep going"}},
    // A prepositional phrase between the cue and a bare clause.
    {"prepositional_phrase_before_a_bare_clause",
     "The Commission said in a statement the mechanism would apply for one year.\n\nIvan Orlov "
     "said on Twitter the Commission had failed.\n",
     {"?|indirect|the mechanism would apply for one year",
      "Ivan Orlov|indirect|the Commission had failed"}},
    // Two particles inside a name, in a subject and before a participle.
    {"two_particles_inside_a_name",
     "Anna von der Berg congratulated the winner, saying she looked forward to working with "
     "him.\n\nTom van der Lee, the MP who chaired the inquiry, said at the time that the state "
     "owed a debt.\n",
     {"Anna von der Berg|indirect|she looked forward to working with him",
      "Tom van der Lee|indirect|the state owed a debt"}},
    {"cue_glued_to_the_pronoun_after_it",
     "Party co-leader Tom Hardy, the candidate for chancellor, saidhe would not seek a leading "
     "position.\n",
     {"Tom Hardy|indirect|he would not seek a leading position"}},
    // A quote shorter than min_direct_words, closed with a comma and attributed after it;
    // not the first half of a split quote, nor a fragment in running text.
    {"short_quote_attributed_after_it",
     "\"It's a joke,\" one EU diplomat said.\n\n\"This package,\" Ivan Orlov said, \"targets the "
     "revenue of the war machine.\"\n\nHe called it \"a joke\" again.\n",
     {"EU diplomat|direct|It's a joke",
      "Ivan Orlov|direct|targets the revenue of the war machine"}},
    {"relative_clause_with_whom",
     "Stephen Miran, whom the president nominated last month, has argued that the bank should "
     "answer to the president.\n",
     {"Stephen Miran|indirect|the bank should answer to the president"}},
    // "It" refers back to an organisation; a passive has no speaker.
    {"it_refers_back_to_an_organisation",
     "The Bank of Korea said rates would stay. It said that inflation would hover around the "
     "target.\n\nIt was said that the plan would fail.\n",
     {"Bank of Korea|indirect|rates would stay",
      "Bank of Korea|indirect|inflation would hover around the target"}},
    {"abbreviated_title_after_a_quote",
     "\"Uncertainties have grown considerably,\" Gov. Rhee Chang-yong told a press "
     "conference.\n",
     {"Rhee Chang-yong|direct|Uncertainties have grown considerably"}},
    // A known person inside the appositive of a full name is not the speaker.
    {"known_person_inside_an_appositive",
     "Delegation head Ivan Medinsky, an aide to President Vladimir Putin, told reporters that "
     "Moscow was satisfied.\n",
     {"Ivan Medinsky|indirect|Moscow was satisfied"}},
    // Capitals outside Latin-1: "Šefčovič", "Łukasz", "Ștefan".
    {"capitals_of_latin_extended_names",
     "Trade Commissioner Tomáš Čermák said:\n\n\"This is the largest trade agreement the EU "
     "has ever concluded.\"\n\nŁukasz Nowak said the talks would go on.\n",
     {"Tomáš Čermák|direct|This is the largest trade agreement the EU has ever concluded",
      "Łukasz Nowak|indirect|the talks would go on"}},
    {"prepositional_phrase_before_a_pronoun_clause",
     "Mitsui said in a statement it was \"examining the details\" and would comply.\n",
     {"Mitsui|mixed|it was \"examining the details\" and would comply"}},
    // A label in capitals after an honorific goes by the full name written before it.
    {"label_in_capitals",
     "Anna Berg, Department Spokesperson\n\nMR BERG: We expect the talks to go forward on "
     "Thursday and we will be there.\n",
     {"Anna Berg|direct|We expect the talks to go forward on Thursday and we will be there"}},
    {"role_noun_glued_to_the_cue",
     "Interior Minister Ivan Orlov was defiant. \"We will appeal to the highest court,\" the "
     "ministersaid.\n",
     {"Ivan Orlov|direct|We will appeal to the highest court"}},
    // "As per X,"; the source inside a report of it; a name completing an organisation's.
    {"as_per_and_the_source_of_a_report",
     "As per WHO, 99,176 cases have been reported from 116 countries.\n\nAccording to the "
     "assessment of the National Centre for Disease Control (NCDC), the risk is currently low.\n",
     {"WHO|indirect|99,176 cases have been reported from 116 countries",
      "National Centre for Disease Control|indirect|the risk is currently low"}},
    // A determiner, a noun and a present-tense verb open a bare clause.
    {"bare_clause_with_a_present_tense_verb",
     "Analysts say the split weakens both sides.\n",
     {"analysts|indirect|the split weakens both sides"}},
    // A bare plural group after the claim: "..., officials said."
    {"bare_plural_group_after_the_claim",
     "Prices climbed after India, the biggest exporter, halted shipments, traders said.\n",
     {"traders|indirect|Prices climbed after India, the biggest exporter, halted shipments"}},
    // A one-word name after a lower-case descriptor is an organisation; a capital opening
    // the sentence before a descriptor is no surname.
    {"descriptor_before_a_one_word_name",
     "Tour operator TUI said it had canceled all flights through Tuesday.\n\nDanish shipping "
     "giant Maersk said in an advisory that its vessels would be diverted.\n",
     {"TUI|indirect|it had canceled all flights through Tuesday",
      "Maersk|indirect|its vessels would be diverted"}},
    {"relative_clause_inside_a_bare_clause",
     "Anna Berg said the instrument, which will study radon gas, was \"the fruit of years of "
     "cooperation\".\n",
     {"Anna Berg|mixed|the instrument, which will study radon gas, was \"the fruit of years of "
      "cooperation\""}},
    {"long_lead_in_before_a_quote_paragraph",
     "Dr Anna Berg, the other co-chair of the committee, said in a statement released as the "
     "strike began:\n\n\"Junior doctors have not taken this decision lightly. We have seen our pay "
     "cut.\"\n",
     {"Anna Berg|direct|Junior doctors have not taken this decision lightly. We have seen our "
      "pay cut"}},
    // A described source goes by its head noun for a nominal that refers back to it.
    {"described_source_referred_to_by_its_head",
     "One Singapore-based trader with an international trading house said exporters had "
     "raised their offers.\n\n\"Some sellers are even cancelling old contracts,\" the trader "
     "said.\n",
     {"Singapore-based trader with an international trading house|indirect|exporters had raised "
      "their offers",
      "Singapore-based trader with an international trading house|direct|Some sellers are even "
      "cancelling old contracts"}},
    // A hyphenated surname in capitals keeps its capitals after the hyphen.
    {"hyphenated_label_in_capitals",
     "Karine Jean-Pierre, Press Secretary\n\nMS JEAN-PIERRE: We expect the talks to go forward "
     "on Thursday and we will be there.\n",
     {"Karine Jean-Pierre|direct|We expect the talks to go forward on Thursday and we will be "
      "there"}},
    // "but" before a cue, with no comma, ends the claim as "and" does; with "that" the
    // clause after it is a second claim.
    {"but_before_a_cue_without_a_comma",
     "Anna Berg said the tone of the talks had been \"constructive\" but cautioned that the deal "
     "still had to be implemented.\n",
     {"Anna Berg|mixed|the tone of the talks had been \"constructive\"",
      "Anna Berg|indirect|the deal still had to be implemented"}},
    {"cue_before_against_is_no_claim",
     "The delegate of Peru warned against \"politicized\" approaches to the matter.\n\nIvan Orlov "
     "cautioned against \"hasty\" steps by the council.\n",
     {}},
    // A bare clause may open with a number, or with "about" before one.
    {"bare_clause_opening_with_a_number",
     "Ivan Orlov said about 19,000 people had been moved.\n\nAnna Berg said 300 homes were "
     "destroyed.\n",
     {"Ivan Orlov|indirect|about 19,000 people had been moved",
      "Anna Berg|indirect|300 homes were destroyed"}},
    // "affirmed" is a cue. A past form and "that" make no speaker's phrase: nothing is
    // attributed to "the Secretary of State believed that the deal ...".
    {"affirmed_and_a_clause_in_a_mention",
     "During the call, the US Secretary of State affirmed that the deal could not have been "
     "concluded without Qatar.\n\nDuring the call, the Secretary of State believed that the "
     "deal could not have been concluded.\n",
     {"Antony Blinken|indirect|the deal could not have been concluded without Qatar"}},
    // A phrase in -ing after a parenthetical attribution is the writer's, not the claim's.
    {"ing_phrase_after_a_parenthetical_attribution",
     "India is also considering further curbs on exports of rice, Bloomberg reported, citing "
     "people familiar with the matter.\n",
     {"people familiar with the matter|indirect|India is also considering further curbs on exports "
      "of "
      "rice"}},
    // "<source> quoted <speaker> as saying (telling <audience>) that ...": the speaker is
    // the one quoted, and the mention and role are theirs alone.
    {"quoted_as_saying",
     "Iranian state media quoted Ebrahim Raisi as telling Grossi that the agency should avoid "
     "being influenced by politics.\n\nXinhua quoted commerce minister Wang Wentao as saying "
     "that the door to dialogue was open.\n",
     {"Ebrahim Raisi|indirect|the agency should avoid being influenced by politics",
      "Wang Wentao|indirect|the door to dialogue was open"}},
    // A nationality refers back to the person last named, as an age does.
    {"nationality_refers_back",
     "Captain Virgil van Dijk spoke after training. \"It was a shock in the dressing room, "
     "nobody saw it coming,\" the Dutchman said.\n",
     {"Virgil van Dijk|direct|It was a shock in the dressing room, nobody saw it coming"}},
    // Between a turn and the next label, a paragraph that does not read as speech goes on
    // with the turn; after the last turn it does not.
    {"transcript_turn_goes_on_to_the_next_label",
     "Reuters: What is your comment on the discharge?\n\nAnna Berg: The government strongly "
     "opposes the discharge of the water.\n\nThe ocean is the shared property of all humankind "
     "and no country may treat it as a sewer.\n\nBloomberg: Will the ministry act?\n\nAnna Berg: "
     "The ministry will take all necessary measures to protect the coast.\n\nThe briefing ended "
     "after an hour of "
     "questions.\n",
     {"Anna Berg|direct|The government strongly opposes the discharge of the water",
      "Anna Berg|direct|The ocean is the shared property of all humankind and no country may "
      "treat it as a sewer",
      "Anna Berg|direct|The ministry will take all necessary measures to protect the coast"}},
    // Groups named by a capitalized modifier and a plural head; "the club" as a speaker; a
    // four-letter past form in a bare clause.
    {"groups_clubs_and_short_past_forms",
     "In a joint statement, the G7 leaders said they would raise the costs of the war.\n\n"
     "Ivan Orlov will leave at the end of the season, the club has announced.\n\nAnna Berg said "
     "Europe owed Ukraine its support.\n",
     {"G7 leaders|indirect|they would raise the costs of the war",
      "?|indirect|Ivan Orlov will leave at the end of the season",
      "Anna Berg|indirect|Europe owed Ukraine its support"}},
    // A relative clause of place after an introductory phrase; "ruled" for a court; a
    // quote attributed with a manner of speaking.
    {"where_clause_ruled_and_manner_cues",
     "Speaking at the airport, where paratroopers landed, Anna Meloni said Europe owed Ukraine "
     "its support.\n\nThe court ruled that states cannot keep candidates off the ballot.\n\n"
     "Anna Berg spoke. \"I'll believe it when it's still like this in February,\" she laughed.\n",
     {"Anna Meloni|indirect|Europe owed Ukraine its support",
      "?|indirect|states cannot keep candidates off the ballot",
      "Anna Berg|direct|I'll believe it when it's still like this in February"}},
    // A name after a title and before a description set off by a comma.
    {"name_between_a_title_and_a_description",
     "Colorado Secretary of State Jena Griswold, a Democrat, said she was disappointed by the "
     "decision. She said that it left states without the ability to act.\n",
     {"Jena Griswold|indirect|she was disappointed by the decision",
      "Jena Griswold|indirect|it left states without the ability to act"}},
    // Competitions are no persons; a league may speak.
    {"competitions_are_no_persons",
     "Ivan Orlov spoke on Friday. The team are in the Carabao Cup final against Chelsea. \"We "
     "will go for everything we can this season,\" he said.\n\nThe Arab League said the talks "
     "would resume next week.\n",
     {"Ivan Orlov|direct|We will go for everything we can this season",
      "Arab League|indirect|the talks would resume next week"}},
    // A paragraph with no quotation marks under "<attribution>:" is the speaker's; the
    // participle phrase before that attribution is no claim. A gerund subject is a clause.
    {"lead_in_to_an_unquoted_paragraph",
     "Ursula von der Leyen arrived in Kyiv by train.\n\nWriting on X, she said:\n\nTwo years on, "
     "I am in Kyiv to honour the resistance of the Ukrainian people.\n\nRising prices hurt "
     "families across the region, Anna Berg said.\n",
     {"Ursula von der Leyen|direct|Two years on, I am in Kyiv to honour the resistance of the "
      "Ukrainian people",
      "Anna Berg|indirect|Rising prices hurt families across the region"}},
    // ", adding to ..." is no speech; a site's privacy notice is no speaker's label.
    {"adding_to_and_a_privacy_notice",
     "Ivan Orlov has signed security agreements with Italy and Canada, adding to similar deals "
     "struck with the UK earlier this year.\n\nPrivacy Notice: Newsletters may contain info about "
     "charities, online ads, and content funded by outside parties.\n",
     {}},
    // An honorific glued to a surname.
    {"honorific_glued_to_a_surname",
     "Lawyer Prashant Bhushan argued the case. MrBhushan said voters would now know who funds "
     "which party.\n",
     {"Prashant Bhushan|indirect|voters would now know who funds which party"}},
    // A clause of contrast opens a new subject; a participle with its agent inside a bare
    // clause.
    {"while_clause_subject_and_led_by_insertion",
     "The council ratified Ivan Orlov as the winner, while the opposition insisted that its "
     "candidate had won.\n\nIvan Orlov, speaking at the palace, said the opposition, led by Anna "
     "Berg, was \"preparing violence\".\n",
     {"?|indirect|its candidate had won",
      "Ivan Orlov|mixed|the opposition, led by Anna Berg, was \"preparing violence\""}},
    // A known speaker's surname after another first name is someone else's.
    {"surname_of_a_known_speaker_after_another_first_name",
     "Anna Meloni said the talks had failed.\n\nPrime Minister Meloni said the talks would "
     "resume.\n",
     {"Anna Meloni|indirect|the talks had failed",
      "Giorgia Meloni|indirect|the talks would resume"}},
    // A subject pronoun right before the cue is the subject, after an introductory phrase
    // and an appositive.
    {"pronoun_subject_after_an_appositive",
     "Jenni Hermoso responded hours later. In a statement issued through Futpro, the players' "
     "union, she said the kiss had not been consensual.\n",
     {"Jenni Hermoso|indirect|the kiss had not been consensual"}},
    // Introductory phrases of place and time; a constituency in brackets; a restrictive
    // relative clause; an indefinite description whose capitalized words qualify its role.
    {"intro_phrases_brackets_and_descriptions",
     "Among the ten measures outlined, Luis Caputo said the government would cut energy "
     "subsidies.\n\nFour years into the war, the EU's top diplomat said Europe must not ease "
     "the pressure.\n\nChairman Kuria Kimani (Molo) said the committee had listened to "
     "Kenyans.\n\nA Kenya Kwanza MP who voted for the Bill told the Star that several members "
     "had come under pressure.\n\nThe Law Society of Kenya said in a statement that at least "
     "210 people had been detained.\n",
     {"Luis Caputo|indirect|the government would cut energy subsidies",
      "?|indirect|Europe must not ease the pressure",
      "Kuria Kimani|indirect|the committee had listened to Kenyans",
      "Kenya Kwanza MP|indirect|several members had come under pressure",
      "Law Society of Kenya|indirect|at least 210 people had been detained"}},
    // "held" for a judge, a title of the judiciary.
    {"judge_held",
     "\"This court cannot extend time that is fixed by the Constitution,\" Justice John Okoro "
     "held.\n",
     {"John Okoro|direct|This court cannot extend time that is fixed by the Constitution"}},
    // An interviewer's question is no claim; the answer is.
    {"interviewer_question_is_no_claim",
     "Kiran Bhatt: Lena, let's start with the basics. What actually happened on Friday "
     "morning?\n\nLena Ortiz: A faulty update crashed millions of machines within an hour of its "
     "release.\n",
     {"Lena Ortiz|direct|A faulty update crashed millions of machines within an hour of its "
      "release"}},
    // An acknowledgement of Country at the foot of a page is no claim.
    {"acknowledgement_of_country",
     "ABC acknowledges Aboriginal and Torres Strait Islander peoples as the First Australians "
     "and Traditional Custodians of the lands where we live.\n",
     {}},
    // The acronym of an office before a name is a title, by which the person is referred to.
    {"acronym_of_an_office",
     "CEC Rajiv Kumar said the vote was fair.\n\nResponding to the allegation, the CEC said "
     "nobody could influence the returning officers.\n",
     {"Rajiv Kumar|indirect|the vote was fair",
      "Rajiv Kumar|indirect|nobody could influence the returning officers"}},
    // An acronym in brackets inside a bare clause.
    {"bracketed_acronym_in_a_bare_clause",
     "To cushion the blow, Luis Caputo said the Universal Child Allowance (AUH) would be "
     "doubled.\n",
     {"Luis Caputo|indirect|the Universal Child Allowance (AUH) would be doubled"}},
    // A first name inside a run of capitalized words after "for" opens the name.
    {"first_name_after_a_title_complement",
     "Federal Minister for Climate Change Sherry Rehman said on Monday that a third of the "
     "country was under water.\n",
     {"Sherry Rehman|indirect|a third of the country was under water"}},
    // The source of the report after the claim is not part of it.
    {"trailing_according_to_the_source",
     "Mira Holt told the envoy that the two sides had made progress, according to state "
     "television.\n",
     {"Mira Holt|indirect|the two sides had made progress"}},
    // "formerly X" after an introductory phrase; the paragraph under the colon is the
    // post, and the phrase before the subject is no claim.
    {"lead_in_with_a_renamed_platform",
     "Outgoing President Tom Varga congratulated the winner. In a message posted on X, "
     "formerly Twitter, Varga wrote:\n\nI salute the smooth running of the election and "
     "congratulate the winner.\n",
     {"Tom Varga|direct|I salute the smooth running of the election and congratulate the "
      "winner"}},
    {"lead_in_after_a_prepositional_phrase",
     "Mayor Tom Varga spoke after the vote.\n\nIn a statement released shortly after the "
     "ruling, the mayor said:\n\nThis was not the outcome we wanted, but we will comply with "
     "the ruling.\n",
     {"Tom Varga|direct|This was not the outcome we wanted, but we will comply with the "
      "ruling"}},
    // A place and a dash open wire copy: the dateline is not part of the claim.
    {"dateline_place_and_dash",
     "BRUSSELS - The bloc will not meet its pledge by spring, Defense Minister Ana Ruiz "
     "conceded on Tuesday.\n",
     {"Ana Ruiz|indirect|The bloc will not meet its pledge by spring"}},
    // A newsletter sign-up line between an attribution line ending in a colon and the
    // paragraph it introduces.
    {"newsletter_line_is_no_quote",
     "Mayor Tom Varga spoke after the vote.\n\nSign up to First Edition, our free daily "
     "newsletter - every weekday morning at 7am\n\nIn a statement, the mayor said:\n\nThis was "
     "not the outcome we wanted, but we will comply with the ruling.\n",
     {"Tom Varga|direct|This was not the outcome we wanted, but we will comply with the "
      "ruling"}},
    // A particle of two letters with an accent is part of the name, not an acronym.
    {"accented_particle_in_a_name",
     "Union leader Mary Ní Bhriain said the figures were a wake-up call for the government.\n",
     {"Mary Ní Bhriain|indirect|the figures were a wake-up call for the government"}},
    // A title, a name in the possessive and a head: the office named after the person.
    {"office_of_a_titled_person",
     "French President Anne Roux's office said Paris looked forward to working with the new "
     "president.\n",
     {"Anne Roux's office|indirect|Paris looked forward to working with the new president"}},
    // Words joined by "and" inside an organisation's name; "the union" refers back to it.
    {"org_name_with_and_and_a_back_reference",
     "A record 931 patients were waiting on trolleys this morning, according to the Northern "
     "Nurses and Midwives Organisation.\n\nThe union said it was the highest number since "
     "2006.\n",
     {"Northern Nurses and Midwives Organisation|indirect|A record 931 patients were waiting on "
      "trolleys this morning",
      "Northern Nurses and Midwives Organisation|indirect|it was the highest number since "
      "2006"}},
    // "The company" refers back to the organisation last named.
    {"company_refers_back_to_the_organisation",
     "The state hydropower company Voltaris said in a statement that the plant had been "
     "destroyed. The company said the water level in the reservoir was falling rapidly.\n",
     {"Voltaris|indirect|the plant had been destroyed",
      "Voltaris|indirect|the water level in the reservoir was falling rapidly"}},
    // A surname after lower-case descriptors is the person named before, not a company.
    {"described_surname_of_a_person_named_before",
     "The federation sacked head coach Tom Varga on Tuesday.\n\nSpeaking after the match, a "
     "visibly dejected Varga said he accepted responsibility. \"I take full responsibility,\" "
     "the 65-year-old said.\n",
     {"Tom Varga|indirect|he accepted responsibility",
      "Tom Varga|direct|I take full responsibility"}},
    // An embedded post signed on the line below it is its author's.
    {"embedded_post_and_its_signature",
     "Foreign Minister Ivan Orlov accused Moscow of an ecological crime.\n\nThey blew up the "
     "dam, committing probably the largest disaster in decades.\n\xE2\x80\x94 Ivan Orlov "
     "(@IvanOrlov) June 6, 2023\n",
     {"Ivan Orlov|direct|They blew up the dam, committing probably the largest disaster in "
      "decades"}},
    // "The statement" speaks for the organisation that issued it.
    {"statement_speaks_for_its_issuer",
     "The Northern Rail Company said in a statement that fares would rise.\n\n\"We expect a "
     "difficult winter for the whole network,\" the statement said.\n",
     {"Northern Rail Company|indirect|fares would rise",
      "Northern Rail Company|direct|We expect a difficult winter for the whole network"}},
    // A clause of the writer's after a parenthetical attribution is not part of the claim.
    {"writers_clause_after_a_parenthetical_attribution",
     "The bloc will not meet its pledge by spring, Defense Minister Ana Ruiz conceded on "
     "Tuesday, as capitals scramble to explain why their factories cannot keep up.\n",
     {"Ana Ruiz|indirect|The bloc will not meet its pledge by spring"}},
    // ", calling it ..." characterises the reported clause and is not part of it.
    {"characterising_participle_ends_the_claim",
     "Kremlin spokesman Ivan Orlov told journalists that the dam had been destroyed by the "
     "other side, calling it \"deliberate sabotage\".\n",
     {"Ivan Orlov|indirect|the dam had been destroyed by the other side"}},
    // "<speaker> called <something> "<words>"": a mixed claim; not "called on" someone, nor
    // words that go on after the quotation.
    {"characterising_verb_with_quoted_words",
     "On Tuesday, Kremlin spokesman Ivan Orlov called the decision \"an encroachment on our "
     "security.\"\n\nAnna Berg called on the Europeans to \"be patient\".\n\nShe called it "
     "\"work on de-escalation\" of the situation.\n\nSecretary-General Tom Varga called the "
     "attack \"a devastating consequence of the war,\" according to his spokesperson.\n",
     {"Ivan Orlov|mixed|the decision \"an encroachment on our security.\"",
      "Tom Varga|mixed|the attack \"a devastating consequence of the war,\""}},
    // A known speaker's main role lets a nominal refer to them.
    {"known_speaker_role_for_a_nominal",
     "Rishi Sunak said the ruling was a blow.\n\nIn a statement released later, the prime "
     "minister said:\n\nThis was not the outcome we wanted, but we remain committed.\n",
     {"Rishi Sunak|indirect|the ruling was a blow",
      "Rishi Sunak|direct|This was not the outcome we wanted, but we remain committed"}},
    // A quotation after "adding that" is the speaker's words.
    {"quoted_clause_after_adding_that",
     "\"The two sides have made progress. This is very good,\" Ivan Orlov said, adding that "
     "\"interactions between states should be based on mutual respect.\"\n",
     {"Ivan Orlov|direct|The two sides have made progress. This is very good",
      "Ivan Orlov|direct|interactions between states should be based on mutual respect"}},
    // A phrase of the writer's after the attribution holds no "that" of the cue; one set
    // off by commas may stand between the cue and its "that".
    {"writers_phrase_after_the_cue_and_a_relative_that",
     "Russian forces blew up the dam in occupied Nova Kakhovka on June 6, Ukraine's Southern "
     "Operational Command reported, unleashing a flood that forced the evacuation of "
     "thousands.\n\nAgency head Ivan Orlov "
     "said on Wednesday, opening the board meeting, that the situation remained fragile.\n",
     {"Ukraine's Southern Operational Command|indirect|Russian forces blew up the dam in "
      "occupied Nova Kakhovka on June 6",
      "Ivan Orlov|indirect|the situation remained fragile"}},
    // A surname alone names again the person named in full before: the subject of its
    // sentence is the most recent person for a pronoun.
    {"surname_alone_is_named_again",
     "President-elect Tom Varga met the press on Monday. Opposition leader Kemal Ruiz "
     "congratulated him.\n\nVarga promised to govern with humility. He said the country would "
     "remain a reliable ally.\n",
     {"Tom Varga|indirect|the country would remain a reliable ally"}},
    // "promised to <verb>": an infinitive after the cue, so the phrase before the subject
    // is no claim.
    {"infinitive_after_the_cue",
     "In his first speech since the vote, delivered at a hotel in the capital, Tom Varga "
     "promised to govern with humility.\n\nThe talks had failed, the minister said to his "
     "colleagues.\n",
     {"?|indirect|The talks had failed"}},
    // "so that" says what for and reports no clause.
    {"so_that_reports_no_clause",
     "At the headquarters, Secretary General Ivan Orlov urged allies to sign long-term "
     "contracts so that industry could invest in new production lines.\n",
     {}},
    // A body named by its function, with no one named before, goes by those words; the
    // bare head refers back to it.
    {"body_named_by_its_function",
     "In a statement issued late on Tuesday, the foreign ministry said the country would keep "
     "notifying its neighbours of test launches.\n\nThe ministry said the talks were over.\n",
     {"foreign ministry|indirect|the country would keep notifying its neighbours of test "
      "launches",
      "foreign ministry|indirect|the talks were over"}},
    // An acronym of a title refers to the person named with the title in full.
    {"acronym_of_a_title_written_in_full",
     "Chief Election Commissioner Rajan Mehta fielded questions on turnout.\n\nResponding to the "
     "allegation, the CEC said nobody could influence the returning officers.\n",
     {"Rajan Mehta|indirect|nobody could influence the returning officers"}},
    // A surname ending as Slavic female surnames do, after a vowel, tells no gender.
    {"surname_ending_after_a_vowel_tells_no_gender",
     "Health chief Tom Varga said the decision was taken after careful review.\n\nThe chair of "
     "the committee, Dimie Ogoina, said the upsurge was an emergency.\n\n\"It is time to act "
     "decisively to prevent history from repeating itself,\" he said.\n",
     {"Tom Varga|indirect|the decision was taken after careful review",
      "Dimie Ogoina|indirect|the upsurge was an emergency",
      "Dimie Ogoina|direct|It is time to act decisively to prevent history from repeating "
      "itself"}},
    // An organisation named in full in passing; "the Commission", "the court" refer to it.
    {"organisation_named_in_passing_and_referred_to",
     "The Northern Trade Commission proposed the rules in 2021.\n\nAccording to the Commission, "
     "a dedicated office will oversee the largest platforms.\n\nThe Regional Court of Appeal "
     "heard the case on Monday. The court said its ruling would follow in May.\n",
     {"Northern Trade Commission|indirect|a dedicated office will oversee the largest platforms",
      "Regional Court of Appeal|indirect|its ruling would follow in May"}},
    // Abbreviated titles and initials with their dots; "the governor" refers to someone
    // titled "Gov."; a generational suffix is no surname.
    {"abbreviated_titles_initials_and_suffixes",
     "Gov. Tom Varga said the state would not stop searching.\n\n\"We made a promise to these "
     "families,\" the governor said.\n\nCol. Roland L. Butler Jr. said divers could not reach "
     "the wreck.\n\n\"We have exhausted all search efforts,\" Butler said.\n",
     {"Tom Varga|indirect|the state would not stop searching",
      "Tom Varga|direct|We made a promise to these families",
      "Roland L Butler Jr|indirect|divers could not reach the wreck",
      "Roland L Butler Jr|direct|We have exhausted all search efforts"}},
    // An age and a nationality refer back to the person last named.
    {"age_and_nationality",
     "Alliance chief Tom Varga spoke in the capital.\n\nThe 64-year-old Norwegian added: "
     "\"The country is closer to the alliance than ever before.\"\n",
     {"Tom Varga|direct|The country is closer to the alliance than ever before"}},
    // A clause of time before the subject of "..., saying ...".
    {"time_clause_before_the_subject_of_a_participle",
     "Hours before leaders gathered in the capital, Tom Varga posted a furious message, saying "
     "there appeared to be no readiness to invite the country.\n",
     {"Tom Varga|indirect|there appeared to be no readiness to invite the country"}},
    // A capital speaking for its state is the state.
    {"capital_speaks_for_its_state",
     "Moscow said the deal would not be extended.\n",
     {"Russia|indirect|the deal would not be extended"}},
    // A second predicate of the speaker ends the claim: "and" with a verb of
    // second_predicates, ", but he" or ", though she" with one or with a speech verb.
    {"and_or_but_he_with_a_second_predicate_ends_the_claim",
     "Councillor Tom Varga said the harbour had become \"a permanent emergency zone\" and "
     "called for more funding.\n\nAnna Berg said the front line had not moved in months, but "
     "she rejected the suggestion that the war had stalled.\n\nIvan Orlov said that he would "
     "write to the league, though he admitted he did not expect a reply.\n\nOlga Petrenko said "
     "her players had given everything and deserved a point.\n",
     {"Tom Varga|mixed|the harbour had become \"a permanent emergency zone\"",
      "Anna Berg|indirect|the front line had not moved in months",
      "Ivan Orlov|indirect|he would write to the league",
      "Ivan Orlov|indirect|he did not expect a reply",
      "Olga Petrenko|indirect|her players had given everything and deserved a point"}},
    // "Councillor" and its abbreviation "Cllr" are titles, and "the councillor" refers back.
    {"councillor_title_and_its_abbreviation",
     "Cllr Anna Berg said the budget was short by a third.\n\nThe councillor added that cuts "
     "would follow.\n\nCouncillor Tom Varga said the plan was sound.\n",
     {"Anna Berg|indirect|the budget was short by a third", "Anna Berg|indirect|cuts would follow",
      "Tom Varga|indirect|the plan was sound"}},
    // The spokesperson of a body named before the word speaks for the body, and "the
    // spokesperson" refers back, as it does to "a spokesperson for <body>". Not a
    // spokesperson described otherwise.
    {"spokesperson_named_after_its_body",
     "A Harbour Office spokesperson said the crossings were dangerous.\n\nThe spokesperson "
     "added that patrols had been stepped up.\n\nA government spokesman said: \"We recognise "
     "the pressures.\"\n\nA spokesperson for the Example Authority said the port would "
     "reopen.\n\nThe spokesperson added that repairs would take weeks.\n\nA senior spokesperson "
     "said the talks were over.\n",
     {"Harbour Office|indirect|the crossings were dangerous",
      "Harbour Office|indirect|patrols had been stepped up",
      "government|direct|We recognise the pressures",
      "Example Authority|indirect|the port would reopen",
      "Example Authority|indirect|repairs would take weeks",
      "senior spokesperson|indirect|the talks were over"}},
    // Groups: an adjective before a plural group noun, a group at a place (which it goes
    // without), and a collective noun with no plural "s".
    {"groups_with_an_adjective_a_place_or_a_collective_noun",
     "Democratic strategists said the base had consolidated.\n\nTruck drivers at Lakeport say "
     "the new checks have lengthened waiting times.\n\nPolice said the case was part of a wider "
     "investigation.\n",
     {"Democratic strategists|indirect|the base had consolidated",
      "truck drivers|indirect|the new checks have lengthened waiting times",
      "police|indirect|the case was part of a wider investigation"}},
    // A body described in lower case before a proper complement goes by its description,
    // and "it" refers back to it.
    {"body_described_before_a_proper_complement",
     "The French maritime prefecture for the Channel said that rescuers had pulled 56 people "
     "from the water. All were taken back to port, it said.\n",
     {"French maritime prefecture|indirect|rescuers had pulled 56 people from the water",
      "French maritime prefecture|indirect|All were taken back to port"}},
    // A clause before "after" is the writer's: the subject of the cue follows "after".
    {"subject_after_a_clause_and_after",
     "Tom Varga converted the penalty in stoppage time after referee Ivan Orlov ruled that the "
     "defender had handled the ball.\n\nAnna Berg after talks in the capital said that the "
     "meeting went well.\n",
     {"Ivan Orlov|indirect|the defender had handled the ball",
      "Anna Berg|indirect|the meeting went well"}},
    // After a parenthetical attribution, a span of time before "after" opens the writer's
    // phrase; a clause joined by "and" after "said on Monday," is the speaker's, not a
    // clause reported by "said".
    // A clause joined after the attribution by "and" or "but" is a second claim.
    {"parenthetical_attribution_with_a_time_phrase_or_a_joined_clause",
     "The port will reopen only once repairs are done, harbour master Ivan Orlov said Tuesday, "
     "a day after the storm closed it.\n\nThe talks will resume, Anna Berg said on Monday, and "
     "the ships will sail before winter.\n",
     {"Ivan Orlov|indirect|The port will reopen only once repairs are done",
      "Anna Berg|indirect|The talks will resume",
      "Anna Berg|indirect|the ships will sail before winter"}},
    // A second cue joined by "and" reports a clause of its own, with or without "that".
    {"second_cue_with_a_bare_clause",
     "Union secretary Anna Berg warned that hundreds of jobs were at risk and said the union "
     "would \"fight every single redundancy\".\n",
     {"Anna Berg|indirect|hundreds of jobs were at risk",
      "Anna Berg|mixed|the union would \"fight every single redundancy\""}},
    // "which" or "who" right before the cue stands for the name that ends the clause before.
    {"relative_pronoun_subject_refers_to_the_name_before",
     "Property licences are regulated by the Harbour Agents Authority, which said it would "
     "review the case.\n",
     {"Harbour Agents Authority|indirect|it would review the case"}},
    // A participle phrase after the source of "according to" is not part of it.
    {"according_to_a_source_with_a_participle_phrase",
     "According to a senior official briefing journalists on condition of anonymity, the funds "
     "would run out by the end of the year.\n",
     {"senior official|indirect|the funds would run out by the end of the year"}},
    // A participle with a subject of its own after "with"; "arguing" continues an
    // attribution as "saying" does.
    {"participle_with_a_subject_after_with",
     "Board members Tom Varga and Anna Berg dissented, with Varga arguing that the bank should "
     "wait for more data.\n\nIvan Orlov defended the plan, arguing that it would cut costs.\n",
     {"Tom Varga|indirect|the bank should wait for more data",
      "Ivan Orlov|indirect|it would cut costs"}},
    // A point of the compass before a nationality: "the Northern Irishman" refers back.
    {"nationality_with_a_point_of_the_compass",
     "Manager Tom Varga was furious after the match.\n\nThe Northern Irishman, who took charge "
     "in the summer, added that his players had given everything.\n",
     {"Tom Varga|indirect|his players had given everything"}},
    // More role words: an operative, a referee, a pollster.
    {"more_role_words",
     "A party operative said the committee had reserved more money.\n\nThe referee said the "
     "ball had crossed the line.\n",
     {"party operative|indirect|the committee had reserved more money",
      "?|indirect|the ball had crossed the line"}},
    // A reported clause with no "that" and a verb in the plural present.
    {"bare_clause_with_a_plural_present_verb",
     "Environmental groups say the pipeline and terminal pose a risk to the gulf.\n",
     {"Environmental groups|indirect|the pipeline and terminal pose a risk to the gulf"}},
    // An adverb in -ly before a lower-case word marks a reported clause without "that".
    {"bare_clause_with_an_adverb_before_its_verb",
     "Analysts at the Harbour Institute say arrivals typically peak in August.\n",
     {"analysts at the Harbour Institute|indirect|arrivals typically peak in August"}},
    // A sports club's name is an organisation, one in the plural too: "the club" refers
    // back to it.
    {"club_name_in_the_plural_is_an_organisation",
     "Northfield Rovers said that the striker had suffered an injury. According to the club, "
     "he is likely to miss two weeks.\n",
     {"Northfield Rovers|indirect|the striker had suffered an injury",
      "Northfield Rovers|indirect|he is likely to miss two weeks"}},
    // "said" before a name with an abbreviated title or an initial: the dot does not end it.
    {"said_before_a_title_with_a_dot",
     "\"This is a virus that finds every gap,\" said Dr. Anna Berg, the health officer for the "
     "county.\n\n\"The plan is a good one,\" said Tom F. Varga.\n",
     {"Anna Berg|direct|This is a virus that finds every gap",
      "Tom F Varga|direct|The plan is a good one"}},
    // Organisations named with more words: "Centers", "Forum", "Chamber"; an organisation
    // word and the place it serves.
    {"organisations_with_more_name_words_and_a_place",
     "About 9 out of 10 people who are exposed will catch it, according to the Centers for "
     "Disease Control and Prevention.\n\nThe annual mean temperature has risen since 1948, "
     "according to the Meteorological Service Lakeland.\n\nThe Hostages and Missing Families "
     "Forum said in a statement that the visit was an opportunity.\n",
     {"Centers for Disease Control and Prevention|indirect|About 9 out of 10 people who are "
      "exposed will catch it",
      "Meteorological Service Lakeland|indirect|The annual mean temperature has risen since 1948",
      "Hostages and Missing Families Forum|indirect|the visit was an opportunity"}},
    // "according to" at the end, with an appositive after the name.
    {"according_to_after_with_an_appositive",
     "Higher import costs are squeezing households, according to Anna Berg, head of research "
     "at the Harbour Bank.\n",
     {"Anna Berg|indirect|Higher import costs are squeezing households"}},
    // A reported clause without "that" whose subject is a list, or a long phrase.
    {"bare_clause_with_a_list_or_a_long_subject",
     "Anna Berg, president of the Lakeport Chamber of Commerce, said car washes, landscapers and "
     "restaurants were among those hardest hit.\n\nTom Varga said his country's initiative to buy "
     "shells for the army from outside the region had secured funding.\n",
     {"Anna Berg|indirect|car washes, landscapers and restaurants were among those hardest hit",
      "Tom Varga|indirect|his country's initiative to buy shells for the army from outside the "
      "region had secured funding"}},
    // A title with a portfolio after "for": the last two words are the name when no known
    // first name opens it.
    {"portfolio_title_before_a_name",
     "Minister for Harbours Eamon Tully said the port would reopen.\n",
     {"Eamon Tully|indirect|the port would reopen"}},
    // The subject after a relative clause holding a list, after the appositive of an opening
    // place, and after "but".
    {"subject_after_a_relative_list_a_place_appositive_or_but",
     "Anna Berg, director of TechUnion, which represents firms including Apple, Google and "
     "Microsoft, said the standards were not ready.\n\nIn Lakeport, the county seat, Tom Varga "
     "said he brought his children for shots.\n\nThe leader was not at the count, but the "
     "party's deputy leader, Ivan Orlov, said the party had grown.\n",
     {"Anna Berg|indirect|the standards were not ready",
      "Tom Varga|indirect|he brought his children for shots",
      "Ivan Orlov|indirect|the party had grown"}},
    // A surname alone that only resembles a known speaker's is the article's own person
    // when it is a misspelling of theirs; with an honorific of the other gender, a known
    // speaker's surname is someone else's too (here the article's, misspelt).
    {"lone_surname_prefers_the_article_and_honorific_gender",
     "Councillor Rita McConnall spoke first.\n\n\"We will not move,\" McConnal said.\n\n\"We "
     "are not going anywhere,\" Ms McConnell said.\n",
     {"Rita McConnall|direct|We will not move", "Rita McConnall|direct|We are not going anywhere"}},
    // Whoever a question put to the speaker names ("Asked whether ...,") is neither the
    // subject of the sentence nor someone "he" refers to.
    {"names_in_an_asked_question_are_not_referred_to",
     "Minister Tom Berg spoke in the capital.\n\nAsked whether President Ivan Varga had "
     "approved the strikes, Berg declined to comment. \"We have been clear from day one,\" he "
     "said.\n\n\"We fought a good campaign,\" Ivan Orlov told reporters. Asked whether he would "
     "govern with Dan Cole again, he said: \"The numbers will decide.\"\n",
     {"Tom Berg|direct|We have been clear from day one",
      "Ivan Orlov|direct|We fought a good campaign", "Ivan Orlov|direct|The numbers will decide"}},
    // An organisation's name before an appositive goes without it; a statement goes by its
    // issuer.
    {"organisation_before_an_appositive_or_its_statement",
     "LCU, the Lakeland consumer organisation, said in a statement that the act left too many "
     "loopholes.\n\nThe Harbour Fund statement said the provinces had agreed to raise taxes.\n",
     {"LCU|indirect|the act left too many loopholes",
      "Harbour Fund|indirect|the provinces had agreed to raise taxes"}},
    // An acronym that spells a function word of the name too.
    {"acronym_spelling_a_function_word",
     "New rules were announced by the Ministry of Harbours (MOH) on Monday.\n\nMOH said it would "
     "conduct more than 1,000 inspections.\n",
     {"Ministry of Harbours|indirect|it would conduct more than 1,000 inspections"}},
    // An age set off by commas, an auxiliary and an adverb stand between the subject and
    // the cue.
    {"age_auxiliary_and_adverb_before_the_cue",
     "Varga, 55, had repeatedly said in recent months that he was not interested in the job.\n",
     {"Varga|indirect|he was not interested in the job"}},
    // An adverb between the pronoun and the second cue; the clause after it is reported
    // once.
    {"second_cue_after_a_pronoun_and_an_adverb",
     "Anna Berg wrote in an op-ed that vaccines \"protect children\" and \"contribute to "
     "immunity,\" but she also said the decision to vaccinate was a personal one.\n",
     {"Anna Berg|mixed|vaccines \"protect children\" and \"contribute to immunity,\"",
      "Anna Berg|indirect|the decision to vaccinate was a personal one"}},
    // A short phrase with no verb before ", says <name>" is no claim.
    {"short_verbless_phrase_before_says_name_is_no_claim",
     "Varga, in Lakeland, says Orlov \xE2\x80\x98reaffirmed commitment\xE2\x80\x99 to the "
     "deal.\n\nThe port will reopen, says Anna Berg.\n",
     {"Anna Berg|indirect|The port will reopen"}},
    // A bare organisation head refers to the organisation in the title of someone named
    // before.
    {"organisation_head_refers_to_the_body_in_a_title",
     "\"Today marks a milestone,\" Lakeland Commission Executive Vice-President Anna Berg said "
     "in a statement.\n\nThe Commission said most of the rules would apply from August.\n",
     {"Anna Berg|direct|Today marks a milestone",
      "Lakeland Commission|indirect|most of the rules would apply from August"}},
    // ", repeating a phrase ..." characterises the claim and is not part of it; ",
    // reiterating that ..." reports a second claim; ", reiterating its position" none.
    {"repeating_and_reiterating_after_a_claim",
     "Ivan Orlov told reporters that the authorities were \"ready to take action\" if moves "
     "continued, repeating a phrase that traders have learned to parse.\n\nAnna Berg said the "
     "talks had failed, reiterating that the door remained open.\n\nTom Varga said the plan "
     "was sound, reiterating his support for the deal.\n",
     {"Ivan Orlov|mixed|the authorities were \"ready to take action\" if moves continued",
      "Anna Berg|indirect|the talks had failed", "Anna Berg|indirect|the door remained open",
      "Tom Varga|indirect|the plan was sound"}},
    // Initials between a title and a surname, and a relative clause after the name, in an
    // attribution after the quote.
    {"initials_and_a_relative_clause_after_the_quote",
     "\"You cannot wait for the index to reach 450 and then act,\" Justice RK Varga, who "
     "headed the two-judge bench, told the counsel.\n",
     {"RK Varga|direct|You cannot wait for the index to reach 450 and then act"}},
    // '<mention> said <clause>, adding: "..."': the clause and the quotation are both the
    // speaker's.
    {"said_a_clause_adding_a_quotation",
     "Minister Tom Varga, who did not stand, said the party would \"rebuild\", adding: \"Our "
     "ideas are not going away, and the crisis is not either.\"\n",
     {"Tom Varga|mixed|the party would \"rebuild\"",
      "Tom Varga|direct|Our ideas are not going away, and the crisis is not either"}},
    // A name ending in an acronym is a company's or a club's, and "which" after it too.
    {"name_ending_in_an_acronym_is_an_organisation",
     "Lakeport HD, which Varga has led to two titles, said in a statement that it respects "
     "the decision.\n",
     {"Lakeport HD|indirect|it respects the decision"}},
    // Groups with a restrictive relative clause (which their name leaves out) or a number
    // in their complement; a body named with "to"; the dots of "U.S." in a clause before
    // "and warned"; "warned" with an object reports no second clause.
    {"groups_bodies_and_abbreviation_dots",
     "Survivors who attended the hearing said the sentence was too short.\n\nProfessors at 19 "
     "medical schools said they would resign.\n\nThe Harbour Mission to Lakeland and Westmark "
     "said in a statement that the verdict was important.\n\nThe Foreign Ministry said that "
     "the U.S. was \"weaponizing trade\" and warned Lakeland against \"being used as a "
     "tool\".\n",
     {"survivors|indirect|the sentence was too short",
      "professors at 19 medical schools|indirect|they would resign",
      "Harbour Mission to Lakeland and Westmark|indirect|the verdict was important",
      "Foreign Ministry|mixed|the U.S. was \"weaponizing trade\""}},
    // A one-word label in capitals: the surname of someone named in full before.
    {"capitals_surname_label_after_the_full_name",
     "Spokesperson Anna Berg said in a briefing that the officers would face charges.\n\nQ: Is "
     "the report still standing?\n\nBERG: We are no longer relying on the initial report. The "
     "investigation will establish what really happened.\n",
     {"Anna Berg|indirect|the officers would face charges",
      "Anna Berg|direct|We are no longer relying on the initial report. The investigation will "
      "establish what really happened"}},
    // An Arabic article before a capital opens a name ("al-Varga"); "adding that" far after
    // the attribution of a quotation.
    {"arabic_article_name_and_a_far_adding_that",
     "Deputy minister Tom al-Varga spoke first.\n\n\"We are in continuous dialogue with the "
     "partners,\" al-Varga added, referring to the restrictions.\n\n\"This is what the rule of "
     "law looks like,\" said Anna Berg, executive director of the nonpartisan group Lakeland "
     "Votes Count, adding that the delay had left two races in limbo.\n",
     {"Tom al-Varga|direct|We are in continuous dialogue with the partners",
      "Anna Berg|direct|This is what the rule of law looks like",
      "Anna Berg|indirect|the delay had left two races in limbo"}},
    // A relative clause the speaker is said to have said ends the claim.
    {"relative_clause_with_he_said_ends_the_claim",
     "Anna Berg said the allies would invest $380 billion in 2024, which she said amounted to 2% "
     "of their output.\n",
     {"Anna Berg|indirect|the allies would invest $380 billion in 2024"}},
    // The agent of an opening passive participle put the question: "Asked by Radio Nord
    // whether ..., he said" is not Radio Nord.
    {"asked_by_agent_is_not_the_speaker",
     "Energy minister Tomas Reber spoke in Oslo.\n\nAsked by Radio Nord whether the grid "
     "could cope, he said new solar capacity would cover the demand.\n",
     {"Tomas Reber|indirect|new solar capacity would cover the demand"}},
    {"college_is_an_organisation",
     "The Royal College of Nursing said that wards across the region were full.\n",
     {"Royal College of Nursing|indirect|wards across the region were full"}},
    // A surname with its Arabic article capitalized at the start of a sentence is the
    // person named before with it in lower case.
    {"capitalized_arabic_article_surname_refers_back",
     "Speaking in Doha, Karim al-Nasser said the deals would add capacity.\n\n\"Cooling is "
     "the problem,\" said Lina Farouk, an analyst at a consultancy.\n\nAl-Nasser dismissed "
     "such concerns. He said solar capacity would cover demand.\n",
     {"Karim al-Nasser|indirect|the deals would add capacity",
      "Lina Farouk|direct|Cooling is the problem",
      "Karim al-Nasser|indirect|solar capacity would cover demand"}},
    // "He" before a given name is a family name; capitalized after a quotation's comma it
    // is that person, not the pronoun.
    {"he_as_a_family_name",
     "Trade Minister Ivan Orlov spoke first.\n\nCommerce ministry spokesperson He Lanfang "
     "said that the duties broke the rules.\n\n\"Tariffs protect no one,\" He said.\n",
     {"He Lanfang|indirect|the duties broke the rules",
      "He Lanfang|direct|Tariffs protect no one"}},
    // A transcript label that is a family name written first ("Lin Haoran" then "Lin:").
    {"family_name_first_label",
     "At the briefing, spokesperson Lin Meirong was asked about the duties.\n\nQ: What is "
     "your response?\n\nLin: I would refer you to the competent authorities for the "
     "details.\n",
     {"Lin Meirong|direct|I would refer you to the competent authorities for the details"}},
    // A quoted verb phrase is the clause's predicate: the second predicate after it ends
    // the claim.
    {"second_predicate_after_a_quoted_verb_phrase",
     "League spokesperson Tom Hardy said on Sunday that the league \"regrets the delay\" and "
     "blamed it on a late payment from a sponsor.\n",
     {"Tom Hardy|mixed|the league \"regrets the delay\""}},
    // ", and <another subject> <cue> that ..." inside a claim is another speaker's claim.
    {"coordinated_claim_of_another_subject",
     "Defence Minister Tom Hardy said a decision on more patrol flights would be taken "
     "\"within weeks\", and the defence ministry confirmed that a frigate would join the "
     "exercise.\n",
     {"Tom Hardy|mixed|a decision on more patrol flights would be taken \"within weeks\"",
      "defence ministry|indirect|a frigate would join the exercise"}},
    // A gloss in brackets after a name, before its appositive.
    {"bracketed_gloss_after_a_name",
     "Li Wen-hao (\xE6\x9D\x8E\xE6\x96\x87\xE8\xB1\xAA), a research fellow at a defence "
     "institute, said the drill marked a shift from earlier exercises.\n",
     {"Li Wen-hao|indirect|the drill marked a shift from earlier exercises"}},
    // A possessive description, then the person with a title or a body: the person.
    {"possessive_description_before_a_titled_name",
     "Ms Ortega's co-agent, Professor Julian Brandt of the University of Leeds, argued that "
     "the treaty did not mention the islands.\n\nSpeaking outside the court, Norland's agent, "
     "former foreign minister Ricardo Alves, said his country was \"completely confident\" in "
     "its case.\n",
     {"Julian Brandt|indirect|the treaty did not mention the islands",
      "Ricardo Alves|mixed|his country was \"completely confident\" in its case"}},
    // "a charge Oslo denies": a noun and its relative clause, no attribution.
    {"noun_with_a_relative_clause_is_no_speaker",
     "The ministry has accused Norland of restricting fishing vessels, a charge Vesterby "
     "denies.\n",
     {}},
    // An inverted cue before a description with a place, then the name.
    {"inverted_cue_description_with_a_place_then_the_name",
     "\"Voluntary pledges did not work,\" said Norland's ambassador in Geneva, Tendai Moyo, "
     "speaking for the group.\n",
     {"Tendai Moyo|direct|Voluntary pledges did not work"}},
    {"present_tense_maintains",
     "Vesterby, which will present its arguments on Wednesday, maintains that the islands "
     "were part of its territory.\n",
     {"Vesterby|indirect|the islands were part of its territory"}},
    // A first name one edit away from that of someone named: the same person.
    {"misspelt_first_name_reference",
     "Central bank Governor Somchai Rattanakul defended the bank on Thursday. Mr Somchi "
     "said monetary policy could not solve structural problems.\n",
     {"Somchai Rattanakul|indirect|monetary policy could not solve structural problems"}},
    // An -ing phrase after the claim is the speaker's unless it comments on the speaker.
    {"content_participle_stays_in_the_claim",
     "Defence Minister Lin Wei-chen told reporters that the forces had responded \"calmly,\" "
     "deploying ships to monitor the drills.\n\nAccording to Tom Hardy, the patrols serve a "
     "domestic purpose, allowing state media to portray the navy as active.\n",
     {"Lin Wei-chen|mixed|the forces had responded \"calmly,\" deploying ships to monitor the "
      "drills",
      "Tom Hardy|indirect|the patrols serve a domestic purpose, allowing state media to "
      "portray the navy as active"}},
    {"commentary_participle_ends_the_claim",
     "Ambassador Marisol Vega said that Norland had held the islands since independence, "
     "pointing to fishing licences dating back to the 1920s.\n",
     {"Marisol Vega|indirect|Norland had held the islands since independence"}},
    // A standfirst's second predicate in the present after a bare comma.
    {"present_second_predicate_after_a_comma",
     "Fisheries minister Tom Hardy says the fleet has landed 14 tonnes of cod, calls for a "
     "quota review.\n\nThe ministry says the talks failed, warns of retaliation.\n",
     {"Tom Hardy|indirect|the fleet has landed 14 tonnes of cod", "?|indirect|the talks failed"}},
    // A court's finding: "ruling that", "found that".
    {"court_ruling_and_finding",
     "The Supreme Court on Tuesday struck down the decision to freeze the budget, ruling that "
     "the minister had no authority to withhold the funds.\n\nThe Council of State found that "
     "the state is entitled to intervene in the housing market.\n",
     {"Supreme Court|indirect|the minister had no authority to withhold the funds",
      "Council of State|indirect|the state is entitled to intervene in the housing market"}},
    // A spokesperson for a body with its place speaks for the body, not the place.
    {"spokesperson_for_a_body_in_a_city",
     "A spokesperson for the economy ministry in Vesterby said only that the government was "
     "studying the findings.\n",
     {"economy ministry|indirect|the government was studying the findings"}},
    // A caption that ends with its photo credit is no body text.
    {"caption_ending_with_a_credit",
     "Justices Ann Lee and Tom Hardy at a hearing in November. \"This is not a debate about "
     "journalism,\" Lee said at the time. Credit: Olivia Fenn\n",
     {}},
    // A party and its number in brackets after the name.
    {"party_with_a_number_in_brackets",
     "Foreign Minister Kadri Ots (Eesti 200) said Estonia would raise the issue next week.\n",
     {"Kadri Ots|indirect|Estonia would raise the issue next week"}},
    // A cue form after a preposition is a plural noun: "to states that have tried".
    {"plural_noun_after_a_preposition_is_no_cue",
     "A federal appeals court on Monday upheld a Norland law that bars children from opening "
     "accounts, handing a significant win to states that have tried to rein in tech "
     "companies.\n",
     {}},
    // ", though <another subject> said ..." is that subject's claim; a group described by
    // who asked it is the group.
    {"though_clause_of_another_speaker",
     "A source close to Tom Hardy told reporters that the minister was considering a further "
     "hearing, though legal experts consulted by the Vesterby Post said such a request had "
     "little chance.\n",
     {"source close to Tom Hardy|indirect|the minister was considering a further hearing",
      "legal experts|indirect|such a request had little chance"}},
    // A relative clause after an according-to source is not the claim; a proper name
    // before a lower-case description goes by the name.
    {"according_to_a_described_body_with_a_relative_clause",
     "According to the Norvax vaccine alliance, which funds the global stockpile, production "
     "is expected to increase.\n",
     {"Norvax|indirect|production is expected to increase"}},
    // A described back-reference ("the paramilitary group") is the body last named, also
    // one named in the plural.
    {"described_back_reference_to_a_body_in_the_plural",
     "The Eastern Defence Forces deny obstructing aid. In a statement on Monday, the "
     "paramilitary group said it welcomed all humanitarian efforts.\n",
     {"Eastern Defence Forces|indirect|it welcomed all humanitarian efforts"}},
    // "<clause>, he said, before listing the files that ...": the writer's phrase after
    // the attribution holds no complementizer of the cue.
    {"writers_phrase_after_a_preposition_after_the_attribution",
     "Ivan Orlov spoke in Paris.\n\nNorland expects gestures on visas, he said, before "
     "listing the files that, in his view, remained open.\n",
     {"Ivan Orlov|indirect|Norland expects gestures on visas"}},
    // A cue in a relative clause set off by commas: the claim ends with the clause.
    {"claim_in_a_relative_clause_ends_with_it",
     "The broadcaster's chief executive, Tom Hardy, who last month warned that the freeze "
     "would force it to cancel its news service, did not respond to a request for comment.\n",
     {"Tom Hardy|indirect|the freeze would force it to cancel its news service"}},
    // A relative clause with a list inside an appositive of the subject.
    {"relative_clause_with_a_list_inside_an_appositive",
     "The Open Web Coalition, a trade group whose members include Norvax, Vesterby and "
     "Eastport, said it would ask the full court to rehear the case.\n",
     {"Open Web Coalition|indirect|it would ask the full court to rehear the case"}},
    // A possessive before a body's description is no proper name of it.
    {"possessive_before_a_described_body",
     "Norland's commerce ministry said in a statement that Vesterby was abusing trade "
     "remedies.\n",
     {"Norland's commerce ministry|indirect|Vesterby was abusing trade remedies"}},
    // A description with a possessive that refers back to no one: the next person named
    // nearby whose role shares its head, or who has none.
    {"description_named_after_it",
     "Norland's defence minister has accused Vesterby of testing the treaty, warning that "
     "Norland would respond with more flights.\n\nSpeaking at a conference on Tuesday, "
     "Defence Minister Eirik Brandvold said frigates had entered the waters four times.\n",
     {"Eirik Brandvold|indirect|Norland would respond with more flights",
      "Eirik Brandvold|indirect|frigates had entered the waters four times"}},
    {"description_not_named_by_someone_else",
     "Norland's defence minister said on Monday that the patrols would go on.\n\nJustice Ann "
     "Lee said the court would rule in May.\n",
     {"?|indirect|the patrols would go on", "Ann Lee|indirect|the court would rule in May"}},
    // A nationality in the description is not another one in the role.
    {"nationality_of_a_description_must_match",
     "French Foreign Minister Claire Dubois met Algerian Foreign Minister Karim Benali on "
     "Monday.\n\n\"Words are useful. Acts are better,\" the Algerian minister said.\n",
     {"Karim Benali|direct|Words are useful. Acts are better"}},
    // A standfirst's nationality and role with no article, named in the body after it.
    {"standfirst_role_named_after_it",
     "Turkish defence minister says task force has cleared 14 drifting mines since its "
     "launch\n\nSpeaking in Ankara, Defence Minister Yasar Gunduz said the mission would go "
     "on.\n",
     {"Yasar Gunduz|indirect|task force has cleared 14 drifting mines since its launch",
      "Yasar Gunduz|indirect|the mission would go on"}},
    // After an introductory phrase, a title set off by commas before the name is the
    // person's, not an appositive of a place.
    {"title_after_an_introductory_phrase",
     "In a telephone interview, the Ondo State Commissioner for Health, Ann Lee, said the "
     "state had recorded 287 cases.\n\n\"The wards are full,\" the commissioner said.\n",
     {"Ann Lee|indirect|the state had recorded 287 cases", "Ann Lee|direct|The wards are full"}},
    // A role word closing a description with "the" before a titled name.
    {"the_role_description_before_a_titled_name",
     "The coalition whip, MK Dana Levi, said she expected the bill to pass before the "
     "recess.\n",
     {"Dana Levi|indirect|she expected the bill to pass before the recess"}},
    // A capitalized group with a nationality is nobody the description names later.
    {"description_not_named_by_a_group",
     "The United Nations' top humanitarian official warned on Monday that civilians could "
     "face famine within weeks.\n\nDisplaced Sudanese said the roads were closed.\n",
     {"?|indirect|civilians could face famine within weeks",
      "Displaced Sudanese|indirect|the roads were closed"}},
    // A venue is no person: "she" is not "Orlando Stadium".
    {"venue_is_no_person",
     "Coach Thandiwe Mokoena picked her squad.\n\nSpeaking after the 2-0 win over Norland at "
     "Orlando Stadium on Saturday, an emotional Mokoena said the squad had been told twice "
     "that the money was on its way.\n\n\"We are not beggars,\" she said.\n",
     {"Thandiwe Mokoena|indirect|the squad had been told twice that the money was on its way",
      "Thandiwe Mokoena|direct|We are not beggars"}},
    // "at least" before a number opens a reported clause.
    {"at_least_before_a_number_opens_a_clause",
     "Tom Hardy spoke in Denver.\n\nHe said at least six states had introduced copycat bills "
     "this year.\n",
     {"Tom Hardy|indirect|at least six states had introduced copycat bills this year"}},
    // An insertion set off by commas may hold a list.
    {"insertion_holding_a_list_in_a_bare_clause",
     "Faisal Harbi said the agreements, signed with American, Chinese and Saudi firms, would "
     "add 1.2 gigawatts of capacity.\n",
     {"Faisal Harbi|indirect|the agreements, signed with American, Chinese and Saudi firms, "
      "would add 1.2 gigawatts of capacity"}},
    // A title word right after a known first name is the surname.
    {"title_word_as_a_surname",
     "Chief Raymond Cardinal of the Lakeside Cree Nation, which was evacuated twice, said "
     "communities were still waiting for the funds.\n\n\"Our people were out of their homes "
     "for five weeks,\" he said.\n",
     {"Raymond Cardinal|indirect|communities were still waiting for the funds",
      "Raymond Cardinal|direct|Our people were out of their homes for five weeks"}},
    // A group at a body keeps the body; a group at a place goes by its head.
    {"group_at_a_body_keeps_it",
     "Economists at Vesterby Commercial Bank wrote in a note that the pipelines were running "
     "ahead of supply.\n\nTruck drivers at Eastport said the queues were long.\n",
     {"economists at Vesterby Commercial Bank|indirect|the pipelines were running ahead of "
      "supply",
      "truck drivers|indirect|the queues were long"}},
    // "says" before a past participle is still the cue; a body by its head word alone is
    // the body named with that head after it.
    {"standfirst_body_named_after_it",
     "Commission says subsidised imports are hollowing out a strategic industry\n\nThe "
     "European Commission said on Tuesday it would impose duties.\n",
     {"European Commission|indirect|subsidised imports are hollowing out a strategic industry",
      "European Commission|indirect|it would impose duties"}},
    // Someone named later with no role must carry a known first name: a place is no one.
    {"description_not_named_by_a_place",
     "The Norlandic envoy's top humanitarian official warned on Monday that civilians could "
     "face famine.\n\nAid convoys reached El Fasher on Tuesday, said Tom Hardy.\n",
     {"?|indirect|civilians could face famine",
      "Tom Hardy|indirect|Aid convoys reached El Fasher on Tuesday"}},
    // A known speaker's name spelt without its diacritics is given as the article spells
    // it; with them, as the rules do.
    {"known_name_without_diacritics",
     "Foreign Minister Mevlut Cavusoglu said the talks were useful.\n\n\"We will go on,\" "
     "Cavusoglu said.\n",
     {"Mevlut Cavusoglu|indirect|the talks were useful", "Mevlut Cavusoglu|direct|We will go on"}},
    {"known_name_with_diacritics",
     "Foreign Minister Mevl\xC3\xBCt \xC3\x87"
     "avu\xC5\x9Fo\xC4\x9Flu said the talks were "
     "useful.\n",
     {"Mevl\xC3\xBCt \xC3\x87"
      "avu\xC5\x9Fo\xC4\x9Flu|indirect|the talks were useful"}},
    // After "according to X,", a role word followed by a verb opens the claim, not an
    // appositive of X.
    {"according_to_then_a_clause_not_an_appositive",
     "Deputy minister Ivan Orlov spoke in Geneva.\n\nAccording to Orlov, the American "
     "delegation treated the proposals seriously, but no date was set.\n",
     {"Ivan Orlov|indirect|the American delegation treated the proposals seriously, but no date "
      "was set"}},
    // The head of a ministry is its minister; the head of a body holds a leader's title of
    // it.
    {"head_of_a_body_is_its_minister_or_president",
     "Freedonian Foreign Minister Ivan Orlov met Commission President Anna Berg.\n\nThe head of "
     "the Freedonian Foreign Ministry said that the talks had failed. According to the head of "
     "the Commission, the funds will be paid in March.\n",
     {"Ivan Orlov|indirect|the talks had failed",
      "Anna Berg|indirect|the funds will be paid in March"}},
    // "one of the sources" refers back to sources described before; an outlet opening the
    // description keeps its capital.
    {"one_of_the_sources_refers_back",
     "Interfax sources in the delegation said that no answer had been received on the key "
     "issue. \"They are repeating their formula, nothing new,\" one of the sources told the "
     "agency.\n",
     {"Interfax sources in the delegation|indirect|no answer had been received on the key issue",
      "Interfax sources in the delegation|direct|They are repeating their formula, nothing new"}},
    // A foreign secretary is a minister.
    {"minister_refers_to_a_foreign_secretary",
     "Russian Foreign Minister Ivan Orlov met British Foreign Secretary Anna Berg.\n\nOrlov "
     "said the talks had been hard. \"We will not give way,\" the British minister said.\n",
     {"Ivan Orlov|indirect|the talks had been hard", "Anna Berg|direct|We will not give way"}},
    // An appositive opened by an adjective of rank gives the role an expert refers to.
    {"appositive_with_an_adjective_of_rank",
     "Ivan Orlov, leading analyst at the Energy Fund, told reporters that prices would rise. "
     "\"Nothing changes in supplies yet,\" the expert said.\n",
     {"Ivan Orlov|indirect|prices would rise",
      "Ivan Orlov|direct|Nothing changes in supplies yet"}},
    // A day in brackets, or a plural possessive, between the cue and "that".
    {"day_in_brackets_and_plural_possessive_before_that",
     "Ivan Orlov said on Tuesday (8 February) that he had obtained assurances.\n\nAnna Berg said "
     "answering journalists' questions that the deal was wrong in principle.\n",
     {"Ivan Orlov|indirect|he had obtained assurances",
      "Anna Berg|indirect|the deal was wrong in principle"}},
    // A chain of prepositional phrases after the cue of a clause before it, then a second
    // claim of the speaker's own.
    {"prepositional_chain_after_the_cue_then_but_he_warned",
     "Freedonia has no plans to attack, Ivan Orlov said on Monday after nearly eight hours of "
     "talks with a U.S. delegation, but he warned that Moscow wanted a legally fixed result.\n",
     {"Ivan Orlov|indirect|Freedonia has no plans to attack",
      "Ivan Orlov|indirect|Moscow wanted a legally fixed result"}},
    // The writer's time of the statement after a comma is no part of the claim.
    {"time_relative_to_an_event_after_the_claim",
     "Ivan Orlov said he had obtained assurances, a day after five hours of talks in Moscow.\n",
     {"Ivan Orlov|indirect|he had obtained assurances"}},
    // The writer's note on a claim, after a dash or a comma, is no part of it.
    {"writers_note_on_the_claim",
     "Ivan Orlov said the building had been empty and that there were no patients inside - a "
     "claim rejected by aid groups.\n\nAnna Berg suggested that a minor incursion might go "
     "unpunished, remarks the ministry later sought to clarify.\n",
     {"Ivan Orlov|indirect|the building had been empty",
      "Ivan Orlov|indirect|there were no patients inside",
      "Anna Berg|indirect|a minor incursion might go unpunished"}},
    // "repeating that" opens a second claim; "repeating" with no "that" characterises.
    {"repeating_that_is_a_second_claim",
     "\"We are not planning to attack anyone,\" Ivan Orlov claimed, repeating that the goals of "
     "the operation remain unchanged.\n\nAnna Berg spoke at length, repeating a phrase she had "
     "used before.\n",
     {"Ivan Orlov|direct|We are not planning to attack anyone",
      "Ivan Orlov|indirect|the goals of the operation remain unchanged"}},
    // "asked" attributes a quotation, and reports no clause of its own.
    {"asked_attributes_a_quotation_only",
     "Anna Berg spoke in Munich.\n\n\"Why should we wait for the sanctions?\" \xE2\x80\x94 she "
     "asked.\n\nShe asked that the allies send more weapons at once.\n",
     {"Anna Berg|direct|Why should we wait for the sanctions?"}},
    // A participle phrase set off by commas between the subject and the cue.
    {"participle_phrase_between_subject_and_cue",
     "Earlier Foreign Minister Ivan Orlov, presenting the document to the press, stated that "
     "the alliance is ready to listen.\n\nAnna Berg, leading analyst at the fund, said prices "
     "would rise.\n",
     {"Ivan Orlov|indirect|the alliance is ready to listen",
      "Anna Berg|indirect|prices would rise"}},
    // After a cue in the past, "and" with a verb in the present goes on with the clause's
    // own subject, not the speaker's.
    {"present_verb_after_and_is_the_clauses",
     "Ivan Orlov said in a televised address that Freedonia will not abandon its allies and "
     "maintains contact with both sides.\n",
     {"Ivan Orlov|indirect|Freedonia will not abandon its allies and maintains contact with both "
      "sides"}},
    // A reported report is the words of the one it reports.
    {"nested_report_is_the_inner_speakers",
     "Anna Berg briefed reporters.\n\nBerg said that Ivan Orlov had told Tom Hardy that the "
     "talks would resume in March.\n",
     {"Ivan Orlov|indirect|the talks would resume in March"}},
    // Not a report of how someone answered: "<name> first replied that ...".
    {"nested_report_with_an_adverb_stays_the_reporters",
     "Foreign Secretary Anna Berg met the envoy.\n\nA source in the delegation told journalists "
     "that Anna Berg first replied that the deal was off, and only later corrected herself.\n",
     {"source in the delegation|indirect|Anna Berg first replied that the deal was off, and only "
      "later corrected herself"}},
    // A body named by an initialism's possessive, as by "UN's".
    {"initialism_possessive_body",
     "The U.N.'s refugee agency said on Monday that it was sending aid.\n",
     {"U.N.'s refugee agency|indirect|it was sending aid"}},
    // A unit of a body referred back to speaks for the body.
    {"unit_of_a_body_referred_back_to",
     "Norvax said on Monday that it welcomed the ruling. The company's press office said the "
     "plant would stay open.\n",
     {"Norvax|indirect|it welcomed the ruling", "Norvax|indirect|the plant would stay open"}},
    // A body's words relayed by its spokesperson are the spokesperson's; a person's stay
    // theirs.
    {"body_relayed_by_its_spokesperson",
     "Her department confirmed that it had written to the association, according to "
     "ministry spokesperson Bongani Dube.\n\nTom Berg said the talks would resume, according "
     "to his spokesman.\n",
     {"Bongani Dube|indirect|it had written to the association",
      "Tom Berg|indirect|the talks would resume"}},
    // A counterpart holds the office of the person the possessive names, for their own
    // state: "the Algerian minister" is the counterpart, not the French minister.
    {"counterpart_holds_the_same_office",
     "French Foreign Minister Anne Morel and her Algerian counterpart, Karim Haddad, met on "
     "Tuesday.\n\n\"Words are useful. Acts are better,\" the Algerian minister said.\n",
     {"Karim Haddad|direct|Words are useful. Acts are better"}},
    {"named_counterpart_holds_the_same_office",
     "French Defence Minister Anne Morel arrived on Monday. Morel's Algerian counterpart "
     "Karim Haddad arrived later.\n\n\"We have agreed on nothing yet,\" the Algerian "
     "minister said.\n",
     {"Karim Haddad|direct|We have agreed on nothing yet"}},
    // A role with its complement after "for" or "to" is a description: "the UN envoy for
    // Norland", "the ambassador to Moravia".
    {"role_with_a_complement_after_for",
     "The United Nations envoy for Norland said on Thursday that a prisoner exchange was "
     "within reach.\n",
     {"?|indirect|a prisoner exchange was within reach"}},
    {"role_with_a_complement_after_to",
     "Asked about the talks, the U.S. ambassador to Moravia said that no date had been set.\n",
     {"?|indirect|no date had been set"}},
    // A surname before a description holding a nationality: the nationality is no name.
    {"surname_before_a_description_with_a_nationality",
     "Henrik Aasland arrived on Monday.\n\nAasland, a former Norwegian deputy foreign minister "
     "who took up the post in September, said that a final round would be held in May.\n",
     {"Henrik Aasland|indirect|a final round would be held in May"}},
    // Someone who has just spoken, of no known role, described by a nationality and a role.
    {"nationality_and_role_describe_the_last_speaker",
     "\"We have never been this close,\" Henrik Aasland told reporters.\n\n\"The last mile is "
     "never easy,\" the Norwegian diplomat added.\n",
     {"Henrik Aasland|direct|We have never been this close",
      "Henrik Aasland|direct|The last mile is never easy"}},
    // An interview set as a dialogue of dashes: the answers are the words of the one the
    // paragraph before the first question names; questions are no claims; a list of
    // dashes with no question is no interview.
    {"dash_dialogue_interview",
     "Political scientist Ivan Orlov answered the questions of our paper.\n\n\u2014 Is this the "
     "final point, or only the beginning?\n\n\u2014 I am afraid it is the beginning. The claim "
     "cannot be realised by talks.\n\n\u2014 Can the sanctions stop it?\n\n\u2014 The sanctions "
     "announced today are symbolic. They are a warning.\n\nThe council met.\n\n- The port will "
     "reopen on Monday after the repairs.\n",
     {"Ivan Orlov|direct|I am afraid it is the beginning. The claim cannot be realised by talks",
      "Ivan Orlov|direct|The sanctions announced today are symbolic. They are a warning"}},
    // A speech participle joined by "and" to a participle phrase after a comma.
    {"participle_joined_by_and",
     "Ivan Orlov reacted to the decision on Twitter, calling it \"a shot in the city's own "
     "foot\" and predicting that the residents will pay much more for water.\n",
     {"Ivan Orlov|indirect|the residents will pay much more for water"}},
    // A spokesperson's title naming the body, then the name; the source an outlet cites
    // before the verb; "made it clear", "drew attention that".
    {"spokesperson_title_cited_source_and_more_cues",
     "Spokesperson for the Ukrainian Foreign Ministry Anna Berg said that the city expects "
     "\"concrete steps\".\n\nThe agency, referring to a source in the ministry, reported that "
     "the talks would resume.\n\nIvan Orlov made it clear that the port would stay open. He "
     "drew attention that the texts take time to read.\n",
     {"Anna Berg|mixed|the city expects \"concrete steps\"",
      "source in the ministry|indirect|the talks would resume",
      "Ivan Orlov|indirect|the port would stay open",
      "Ivan Orlov|indirect|the texts take time to read"}},
    // A title with its complement before a known name opens no one new: "him" is the
    // name's, not the envoy's named before.
    {"title_with_a_complement_before_a_known_name",
     "Russian envoy Vasily Nebenzya said the West was lying.\n\nThe Permanent Representative "
     "of Ukraine to Austria Sergiy Kyslytsya, in response, called on Russia to stop. According "
     "to him, the Russian statements are \"a cynical lie\".\n",
     {"Vasily Nebenzya|indirect|the West was lying",
      "Sergiy Kyslytsya|mixed|the Russian statements are \"a cynical lie\""}},
    // A quotation after a colon that closes a verb joined by "and" to the subject's first.
    {"quotation_after_a_joined_verb",
     "Mayor Anna Berg said that the flood had \"destroyed the old town\" and called on the "
     "country to help: \"Money now. Pumps now. Every hour of delay costs homes.\"\n",
     {"Anna Berg|mixed|the flood had \"destroyed the old town\"",
      "Anna Berg|direct|Money now. Pumps now. Every hour of delay costs homes"}},
    // "announced what he called ..." names something and reports no clause; the
    // participle after it does.
    {"what_he_called_is_no_clause",
     "Mayor Anna Berg announced what she called a \"special cleaning operation\" in a "
     "televised address, claiming it was aimed at the \"renewal\" of the city.\n",
     {"Anna Berg|mixed|it was aimed at the \"renewal\" of the city"}},
    // A pronoun subject after an opening phrase with no comma; a pronoun's report of what
    // it told someone; "and" inside a quoted fragment splits nothing. Not a pronoun after
    // a conjunction that opens a clause of its own.
    {"pronoun_after_an_opening_phrase_and_its_report",
     "Mayor Anna Berg summoned the contractor.\n\nIn a statement afterwards she said she had "
     "told him that the city \"will be isolated and held to account\" and that the council "
     "would act.\n\nThe court ruled that the firm had erred after she told her employer she was "
     "ill.\n",
     {"Anna Berg|mixed|the city \"will be isolated and held to account\"",
      "Anna Berg|indirect|the council would act",
      "?|indirect|the firm had erred after she told her employer she was ill"}},
    // "asked" after "although" reports no claim of another speaker: the clause goes on.
    {"although_asked_goes_on",
     "Anna Berg said that the council \"was the first to leak\" the document, although it "
     "itself asked to keep it confidential.\n",
     {"Anna Berg|mixed|the council \"was the first to leak\" the document, although it itself "
      "asked to keep it confidential"}},
    // A past form after a comma and before a preposition is no cue with a speaker after
    // it.
    {"held_in_a_place_is_no_cue",
     "The ministers failed to reach an agreement in their first meeting, held in the city on "
     "Thursday with the mediation of Foreign Minister Anna Berg.\n",
     {}},
    // "expressed the opinion that"; a name after the name of an institute and its field,
    // and where the words were spoken, between the subject and the verb.
    {"expert_of_an_institute_expressed_the_opinion",
     "The expert of the Institute of Energy Strategy Mikhail Orlov in the conversation with our "
     "site expressed the opinion that Europe will not be able to refuse the gas.\n",
     {"Mikhail Orlov|indirect|Europe will not be able to refuse the gas"}},
    // A body's name in quotation marks inside a title.
    {"quoted_body_name_in_a_title",
     "The official representative of \"Acme Gas\" Ivan Orlov told journalists that the gas is "
     "pumped as requested.\n\nThe head of \"Naftogaz of Ukraine\" Anna Berg, in an interview "
     "with a newspaper, said that the transit continues.\n",
     {"Ivan Orlov|indirect|the gas is pumped as requested",
      "Anna Berg|indirect|the transit continues"}},
    // The source a report cites is the speaker.
    {"cited_source_of_a_report",
     "The agency reported, citing Speaker Anna Berg, that the appeal would be sent "
     "\"immediately\".\n\nThe ministry said, citing intelligence data, that the troops had "
     "left.\n\nIvan Orlov, citing Anna Berg, said that the port was closed.\n",
     {"Anna Berg|mixed|the appeal would be sent \"immediately\"", "?|indirect|the troops had left",
      "Ivan Orlov|indirect|the port was closed"}},
    // A named speaker's words reported by a subject that is no speaker.
    {"report_of_a_named_speaker_by_no_speaker",
     "Earlier, the site reported that Deputy Minister Anna Berg said that the city sees no "
     "grounds for new talks.\n",
     {"Anna Berg|indirect|the city sees no grounds for new talks"}},
    // A relative clause on the object, opened by "that" and a verb, comes before the
    // clause's own "that" (not a past form used as an adjective: "that drained soils").
    {"relative_that_on_the_object",
     "Mayor Anna Berg spoke.\n\nShe warned any company that tried to interfere that the "
     "response would be swift.\n\nThe mayor noted in a statement that drained peat soils "
     "make up a third of the land.\n",
     {"Anna Berg|indirect|the response would be swift",
      "Anna Berg|indirect|drained peat soils make up a third of the land"}},
    // An opening participle's clause is the subject's claim too, however many commas it
    // holds.
    {"opening_participle_clause",
     "Mayor Anna Berg spoke.\n\nStressing that the city, as a member of the league, stands by "
     "its partners, the mayor said the council would not take any step that would \"pour fuel "
     "on the fire.\"\n",
     {"Anna Berg|indirect|the city, as a member of the league, stands by its partners",
      "Anna Berg|mixed|the council would not take any step that would \"pour fuel on the "
      "fire.\""}},
    // "said that A but that B", A's verb in the present after a possessive and a noun.
    {"but_that_after_a_present_verb",
     "Anna Berg said that her party supports helping the city but that the council has left "
     "the stocks thin.\n",
     {"Anna Berg|indirect|her party supports helping the city",
      "Anna Berg|indirect|the council has left the stocks thin"}},
    // ", but <name> said <clause>": another speaker's claim, with or without "that".
    {"but_a_named_speaker_said_a_bare_clause",
     "The ministry has said that it is pulling some forces back, but Secretary General Anna "
     "Berg said on Thursday the alliance had seen \"the opposite\" of what was announced.\n",
     {"?|indirect|it is pulling some forces back",
      "Anna Berg|mixed|the alliance had seen \"the opposite\" of what was announced"}},
    // A name qualifying a group is no mention of its bearer.
    {"name_qualifying_a_group",
     "President Joe Biden left.\n\nSenior Biden administration officials on Friday warned "
     "that the troops were edging into final positions.\n",
     {"senior Biden administration officials|indirect|the troops were edging into final "
      "positions"}},
    // A name in an opening phrase, before the subject and its verb, has no appositive.
    {"subject_after_a_name_in_an_opening_phrase_is_no_appositive",
     "Prime Minister Ivan Orlov left. In an address from Anna Berg, the prime minister said the "
     "bridge had been \"shown again and again\" to be safe, but had closed it.\n",
     {"Ivan Orlov|mixed|the bridge had been \"shown again and again\" to be safe, but had closed "
      "it"}},
    // The head of government is the prime minister, not the head of another body.
    {"head_of_government_is_the_prime_minister",
     "Prime Minister Ivan Orlov said the sanctions must be tougher. Secretary General Anna Berg "
     "said the alliance was united.\n\n\"Every euro paid for gas goes to the war machine,\" the "
     "head of government said.\n",
     {"Ivan Orlov|indirect|the sanctions must be tougher",
      "Anna Berg|indirect|the alliance was united",
      "Ivan Orlov|direct|Every euro paid for gas goes to the war machine"}},
    // Nor a body's spokesperson named by its country: someone new, unless a role names the
    // country; an EU representative is no German spokesman.
    {"body_spokesperson_with_a_nationality_is_someone_new",
     "\"We have never been this close,\" Henrik Aasland told reporters. EU envoy Anna Berg, "
     "the bloc's representative, agreed.\n\nThe German government spokesman said the request "
     "was \"being examined\". The spokesman added that no date had been set.\n",
     {"Henrik Aasland|direct|We have never been this close",
      "German government spokesman|mixed|the request was \"being examined\"",
      "German government spokesman|indirect|no date had been set"}},
    // But not someone named who has not spoken: the description names someone else.
    {"nationality_and_role_do_not_describe_someone_silent",
     "Karl Jensen watched from the quay.\n\nThe Norwegian defence minister said the patrols "
     "would go on.\n",
     {"?|indirect|the patrols would go on"}},
    // A person's spokesperson speaks for the person, not for a body whose spokesperson was
    // quoted before.
    {"person_spokesman_speaks_for_the_person",
     "A spokesman for the Department of Housing said councils were responsible.\n\nGareth "
     "Holloway, the Conservative MP, said he would meet the minister. Mr Holloway's spokesman "
     "said the MP was \"appalled\" by the news.\n",
     {"Department of Housing|indirect|councils were responsible",
      "Gareth Holloway|indirect|he would meet the minister",
      "Gareth Holloway|mixed|the MP was \"appalled\" by the news"}},
    // After "and", the subject of the clause before, not a name in its object.
    {"coordinated_predicate_takes_the_clause_subject",
     "Opposition leader Martin Greaves spoke on Monday.\n\nHe called for Ms Okafor to resign "
     "and said his group would table a motion of no confidence.\n",
     {"Martin Greaves|indirect|his group would table a motion of no confidence"}},
    // Someone named by the surname alone, misspelt once; "the judge" refers to a justice.
    {"surname_alone_misspelt_once",
     "Mr Justice Pembroke said that the council had acted unlawfully.\n\nMr Justice Pembrok "
     "found that the documents were flawed.\n\n\"The decision had already been taken,\" the "
     "judge said.\n",
     {"Pembroke|indirect|the council had acted unlawfully",
      "Pembroke|indirect|the documents were flawed",
      "Pembroke|direct|The decision had already been taken"}},
    // A standfirst's description with no article goes to the next person named whose role
    // holds its head, past someone else named first.
    {"standfirst_description_named_after_another_person",
     "District Court judge says that the scheme struck at the integrity of the banking "
     "system.\n\nChan Ka-lok, 41, pleaded guilty in January.\n\nPassing sentence on Tuesday, "
     "Judge Ann Lee said the offences were carefully planned.\n",
     {"Ann Lee|indirect|the scheme struck at the integrity of the banking system",
      "Ann Lee|indirect|the offences were carefully planned"}},
    // A description that refers back to no one goes to the next person named who speaks,
    // known first name or not, or whose title shares one of its words (not a place named in
    // its claim); with "the", only to someone whose title holds its head or shares a word.
    {"description_named_by_the_next_speaker",
     "Commitments worth $14.9 billion were signed, the kingdom's deputy minister for "
     "technology said on Tuesday.\n\nSpeaking at a conference, Taifur al-Mazrahi said the "
     "deals would add capacity.\n",
     {"Taifur al-Mazrahi|indirect|Commitments worth $14.9 billion were signed",
      "Taifur al-Mazrahi|indirect|the deals would add capacity"}},
    {"description_named_by_a_title_that_shares_a_word",
     "The United Nations' top humanitarian official warned on Monday that civilians in El "
     "Fasher could face famine within weeks.\n\n\"I was wrong,\" Under-Secretary-General for "
     "Humanitarian Affairs Marguerite Olawale told the council.\n",
     {"Marguerite Olawale|indirect|civilians in El Fasher could face famine within weeks",
      "Marguerite Olawale|direct|I was wrong"}},
    {"description_with_the_named_by_a_title_with_its_head",
     "Prices will rise by 5 percent next year, the central bank governor said on Monday.\n\n"
     "Kiprotich Wanyama, a farmer, said costs were high. Governor Amani Kiplagat said "
     "inflation was easing.\n\nThe spokesman said the talks had failed.\n\nTom Reed said "
     "the vote was fair.\n",
     {"Amani Kiplagat|indirect|Prices will rise by 5 percent next year",
      "Kiprotich Wanyama|indirect|costs were high", "Amani Kiplagat|indirect|inflation was easing",
      "?|indirect|the talks had failed", "Tom Reed|indirect|the vote was fair"}},
    // A health authority is a body ("Coastal Ridge Health"); a person with an honorific
    // after a lower-case organisation word is no body.
    {"health_authority_and_an_honorific_after_an_organisation_word",
     "Coastal Ridge Health said in a statement that the exposures occurred at two "
     "schools.\n\nOpposition spokesman on health Dr Ann Lee-Gordon, however, accused the "
     "government of acting slowly.\n\n\"You cannot fight dengue with press conferences,\" "
     "Lee-Gordon told reporters.\n",
     {"Coastal Ridge Health|indirect|the exposures occurred at two schools",
      "Ann Lee-Gordon|direct|You cannot fight dengue with press conferences"}},
    // A place named before that heads the lead is no speaker's label.
    {"place_heading_the_lead_is_no_label",
     "Polls for Greater Ashford by March\n\nAshford: The State Election Commission on Monday "
     "told the High Court that the polls could be held by the end of March.\n",
     {"State Election Commission|indirect|the polls could be held by the end of March"}},
    // People described by their trade or part in a case, with a relative clause after them.
    {"trades_and_parts_in_a_case_are_roles",
     "A juror who spoke to reporters on the condition that she not be named said the panel "
     "had read the e-mails.\n\nOne maintenance fitter, who asked not to be named because he "
     "was still employed by the company, said staff had been told of the decision.\n",
     {"juror|indirect|the panel had read the e-mails",
      "maintenance fitter|indirect|staff had been told of the decision"}},
    // "testified" is a cue.
    {"testified_is_a_cue",
     "Hannah Szabo ran the laboratory.\n\n\"I said it in writing, I said it in meetings,\" Szabo "
     "testified last week.\n",
     {"Hannah Szabo|direct|I said it in writing, I said it in meetings"}},
    // A person after the possessive of what they belong to; a corps is a body.
    {"person_after_a_possessive_and_a_corps",
     "The NDP's Faisal Qureshi finished third.\n\nLabour's Qureshi told reporters that his "
     "party's vote had held up.\n\nThe Corps of Engineers said that its study was on "
     "schedule.\n",
     {"Faisal Qureshi|indirect|his party's vote had held up",
      "Corps of Engineers|indirect|its study was on schedule"}},
    // "The agency", "the army" refer back to the body last named.
    {"agency_and_army_refer_back",
     "The World Food Programme said in a statement that it had resumed distributions. The "
     "agency warned that the window was closing.\n\nThe Uganda People's Defence Forces says "
     "its troops killed 40 fighters.\n\nThe army says 17 hostages were rescued.\n",
     {"World Food Programme|indirect|it had resumed distributions",
      "World Food Programme|indirect|the window was closing",
      "Uganda People's Defence Forces|indirect|its troops killed 40 fighters",
      "Uganda People's Defence Forces|indirect|17 hostages were rescued"}},
    // A known body's short name opening a longer name is not the speaker; a body named
    // after what it is goes by the name.
    {"longer_name_and_name_after_what_it_is",
     "According to the UN Office for the Coordination of Humanitarian Affairs (OCHA), at least "
     "23 aid trucks were turned back.\n\nPiped water reaches two-thirds of households, "
     "according to the city-owned water company Aqua Metro.\n",
     {"UN Office for the Coordination of Humanitarian Affairs|indirect|at least 23 aid trucks "
      "were turned back",
      "Aqua Metro|indirect|Piped water reaches two-thirds of households"}},
    // A plural possessive in a clause reported without "that".
    {"plural_possessive_in_a_bare_clause",
     "Ann Lee spoke.\n\nShe said the auditors' report would be published soon.\n",
     {"Ann Lee|indirect|the auditors' report would be published soon"}},
    // A clause reported without "that" may open with a quoted phrase.
    {"bare_clause_opening_with_a_quoted_phrase",
     "Tom Berg said \"extremist forces\" had looted six trucks.\n",
     {"Tom Berg|mixed|\"extremist forces\" had looted six trucks"}},
    // An elided particle in a name; a body named after lower-case words for what it is.
    {"elided_particle_and_a_body_after_what_it_is",
     "Jeanne d'Arc Uwase, a community health worker in Gisagara District, said many patients "
     "stop taking their medicine once they feel better.\n\nConsumer rights group CUTS Kabwe "
     "said the increase was unfair.\n",
     {"Jeanne d'Arc Uwase|indirect|many patients stop taking their medicine once they feel "
      "better",
      "CUTS Kabwe|indirect|the increase was unfair"}},
    // An unnamed source after a place in a name of several words, with a relative clause.
    {"unnamed_source_at_a_named_place_with_a_relative_clause",
     "A police officer at Central Police Station who spoke on condition of anonymity said "
     "officers had been told to stop.\n\nA resident of Debark who spoke to reporters by phone "
     "said the town had no power.\n",
     {"police officer at Central Police Station|indirect|officers had been told to stop",
      "resident of Debark|indirect|the town had no power"}},
    // What a denial denies is no claim of the speaker's.
    {"denied_accusations_are_no_claim",
     "The ministry has repeatedly denied accusations that it allows supplies to reach the "
     "rebels.\n\nThe ministry denied that it had sent troops.\n",
     {"?|indirect|it had sent troops"}},
    // A cue with an object before "but said" reports no clause of its own.
    {"object_before_but_said",
     "Lt Jules Kasongo, a spokesman for the army, confirmed the operation but said 31 rebels "
     "had been killed.\n\nAna Brenes said the party remained \"the only national party\" but "
     "admitted that it had lost touch.\n\nThe Chamber of Passenger Transport Companies said "
     "that fares would rise.\n",
     {"Jules Kasongo|indirect|31 rebels had been killed",
      "Ana Brenes|mixed|the party remained \"the only national party\"",
      "Ana Brenes|indirect|it had lost touch",
      "Chamber of Passenger Transport Companies|indirect|fares would rise"}},
    // A name that ends in what a company makes is a company's, to which "the company" and
    // the first word of the name refer.
    {"company_named_by_what_it_makes",
     "Kelmora Lithium will close its refinery and cut 300 jobs.\n\nIn a statement on Tuesday, "
     "the company said production would be wound down.\n\nKelmora said it expected a "
     "charge.\n",
     {"Kelmora Lithium|indirect|production would be wound down",
      "Kelmora Lithium|indirect|it expected a charge"}},
    // An honorific after a known first name is a surname.
    {"honorific_after_a_first_name_is_a_surname",
     "Human rights lawyer Maria Ratu said the detention raised serious questions.\n",
     {"Maria Ratu|indirect|the detention raised serious questions"}},
    // A body's name may end in a list: "the Ministry of Trade, Industry and Energy".
    {"body_name_ending_in_a_list",
     "The Ministry of Trade, Industry and Energy said in a statement that it would open an "
     "investigation.\n",
     {"Ministry of Trade, Industry and Energy|indirect|it would open an investigation"}},
    // A company's name may hold words that are no names ("Energy"); a body's complement does
    // not run into the name of the person whose title it ends.
    {"company_name_with_common_words_and_a_title_complement",
     "Kelmora Energy Solutions will recall 140,000 battery units, the company said "
     "Tuesday.\n\nThis was stated by Minister of Strategic Industries of Ukraine Oleksandr "
     "Kavun.\n\nKavun said the plant would open in May.\n",
     {"Kelmora Energy Solutions|indirect|Kelmora Energy Solutions will recall 140,000 battery "
      "units",
      "Oleksandr Kavun|indirect|the plant would open in May"}},
    // A titled name before an appositive of where the person works is the speaker's.
    {"titled_name_before_of_where_they_work",
     "Economist Lucas Fernandez Arrieta, of the consultancy Analitica Sur, estimated that the "
     "strike would cost $200 million.\n",
     {"Lucas Fernandez Arrieta|indirect|the strike would cost $200 million"}},
    // A relative clause that names the person described gives the speaker.
    {"relative_clause_names_the_person",
     "A fisherman at the bay, who gave his name only as Wendell, said the works had pushed "
     "sand onto the ramp.\n\n\"Nobody came to talk to us,\" he said.\n\nThe rebels' chief "
     "negotiator, who uses the alias Ramiro Vargas, said that the group remained committed to "
     "the ceasefire.\n",
     {"Wendell|indirect|the works had pushed sand onto the ramp",
      "Wendell|direct|Nobody came to talk to us",
      "Ramiro Vargas|indirect|the group remained committed to the ceasefire"}},
    // A quotation ending in "?" or "!" ends its sentence before the attribution after it.
    {"question_mark_ends_the_quote_before_its_attribution",
     "Tom Reed spoke.\n\nAnn Lee left early.\n\n\"We will win this fight in the end. Why would we "
     "not?\" Reed said.\n",
     {"Tom Reed|direct|We will win this fight in the end. Why would we not?"}},
    // Parties and counsel in a case: "one of the petitioners", "submitted that"; the body a
    // counsel works for is no name of theirs.
    {"parties_and_counsel_in_a_case",
     "Counsel for GECOM, Teshawna Lyte, had argued that the errors were clerical.\n\nSunil "
     "Hewage, convener of the collective, one of the petitioners, said that families had been "
     "hit hardest.\n\nPresident's Counsel Nihal Jayasekera submitted that the revision had "
     "been approved without consultation.\n\nGECOM said it respects the decision of the "
     "court.\n",
     {"Teshawna Lyte|indirect|the errors were clerical",
      "Sunil Hewage|indirect|families had been hit hardest",
      "Nihal Jayasekera|indirect|the revision had been approved without consultation",
      "GECOM|indirect|it respects the decision of the court"}},
    // A name after "the" with no organisation word is a body's.
    {"body_named_after_the",
     "The Harvesters said in a letter to commissioners in April that the deal would raise "
     "prices.\n",
     {"Harvesters|indirect|the deal would raise prices"}},
    // A hyphenated role is a description: "the vice-minister" refers back.
    {"hyphenated_role_refers_back",
     "Deputy Foreign Minister Martin Echeverria spoke in the capital.\n\nAsked whether the "
     "policy had failed, the vice-minister said that the two tracks were separate.\n",
     {"Martin Echeverria|indirect|the two tracks were separate"}},
    // "that" glued to the word after it.
    {"that_glued_to_the_next_word",
     "The union said in a statement thatthe decision confirms the strength of the system.\n",
     {"?|indirect|the decision confirms the strength of the system"}},
    // An acronym in brackets after the audience of "told"; a spokesperson named after the
    // body is the speaker.
    {"told_an_audience_with_its_acronym",
     "A spokesman for the commission, Jan Kowalski, told the Polish Press Agency (PAP) that "
     "the recount would take two weeks.\n",
     {"Jan Kowalski|indirect|the recount would take two weeks"}},
    {"spokesperson_named_after_the_body",
     "A spokeswoman for the ministry, Ann Lee, told reporters that the plan would go ahead.\n",
     {"Ann Lee|indirect|the plan would go ahead"}},
    // ", telling <audience> that ...": a participle of speech with its audience.
    {"participle_with_an_audience",
     "Ann Lee welcomed the ruling, telling broadcaster TVN24 that her campaign had collected "
     "dozens of testimonies.\n",
     {"Ann Lee|indirect|her campaign had collected dozens of testimonies"}},
    // A role after a possessive pronoun is a description, named after it.
    {"possessive_pronoun_role_named_after_it",
     "A court sentenced Ann Lee to six years, her lawyer told Reuters on Tuesday.\n\nHer "
     "lawyer, Sergei Teplov, said that the defence would appeal.\n",
     {"Sergei Teplov|indirect|A court sentenced Ann Lee to six years",
      "Sergei Teplov|indirect|the defence would appeal"}},
    // A relative clause opened by "some of whom" inside a clause reported without "that".
    {"quantified_relative_clause_inside_a_bare_clause",
     "Ann Lee arrived.\n\nShe said the men, some of whom were filming the patrol, had "
     "demanded that it turn back.\n",
     {"Ann Lee|indirect|the men, some of whom were filming the patrol, had demanded that it "
      "turn back"}},
    // A cue in a relative clause and the sentence's own cue after it: two claims.
    {"relative_clause_claim_and_the_main_claim",
     "Ann Lee, who had argued that closing the homes would save money, said she would study "
     "the judgment carefully.\n",
     {"Ann Lee|indirect|closing the homes would save money",
      "Ann Lee|indirect|she would study the judgment carefully"}},
    // A participle with a quotation after a colon, its subject named with "himself".
    {"participle_with_a_quotation_after_a_colon",
     "Pavel Sitnikov arrived. Ann Lee left.\n\nSitnikov himself declined to comment, saying "
     "only: \"I came because she is my colleague.\"\n",
     {"Pavel Sitnikov|direct|I came because she is my colleague"}},
    // The spokesperson of a body whose name holds "of" and "and" speaks for the body.
    {"spokesperson_of_a_body_named_with_of_and_and",
     "A Department of Health and Social Care spokesman said: \"Decisions are a matter for "
     "local authorities.\"\n",
     {"Department of Health and Social Care|direct|Decisions are a matter for local "
      "authorities"}},
    // Capitalized words holding a place word are a body's name, not a person's.
    {"body_named_with_a_place_word",
     "Coastal Valley Power said in a statement that it was \"deeply disappointed\" and would "
     "appeal.\n",
     {"Coastal Valley Power|mixed|it was \"deeply disappointed\" and would appeal"}},
    // A quoted line's marker before a quotation or an according-to phrase.
    {"quoted_line_marker",
     "Ann Lee spoke.\n\n> \"The talks have failed,\" Ann Lee said.\n\n> According to the "
     "statistics office, the dams were at 18 percent of capacity.\n",
     {"Ann Lee|direct|The talks have failed",
      "statistics office|indirect|the dams were at 18 percent of capacity"}},
    // An appositive opened by an article gives a person named outside a claim their role.
    {"appositive_with_an_article_is_a_role",
     "Maria Sousa, the environment minister, spoke on Monday.\n\n\"We are not facing a dry "
     "year,\" the minister said after a cabinet meeting.\n",
     {"Maria Sousa|direct|We are not facing a dry year"}},
    // A short quote right after an attributed one in the paragraph is the same speaker's.
    {"short_continuation_quote",
     "\"I am not going to pretend that the last mile is easy,\" Henrik Berg said. \"It never "
     "is.\"\n",
     {"Henrik Berg|direct|I am not going to pretend that the last mile is easy",
      "Henrik Berg|direct|It never is"}},
    // A document of someone named speaks for them.
    {"document_of_someone_named",
     "Paul Merriman, the finance director, spoke.\n\nMr Merriman's notice warns that even a "
     "sale would not close the gap.\n",
     {"Paul Merriman|indirect|even a sale would not close the gap"}},
    // A clause ending in a quotation whose closing mark follows the comma, then the
    // attribution.
    {"clause_ending_in_a_quotation_before_its_attribution",
     "A deal is \"closer than it looks from the outside,\" US envoy Daniel Whitcombe said on "
     "Tuesday.\n",
     {"Daniel Whitcombe|mixed|A deal is \"closer than it looks from the outside,\""}},
    // A clause reported without "that" opened by a one-word name and a past form, before a
    // later "but that".
    {"bare_clause_opened_by_a_name_before_but_that",
     "A State Department spokesperson said Washington supported the efforts but that the "
     "rebels bore sole responsibility.\n",
     {"State Department|indirect|Washington supported the efforts but that the rebels bore "
      "sole responsibility"}},
    // A name after a lower-case organisation word is a body's; "the airline" refers to it.
    {"body_named_after_its_kind",
     "Dubai-based carrier Qamar Air reported a record profit.\n\nRevenue rose 18 per cent to "
     "Dh21.4 billion, the airline said in a statement on Wednesday.\n",
     {"Qamar Air|indirect|Revenue rose 18 per cent to Dh21.4 billion"}},
    // A surname with its particle refers to the person named in full; a caption with a
    // comma before the title; a quoted line's marker is no part of the claim.
    {"surname_with_its_particle_and_a_captioned_quote",
     "Chairman and CEO Khaled Al Mansoori said the airline would buy 40 aircraft.\n\n\"Demand "
     "is structural,\" Al Mansoori told a press conference.\n\n> We are not chasing size for its "
     "own sake. Every aircraft we order has a route waiting for it.\n\nKhaled Al Mansoori, "
     "Chairman and CEO, Qamar Air\n",
     {"Khaled Al Mansoori|indirect|the airline would buy 40 aircraft",
      "Khaled Al Mansoori|direct|Demand is structural",
      "Khaled Al Mansoori|direct|We are not chasing size for its own sake. Every aircraft we "
      "order has a route waiting for it"}},
    // A given name alone names again someone named in full before.
    {"given_name_names_again",
     "Tomasz Wrona attended. Coach Lars Lindqvist spoke to the press.\n\nOutside, Tomasz "
     "read a short statement. \"I have never taken a banned substance in my life,\" he "
     "said.\n",
     {"Tomasz Wrona|direct|I have never taken a banned substance in my life"}},
    // A link list's lead-in glued to a paragraph's end names nobody "she" refers to.
    {"link_lead_in_at_a_paragraphs_end",
     "Port director Vera Lindqvist told reporters the harbour would reopen. READ MORE:\n* Storm "
     "hits coast\n* Ferries cancelled\nShe said the repairs had cost more than expected.\n",
     {"Vera Lindqvist|indirect|the harbour would reopen",
      "Vera Lindqvist|indirect|the repairs had cost more than expected"}},
    // A participle's phrase before the subject is none of it, however long.
    {"participle_phrase_before_the_subject",
     "Speaking to reporters at the airport upon arrival at Oranje today, Pim Kessel "
     "apologised to fans and said the team had let itself down.\n",
     {"Pim Kessel|indirect|the team had let itself down"}},
    {"participle_phrase_and_comma_before_the_subject",
     "Passing sentence on Tuesday, Judge Ana Kovac said the offences had been planned.\n",
     {"Ana Kovac|indirect|the offences had been planned"}},
    // An honorific of two words goes with the other honorifics.
    {"honorific_of_two_words",
     "League president Tan Sri Marlina Abdul Rahim said the league had invested heavily.\n\n"
     "\"We cannot keep waiting,\" said Marlina.\n",
     {"Marlina Abdul Rahim|indirect|the league had invested heavily",
      "Marlina Abdul Rahim|direct|We cannot keep waiting"}},
    // A surname with an Irish particle, written once without its accent.
    {"particle_surname_without_its_accent",
     "Union leader Aoife Ní Bhraonáin said the wards were full.\n\n\"Our members are in "
     "tears,\" Ms Ní Bhraonain said.\n",
     {"Aoife Ní Bhraonáin|indirect|the wards were full",
      "Aoife Ní Bhraonáin|direct|Our members are in tears"}},
    {"surname_without_its_diacritics",
     "Presiding judge Mirela Kovačević said the court was satisfied.\n\n\"The evidence is "
     "clear,\" Judge Kovacevic said.\n",
     {"Mirela Kovačević|indirect|the court was satisfied",
      "Mirela Kovačević|direct|The evidence is clear"}},
    // "and pointed to ..." is the speaker's second act, not part of the claim.
    {"second_act_pointed_to",
     "A spokesperson for the Ministry of Housing said the government was \"reviewing the "
     "decision\" and pointed to $250 million in new funding.\n",
     {"Ministry of Housing|mixed|the government was \"reviewing the decision\""}},
    // An appositive inside a bare clause, before its verb.
    {"appositive_inside_a_bare_clause",
     "Vera Holm said the camp, home to around half a million people, was \"at breaking "
     "point\".\n\nThe weather service said the heat wave, the third of the season, would last "
     "until Sunday.\n",
     {"Vera Holm|mixed|the camp, home to around half a million people, was \"at breaking "
      "point\"",
      "weather service|indirect|the heat wave, the third of the season, would last until "
      "Sunday"}},
    // A bare clause of determiner, adjective, noun and a verb in the present.
    {"bare_clause_with_an_adjective_and_a_present_verb",
     "Labour Minister Rita Dahl, who signed the memorandum in Oslo, said the new deal puts "
     "the burden on employers.\n\nLena Ek acknowledged the existence of serious disagreements "
     "with Moravia.\n\nThe league has announced its toughest ever sanctions after a spike in "
     "assaults.\n",
     {"Rita Dahl|indirect|the new deal puts the burden on employers"}},
    // A sportsman's title is a role, however many words qualify it.
    {"champion_is_a_role",
     "Former world marathon champion Joseph Kiprono, now a coach in Iten, said the case "
     "showed that athletes needed protection.\n\n\"We failed them,\" the champion said.\n",
     {"Joseph Kiprono|indirect|the case showed that athletes needed protection",
      "Joseph Kiprono|direct|We failed them"}},
    // "the co-operative" refers back to the co-operative named before.
    {"co_operative_refers_back",
     "Northvale Dairy Co-operative cut its forecast on Thursday.\n\nThe revised range is $9.10 "
     "to $10.10, the co-operative said in a statement.\n",
     {"Northvale Dairy Co-operative|indirect|The revised range is $9.10 to $10.10"}},
    // A party official described by his office.
    {"chieftain_is_a_role",
     "Meanwhile, a chieftain of the Unity Party, who spoke on condition of anonymity, said "
     "his party boycotted the election.\n",
     {"a chieftain of the Unity Party|indirect|his party boycotted the election"}},
    // A clause with an attribution of its own after a parenthetical one is a claim of its
    // own, not the rest of the first.
    {"parenthetical_then_attributed_clause",
     "Moravia will keep working with the agency, spokesman Karel Novak said on Monday, but "
     "he warned that any resolution would receive a response.\n",
     {"Karel Novak|indirect|Moravia will keep working with the agency",
      "Karel Novak|indirect|any resolution would receive a response"}},
    // Participles joined before their noun are adjectives, not a second cue.
    {"joined_participles_before_a_noun",
     "Jana Holm said the ministry had recorded 412 suspected and confirmed cases in January."
     "\n",
     {"Jana Holm|indirect|the ministry had recorded 412 suspected and confirmed cases in "
      "January"}},
    // A first surname alone names someone with two ("Benítez" for Alejandra Benítez Lugo).
    {"first_of_two_surnames",
     "The head of the water board, Alejandra Benítez Lugo, said supply would not be cut.\n\n"
     "\"We are better prepared than last year,\" Benítez said.\n",
     {"Alejandra Benítez Lugo|indirect|supply would not be cut",
      "Alejandra Benítez Lugo|direct|We are better prepared than last year"}},
    // A chiefly title is an honorific.
    {"chiefly_title_is_an_honorific",
     "Village headman Ratu Josefa Vunivalu said the village would move.\n\n\"We are ready,\" "
     "Ratu Josefa said.\n",
     {"Josefa Vunivalu|indirect|the village would move", "Josefa Vunivalu|direct|We are ready"}},
    // The writer's note that a claim is unverified is no part of it.
    {"unverified_note_after_the_claim",
     "The military said it had struck \"a weapons depot\" belonging to the group, a claim "
     "that could not be independently verified.\n\nA senior army officer told reporters "
     "that reinforcements had arrived. According to the officer, the rebels had lost 200 "
     "fighters, a figure the agency could not confirm.\n",
     {"?|mixed|it had struck \"a weapons depot\" belonging to the group",
      "senior army officer|indirect|reinforcements had arrived",
      "senior army officer|indirect|the rebels had lost 200 fighters"}},
    // "the statement read" attributes a quotation like "the statement said".
    {"statement_read",
     "The Harbour Board issued a statement on Sunday.\n\n\"The board thanks residents for "
     "their patience,\" the statement read.\n",
     {"Harbour Board|direct|The board thanks residents for their patience"}},
    // A body named only inside a claim is what a later "the fund" names by its head word.
    {"body_named_inside_the_claim",
     "A staff team from the Northern Monetary Fund concluded a visit to Vesterby on Thursday, "
     "the fund said in a statement.\n",
     {"Northern Monetary Fund|indirect|A staff team from the Northern Monetary Fund concluded "
      "a visit to Vesterby on Thursday"}},
    // A person named only with a possessive is someone a later "he" refers to.
    {"person_named_with_a_possessive",
     "Tomasz Wrona's appeal against his ban finished on Thursday.\n\n\"I have never taken a "
     "banned substance,\" he said.\n",
     {"Tomasz Wrona|direct|I have never taken a banned substance"}},
    // A pronoun tells the gender a name did not: after "She told ..." for Dr Kim Berg, a
    // "he" is someone else.
    {"pronoun_tells_the_gender",
     "Tomasz Wrona appealed on Monday.\n\nThe evidence came from the expert, Dr Kim "
     "Berg. She told the tribunal that the levels were normal.\n\n\"I will be back,\" he "
     "said.\n",
     {"Kim Berg|indirect|the levels were normal", "Tomasz Wrona|direct|I will be back"}},
    // Between two turns of an interview, the writer's paragraph that reports someone else
    // is no part of the turn before it.
    {"writers_paragraph_between_turns",
     "Editor: What is the situation now?\n\nLena Ortiz: It is worse than a year ago. Families "
     "are skipping meals.\n\nThe World Food Programme said last month that it had suspended "
     "food distributions in the north.\n\nEditor: What comes next?\n\nLena Ortiz: We expect "
     "the talks to resume in March.\n",
     {"Lena Ortiz|direct|It is worse than a year ago. Families are skipping meals",
      "World Food Programme|indirect|it had suspended food distributions in the north",
      "Lena Ortiz|direct|We expect the talks to resume in March"}},
    // A body's name may join words with "and".
    {"body_name_joined_by_and",
     "Figures from the Lakeland Nurses and Midwives Organisation showed 931 patients on "
     "trolleys.\n\nThe organisation said the wards were unsafe.\n",
     {"Lakeland Nurses and Midwives Organisation|indirect|the wards were unsafe"}},
    // "the conference" is the body headed by the word, not people named after it.
    {"body_not_people_named_after_it",
     "The Mid-Plains Conference voted on Tuesday to pay athletes.\n\nConference officials "
     "said the television deal made the payments possible.\n\nIn a statement released after "
     "the vote, the conference said it would appeal.\n",
     {"Conference officials|indirect|the television deal made the payments possible",
      "Mid-Plains Conference|indirect|it would appeal"}},
    // "estimated" takes a clause without "that".
    {"estimated_with_a_bare_clause",
     "Lawyer Priya Nair said the ruling was a breakthrough. She estimated the class could "
     "include as many as 60,000 households.\n",
     {"Priya Nair|indirect|the ruling was a breakthrough",
      "Priya Nair|indirect|the class could include as many as 60,000 households"}},
    // Adjectives in a row may open a bare clause.
    {"adjectives_in_a_row_open_a_bare_clause",
     "Analyst Karen Holm said older, smaller plants were the most exposed.\n",
     {"Karen Holm|indirect|older, smaller plants were the most exposed"}},
    // A trailing "according to" may name the source with an appositive and a relative
    // clause.
    {"trailing_according_to_with_a_relative_clause",
     "Workers learned of the decision at a meeting on Monday, according to Ray Lund, "
     "president of the local union, which represents about 210 workers at the plant.\n",
     {"Ray Lund|indirect|Workers learned of the decision at a meeting on Monday"}},
    // "The governing body" may be any body named before, one named in passing too; an
    // introductory phrase may go on after "and".
    {"governing_body_refers_back",
     "The Northern Cycling Union welcomed the ruling. The governing body said in a statement "
     "that the decision was sound.\n\nIn a letter sent to the board this week, and seen by "
     "reporters, the body said the association had made \"insufficient progress\".\n",
     {"Northern Cycling Union|indirect|the decision was sound",
      "Northern Cycling Union|mixed|the association had made \"insufficient progress\""}},
    // "But" opening the sentence is no part of the subject.
    {"but_before_a_name_and_its_appositive",
     "But Kenny Rask, general secretary of the Northern Senior Football Referees' Association, "
     "warned that the new rules would mean little.\n",
     {"Kenny Rask|indirect|the new rules would mean little"}},
    // A name of several words or an acronym before a lower-case word for what it is goes
    // by the name.
    {"name_before_what_it_is",
     "The Football Supporters Lakeland network said in a statement that fans had \"paid the "
     "price\".\n\nThe strike will take place on Thursday, the RMT union said.\n",
     {"Football Supporters Lakeland|mixed|fans had \"paid the price\"",
      "RMT|indirect|The strike will take place on Thursday"}},
    // A body described by what it is ("the CAS panel", "the Gavi vaccine alliance") goes
    // by its name, an acronym spelt out before in full, and that word alone refers back
    // to it.
    {"described_body_and_its_kind_refer_back",
     "The Court of Arbitration for Sport (CAS) dismissed the appeal on Monday.\n\nThe CAS "
     "panel said the rider had failed to explain the test. The panel said it was \"not "
     "persuaded\" by his account.\n\nThe Gavi vaccine alliance said supplies were short. The "
     "alliance added that donors had been slow.\n",
     {"Court of Arbitration for Sport|indirect|the rider had failed to explain the test",
      "Court of Arbitration for Sport|mixed|it was \"not persuaded\" by his account",
      "Gavi|indirect|supplies were short", "Gavi|indirect|donors had been slow"}},
    // An acronym that opens someone's title names the body, not the person.
    {"acronym_of_the_body_in_a_title",
     "NFA chief executive Alan Moss said the bans were overdue.\n\nAccording to the NFA, the "
     "new sanctions will apply from October 1.\n",
     {"Alan Moss|indirect|the bans were overdue",
      "NFA|indirect|the new sanctions will apply from October 1"}},
    // A lede's "the company" is the body its claim names; a company's legal suffix is an
    // organisation word; a place it is based in leaves "the company" a back reference.
    {"lede_company_and_based_in",
     "Gulfmark Chemical Co. will close its plant by the end of the year, the company said "
     "Monday.\n\nIn a statement, the Houston-based company said the closure was necessary.\n",
     {"Gulfmark Chemical Co|indirect|Gulfmark Chemical Co. will close its plant by the end of "
      "the year",
      "Gulfmark Chemical Co|indirect|the closure was necessary"}},
    // A cue's past form after a preposition or a determiner is an adjective.
    {"past_form_after_a_preposition_is_an_adjective",
     "A lawsuit accusing Northvale Power of overcharging customers through estimated meter "
     "readings can proceed, a High Court judge has ruled.\n",
     {"High Court judge|indirect|A lawsuit accusing Northvale Power of overcharging customers "
      "through estimated meter readings can proceed"}},
    // A name before an e-mail address is an author's note, not a turn of speech.
    {"name_before_an_address_is_no_turn",
     "The measles cases rose again, officials said on Monday.\n\nAaron Whitfield: "
     "awhitfield@example.com; Aaron Whitfield covers public health for the paper.\n",
     {"officials|indirect|The measles cases rose again"}},
    // The title of someone addressed is no part of the subject; "urges" takes its object,
    // not a speaker after it.
    {"vocative_title_and_urges_with_its_object",
     "Q: Minister, many farmers say the government is choosing tourism over farming. Is "
     "that fair?\n\nAgency says magma at highest level since 2015, urges residents to check "
     "evacuation routes\n",
     {"many farmers|indirect|the government is choosing tourism over farming"}},
    // International bodies go by their full names, also when written as acronyms.
    {"international_bodies_by_full_name",
     "A convoy reached the city on Monday, the UN said.\n\nThe IMF said growth would slow. "
     "The fund said rates would rise.\n",
     {"United Nations|indirect|A convoy reached the city on Monday",
      "International Monetary Fund|indirect|growth would slow",
      "International Monetary Fund|indirect|rates would rise"}},
    // A person named in passing with a middle initial; "Limited" ends a company's name.
    {"middle_initial_and_limited",
     "Chief prosecutor Edwin K. Barsi welcomed the ruling. \"Today's decision sends a clear "
     "message,\" he said.\n\nNorthvale Copper Mines Limited suspended work on Monday. The "
     "company said the spill had been contained.\n",
     {"Edwin K Barsi|direct|Today's decision sends a clear message",
      "Northvale Copper Mines Limited|indirect|the spill had been contained"}},
    // "According to <title>, <name>, <clause>": the claim is the named person's.
    {"according_to_a_title_and_the_name",
     "According to the Regional Medical Officer, Dr Paul Ruhinda, the outbreak was first "
     "detected on December 9.\n\nAccording to the ministry, Moravia has lost 200 tanks.\n",
     {"Paul Ruhinda|indirect|the outbreak was first detected on December 9",
      "?|indirect|Moravia has lost 200 tanks"}},
    // "the company" is the company named before, rather than an agency named since.
    {"the_company_is_the_company",
     "Northvale Copper Mines Limited suspended work on Monday. The Environmental Management "
     "Agency said the spill had reached the river.\n\nThe company said the leak had been "
     "contained.\n",
     {"Environmental Management Agency|indirect|the spill had reached the river",
      "Northvale Copper Mines Limited|indirect|the leak had been contained"}},
    // A name in the phrase of where someone spoke is no one "he" refers to.
    {"where_someone_spoke_is_not_the_speaker",
     "Former international Omar Haddad welcomed the move. Speaking on Gulf Sports Channel, he "
     "said the quota had long been too generous.\n",
     {"Omar Haddad|indirect|the quota had long been too generous"}},
};

INSTANTIATE_TEST_SUITE_P(Patterns, DetectTable, ::testing::ValuesIn(kCases),
                         [](const ::testing::TestParamInfo<Case>& info) {
                           return std::string(info.param.name);
                         });

// A title with no name in the article refers to the first speaker listed with that role;
// speakers with different roles the title names leave it unresolved.
TEST(Detect, TitleWithNoNameRefersToTheFirstSpeakerListedWithThatRole) {
  std::map<std::string, std::string> files = testing::ProjectRuleFiles();
  auto speakers = [](const char* third_role) {
    return std::string(R"({"fuzzy": {"max_distance": 2, "min_length": 6}, "speakers": [
      {"id": "a", "name": "Anna Berg", "aliases": ["Berg"], "gender": "f",
       "role": "Freedonian Foreign Minister"},
      {"id": "b", "name": "Ivan Orlov", "aliases": ["Orlov"], "gender": "m",
       "role": "Freedonian Foreign Minister"},
      {"id": "c", "name": "Tom Varga", "aliases": ["Varga"], "gender": "m", "role": ")") +
           third_role + "\"}]}";
  };
  auto first_speaker = [&](const char* third_role,
                           std::string text =
                               "Headline\n\nThe Freedonian foreign minister said "
                               "the talks had failed.\n") -> std::string {
    files["speakers.json"] = speakers(third_role);
    std::vector<std::string> errors;
    auto rules = RuleSet::LoadFromMemory(files, &errors);
    EXPECT_TRUE(errors.empty());
    if (!rules) return "no rules";
    Extractor ex(*rules, {});
    Document doc;
    doc.name = "t.txt";
    doc.bytes = text;
    std::vector<Record> records;
    EXPECT_TRUE(ex.Extract(doc, &records).ok());
    return records.empty() ? "no record" : records[0].speaker.value_or("?");
  };
  EXPECT_EQ(first_speaker("Freedonian Prime Minister"), "Anna Berg");
  EXPECT_EQ(first_speaker("Former Freedonian Foreign Minister"), "?");
  // Someone else the article names with the title holds it.
  EXPECT_EQ(first_speaker(
                "Freedonian Prime Minister",
                "Headline\n\nFreedonian foreign minister says the talks have failed\n\nSpeaking "
                "in Ankara, Foreign Minister Yasar Gunduz said the talks would go on.\n"),
            "Yasar Gunduz");
  EXPECT_EQ(first_speaker(
                "Freedonian Prime Minister",
                "Headline\n\nFreedonian foreign minister says the talks have failed\n\nSpeaking "
                "in Ankara, Foreign Minister Anna Berg said the talks would go on.\n"),
            "Anna Berg");
}

TEST(Detect, BlockQuoteWithCaptionLine) {
  auto got = Extract(
      "Headline\n\nThe mayor spoke after the vote.\n\nWe have waited for this bridge for ten "
      "years and now we will finally build it.\n\nTom Hardy Deputy Mayor of the City\n");
  ASSERT_EQ(got.size(), 1u);
  EXPECT_EQ(got[0],
            "Tom Hardy|direct|We have waited for this bridge for ten years and now we will finally "
            "build it");
}

TEST(Detect, BlockQuoteWithGluedCaption) {
  auto got = Extract(
      "Headline\n\nThe envoy spoke in Geneva.\n\nWe want a ceasefire and we want it now, before "
      "winter comes Ivan Orlovspecial envoy of the Council\n");
  ASSERT_EQ(got.size(), 1u);
  EXPECT_EQ(got[0],
            "Ivan Orlov|direct|We want a ceasefire and we want it now, before winter comes");
}

TEST(Detect, BlockQuoteWithAttributionLineAndParticiple) {
  auto got = Extract(
      "Headline\n\nFinance Minister Karl Stein spoke on Monday.\n\nThe budget is balanced and we "
      "will keep it that way...\n\n- Stein said, stressing that taxes would not rise.\n");
  ASSERT_EQ(got.size(), 2u);
  EXPECT_EQ(got[0], "Karl Stein|direct|The budget is balanced and we will keep it that way...");
  EXPECT_EQ(got[1], "Karl Stein|indirect|taxes would not rise");
  auto said = Extract(
      "Headline\n\nFinance Minister Karl Stein spoke on Monday.\n\nThe budget is balanced and we "
      "will keep it that way.\n\nSaid the minister.\n");
  ASSERT_EQ(said.size(), 1u);
  EXPECT_EQ(said[0], "Karl Stein|direct|The budget is balanced and we will keep it that way");
}

TEST(Detect, QuoteCarriedOverParagraphs) {
  auto got = Extract(
      "Headline\n\nGovernor Ana Lopes said:\n\n\"The first part of the plan is done.\n\n\"The "
      "second part starts next year,\" she said.\n");
  ASSERT_EQ(got.size(), 1u);
  EXPECT_EQ(
      got[0],
      "Ana Lopes|direct|The first part of the plan is done. The second part starts next year");
}

TEST(Detect, UnbalancedMarkDoesNotLoseTheRest) {
  auto got = Extract(
      "Headline\n\nThe club read a statement: \"The board backs the coach fully\n\nAnna Berg said "
      "that no decision would be taken before the summer.\n");
  // (The statement the club read runs to the end of its paragraph.)
  ASSERT_EQ(got.size(), 2u);
  EXPECT_EQ(got[0], "?|direct|The board backs the coach fully");
  EXPECT_EQ(got[1], "Anna Berg|indirect|no decision would be taken before the summer");
}

TEST(Detect, HeadlinesBoilerplateAndCommentsAreNotClaims) {
  auto got = Extract(
      "\"We will win,\" says coach before final\n\nAll news\n\nThe final is on Sunday.\n\nComments "
      "(2)\n\njoe 3 March 2022 10: 11\nI said that they would lose, and I still think so.\n");
  EXPECT_TRUE(got.empty()) << got[0];
}

TEST(Detect, RecordFieldsCarryMentionRoleCueAndRule) {
  auto records = ExtractRecords(
      "Headline\n\nMOSCOW, March 3. /TASS/. Kremlin spokesman Dmitry Peskov said on Tuesday that "
      "the talks would continue, Interfax reported.\n");
  ASSERT_EQ(records.size(), 1u);
  const Record& r = records[0];
  EXPECT_EQ(r.speaker, "Dmitry Peskov");
  EXPECT_EQ(r.mention, "Kremlin spokesman Dmitry Peskov");
  EXPECT_EQ(r.role, "Kremlin spokesman");
  EXPECT_EQ(r.cue, "said");
  EXPECT_EQ(r.type, "indirect");
  EXPECT_EQ(r.outlet, "TASS");
  EXPECT_EQ(r.rule, "indirect.subject_cue");
  // The outlet that reported it, at the sentence's end, is no part of the claim.
  EXPECT_EQ(r.claim, "the talks would continue");
  EXPECT_EQ(r.via, "Interfax");
  // Nor after a second claim.
  records = ExtractRecords(
      "Headline\n\nKremlin spokesman Dmitry Peskov said that the meeting was useful, but that "
      "the main format was unchanged, Russian state news agency RIA Novosti reported.\n");
  ASSERT_EQ(records.size(), 2u);
  EXPECT_EQ(records[1].claim, "the main format was unchanged");
  EXPECT_EQ(records[1].via, "RIA Novosti");
}

TEST(Detect, SentenceOpeningIntroWordIsNoPartOfTheMention) {
  auto records = ExtractRecords(
      "Headline\n\nEarlier NATO Secretary General Jens Stoltenberg stated that the alliance is "
      "ready to listen.\n");
  ASSERT_EQ(records.size(), 1u);
  EXPECT_EQ(records[0].mention, "NATO Secretary General Jens Stoltenberg");
  EXPECT_EQ(records[0].role, "NATO Secretary General");
}

TEST(Detect, ParticipleAfterAPredicateTakesTheSentenceSubject) {
  auto r = ExtractRecords(
      "Headline\n\nFisheries Minister Anna Berg declined to comment, saying only that the "
      "talks would resume.\n");
  ASSERT_EQ(r.size(), 1u);
  EXPECT_EQ(r[0].speaker, "Anna Berg");
  EXPECT_EQ(r[0].mention, "Fisheries Minister Anna Berg");
  EXPECT_EQ(r[0].cue, "saying");
  EXPECT_EQ(r[0].claim, "the talks would resume");
  EXPECT_EQ(r[0].rule, "indirect.subject_participle");
}

TEST(Detect, QuotedAsSayingNamesTheOneQuoted) {
  auto r = ExtractRecords(
      "Headline\n\nXinhua quoted commerce minister Wang Wentao as saying that the door to "
      "dialogue was open.\n");
  ASSERT_EQ(r.size(), 1u);
  EXPECT_EQ(r[0].speaker, "Wang Wentao");
  EXPECT_EQ(r[0].mention, "commerce minister Wang Wentao");
  EXPECT_EQ(r[0].role, "commerce minister");
}

TEST(Detect, StatementDateComesFromAroundTheClaim) {
  auto records = ExtractRecords(
      "Headline\n\nMOSCOW, March 3, 2022. /TASS/. Earlier, on March 1, Ivan Orlov said that the "
      "treaty of May 27, 1997 was still in force.\n");
  ASSERT_EQ(records.size(), 1u);
  EXPECT_EQ(records[0].date, "2022-03-03");
  EXPECT_EQ(records[0].said_on, "2022-03-01");
}

TEST(Detect, KnownNamesGluedToTheNextWordEndTheScan) {
  // A known name glued to the next word at the start of a sentence once looped forever.
  // The verb glued to the name is read as a word of its own.
  auto got = Extract("Headline\n\nLavrovsaid that it was fine and Blinkenstressed it.\n");
  EXPECT_EQ(got,
            std::vector<std::string>{"Sergey Lavrov|indirect|it was fine and Blinkenstressed it"});
}

TEST(Detect, SpanPointsIntoTheOriginalBytes) {
  std::string text =
      "Headline\n\n\xE2\x80\x9CThe port is open again,\xE2\x80\x9D Olga Petrenko said.\n";
  auto records = ExtractRecords(text);
  ASSERT_EQ(records.size(), 1u);
  EXPECT_EQ(text.substr(records[0].span.begin, records[0].span.end - records[0].span.begin),
            "The port is open again");
}

// The detector tokenizes each sentence once and hands parts of it on: a part that starts
// and ends at tokens must give what tokenizing its text gives.
TEST(DetectTokens, PartsOfASentenceAreTheTokensOfTheirText) {
  const std::string text =
      "  Foreign Minister Sergey Lavrov, 72, said on Monday that U.S. sanctions -- "
      "\"don't work\" -- had failed; the Russia-NATO talks (in 2.5 hours, 1,2345 and 19,000 "
      "people) were over... ";
  Span all{0, static_cast<uint32_t>(text.size())};
  std::vector<Token> t = Tokenize(text, all);
  ASSERT_GT(t.size(), 10u);
  for (size_t b = 0; b < t.size(); ++b) {
    for (size_t e = b + 1; e <= t.size(); ++e) {
      std::vector<Token> want = Tokenize(text, Span{t[b].span.begin, t[e - 1].span.end});
      TokenView got = TokenView(t).Sub(b, e);
      ASSERT_EQ(want.size(), got.size()) << b << " " << e;
      for (size_t k = 0; k < want.size(); ++k) {
        EXPECT_EQ(want[k].span, got[k].span);
        EXPECT_EQ(want[k].kind, got[k].kind);
        EXPECT_EQ(want[k].capitalized, got[k].capitalized);
      }
    }
  }
}

// A comma between a digit and three more is part of the number; other commas after
// digits are tokens of their own.
TEST(DetectTokens, ThousandsSeparatorsStayInTheirNumber) {
  const std::string text = "about 19,000 people, 1,2345 and 3,000,000. 5,00";
  std::vector<Token> t = Tokenize(text, Span{0, static_cast<uint32_t>(text.size())});
  std::vector<std::string> got;
  for (const auto& tok : t) {
    got.push_back(std::string(tok.span.View(text)) + (tok.kind == Token::kNumber ? "#" : ""));
  }
  EXPECT_EQ(got, (std::vector<std::string>{"about", "19,000#", "people", ",", "1#", ",", "2345#",
                                           "and", "3,000,000#", ".", "5#", ",", "00#"}));
  Token last;
  ASSERT_TRUE(LastToken(text, Span{0, 41}, &last));  // "... and 3,000,000"
  EXPECT_EQ(last.span.View(text), "3,000,000");
}

TEST(DetectTokens, AnInitialismsPossessiveIsOneWord) {
  const std::string text = "The U.N.'s office, the U.S. and Mr.'s";
  std::vector<Token> t = Tokenize(text, Span{0, static_cast<uint32_t>(text.size())});
  std::vector<std::string> got;
  for (const auto& tok : t) got.emplace_back(tok.span.View(text));
  EXPECT_EQ(got, (std::vector<std::string>{"The", "U.N.'s", "office", ",", "the", "U.S", ".", "and",
                                           "Mr", ".", "'", "s"}));
}

TEST(DetectTokens, CountsWordsUpToALimit) {
  const std::string text = "He said, in 2024, that the U.S. would not \"go\" there.";
  Span all{0, static_cast<uint32_t>(text.size())};
  size_t words = CountWordTokens(text, all);
  EXPECT_EQ(words, 10u);
  for (size_t limit = 0; limit <= words + 2; ++limit) {
    EXPECT_EQ(CountWordTokens(text, all, limit), std::min(words, limit)) << limit;
  }
}

TEST(DetectTokens, ComparesWithAsciiCaseFolding) {
  EXPECT_TRUE(EqualsLower("Said", "said"));
  EXPECT_TRUE(EqualsLower("ACCORDING", "according"));
  EXPECT_FALSE(EqualsLower("said", "Said"));  // the second word is taken as lower case
  EXPECT_FALSE(EqualsLower("says", "said"));
  EXPECT_FALSE(EqualsLower("sai", "said"));
  // Only ASCII letters fold: other bytes, UTF-8 included, stay as they are.
  EXPECT_EQ(ToLower("Ärzte SAID Ünd"), "Ärzte said Ünd");
  EXPECT_FALSE(EqualsLower("Ärzte", "ärzte"));
}

TEST(DetectTokens, MentionFromTokensMatchesMentionFromSpan) {
  Lexicon lex(testing::Rules());
  const std::string text = "Russian Foreign Minister Sergey Lavrov, the veteran diplomat, also";
  std::vector<Token> t = Tokenize(text, Span{0, static_cast<uint32_t>(text.size())});
  for (size_t b = 0; b < t.size(); ++b) {
    for (size_t e = b + 1; e <= t.size(); ++e) {
      Mention from_span, from_tokens;
      bool a = lex.ParseMention(text, Span{t[b].span.begin, t[e - 1].span.end}, &from_span);
      bool c = lex.ParseMention(text, TokenView(t).Sub(b, e), &from_tokens);
      ASSERT_EQ(a, c) << b << " " << e;
      if (!a) continue;
      EXPECT_EQ(from_span.kind, from_tokens.kind);
      EXPECT_EQ(from_span.span, from_tokens.span);
      EXPECT_EQ(from_span.name, from_tokens.name);
      EXPECT_EQ(from_span.role, from_tokens.role);
    }
  }
}

}  // namespace
}  // namespace claims
