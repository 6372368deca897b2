// Lexicon: the word-level knowledge of a RuleSet, ready for matching.
//
// Tokenizing, recognising person names, role phrases, pronouns, nominal mentions and
// organisations, and matching names to known speakers (aliases, case, and misspellings
// within the fuzzy threshold of speakers.json). Every stage that must tell a name from
// a role asks the Lexicon, so segment, detect and attribute agree.
//
//   claims::Lexicon lex(rules);
//   const claims::Speaker* s = lex.MatchSpeaker("Sergei Lavrov");   // Sergey Lavrov
//   claims::Mention m;
//   if (lex.ParseMention(text, span, &m)) { ... m.kind, m.name, m.role ... }
#ifndef CLAIMS_RULES_LEXICON_H_
#define CLAIMS_RULES_LEXICON_H_

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "claims/rules/rule_set.h"
#include "claims/span.h"

namespace claims {

// How the text names the speaker at the attribution.
// kDelegate: someone who speaks for a state or body, which is the speaker ("the
// representative of Japan", "Japan's delegate", "a spokesperson for OpenAI"); `name` is
// the state or body.
enum class MentionKind { kNone, kName, kPronoun, kNominal, kOrg, kCaption, kDelegate };

struct Mention {
  MentionKind kind = MentionKind::kNone;
  Span span;         // the mention as written ("Foreign Minister Sergey Lavrov")
  Span name;         // the name inside it, if any ("Sergey Lavrov")
  std::string role;  // title or appositive role, as written
  // A nominal that describes someone new: "a source familiar with the matter",
  // "people close to the talks" (see Lexicon::ParseMention).
  bool described = false;
};

struct Token {
  enum Kind : uint8_t { kWord, kNumber, kPunct, kQuote };
  Span span;
  Kind kind = kWord;
  bool capitalized = false;  // first letter upper case (ASCII or non-ASCII letter)
};

// A read-only run of consecutive tokens: all of a Tokenize result or a part of one. The
// tokens of a part that starts and ends at token boundaries are the tokens Tokenize
// gives for the text it covers, so a caller that has tokenized a sentence can pass any
// stretch of it on without tokenizing again.
class TokenView {
 public:
  TokenView() = default;
  TokenView(const std::vector<Token>& t) : data_(t.data()), size_(t.size()) {}  // NOLINT
  TokenView(const Token* data, size_t size) : data_(data), size_(size) {}

  size_t size() const { return size_; }
  bool empty() const { return size_ == 0; }
  const Token& operator[](size_t i) const { return data_[i]; }
  const Token& front() const { return data_[0]; }
  const Token& back() const { return data_[size_ - 1]; }
  const Token* begin() const { return data_; }
  const Token* end() const { return data_ + size_; }
  // Tokens [b, e).
  TokenView Sub(size_t b, size_t e) const { return TokenView(data_ + b, e - b); }

 private:
  const Token* data_ = nullptr;
  size_t size_ = 0;
};

// Words (letters, digits, apostrophes and inner hyphens), numbers, quote marks and
// single punctuation characters of `span`.
std::vector<Token> Tokenize(std::string_view text, Span span);
// The first `max_tokens` tokens of Tokenize(text, span), reading no further.
std::vector<Token> Tokenize(std::string_view text, Span span, size_t max_tokens);
// How many word tokens Tokenize(text, span) gives, without building them.
size_t CountWordTokens(std::string_view text, Span span);
// min(CountWordTokens(text, span), limit), reading no further than the limit-th word.
size_t CountWordTokens(std::string_view text, Span span, size_t limit);
// The last token Tokenize(text, span) gives, found by reading only the end of the span;
// false when the span holds no token.
bool LastToken(std::string_view text, Span span, Token* last);
// Whether the dot at `dot` glues two sentences: a lower-case word of three bytes or more
// from `part` before it, a capital after it ("Lavrov noted.He did not ..."). Tokens and
// sentences both end there. `dot + 1` must lie inside `text`.
bool GluedSentenceAt(std::string_view text, uint32_t part, uint32_t dot);

// `c` in lower case when it is an ASCII letter, else as it is.
char FoldAscii(char c);
// `s` with ASCII letters in lower case; other bytes (UTF-8 included) as they are.
std::string ToLower(std::string_view s);
// Whether ToLower(word) == lower, without making the copy.
bool EqualsLower(std::string_view word, std::string_view lower);
// Whether ToLower(word) starts with `lower`, without the copy.
bool StartsWithLower(std::string_view word, std::string_view lower);
// Whether ToLower(a) == ToLower(b), without the copies.
bool EqualsFolded(std::string_view a, std::string_view b);
// Whether two names are the same letters, ignoring case and the diacritics of Latin-1 and
// Latin Extended-A letters: "Ní Mhurchu" is "Ní Mhurchú", "Hodzic" is "Hodžić".
bool SameLetters(std::string_view a, std::string_view b);
// `s` in lower case without those diacritics.
std::string FoldLetters(std::string_view s);
// Whether `word` is a possessive in 's ("Putin's").
bool IsPossessive(std::string_view word);
// Whether `word` is "his", "her" or "their" (any case): the owner of a role ("her
// lawyer", "his Chinese counterpart").
bool IsPossessivePronoun(std::string_view word);
// Whether `word` is an acronym: 2 to 6 capital letters ("RSF", "IAEA").
bool IsAcronym(std::string_view word);
// Whether `word` is a company's legal form ("Ltd", "Inc", "Corporation", "Berhad"): no part
// of the name it follows.
bool IsLegalForm(std::string_view word);
// A word written in capitals (letters, hyphens, apostrophes; two bytes or more): "KHIARI".
bool IsCapitalsWord(std::string_view word);
// A word in capitals as running text writes it: "Khiari", "Jean-Pierre", "O'Brien".
std::string TitleCase(std::string_view word);
// Whether a word reads as a past form ("pledged") or an -ing form ("hinting").
bool EndsInEd(std::string_view word);
bool EndsInIng(std::string_view word);

// Damerau-Levenshtein distance (optimal string alignment), bounded: returns
// `limit + 1` as soon as the distance exceeds `limit`.
int EditDistance(std::string_view a, std::string_view b, int limit);

class Lexicon {
 public:
  explicit Lexicon(const RuleSet& rules);
  Lexicon(const Lexicon&) = delete;
  Lexicon& operator=(const Lexicon&) = delete;

