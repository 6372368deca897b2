// RuleSet: every domain fact the extractor uses, loaded once from a rules folder.
//
// The folder holds JSON files (comments allowed): cues.json, speakers.json,
// roles.json, outlets.json, dates.json, sections.json, boilerplate.json,
// abbreviations.json. Load() parses them, validates required fields, compiles every
// pattern once and checks that each pattern matches its own `example`. Problems are
// collected, all of them, as `file:line: id: message` lines; a RuleSet is returned only
// when there are none.
//
//   std::vector<std::string> errors;
//   auto rules = claims::RuleSet::Load("rules", &errors);
//   if (!rules) { for (auto& e : errors) std::cerr << e << "\n"; return 2; }
//
// A RuleSet is immutable after loading and shared by all threads; it deletes copy and
// move because stages keep references into it.
#ifndef CLAIMS_RULES_RULE_SET_H_
#define CLAIMS_RULES_RULE_SET_H_

#include <array>
#include <cstdint>
#include <map>
#include <memory>
#include <mutex>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "claims/rules/regex.h"

namespace claims {

class PatternFilter;

// A compiled pattern with its rule id.
struct PatternRule {
  std::string id;
  std::unique_ptr<Regex> re;
  // Set by RuleSet::Load: the filter of the list holding the rule (see MayMatch).
  const PatternFilter* list_filter = nullptr;
};

// The rules of each list of a PatternFilter that may match a text (see
// PatternFilter::MayMatch).
class FilterHits {
 public:
  // Indices, ascending, into list `k` of the filter.
  std::span<const int> Of(size_t k) const {
    size_t b = k == 0 ? 0 : ends_[k - 1];
    return std::span<const int>(rules_.data() + b, ends_[k] - b);
  }

 private:
  friend class PatternFilter;
  std::vector<int> rules_;    // per list, its indices; lists one after the other
  std::vector<size_t> ends_;  // per list, where its indices end in rules_
};

// Which rules of one or more pattern lists can match a text, found in one pass of an
// RE2::Set over all their patterns instead of one search per rule. Immutable and shared
// by the threads; the sets are compiled on first use.
//
//   PatternFilter f({&rules.comment_start, &rules.boilerplate_lines});
//   FilterHits hits;
//   f.MayMatch(line, 0, /*anchored=*/false, &hits);
//   for (int i : hits.Of(1)) { ... rules.boilerplate_lines[i] may match ... }
//
// A list may be marked as tried at the start of the text (`at_start`: the caller runs
// its rules with MatchAt at `pos`) inside a filter that is otherwise searched: one
// pass then answers for both kinds of list.
class PatternFilter {
 public:
  explicit PatternFilter(std::vector<const std::vector<PatternRule>*> lists,
                         std::vector<bool> at_start = {});
  PatternFilter(const PatternFilter&) = delete;
  PatternFilter& operator=(const PatternFilter&) = delete;

  // The rules that may match `text` as `re->MatchAt(text, pos)` (anchored) or
  // `re->Find(text, pos)` would: every rule that matches is listed (a listed rule may
  // still not match), so trying only these, in order, gives the same first match, or the
  // same matches, as trying them all. One pass over the text from `pos` on; a filter of
  // a single rule lists it without a pass (the rule's own search is as cheap). When the
  // set cannot tell (its memory budget ran out), every rule is listed. The rules of an
  // `at_start` list answer for `re->MatchAt(text, pos)` whatever `anchored` says; an
  // unanchored pass tells for them only from the start of the text (pos 0), and lists
  // them all otherwise.
  void MayMatch(std::string_view text, size_t pos, bool anchored, FilterHits* hits) const;

  // As MayMatch, with the indices into all the lists, one after the other (the first
  // list's rules are 0 .. size-1, the second's follow, ...).
  void Scan(std::string_view text, size_t pos, bool anchored, std::vector<int>* rules) const;

  size_t lists() const { return ends_.size(); }

 private:
  const RegexSet* Set(bool anchored) const;

  std::vector<std::string> patterns_;  // all lists, one after the other
  std::vector<size_t> ends_;           // per list, where its patterns end
  std::vector<bool> at_start_;         // per list
  // Compiled on first use, once per anchoring: most lists are only ever searched one way,
  // and compiling a set costs as much as compiling its patterns.
  mutable std::once_flag once_[2];
  mutable std::unique_ptr<RegexSet> sets_[2];  // null when a pattern is not accepted
};

// MayMatch of the filter of `list` (built by RuleSet::Load): the indices, ascending, of
// the rules of `list` that may match.
void MayMatch(const std::vector<PatternRule>& list, std::string_view text, size_t pos,
              bool anchored, std::vector<int>* out);

enum class Gender { kUnknown, kMale, kFemale };

struct CueVerb {
  std::string id;
  std::string form;          // one surface form, lower case ("said", "pointed out")
  bool bare_clause = false;  // may take a clause without "that" ("said the US would ...")
  bool quotes_only = false;  // attributes quotations only ('"Who will pay?" he asked')
};

struct Speaker {
  std::string id;
  std::string name;                  // canonical
  std::vector<std::string> aliases;  // including the canonical name
  Gender gender = Gender::kUnknown;
  std::string role;
  bool is_org = false;
};

struct Nominal {
  std::string id;
  std::string head;                     // "minister", "secretary of state"
  std::vector<std::string> compatible;  // lower-case substrings of roles it may refer to
};

struct Outlet {
  std::string id;
  std::string name;
  std::vector<std::string> aliases;
};

// Limits that keep a rules folder from someone else from blowing the memory: each rule
// file is read only up to kMaxRuleFileSize, and all the patterns together may use at
// most kRulesRegexBudget bytes of RE2 memory (compiled programs and match-time DFA
// caches): each pattern gets min(8 MiB, budget / number of patterns), and a pattern
// that does not fit its share is reported as not compiling. More patterns than
// budget / kMinPatternMem is an error.
inline constexpr uint64_t kMaxRuleFileSize = uint64_t{16} << 20;
inline constexpr int64_t kRulesRegexBudget = int64_t{256} << 20;
inline constexpr int64_t kMinPatternMem = int64_t{256} << 10;
// RE2 memory of a PatternFilter's set per pattern it holds: every pattern is in at most
// two filters (its list's and a stage's), each compiled for at most two anchorings, so
// the filters add at most 4 * kFilterMemPerPattern per pattern to the budget above.
inline constexpr int64_t kFilterMemPerPattern = int64_t{256} << 10;

struct RuleSet {
  // `threads` > 1 compiles the patterns on that many threads; the result and the errors
  // are the same as with one.
  static std::unique_ptr<const RuleSet> Load(const std::string& dir,
                                             std::vector<std::string>* errors, int threads = 1);
  // As Load, from file contents held in memory (file name -> text), e.g. for fuzzing.
  static std::unique_ptr<const RuleSet> LoadFromMemory(
      const std::map<std::string, std::string>& files, std::vector<std::string>* errors,
      int threads = 1);
  RuleSet() = default;
  RuleSet(const RuleSet&) = delete;
  RuleSet& operator=(const RuleSet&) = delete;

  std::string dir;