  const RuleSet& rules() const { return rules_; }

  // Known speaker named by `name` (an alias, any case, or a misspelling of one
  // within the fuzzy threshold that keeps the other words equal). nullptr if none.
  // `fuzzy`, if given, tells whether the match was within the threshold, not exact.
  const Speaker* MatchSpeaker(std::string_view name, bool* fuzzy = nullptr) const;
  // Longest known alias that starts at `pos` of `text`, even when glued to the next
  // word ("Anna Petrovaspokeswoman"): returns its length in bytes, 0 if none.
  size_t KnownNameAt(std::string_view text, size_t pos, const Speaker** who) const;

  // The word lists `word` is in (ASCII case folded), as bits: one lookup answers all of
  // IsRoleWord, IsOrgWord, ... for the same word.
  enum WordClass : uint32_t {
    kRoleWordClass = 1 << 0,
    kRoleModifierClass = 1 << 1,
    kOrgWordClass = 1 << 2,
    kPrepositionClass = 1 << 3,
    kIntroWordClass = 1 << 4,
    kNotNameClass = 1 << 5,
    kFunctionWordClass = 1 << 6,
    kAdverbClass = 1 << 7,
    kSpeechMarkerClass = 1 << 8,
    kPronounClass = 1 << 9,
    kPronounMaleClass = 1 << 10,
    kPronounFemaleClass = 1 << 11,
    kHonorificClass = 1 << 12,
    kNameParticleClass = 1 << 13,
    kSpeakingPlaceClass = 1 << 14,  // a whole phrase: "the united states"
    kClauseMarkerClass = 1 << 15,
    kAudienceWordClass = 1 << 16,
    kTitleCueWordClass = 1 << 17,
    kWeekdayClass = 1 << 18,
    kMonthClass = 1 << 19,
    kRelativeDayClass = 1 << 20,
    kQuantifierClass = 1 << 21,
    kDelegateWordClass = 1 << 22,
    kSpokesWordClass = 1 << 23,
    kOrgPronounClass = 1 << 24,
    kDemonymClass = 1 << 25,
    kFirstNameClass = 1 << 26,  // male_first_names or female_first_names
    kOrgBackReferenceClass = 1 << 27,
    kStatementWordClass = 1 << 28,
    kCharacterisingClass = 1 << 29,
    kCharacterisingVerbClass = 1u << 30,
    kNameSuffixClass = 1u << 31,  // "Jr", "III": no surname
  };
  uint32_t WordClasses(std::string_view word) const;