  // cues.json
  std::vector<CueVerb> verbs;                // longest form first
  std::vector<CueVerb> participles;          // "emphasizing", "adding" (caption tails)
  std::vector<PatternRule> according;        // "according to" + speaker
  std::vector<PatternRule> opinion;          // "in her opinion," (pronoun group `pron`)
  std::vector<PatternRule> back_references;  // "This was stated by X" (groups verb, who)
  std::vector<PatternRule> alias_clauses;    // ", who gave his name only as X," (group name)
  // A title naming whose words the page is: "Briefing by <who>" (group who).
  std::vector<PatternRule> document_speakers;
  std::vector<std::string> complementizers;  // "that", "the fact that"
  std::vector<std::string> glued_words;      // "notedthat": "noted" + "that"
  std::unordered_set<std::string> title_cue_words;
  // ", calling it ...": a phrase after a reported clause that is not part of it
  std::unordered_set<std::string> characterising_participles;
  // "<speaker> called <something> "<words>"": a claim of the words about it
  std::unordered_set<std::string> characterising_verbs;
  // "... and called for more funding": a second predicate of the speaker after the claim
  std::unordered_set<std::string> second_predicates;
  std::unordered_set<std::string> denied_objects;  // "accusations": "denied accusations that"
  // ", pointing to ...", ", hinting at ...": the writer's comment on the speaker after a
  // claim, not part of it (", allowing ..." may be the speaker's)
  std::unordered_set<std::string> commentary_participles;
  std::unordered_set<std::string> audience_words;  // "told reporters ...": the object of tell
  std::unordered_set<std::string> speech_markers;
  std::unordered_set<std::string>
      clause_markers;  // a bare reported clause must hold one  // "we", "i", "you": text reads as
                       // speech  // words before a quote that make it a title
  int min_direct_words = 4;

  // speakers.json
  std::vector<Speaker> speakers;
  int fuzzy_max_distance = 2;
  int fuzzy_min_length = 6;

  // roles.json
  std::unordered_set<std::string> role_words;      // lower case
  std::unordered_set<std::string> role_modifiers;  // "first", "deputy", "vice", "russian"
  std::vector<Nominal> nominals;
  std::unordered_map<std::string, Gender> pronouns;  // "he" -> male
  std::unordered_set<std::string> female_first_names;
  std::unordered_set<std::string> male_first_names;
  std::vector<std::string> female_surname_suffixes;
  std::unordered_set<std::string> org_words;        // ministry, department, kremlin, sources
  std::unordered_set<std::string> intro_words;      // earlier, meanwhile, however
  std::unordered_set<std::string> adverbs;          // between subject and cue: also, has
  std::unordered_set<std::string> not_names;        // capitalized words that are no names
  std::unordered_set<std::string> speaking_places;  // "Russia said": states and blocs as speakers
  std::unordered_set<std::string> honorifics;       // mr, mrs, sir: part of a name as written
  std::unordered_set<std::string> past_role_words;  // former, ex: an office no longer held
  std::unordered_set<std::string> quantifiers;      // two, several: "two EU diplomats"
  std::unordered_set<std::string> delegate_words;   // "the representative of Japan" speaks for it
  std::unordered_set<std::string> demonyms;         // "the Dutchman": the person last named
  // "the company": the organisation last named, whatever its name
  std::unordered_set<std::string> org_back_references;
  std::unordered_set<std::string> company_words;      // "lithium": "Halcrest Lithium" is a company
  std::unordered_set<std::string> statement_words;    // "the statement said": its issuer
  std::unordered_set<std::string> document_words;     // "Mr Lee's notice warns": his
  std::unordered_set<std::string> collective_groups;  // "Police said": a group with no "s"
  // "the Russian Embassy in Oslo": a body named with the city it sits in
  std::unordered_set<std::string> sited_bodies;
  std::unordered_set<std::string> counterpart_nouns;  // "his Chinese counterpart"
  // "French", "Turkish": nationalities the demonyms list does not hold (adjectives that
  // are no nouns for a person), told apart in roles ("the Algerian minister" is not the
  // "French Foreign Minister")
  std::unordered_set<std::string> nationality_adjectives;
  std::unordered_set<std::string> name_suffixes;  // jr, sr, iii: dropped from a name
  // "moscow" -> "Russia": the state a capital speaks for
  std::unordered_map<std::string, std::string> capital_states;
  // The state the side named by its adjective stands for: "the Ukrainian side" is Ukraine.
  std::unordered_map<std::string, std::string> side_states;
  // "gov" -> "governor": abbreviated titles, role words read as the words in full
  std::unordered_map<std::string, std::string> title_abbreviations;
  std::unordered_set<std::string> spokes_words;    // "a spokesperson for OpenAI" speaks for it
  std::unordered_set<std::string> org_pronouns;    // "it": refers back to an organisation
  std::unordered_set<std::string> name_particles;  // de, van, von: lower-case inside names
  std::unordered_set<std::string> prepositions;
  std::unordered_set<std::string> function_words;  // sentence starters that end a headline

  // outlets.json
  std::vector<Outlet> outlets;
  // Every name and alias of `outlets`, lower-cased and without a leading "the", to the
  // outlet's index (FindOutlet).
  std::unordered_map<std::string, size_t> outlet_index;
  std::vector<std::string> edition_suffixes;          // "english": "LRT English" is LRT
  std::unordered_set<std::string> masthead_words;     // "tribune": "Dhaka Tribune" is a paper
  std::unordered_set<std::string> publication_words;  // "newspaper": "X is a ... newspaper"
  std::vector<PatternRule> credits;                   // `via` patterns, group `outlet`

  // dates.json
  std::unordered_map<std::string, int> months;         // lower-case name or abbreviation -> 1..12
  std::unordered_map<std::string, int> weekdays;       // lower-case -> 0 (Monday) .. 6
  std::unordered_map<std::string, int> relative_days;  // "yesterday" -> -1
  std::vector<PatternRule> full_dates;     // groups day, month, year (month by name or number)
  std::vector<PatternRule> partial_dates;  // groups day, month (no year)
  std::vector<PatternRule> month_years;    // groups month, year (no day): year hints only

  // sections.json
  std::vector<PatternRule> header_fields;   // group `value`; id prefix tells the field
  std::vector<PatternRule> datelines;       // groups month, day, year?, outlet?
  std::vector<PatternRule> outlet_markers;  // group outlet: "(Reuters) -" inside a glued lead
  // group outlet: a line in which the publisher names itself ("... is a correspondent at X")
  std::vector<PatternRule> publisher_lines;
  // group outlet: a line that names the publisher, known or not ("Copyright: X, 2025")
  std::vector<PatternRule> publisher_names;
  // group outlet: a credit that names a known outlet as its maker ("Illustration: X/Axios"),
  // taken when nothing else names the publisher
  std::vector<PatternRule> publisher_credits;
  std::vector<PatternRule> comment_start;
  std::vector<PatternRule> comment_header;  // groups author?, ts
  std::vector<PatternRule> comment_item;    // numbered item line that opens a comment
  std::vector<PatternRule> signatures;      // group author: signs the embedded post above
  int heading_max_words = 14;

  // boilerplate.json
  std::vector<PatternRule> boilerplate_lines;
  std::vector<PatternRule> injected;  // inline injected links: group `lead`

  // abbreviations.json
  std::unordered_set<std::string> abbreviations;  // without the final dot, as written

  const Speaker* FindSpeakerById(std::string_view id) const;
  const Outlet* FindOutlet(std::string_view name_or_alias) const;

  // Every pattern list above, for what treats them alike (filters, counts).
  template <typename Self>
  static auto PatternLists(Self& r) {
    return std::array{&r.according,       &r.opinion,           &r.back_references,
                      &r.alias_clauses,   &r.document_speakers, &r.credits,
                      &r.full_dates,      &r.partial_dates,     &r.month_years,
                      &r.header_fields,   &r.datelines,         &r.outlet_markers,
                      &r.publisher_lines, &r.publisher_names,   &r.publisher_credits,
                      &r.comment_start,   &r.comment_header,    &r.comment_item,
                      &r.signatures,      &r.boilerplate_lines, &r.injected};
  }

  // One filter per pattern list above (PatternRule::list_filter points into these).
  std::vector<std::unique_ptr<PatternFilter>> filters;
};

// Finds the rules folder when --rules is not given, in this order:
// $CLAIMS_RULES, <exe dir>/../share/claims/rules, ./rules. Returns "" if none exists.
std::string FindRulesDir(const std::string& exe_path);

}  // namespace claims

#endif  // CLAIMS_RULES_RULE_SET_H_