  bool IsRoleWord(std::string_view word) const;
  bool IsRoleModifier(std::string_view word) const;
  bool IsOrgWord(std::string_view word) const;
  // "northern", "southern", "eastern", "western": before a nationality, "the Northern
  // Irishman" still refers back to a person.
  static bool IsCompassPoint(std::string_view word);
  // A verb of cues.json's second_predicates ("accused", "called").
  bool IsSecondPredicate(std::string_view word) const { return second_predicates_.Get(word) != 0; }
  // A word of roles.json's company_words ("lithium", "diagnostics").
  bool IsCompanyWord(std::string_view word) const { return company_words_.Get(word) != 0; }
  // A participle of cues.json's commentary_participles ("pointing", "hinting").
  bool IsCommentaryParticiple(std::string_view word) const {
    return commentary_participles_.Get(word) != 0;
  }
  bool IsPreposition(std::string_view word) const;
  bool IsIntroWord(std::string_view word) const;
  bool IsNotName(std::string_view word) const;
  bool IsFirstName(std::string_view word) const;
  // A hyphenated title with a role word among its parts: "Commander-in-Chief".
  bool IsHyphenatedRole(std::string_view word) const;
  // A name word behind a joined particle: "al-Maqtari".
  bool IsJoinedParticleName(std::string_view word) const;
  bool IsFunctionWord(std::string_view word) const;
  bool IsAbbreviation(std::string_view word) const;
  // End (exclusive) of the person name that starts at token `k`: up to four name-like
  // capitalized words, honorifics ("Mr", "Mr.") and inner particles ("de"); `k` when
  // none starts there.
  size_t NameRunEnd(std::string_view text, TokenView t, size_t k) const;
  bool IsHonorific(std::string_view word) const;
  // `name` without leading honorifics and with single spaces: "Sir Julian Hartley" ->
  // "Julian Hartley".
  std::string PlainName(std::string_view name) const;

  // Gender of a pronoun ("he"), kUnknown and false when `word` is not one.
  bool Pronoun(std::string_view word, Gender* g) const;
  // Whether t[k] is the family name "He" before a given name ("He Lifeng").
  bool SurnameHeAt(std::string_view text, TokenView t, size_t k) const;
  // Gender guessed from a person name (first-name lists, surname suffixes).
  Gender NameGender(std::string_view name) const;
  // The nominal whose head ends `phrase` ("the top Russian diplomat" -> diplomat).
  const Nominal* MatchNominal(std::string_view phrase) const;

  // The cue verb (or participle) whose words start at token `i`: returns how many tokens
  // it spans (0 if none) and sets `cue`.
  size_t CueAt(std::string_view text, TokenView t, size_t i, const CueVerb** cue) const;
  size_t ParticipleAt(std::string_view text, TokenView t, size_t i) const;
  // A complementizer ("that", "the fact that") starting at token `i`: tokens spanned.
  size_t ComplementizerAt(std::string_view text, TokenView t, size_t i) const;
  // Splits each lower-case word that is a one-word speech verb glued to one of the rules'
  // glued_words ("notedthat", "saidin") into the two words.
  void SplitGluedCues(std::string_view text, std::vector<Token>* t) const;
  // Whether `span` reads like speech: it holds a first- or second-person word.
  bool IsSpeechLike(std::string_view text, Span span) const;

  // Classifies a subject phrase as a mention: pronoun, nominal, name (with title or
  // appositive role), organisation. `span` is trimmed of leading intro words and
  // trailing adverbs first. Returns false when it is none of these.
  bool ParseMention(std::string_view text, Span span, Mention* m) const;
  // The same for the span from the first to the last of `t`, tokens of `text`.
  bool ParseMention(std::string_view text, TokenView t, Mention* m) const;
  // Whether `t` (the whole phrase) is a delegate mention, "the representative of the
  // Russian Federation" or "Japan's delegate"; fills `m` when it is.
  bool ParseDelegate(std::string_view text, TokenView t, Mention* m) const;
  // Whether `t` is a group in the plural with no determiner, in lower case: "officials",
  // "Western officials" aside (a capital opens that one), "industry analysts".
  bool BarePluralGroup(std::string_view text, TokenView t) const;
  // Whether `t` (the whole phrase) is an unnamed source described by what follows its
  // head: "a source familiar with the matter", "people close to the talks".
  bool SourceWithPostmodifier(std::string_view text, TokenView t) const;
  // Whether lower-case `word` opens a participle phrase that tells who someone is, after
  // a head noun: "a diplomat involved in the talks", "a group representing residents",
  // "a Kyiv-based analyst" (not how they spoke: "an official speaking on condition of
  // anonymity", "an official briefing reporters").
  bool IsIdentifyingParticiple(std::string_view word) const;
  // Whether t[b, e) (lower case after its determiner) describes the full name set off by
  // commas after it: "The candidate, Sian Hughes,", "His co-rapporteur, Dragos Tudorache,".
  bool DescriptionBeforeName(std::string_view text, TokenView t, size_t b, size_t e) const;

  // A short attribution line under a block quote: "Said the minister.", "- Lavrov
  // explained, emphasizing that <clause>", "Lavrov said." On success sets the mention,
  // the cue span and, when a participle clause follows ("emphasizing that ..."), its
  // span in `clause` (else an empty span).
  bool ParseAttributionLine(std::string_view text, Span span, Mention* m, Span* cue,
                            Span* clause) const;

  // A caption "<Name> <Role phrase>" (name and role possibly glued) that ends at
  // `span.end`; on success `name` and `role` are set and `start` is where it begins.
  bool ParseCaption(std::string_view text, Span span, Span* start_to_end, Span* name,
                    Span* role) const;

 private:
  bool IsPersonNameTokens(std::string_view text, TokenView t, size_t b, size_t e) const;
  bool SegmentIsNounPhrase(std::string_view text, TokenView t, size_t b, size_t e,
                           bool appositive) const;
  size_t MatchForms(std::string_view text, TokenView t, size_t i, const std::vector<CueVerb>& forms,
                    const CueVerb** cue) const;
  const RuleSet& rules_;
  // Lower-case alias -> speaker, and lower-case last word -> speakers for fuzzy
  // matching.
  std::unordered_map<std::string, const Speaker*> alias_;
  std::vector<std::pair<std::string, const Speaker*>> aliases_by_length_;
  // The keys of alias_ split into words, by number of words, for fuzzy matching.
  std::vector<std::vector<std::pair<std::vector<std::string>, const Speaker*>>>
      alias_words_by_count_;
  // FuzzyKey(words) -> indices into alias_words_by_count_[words.size()] of the aliases
  // with those words before the last: the only ones a fuzzy match may be.
  std::unordered_map<std::string, std::vector<size_t>> fuzzy_candidates_;
  // The same aliases by their first byte, each list longest first, for KnownNameAt.
  std::vector<const std::pair<std::string, const Speaker*>*> aliases_by_first_byte_[256];
  // The same again by their first two bytes (first << 8 | second): the aliases of key k
  // are [alias_pair_start_[k], alias_pair_start_[k + 1]) of aliases_by_pair_, in the
  // order of aliases_by_first_byte_; an alias of one byte is under every key of its byte.
  std::vector<uint32_t> alias_pair_start_;
  std::vector<const std::pair<std::string, const Speaker*>*> aliases_by_pair_;
  // Cue forms by their first word, each list in rule order (longest form first): a token
  // is compared only with the forms that can start with it.
  struct FormWords {
    const CueVerb* cue;
    std::vector<std::string> rest;  // the words after the first
  };
  // Lower-case words with a value each, looked up with ASCII case folding (as ToLower
  // folds) and no lower-case copy: open addressing over one flat array of short keys,
  // so a lookup touches a cache line or two.
  class FoldedWordTable {
   public:
    void Build(const std::unordered_map<std::string, uint32_t>& words);
    uint32_t Get(std::string_view word) const;  // 0 when absent

   private:
    static constexpr size_t kInline = 27;
    struct Slot {
      uint32_t value = 0;
      uint8_t size = 0;  // 0: empty slot
      char key[kInline];
    };
    std::vector<Slot> slots_;
    size_t mask_ = 0;
    // Lengths and (folded) first bytes of the non-empty keys: most words that are not
    // keys are turned away by these before hashing.
    size_t min_size_ = SIZE_MAX;
    size_t max_size_ = 0;
    uint64_t first_bytes_[4] = {};
    uint32_t empty_word_ = 0;                               // value of "", if listed
    std::unordered_map<std::string, uint32_t> long_words_;  // keys longer than kInline
  };
  // First word of a form -> 1 + index into the lists of forms starting with it.
  FoldedWordTable verb_index_;
  FoldedWordTable participle_index_;
  std::vector<std::vector<FormWords>> form_lists_;
  size_t longest_first_word_ = 0;
  // Pairs of letters, folded to lower case, a bit each.
  class LetterPairs {
   public:
    void Add(char a, char b) { bits_[Index(a, b) >> 6] |= uint64_t{1} << (Index(a, b) & 63); }
    bool Has(char a, char b) const { return bits_[Index(a, b) >> 6] >> (Index(a, b) & 63) & 1; }

   private:
    static size_t Index(char a, char b) {
      return size_t{static_cast<unsigned char>(FoldAscii(a))} << 8 |
             static_cast<unsigned char>(FoldAscii(b));
    }
    std::array<uint64_t, 1024> bits_{};
  };
  // For SplitGluedCues: the first four letters of each verb form (packed, sorted), and the
  // first and last two letters of the verb forms, the last two of the glued words and the
  // first two of the role and organisation words.
  std::vector<uint32_t> verb_heads_;
  LetterPairs verb_head2_, verb_tail2_, glued_tail2_, role_head2_;
  // Every word of the rules' word lists with a bit per list it is in.
  FoldedWordTable word_classes_;
  FoldedWordTable second_predicates_;
  FoldedWordTable company_words_;
  FoldedWordTable commentary_participles_;
  size_t longest_speaking_place_ = 0;  // no longer phrase is one
};

}  // namespace claims

#endif  // CLAIMS_RULES_LEXICON_H_
