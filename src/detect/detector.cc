#include "claims/detect/detector.h"

#include <algorithm>
#include <cstddef>
#include <cstdio>
#include <cstring>
#include <map>
#include <memory_resource>
#include <set>
#include <unordered_set>
#include <utility>

namespace claims {
namespace {

bool IsSpace(char c) { return c == ' ' || c == '\n' || c == '\t'; }
bool IsWordChar(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
         static_cast<unsigned char>(c) >= 0x80;
}
// A sign that stands inside a phrase: "$60", "5%", "Computer & Communications".
bool IsPhraseSign(char c) { return c == '$' || c == '%' || c == '&'; }
bool IsPunct(const std::string& text, const Token& t, char c) {
  return t.kind == Token::kPunct && text[t.span.begin] == c;
}
// A quoted line's or a list item's marker opening a line: "> ", "* ", "- ".
bool IsLineMarker(char c) { return c == '>' || c == '*' || c == '-'; }
// Whether a comma comes right before t[k], or a quotation mark closing after one
// ('to "be patient," noting that').
template <typename Tokens>
bool CommaBefore(const std::string& text, const Tokens& t, size_t k) {
  return (k >= 1 && IsPunct(text, t[k - 1], ',')) ||
         (k >= 2 && t[k - 1].kind == Token::kQuote && IsPunct(text, t[k - 2], ','));
}
// Where a claim ends when cut at t[k] after CommaBefore: before the comma, or after the
// quotation mark that closes after it.
template <typename Tokens>
uint32_t CutBefore(const std::string& text, const Tokens& t, size_t k) {
  return IsPunct(text, t[k - 1], ',') ? t[k - 1].span.begin : t[k - 1].span.end;
}
// Whether a verb is in the third person present: "maintains", "insists" (not "was", "has").
bool PresentVerbForm(std::string_view w) {
  return w.size() > 4 && w.back() == 's' && w[w.size() - 2] != 's' && w[w.size() - 2] != 'u';
}
// A lower-case word in -ed: "rejected", "pledged".
bool LowerEdWord(const std::string& text, const Token& t) {
  return t.kind == Token::kWord && !t.capitalized && EndsInEd(t.span.View(text));
}
// "about", "around", "over" or "under" before a number is no preposition but part of a
// quantity: "said about 19,000 people had been moved"; so is "at least" ("at most") before
// a number or a number word: "said at least six states had ...".
// (A number word is one of roles.json's quantifiers.)
bool ApproximateNumber(const Lexicon& lex, const std::string& text, const std::vector<Token>& t,
                       size_t k) {
  if (k + 2 < t.size() && EqualsLower(t[k].span.View(text), "at") &&
      (EqualsLower(t[k + 1].span.View(text), "least") ||
       EqualsLower(t[k + 1].span.View(text), "most"))) {
    std::string_view n = t[k + 2].span.View(text);
    return t[k + 2].kind == Token::kNumber || (lex.WordClasses(n) & Lexicon::kQuantifierClass) ||
           EqualsLower(n, "a") || EqualsLower(n, "half");
  }
  if (k + 1 >= t.size() || t[k + 1].kind != Token::kNumber) return false;
  std::string_view w = t[k].span.View(text);
  return EqualsLower(w, "about") || EqualsLower(w, "around") || EqualsLower(w, "over") ||
         EqualsLower(w, "under");
}

// A pair of quotation marks: the claim is [open+1, close).
struct Quote {
  uint32_t open = 0;
  uint32_t close = 0;  // position of the closing mark (or end of the block)
  bool closed = true;
  size_t block = 0;        // block of the closing mark
  size_t first_block = 0;  // block of the opening mark
  std::vector<Span> cuts;  // opening marks of continued paragraphs
};

Span Trim(const std::string& text, Span s) {
  while (s.begin < s.end && IsSpace(text[s.begin])) ++s.begin;
  while (s.end > s.begin && IsSpace(text[s.end - 1])) --s.end;
  return s;
}

// Removes trailing sentence punctuation and commas from a claim span (keeps a final
// ellipsis, and keeps punctuation followed by a closing quotation mark).
Span TrimClaimEnd(const std::string& text, Span s) {
  s = Trim(text, s);
  if (s.size() >= 3 && text.compare(s.end - 3, 3, "...") == 0) return s;
  while (s.end > s.begin && (text[s.end - 1] == '.' || text[s.end - 1] == ',' ||
                             text[s.end - 1] == ';' || text[s.end - 1] == ':')) {
    --s.end;
  }
  return Trim(text, s);
}

// Whether `s` holds at least `n` words.
bool HasWords(const std::string& text, Span s, size_t n) {
  return CountWordTokens(text, s, n) >= n;
}

// Spans with logarithmic lookups: a document may hold tens of thousands of claims and
// quotes, and every token asks whether it lies inside one of them. Spans come in any
// order (direct quotes of the whole document first, then reported speech block by
// block), so both adding and asking stay logarithmic: the positions covered are kept as
// disjoint runs, and the starts of the spans in a set of their own.
class SpanSet {
 public:
  SpanSet() = default;
  SpanSet(const SpanSet&) = delete;
  SpanSet& operator=(const SpanSet&) = delete;

  void Add(Span s) {
    begins_.insert(s.begin);
    end_ = std::max(end_, s.end);
    stretch_ = Span{};
    if (s.empty()) return;
    // Merge with the runs it overlaps or touches.
    auto it = runs_.upper_bound(s.begin);
    if (it != runs_.begin()) {
      auto before = std::prev(it);
      if (before->second >= s.begin) {
        s.begin = before->first;
        s.end = std::max(s.end, before->second);
        runs_.erase(before);
      }
    }
    while (it != runs_.end() && it->first <= s.end) {
      s.end = std::max(s.end, it->second);
      it = runs_.erase(it);
    }
    runs_.emplace_hint(it, s.begin, s.end);
  }
  bool Contains(uint32_t pos) const {
    if (pos >= end_) return false;
    // Positions are mostly asked in text order: the stretch between two run starts found
    // by the last lookup usually answers the next one too.
    if (!stretch_.Contains(pos)) {
      auto it = runs_.upper_bound(pos);
      uint32_t next = it == runs_.end() ? UINT32_MAX : it->first;
      if (it == runs_.begin()) {
        stretch_ = Span{0, next};
        stretch_run_end_ = 0;
      } else {
        auto run = std::prev(it);
        stretch_ = Span{run->first, next};
        stretch_run_end_ = run->second;
      }
    }
    return pos < stretch_run_end_;
  }
  // Whether a span starts inside `range`.
  bool StartsWithin(Span range) const {
    auto it = begins_.lower_bound(range.begin);
    return it != begins_.end() && *it < range.end;
  }

 private:
  // The nodes of both trees come from a buffer of the set's own (then from blocks that
  // grow geometrically), released all at once with the set: a set lives for one
  // detection run, and it never holds more nodes than spans were added.
  alignas(std::max_align_t) std::byte buffer_[1024];
  std::pmr::monotonic_buffer_resource memory_{buffer_, sizeof buffer_};
  std::pmr::map<uint32_t, uint32_t> runs_{&memory_};  // begin -> end; disjoint, not touching
  std::pmr::set<uint32_t> begins_{&memory_};
  uint32_t end_ = 0;  // end of the last run
  // The positions from the start of a run (or 0) up to the start of the next run (or
  // UINT32_MAX), as found by the last lookup, and the end of that run (0 for none): of
  // those positions, the ones below it are in the set. Add empties it.
  mutable Span stretch_;
  mutable uint32_t stretch_run_end_ = 0;
};

// Bounds that keep detection linear on hostile input: no mention is longer than this
// many tokens, and no attribution around a quote spans more than this many bytes.
constexpr size_t kMaxMentionTokens = 40;
constexpr uint32_t kMaxAttributionBytes = 400;
// An unattributed quote is kept only with at least this many words.
constexpr int kSpeechWords = 8;

// A word that opens a clause of its own, whose subject is no mention of the sentence's:
// "after she told ...", "because he said ...", "that he said".
bool IsSubordinator(std::string_view w) {
  for (std::string_view s :
       {"after", "before", "when", "while", "because", "since", "if", "until", "although", "though",
        "unless", "once", "whether", "so", "that", "who", "which", "what", "as"}) {
    if (EqualsLower(w, s)) return true;
  }
  return false;
}

// Whether `w` opens a trailing adverbial phrase after a subject: "during", "while", ...
bool OpensAdverbial(std::string_view w) {
  if (w.size() < 5 || w.size() > 10) return false;  // the lengths of the words below
  return EqualsLower(w, "during") || EqualsLower(w, "while") || EqualsLower(w, "after") ||
         EqualsLower(w, "following") || EqualsLower(w, "speaking") || EqualsLower(w, "answering") ||
         EqualsLower(w, "addressing");
}

// Tokens [b, e) of `t`, which are the tokens of the text from the first to the last.
TokenView Part(const std::vector<Token>& t, size_t b, size_t e) { return TokenView(t).Sub(b, e); }

bool IsTextBlock(BlockKind k) { return k == BlockKind::kParagraph || k == BlockKind::kStandfirst; }

}  // namespace

// The detector works block by block on the normalized text. Its state lives in this
// per-call object so the Detector itself stays const and shareable.
class DetectRun {
 public:
  DetectRun(const RuleSet& rules, const Lexicon& lex, const NormalizedText& nt,
            const Segmentation& seg, const PatternFilter& according_filter)
      : rules_(rules),
        lex_(lex),
        nt_(nt),
        text_(nt.text),
        seg_(seg),
        according_filter_(according_filter) {}

  Detection Run();

 private:
  void FindQuotes();
  void FindSingleQuotes();
  bool HasQuote(Span claim) const;
  // Whether a quotation of four words or more opens in `block` (not a scare quote).
  bool QuotesSpeech(Span block) const;
  Span DashTurn(Span block) const;
  bool LooksLikeClause(TokenView t, size_t b) const;
  // Whether t[b...] is an object before "and"/"but" and another cue ("confirmed the
  // operation but said ...").
  bool ObjectBeforeCue(TokenView t, size_t b) const;
  bool AbbreviationDot(TokenView t, size_t k) const;
  bool Label(const Block& b, std::vector<Token>* t, uint32_t* colon) const;
  bool LabelFollows(size_t bi) const;
  // Whether the text before `surname` writes it after a capitalized word, as the end of
  // a full name ("Kaja Kallas"); `full`, if given, is set to that name.
  bool NamedInFullBefore(Span surname, Span* full = nullptr) const;
  bool IntroParticiplePhrase(const std::vector<Token>& t, size_t b, size_t e) const;
  bool IsOpening(uint32_t pos, Span block) const;
  bool IsClosing(uint32_t pos, Span block) const;
  void DirectQuotes();
  void SpeakerTurn(size_t bi);
  void DocumentSpeaker();
  void BlockQuote(size_t bi);
  void ReportedSpeech(size_t bi, Span sentence, const std::vector<Token>& t);
  void CueClauses(size_t bi, Span sentence, const std::vector<Token>& t);
  bool OnlyBoilerplateBetween(size_t a, size_t b) const;
  void ParticipleClause(size_t bi, Span sentence, const std::vector<Token>& t);
  void CharacterisingClause(size_t bi, Span sentence, const std::vector<Token>& t);
  Span ClaimFrom(const std::vector<Token>& t, size_t clause, Span sentence, Span* second,
                 size_t* resume = nullptr) const;
  // The rule of the second claim ClaimFrom found after `claim`: "indirect.and_that" when
  // "and that" or "but that" joins them, else "indirect.participle".
  const char* SecondClaimRule(Span claim, Span second) const;
  bool SentenceSubject(const std::vector<Token>& t, size_t b, size_t limit, Mention* m) const;
  // When the clause at `*clause` reports another speaker's words ("Blinken told Lavrov
  // that ...", "Putin had told Biden that ..."), moves `*clause`, `*m`, `*cue` and `*verb`
  // to that speaker's.
  void NestedReport(const std::vector<Token>& t, size_t* clause, Mention* m, Span* cue,
                    const CueVerb** verb) const;
  bool TryAccording(size_t bi, Span sentence);
  bool TryBackReference(size_t bi, Span sentence, Span previous);
  void Entities();

  bool AttributionAfter(uint32_t from, uint32_t limit, Mention* m, Span* cue,
                        std::string* cue_text) const;
  bool AttributionBefore(uint32_t from, uint32_t to, Mention* m, Span* cue,
                         std::string* cue_text) const;
  bool SubjectMention(const std::vector<Token>& t, size_t b, size_t e, Mention* m) const;
  Span SentenceOf(size_t bi, uint32_t pos) const;
  void Emit(Candidate c);
  // The cuts of block `bi` that overlap `span`, in order, and whether one holds `pos`: a
  // paragraph may hold thousands of injected links, and every token and claim asks.
  std::vector<Span> BlockCuts(size_t bi, Span span);
  bool InCut(size_t bi, uint32_t pos);
  // The first `c` in [from, end) of the text; `end` if there is none.
  uint32_t Find(char c, uint32_t from, uint32_t end) const {
    if (from >= end) return end;
    const void* at = std::memchr(text_.data() + from, c, end - from);
    return at ? static_cast<uint32_t>(static_cast<const char*>(at) - text_.data()) : end;
  }
  bool Claimed(uint32_t pos) const { return claimed_.Contains(pos); }
  // Whether ct[k], after a comma, opens the writer's note that the claim is unverified.
  bool UnverifiedNote(TokenView ct, size_t k) const;
  // The writer's note on what was said, from ct[k]: "a claim rejected by ...", "remarks the
  // White House later sought to clarify", "an assertion that ...".
  bool WritersNote(TokenView ct, size_t k) const;
  // Whether ct[k] (after a comma) opens the outlet that reported the claim, at the
  // sentence's end: "..., Interfax reported.", "..., state news agency RIA Novosti reported."
  bool TrailingOutletCredit(TokenView ct, size_t k) const;
  // The writer's time of the statement relative to an event, from ct[k] after a comma: "a
  // day after more than five hours of talks", "hours before the vote", "two weeks since".
  bool TimeRelativePhrase(TokenView ct, size_t k) const;
  // A second claim ClaimFrom found, up to the writer's note on it, if any.
  Span SecondClaim(Span second) const;
  // Whether t[k] opens an -ing phrase that is not a speech participle: after a comma
  // that ends a claim, the writer's comment on the speaker ("hinting at", "pointing to";
  // not ", allowing state media to ...": that may be what the speaker said), and after an
  // attribution (`any`) every such phrase ("said on Monday, unleashing a flood").
  bool WritersIngPhrase(TokenView t, size_t k, bool any = false) const {
    std::string_view w = t[k].span.View(text_);
    return t[k].kind == Token::kWord && !t[k].capitalized && EndsInIng(w) &&
           !lex_.IsPreposition(w) && lex_.ParticipleAt(text_, t, k) == 0 &&
           (any || lex_.IsCommentaryParticiple(w));
  }
  // Whether "believes" or "thinks" has a clause after it whose verb LooksLikeClause does
  // not reach: "believes the very fact of the meeting matters more ..." (a determiner,
  // and a verb in the present within ten words).
  bool BelievedClause(const std::vector<Token>& t, const CueVerb* verb, size_t k) const {
    if (verb->id != "cue.believe" || k + 3 >= t.size() ||
        !(EqualsLower(t[k].span.View(text_), "the") || EqualsLower(t[k].span.View(text_), "this") ||
          EqualsLower(t[k].span.View(text_), "its"))) {
      return false;
    }
    for (size_t j = k + 2; j < t.size() && j <= k + 10; ++j) {
      if (t[j].kind != Token::kWord) return false;
      std::string_view w = t[j].span.View(text_);
      // (A verb after a noun: not after a preposition or an article.)
      std::string_view prev = t[j - 1].span.View(text_);
      if (!t[j].capitalized && w.size() > 3 && w.back() == 's' && w[w.size() - 2] != 's' &&
          j + 1 < t.size() && t[j + 1].kind == Token::kWord && !lex_.IsPreposition(w) &&
          !lex_.IsPreposition(prev) && !EqualsLower(prev, "of") && !EqualsLower(prev, "the") &&
          !EqualsLower(prev, "a") && !EqualsLower(prev, "an")) {
        return true;
      }
    }
    return false;
  }
  // The source a phrase from t[k] cites, up to the comma that ends it before t[end], or up
  // to the sentence's end when `end` is it: "citing Duma Speaker Vyacheslav Volodin,",
  // "referring to a source in the ministry,", "quoting X,", "citing sources familiar with
  // the talks." Only a name or someone described counts.
  bool CitedSource(const std::vector<Token>& t, size_t k, size_t end, Mention* m) const {
    size_t b = k + 1;
    if (k + 1 < end && EqualsLower(t[k].span.View(text_), "referring") &&
        EqualsLower(t[k + 1].span.View(text_), "to")) {
      b = k + 2;
    } else if (!EqualsLower(t[k].span.View(text_), "citing") &&
               !EqualsLower(t[k].span.View(text_), "quoting")) {
      return false;
    }
    size_t e = b;
    while (e < end && t[e].kind == Token::kWord) ++e;
    bool ends = e < end ? IsPunct(text_, t[e], ',')
                        : end == t.size() || (end + 1 == t.size() && IsPunct(text_, t[end], '.'));
    Mention cited;
    if (e == b || !ends || !lex_.ParseMention(text_, Part(t, b, e), &cited) ||
        !(cited.kind == MentionKind::kName || cited.described)) {
      return false;
    }
    *m = cited;
    return true;
  }
  // Whether t[k] opens the object "what <pronoun> called ..." ("announced what he called
  // a special operation"): a name for something, no clause.
  bool WhatItCalled(const std::vector<Token>& t, size_t k) const {
    if (k + 2 >= t.size() || !EqualsLower(t[k].span.View(text_), "what") ||
        !(lex_.WordClasses(t[k + 1].span.View(text_)) & Lexicon::kPronounClass)) {
      return false;
    }
    std::string_view v = t[k + 2].span.View(text_);
    return EqualsLower(v, "called") || EqualsLower(v, "calls") || EqualsLower(v, "termed") ||
           EqualsLower(v, "dubbed") || EqualsLower(v, "described");
  }
  // Whether a mention is an outlet ("Ukrinform") or its reporter ("an Ukrinform
  // correspondent"): a source, not a speaker.
  bool NamesOutlet(const Mention& m) const {
    if (!m.name.empty()) return rules_.FindOutlet(m.name.View(text_)) != nullptr;
    if (m.kind != MentionKind::kNominal) return false;
    std::vector<Token> t = Tokenize(text_, m.span);
    for (size_t b = 0; b < t.size(); ++b) {
      for (size_t e = b; e < t.size() && e < b + 4 && t[e].capitalized; ++e) {
        if (rules_.FindOutlet(Span{t[b].span.begin, t[e].span.end}.View(text_))) return true;
      }
    }
    return false;
  }

  const RuleSet& rules_;
  const Lexicon& lex_;
  const NormalizedText& nt_;
  const std::string& text_;
  const Segmentation& seg_;
  const PatternFilter& according_filter_;  // rules_.according, rules_.opinion
  std::vector<Quote> quotes_;
  SpanSet all_quotes_;  // every quotation, marks included
  SpanSet standalone_;  // direct quotes taken as claims (with their marks)
  SpanSet used_cues_;
  std::unordered_map<uint32_t, size_t> cue_owner_;  // cue start -> its candidate
  Mention turn_;  // the speaker whose transcript turn the last paragraph was, if any
  // An interview set as a dialogue of dashes: who answers, once a question was put.
  Mention interviewee_;
  bool questioned_ = false;
  Mention document_speaker_;  // "Briefing by <who>": whose words the page is, if told
  SpanSet claimed_;
  // Per block, built on first use: its cuts sorted by start, and the largest end up to
  // each of them.
  struct CutIndex {
    bool built = false;
    std::vector<Span> cuts;
    std::vector<uint32_t> max_end;
  };
  std::vector<CutIndex> cut_index_;
  const CutIndex& Cuts(size_t bi);
  // The sentences of a block (the whole block when the segmenter found none) with their
  // tokens, made on first use and kept: reported speech and the entity pass read the
  // same sentences.
  struct Sentence {
    Span span;
    std::vector<Token> tokens;
  };
  const std::vector<Sentence>& Sentences(size_t bi);
  std::vector<std::vector<Sentence>> sentences_;  // by block; empty until made
  uint32_t last_standalone_end_ = 0;
  // The comma-separated parts of the phrase SubjectMention reads (kept for its memory).
  mutable std::vector<std::pair<size_t, size_t>> subject_parts_;
  Detection out_;
};

// Whether the words from t[b] read as a clause: within its first words an auxiliary, a
// pronoun subject, a common verb form or a word in "-ed".
// Whether t[k] is the dot of an abbreviation or an initial, glued to it ("Dr.", "Gov.",
// "F.", "U.S."): no end of a phrase.
bool DetectRun::AbbreviationDot(TokenView t, size_t k) const {
  if (k == 0 || !IsPunct(text_, t[k], '.') || t[k - 1].kind != Token::kWord ||
      t[k].span.begin != t[k - 1].span.end) {
    return false;
  }
  std::string_view w = t[k - 1].span.View(text_);
  return lex_.IsAbbreviation(w) || (w.size() == 1 && w[0] >= 'A' && w[0] <= 'Z');
}

bool DetectRun::ObjectBeforeCue(TokenView t, size_t b) const {
  // An object, then "and" or "but" and a cue of the same subject: "confirmed the operation
  // but said ...": what the first verb takes is no clause. (The conjunction is looked for
  // first: most clauses have none.)
  size_t conj = 0;
  for (size_t k = b + 1; k + 1 < t.size() && k < b + 12 && conj == 0; ++k) {
    if (t[k].kind == Token::kPunct && !IsPunct(text_, t[k], ',')) return false;
    std::string_view w = t[k].span.View(text_);
    if (t[k].kind == Token::kWord && (EqualsLower(w, "and") || EqualsLower(w, "but")) &&
        lex_.CueAt(text_, t, k + 1, nullptr) > 0) {
      conj = k;
    }
  }
  if (conj == 0) return false;
  // (No verb of a clause before it: "said the party remained ... but admitted ...".)
  for (size_t k = b; k < conj; ++k) {
    if (t[k].kind != Token::kWord) continue;
    std::string_view w = t[k].span.View(text_);
    if ((lex_.WordClasses(w) & Lexicon::kClauseMarkerClass) || (k > b && EndsInEd(w))) {
      return false;
    }
  }
  return true;
}

bool DetectRun::LooksLikeClause(TokenView t, size_t b) const {
  // The first fourteen lower-case words up to a punctuation mark, quotation marks aside: a
  // verb after a comma belongs to another clause ("acknowledged the differences, but this
  // is ..."). Names do not count: a subject may be a long list of titles and names.
  size_t first_words[3] = {0, 0, 0}, seen = 0;
  for (size_t k = b, words = 0; k < t.size() && k < b + 30 && words < 14; ++k) {
    // An insertion set off by commas, opened by a preposition or a relative pronoun: "said
    // several countries, including France, had ...", "said her country, together with
    // partners, was ...", "said the instrument, which will study radon, was ...".
    // Or by a participle and its agent or place: ", led by Machado,", ", based in Kyiv,".
    if (IsPunct(text_, t[k], ',') && k + 2 < t.size() && t[k + 1].kind == Token::kWord &&
        (lex_.IsPreposition(t[k + 1].span.View(text_)) ||
         (!t[k + 1].capitalized && t[k + 2].kind == Token::kWord &&
          (EqualsLower(t[k + 2].span.View(text_), "by") ||
           (EndsInEd(t[k + 1].span.View(text_)) &&
            lex_.IsPreposition(t[k + 2].span.View(text_))))) ||
         EqualsLower(t[k + 1].span.View(text_), "which") ||
         EqualsLower(t[k + 1].span.View(text_), "who") ||
         // ", some of whom were filming,", ", most of which ...,"
         (k + 3 < t.size() && EqualsLower(t[k + 2].span.View(text_), "of") &&
          (EqualsLower(t[k + 3].span.View(text_), "whom") ||
           EqualsLower(t[k + 3].span.View(text_), "which"))) ||
         ((EqualsLower(t[k + 1].span.View(text_), "together") ||
           EqualsLower(t[k + 1].span.View(text_), "along")) &&
          EqualsLower(t[k + 2].span.View(text_), "with")))) {
      size_t j = k + 2;
      while (j < t.size() && j < k + 12 && t[j].kind != Token::kPunct) ++j;
      // The insertion may hold a list: ", signed with American, Chinese and Saudi firms,".
      for (int items = 0; items < 4 && j < t.size() && IsPunct(text_, t[j], ','); ++items) {
        size_t n = j + 1;
        bool conj = false;
        while (n < t.size() && n < j + 6 && t[n].kind == Token::kWord) {
          conj = conj || EqualsLower(t[n].span.View(text_), "and") ||
                 EqualsLower(t[n].span.View(text_), "or");
          ++n;
        }
        if (n == j + 1 || n >= t.size() || !IsPunct(text_, t[n], ',')) break;
        // (Only a list that goes on to its "and": the comma before the verb ends it.)
        bool more = conj;
        for (size_t q = n + 1; !more && q < t.size() && q < n + 6 && t[q].kind == Token::kWord;
             ++q) {
          more =
              EqualsLower(t[q].span.View(text_), "and") || EqualsLower(t[q].span.View(text_), "or");
        }
        if (!conj && !more) break;
        j = n;
        if (conj) break;
      }
      if (j < t.size() && IsPunct(text_, t[j], ',')) {
        k = j;
        continue;
      }
    }
    // Nor does an appositive that ends before a verb: "said the camp, home to half a
    // million people, was ...", "said the heat wave, the third of the season, would ...".
    if (IsPunct(text_, t[k], ',') && k > b && t[k - 1].kind == Token::kWord) {
      size_t j = k + 1;
      while (j < t.size() && j < k + 12 &&
             (t[j].kind == Token::kWord || t[j].kind == Token::kNumber) &&
             !(lex_.WordClasses(t[j].span.View(text_)) & Lexicon::kClauseMarkerClass)) {
        ++j;
      }
      if (j > k + 1 && j + 1 < t.size() && IsPunct(text_, t[j], ',') &&
          t[j + 1].kind == Token::kWord && !t[j + 1].capitalized &&
          (lex_.WordClasses(t[j + 1].span.View(text_)) & Lexicon::kClauseMarkerClass)) {
        k = j;
        continue;
      }
    }
    // Nor do adjectives in a row opening the clause: "said older, smaller plants were ...".
    if (IsPunct(text_, t[k], ',') && k == b + 1 && t[b].kind == Token::kWord && !t[b].capitalized &&
        k + 2 < t.size() && t[k + 1].kind == Token::kWord && !t[k + 1].capitalized) {
      size_t j = k + 1;
      while (j < t.size() && j < k + 5 && t[j].kind == Token::kWord &&
             !(lex_.WordClasses(t[j].span.View(text_)) & Lexicon::kClauseMarkerClass)) {
        ++j;
      }
      if (j > k + 2 && j < t.size() && t[j].kind == Token::kWord &&
          (lex_.WordClasses(t[j].span.View(text_)) & Lexicon::kClauseMarkerClass)) {
        continue;
      }
    }
    // Nor does a list: "said car washes, landscapers and restaurants were ...".
    if (IsPunct(text_, t[k], ',') && k > b && t[k - 1].kind == Token::kWord && k + 2 < t.size() &&
        t[k + 1].kind == Token::kWord && !lex_.IsPreposition(t[k + 1].span.View(text_))) {
      size_t j = k + 1;
      while (j < t.size() && j < k + 5 && t[j].kind == Token::kWord &&
             !EqualsLower(t[j].span.View(text_), "and") &&
             !EqualsLower(t[j].span.View(text_), "or")) {
        ++j;
      }
      if (j > k + 1 && j + 1 < t.size() && t[j].kind == Token::kWord &&
          (EqualsLower(t[j].span.View(text_), "and") || EqualsLower(t[j].span.View(text_), "or"))) {
        k = j;
        continue;
      }
    }
    // Nor does an acronym or a gloss in brackets: "said the Universal Child Allowance (AUH)
    // would be ...".
    if (IsPunct(text_, t[k], '(')) {
      size_t j = k + 1;
      while (j < t.size() && j < k + 8 && !IsPunct(text_, t[j], ')') &&
             !IsPunct(text_, t[j], '(')) {
        ++j;
      }
      if (j < t.size() && IsPunct(text_, t[j], ')')) {
        k = j;
        continue;
      }
    }
    // Signs inside a phrase do not end it: "said the $60 cap was ...", nor do the dots of
    // initials and abbreviations ("the U.S. was").
    if (k > b && AbbreviationDot(t, k) && k + 1 < t.size() && t[k + 1].kind == Token::kWord) {
      continue;
    }
    // Nor does the apostrophe of a plural possessive: "said the workers' pay would ...".
    if (k > b && text_[t[k].span.begin] == '\'' && t[k - 1].kind == Token::kWord &&
        t[k - 1].span.end == t[k].span.begin &&
        (text_[t[k - 1].span.end - 1] == 's' || text_[t[k - 1].span.end - 1] == 'S') &&
        k + 1 < t.size() && t[k + 1].kind == Token::kWord) {
      continue;
    }
    if (t[k].kind == Token::kPunct && !IsPhraseSign(text_[t[k].span.begin])) break;
    if (t[k].kind != Token::kWord) continue;
    // The first words, quotation marks aside: 'the association "regrets ..."'.
    if (seen < 3) first_words[seen] = k;
    ++seen;
    if (!t[k].capitalized) ++words;
    std::string_view w = t[k].span.View(text_);
    if (lex_.WordClasses(w) & Lexicon::kClauseMarkerClass) return true;
    if (k > b && EndsInEd(w)) return true;
    // An adverb in -ly after the subject and before a verb: "say arrivals typically peak
    // in August" (not "only", "early").
    if (k > b && !t[k].capitalized && w.size() > 5 && w.ends_with("ly") && k + 1 < t.size() &&
        t[k + 1].kind == Token::kWord && !t[k + 1].capitalized &&
        !lex_.IsPreposition(t[k + 1].span.View(text_)) &&
        !(lex_.WordClasses(t[k + 1].span.View(text_)) & Lexicon::kFunctionWordClass)) {
      return true;
    }
    // A name and a present-tense verb: "said Kiev continues to ...", or a determiner, a
    // noun and one: "say the split weakens both sides".
    bool present = !t[k].capitalized && w.size() > 3 && w.back() == 's' && w[w.size() - 2] != 's' &&
                   w[w.size() - 2] != '\'' && !lex_.IsPreposition(w);
    if (present && seen == 2 && first_words[0] == b && t[b].capitalized) return true;
    // (Or with an adjective: "say the new deal puts ...".)
    if (present &&
        (seen == 3 || (seen == 4 && !t[first_words[2]].capitalized && !w.ends_with("ous") &&
                       !lex_.IsPreposition(t[first_words[2]].span.View(text_)) &&
                       !EqualsLower(t[first_words[2]].span.View(text_), "of") && k + 1 < t.size() &&
                       // (A noun in the plural goes on with a preposition: "its toughest ever
                       // sanctions after ...".)
                       !lex_.IsPreposition(t[k + 1].span.View(text_)) &&
                       !EqualsLower(t[k + 1].span.View(text_), "of"))) &&
        first_words[0] == b && k + 1 < t.size() &&
        (t[k + 1].kind == Token::kWord || t[k + 1].kind == Token::kQuote) &&
        !t[first_words[1]].capitalized &&
        (EqualsLower(t[b].span.View(text_), "the") || EqualsLower(t[b].span.View(text_), "this") ||
         EqualsLower(t[b].span.View(text_), "its") || EqualsLower(t[b].span.View(text_), "their") ||
         EqualsLower(t[b].span.View(text_), "his") || EqualsLower(t[b].span.View(text_), "her") ||
         EqualsLower(t[b].span.View(text_), "our"))) {
      return true;
    }
  }
  return false;
}

// Whether a quotation (a quoted fragment) lies inside `claim`.
bool DetectRun::HasQuote(Span claim) const { return all_quotes_.StartsWithin(claim); }

bool DetectRun::QuotesSpeech(Span block) const {
  auto it = std::lower_bound(quotes_.begin(), quotes_.end(), block.begin,
                             [](const Quote& q, uint32_t pos) { return q.open < pos; });
  for (; it != quotes_.end() && it->open < block.end; ++it) {
    if (CountWordTokens(text_, Span{it->open + 1, std::min(it->close, block.end)}, 4) >= 4) {
      return true;
    }
  }
  return false;
}

Span DetectRun::SentenceOf(size_t bi, uint32_t pos) const {
  // A block's sentences are in text order and do not overlap: the one holding `pos` is
  // the last that starts at or before it, if it reaches past it.
  const std::vector<Span>& sentences = seg_.blocks[bi].sentences;
  auto it = std::upper_bound(sentences.begin(), sentences.end(), pos,
                             [](uint32_t p, Span s) { return p < s.begin; });
  if (it != sentences.begin() && pos < std::prev(it)->end) return *std::prev(it);
  return seg_.blocks[bi].span;
}

const DetectRun::CutIndex& DetectRun::Cuts(size_t bi) {
  if (cut_index_.empty()) cut_index_.resize(seg_.blocks.size());
  CutIndex& ci = cut_index_[bi];
  if (!ci.built) {
    ci.built = true;
    ci.cuts = seg_.blocks[bi].cuts;  // the segmenter sorts them; kept in that order
    if (!std::is_sorted(ci.cuts.begin(), ci.cuts.end())) std::sort(ci.cuts.begin(), ci.cuts.end());
    ci.max_end.resize(ci.cuts.size());
    for (size_t i = 0; i < ci.cuts.size(); ++i) {
      ci.max_end[i] = std::max(ci.cuts[i].end, i > 0 ? ci.max_end[i - 1] : 0);
    }
  }
  return ci;
}

const std::vector<DetectRun::Sentence>& DetectRun::Sentences(size_t bi) {
  if (sentences_.empty()) sentences_.resize(seg_.blocks.size());
  std::vector<Sentence>& out = sentences_[bi];
  if (out.empty()) {
    const Block& b = seg_.blocks[bi];
    if (b.sentences.empty()) {
      out.push_back({b.span, Tokenize(text_, b.span)});
    } else {
      out.reserve(b.sentences.size());
      for (Span s : b.sentences) out.push_back({s, Tokenize(text_, s)});
    }
    for (Sentence& s : out) lex_.SplitGluedCues(text_, &s.tokens);
  }
  return out;
}

bool DetectRun::InCut(size_t bi, uint32_t pos) {
  if (seg_.blocks[bi].cuts.empty()) return false;
  const CutIndex& ci = Cuts(bi);
  auto it = std::upper_bound(ci.cuts.begin(), ci.cuts.end(), pos,
                             [](uint32_t p, Span c) { return p < c.begin; });
  for (size_t j = static_cast<size_t>(it - ci.cuts.begin()); j-- > 0 && ci.max_end[j] > pos;) {
    if (ci.cuts[j].Contains(pos)) return true;
  }
  return false;
}

std::vector<Span> DetectRun::BlockCuts(size_t bi, Span span) {
  const CutIndex& ci = Cuts(bi);
  auto it = std::lower_bound(ci.cuts.begin(), ci.cuts.end(), span.end,
                             [](Span c, uint32_t e) { return c.begin < e; });
  std::vector<Span> out;
  for (size_t j = static_cast<size_t>(it - ci.cuts.begin());
       j-- > 0 && ci.max_end[j] > span.begin;) {
    if (ci.cuts[j].end > span.begin) out.push_back(ci.cuts[j]);
  }
  std::reverse(out.begin(), out.end());
  return out;
}

void DetectRun::Emit(Candidate c) {
  // A description whose relative clause names the person goes by the name: "a fisherman,
  // who gave his name only as Wendell, said".
  if (c.mention.kind == MentionKind::kNominal && !c.mention.span.empty() &&
      !rules_.alias_clauses.empty()) {
    std::string_view after = std::string_view(text_).substr(c.mention.span.end, 120);
    std::vector<Span> g;
    for (const auto& r : rules_.alias_clauses) {
      if (!r.re->MatchAt(after, 0, &g)) continue;
      Span name = g[static_cast<size_t>(r.re->GroupIndex("name"))];
      c.mention.kind = MentionKind::kName;
      c.mention.name = Span{c.mention.span.end + name.begin, c.mention.span.end + name.end};
      c.mention.role.clear();
      break;
    }
  }
  // A quoted line's marker is no part of the claim: "> We are not ...".
  while (c.claim.begin + 1 < c.claim.end && IsLineMarker(text_[c.claim.begin]) &&
         IsSpace(text_[c.claim.begin + 1])) {
    ++c.claim.begin;
    while (c.claim.begin < c.claim.end && IsSpace(text_[c.claim.begin])) ++c.claim.begin;
  }
  // Only the cuts that overlap the claim bear on its text and span; a paragraph with
  // thousands of injected links and claims would otherwise keep every link with every
  // claim.
  const Span claim = c.claim;
  std::erase_if(c.cuts, [claim](Span cut) { return !claim.Overlaps(cut); });
  claimed_.Add(c.claim);
  if (!c.cue.empty()) {
    used_cues_.Add(c.cue);
    cue_owner_.emplace(c.cue.begin, out_.candidates.size());
  }
  out_.candidates.push_back(std::move(c));
}

// ASCII marks face the way their neighbours say: an opening mark follows a space, a
// bracket or the start of the block and precedes a non-space.
bool DetectRun::IsOpening(uint32_t pos, Span block) const {
  if (nt_.IsOpeningMark(pos)) return true;
  if (nt_.IsClosingMark(pos)) return false;
  bool before = pos == block.begin || IsSpace(text_[pos - 1]) || text_[pos - 1] == '(' ||
                text_[pos - 1] == '[' || text_[pos - 1] == '-' || text_[pos - 1] == ':';
  bool after = pos + 1 < block.end && !IsSpace(text_[pos + 1]);
  return before && after;
}

bool DetectRun::IsClosing(uint32_t pos, Span block) const {
  if (nt_.IsClosingMark(pos)) return true;
  if (nt_.IsOpeningMark(pos)) return false;
  bool before = pos > block.begin && !IsSpace(text_[pos - 1]);
  bool after = pos + 1 >= block.end || !IsWordChar(text_[pos + 1]);
  return before && after;
}

// Pairs quotation marks inside text blocks. A quote left open at the end of a
// paragraph continues when the next paragraph opens with a mark (the convention for
// quotes that run over paragraphs); otherwise it ends with its paragraph.
void DetectRun::FindQuotes() {
  std::optional<Quote> open;
  for (size_t bi = 0; bi < seg_.blocks.size(); ++bi) {
    const Block& b = seg_.blocks[bi];
    if (!IsTextBlock(b.kind)) {
      if (open) {
        open.reset();
      }
      continue;
    }
    if (open) {
      // Continued only if this paragraph opens with a mark.
      uint32_t first = b.span.begin;
      if (first < b.span.end && text_[first] == '"') {
        open->cuts.push_back(Span{first, first + 1});
      } else {
        Quote q = *open;
        q.closed = false;
        quotes_.push_back(q);
        open.reset();
      }
    }
    uint32_t skip_first = open ? b.span.begin : UINT32_MAX;
    for (uint32_t p = Find('"', b.span.begin, b.span.end); p < b.span.end;
         p = Find('"', p + 1, b.span.end)) {
      if (p == skip_first || InCut(bi, p)) continue;
      if (!open) {
        if (IsOpening(p, b.span)) {
          Quote q;
          q.open = p;
          q.first_block = bi;
          open = q;
        }
        continue;
      }
      if (IsClosing(p, b.span)) {
        open->close = p;
        open->block = bi;
        quotes_.push_back(*open);
        open.reset();
      } else if (IsOpening(p, b.span)) {
        // An opening mark inside an open quote: the earlier mark was never closed
        // within its sentence; drop it and start again here.
        Quote q;
        q.open = p;
        q.first_block = bi;
        open = q;
      }
    }
    if (open) {
      open->close = b.span.end;
      open->block = bi;
    }
  }
  if (open) {
    open->closed = false;
    quotes_.push_back(*open);
  }
  FindSingleQuotes();
  std::sort(quotes_.begin(), quotes_.end(),
            [](const Quote& a, const Quote& b) { return a.open < b.open; });
  for (const Quote& q : quotes_) all_quotes_.Add(Span{q.open, q.close + 1});
}

// Single marks ('...' and typographic ones) quote too, in British style. An apostrophe
// is never taken for one: an opening mark follows a space and precedes a letter; a
// closing mark follows a non-space, is not followed by a letter ("don't"), and stands
// next to punctuation (',' ahead of it or '.,;:!?' after it), so the plural possessive
// of "the leaders' summit" is no closing mark.
void DetectRun::FindSingleQuotes() {
  std::vector<SpanSet> doubles_by_block(seg_.blocks.size());
  for (const Quote& q : quotes_) {
    for (size_t bi = q.first_block; bi <= q.block && bi < seg_.blocks.size(); ++bi) {
      doubles_by_block[bi].Add(Span{q.open, q.close + 1});
    }
  }
  for (size_t bi = 0; bi < seg_.blocks.size(); ++bi) {
    const Block& b = seg_.blocks[bi];
    if (!IsTextBlock(b.kind)) continue;
    const SpanSet& doubles = doubles_by_block[bi];
    constexpr uint32_t kNoOpen = UINT32_MAX;  // no single quote is open
    uint32_t open = kNoOpen;
    for (uint32_t p = Find('\'', b.span.begin, b.span.end); p < b.span.end;
         p = Find('\'', p + 1, b.span.end)) {
      if (InCut(bi, p) || doubles.Contains(p)) continue;
      char prev = p > b.span.begin ? text_[p - 1] : ' ';
      char next = p + 1 < b.span.end ? text_[p + 1] : ' ';
      if (open == kNoOpen) {
        bool opening = nt_.IsOpeningMark(p) ||
                       ((IsSpace(prev) || prev == '(' || prev == '[' || p == b.span.begin) &&
                        IsWordChar(next));
        if (opening) open = p;
        continue;
      }
      // A mark after a word and before a space closes a short quote ("'too slow' to
      // act"), unless it may be a plural possessive ("the ministers' decision").
      bool closing = !IsSpace(prev) && !IsWordChar(next) &&
                     (prev == ',' || prev == '.' || prev == '!' || prev == '?' || next == ',' ||
                      next == '.' || next == ';' || next == ':' || next == '!' || next == '?' ||
                      next == ')' || p + 1 >= b.span.end ||
                      (IsSpace(next) && IsWordChar(prev) && prev != 's' && prev != 'S'));
      if (!closing) continue;
      Quote q;
      q.open = open;
      q.close = p;
      q.block = bi;
      q.first_block = bi;
      quotes_.push_back(q);
      open = kNoOpen;
    }
  }
}

// "<mention> <cue>" or "<cue> <mention>" right after a closing mark.
bool DetectRun::AttributionAfter(uint32_t from, uint32_t limit, Mention* m, Span* cue,
                                 std::string* cue_text) const {
  limit = std::min(limit, from + kMaxAttributionBytes);
  std::vector<Token> t = Tokenize(text_, Span{from, limit});
  lex_.SplitGluedCues(text_, &t);
  size_t b = 0;
  if (b < t.size() && (IsPunct(text_, t[b], ',') || IsPunct(text_, t[b], '-'))) ++b;
  const CueVerb* verb = nullptr;
  // "said Lavrov", "said the minister"
  if (size_t n = lex_.CueAt(text_, t, b, &verb); n > 0) {
    // The mention runs to the first preposition or punctuation ("said Lavrov at ..."),
    // or on through an appositive ("said the union's general secretary, Jo Bloggs"). The
    // dot of an abbreviated title or of an initial stays: "said Dr. Ann Lee", "said Robert
    // F. Kennedy".
    auto inner_dot = [&](size_t k) {
      return AbbreviationDot(t, k) && k + 1 < t.size() && t[k + 1].capitalized;
    };
    size_t e = b + n;
    while (e < t.size() && (t[e].kind == Token::kWord || inner_dot(e)) &&
           !lex_.IsPreposition(t[e].span.View(text_)) && e - b - n < 10) {
      ++e;
    }
    // With an appositive: up to the next punctuation after a comma, also after a
    // prepositional phrase ("said Zimbabwe's ambassador in Geneva, Tendai Mutasa").
    size_t appos = e;
    if (appos < t.size() && t[appos].kind == Token::kWord) {
      size_t j = appos;
      while (j < t.size() && j < appos + 6 && t[j].kind == Token::kWord) ++j;
      if (j < t.size() && IsPunct(text_, t[j], ',')) appos = j;
    }
    if (appos < t.size() && IsPunct(text_, t[appos], ',')) {
      ++appos;
      while (appos < t.size() && t[appos].kind == Token::kWord) ++appos;
    }
    Mention shorter, longer;
    bool has_short = e > b + n && lex_.ParseMention(text_, Part(t, b + n, e), &shorter);
    bool has_long = appos > e + 1 && lex_.ParseMention(text_, Part(t, b + n, appos), &longer);
    if (has_long && longer.kind == MentionKind::kName &&
        !(has_short && shorter.kind == MentionKind::kName)) {
      *m = longer;
    } else if (has_short) {
      *m = shorter;
    } else {
      return false;
    }
    *cue = Span{t[b].span.begin, t[b + n - 1].span.end};
    *cue_text = verb->form;
    return true;
  }
  // '"...," according to the minister.'
  if (b + 2 < t.size() && EqualsLower(t[b].span.View(text_), "according") &&
      EqualsLower(t[b + 1].span.View(text_), "to")) {
    size_t e = b + 2;
    while (e < t.size() && t[e].kind == Token::kWord) ++e;
    if (e > b + 2 && lex_.ParseMention(text_, Part(t, b + 2, e), m)) {
      *cue = Span{t[b].span.begin, t[b + 1].span.end};
      *cue_text = "according to";
      return true;
    }
    return false;
  }
  for (size_t k = b + 1; k < t.size() && k <= b + 14; ++k) {
    // (The dot of an abbreviated title stays: '"...," Gov. Rhee Chang-yong said.')
    bool abbreviation = AbbreviationDot(t, k);
    if (t[k].kind == Token::kPunct && !IsPunct(text_, t[k], ',') && !IsPunct(text_, t[k], '-') &&
        !abbreviation) {
      return false;
    }
    size_t n = lex_.CueAt(text_, t, k, &verb);
    if (n == 0) continue;
    // (A relative clause may follow the name: '"...," Justice Ann Lee, who headed the
    // bench, told the counsel.')
    if (!lex_.ParseMention(text_, Part(t, b, k), m) && !SubjectMention(t, b, k, m)) return false;
    *cue = Span{t[k].span.begin, t[k + n - 1].span.end};
    *cue_text = verb->form;
    return true;
  }
  return false;
}

// "<mention> <cue>[ that][ in a statement]:" right before an opening mark.
bool DetectRun::AttributionBefore(uint32_t from, uint32_t to, Mention* m, Span* cue,
                                  std::string* cue_text) const {
  if (to > from + kMaxAttributionBytes) return false;  // no lead-in is that long
  std::vector<Token> t = Tokenize(text_, Span{from, to});
  lex_.SplitGluedCues(text_, &t);
  if (t.empty()) return false;
  size_t e = t.size();
  if (IsPunct(text_, t[e - 1], ':') || IsPunct(text_, t[e - 1], ',')) {
    --e;
  } else if (lex_.CueAt(text_, t, e - 1, nullptr) != 1) {
    return false;
  }
  const CueVerb* verb = nullptr;
  for (size_t k = e; k-- > 0 && e - k <= 12;) {
    size_t n = lex_.CueAt(text_, t, k, &verb);
    if (n == 0) continue;
    // The mention starts after the first half of a split quote, when there is one
    // ('"These sanctions," Price said, "are ...').
    size_t b = 0;
    for (size_t j = 0; j < k; ++j) {
      if (t[j].kind == Token::kQuote) b = j + 1;
    }
    if (b >= k) return false;
    // (Not a verb whose "that" clause holds the quotation: 'Orlov stated that the answer,
    // handed over on Monday, "reflects the position of all allies"'.)
    if (size_t c = lex_.ComplementizerAt(text_, TokenView(t), k + n);
        c > 0 && k + n + c < e && IsPunct(text_, t[e], ',')) {
      return false;
    }
    // (A verb joined by "and" to the sentence's first: 'Kuleba said that Putin had
    // "launched an invasion" and called on the world to stop him: "..."'.)
    bool joined =
        k == b + 1 && EqualsLower(t[b].span.View(text_), "and") && SentenceSubject(t, 0, b, m);
    if (!joined && !SubjectMention(t, b, k, m)) return false;
    *cue = Span{t[k].span.begin, t[k + n - 1].span.end};
    *cue_text = verb->form;
    // '<mention> said <clause>, adding: "...': the participle leads in to the quotation;
    // the verb stays free for the clause it reports.
    if (e >= k + n + 3 && e >= 2 && IsPunct(text_, t[e - 2], ',') &&
        lex_.ParticipleAt(text_, TokenView(t), e - 1) == 1) {
      *cue = t[e - 1].span;
      *cue_text = ToLower(t[e - 1].span.View(text_));
    }
    return true;
  }
  return false;
}

// Whether t[b, e) is a participle phrase that introduces a sentence: "Speaking at the
// airport", "Asked whether ...", "Delivering the judgment".
bool DetectRun::IntroParticiplePhrase(const std::vector<Token>& t, size_t b, size_t e) const {
  std::string_view w = t[b].span.View(text_);
  if (e - b < 2 || !(EndsInIng(w) || EndsInEd(w)) || t[b + 1].kind != Token::kWord ||
      t[b + 1].capitalized) {
    return false;
  }
  // Its object or complement opens with a preposition or a determiner; "Rising prices
  // hurt families" is a clause.
  std::string_view next = t[b + 1].span.View(text_);
  if (!lex_.IsPreposition(next) && !EqualsLower(next, "the") && !EqualsLower(next, "a") &&
      !EqualsLower(next, "an") && !EqualsLower(next, "his") && !EqualsLower(next, "her") &&
      !EqualsLower(next, "their") && !EqualsLower(next, "its") && !EqualsLower(next, "whether") &&
      !EqualsLower(next, "that") && !EqualsLower(next, "this") && !EqualsLower(next, "out") &&
      !EqualsLower(next, "up")) {
    return false;
  }
  // Not a clause with a gerund subject: "Fishing quotas are unlikely to rise" (a speech
  // participle takes one: "Noting that the talks had stalled,").
  if (lex_.ParticipleAt(text_, TokenView(t), b) > 0) return true;
  for (size_t k = b + 1; k < e; ++k) {
    if (lex_.WordClasses(t[k].span.View(text_)) & Lexicon::kClauseMarkerClass) return false;
  }
  return true;
}

// The mention in t[b, e): comma-separated parts, with leading introductory parts
// ("Earlier", "on January 21") and trailing prepositional parts ("in an interview with
// Izvestia") dropped.
bool DetectRun::SubjectMention(const std::vector<Token>& t, size_t b, size_t e, Mention* m) const {
  // An auxiliary and adverbs before the verb are no part of the subject: "Hong, 55, had
  // repeatedly said" (not a passive: "It was said").
  while (e > b + 1 && t[e - 1].kind == Token::kWord && !t[e - 1].capitalized) {
    std::string_view w = t[e - 1].span.View(text_);
    if (EqualsLower(w, "was") || EqualsLower(w, "is") || EqualsLower(w, "were") ||
        EqualsLower(w, "are") || EqualsLower(w, "been") || EqualsLower(w, "be")) {
      return false;
    }
    // (The adverb class holds "has", "had" and "have".)
    if (!((w.size() > 4 && w.ends_with("ly")) || (lex_.WordClasses(w) & Lexicon::kAdverbClass))) {
      break;
    }
    --e;
  }
  // A subject pronoun before the verb is the whole subject, after an opening phrase with
  // no comma too: "In a statement afterwards she said ...", "Later he told ...".
  if (e > b + 1 && t[e - 1].kind == Token::kWord && !t[e - 1].capitalized) {
    std::string_view w = t[e - 1].span.View(text_);
    if ((EqualsLower(w, "he") || EqualsLower(w, "she") || EqualsLower(w, "they")) &&
        t[e - 2].kind == Token::kWord &&
        (lex_.IsPreposition(t[e - 2].span.View(text_)) ||
         (lex_.WordClasses(t[e - 2].span.View(text_)) & Lexicon::kAdverbClass) ||
         !(lex_.WordClasses(t[e - 2].span.View(text_)) &
           (Lexicon::kFunctionWordClass | Lexicon::kPronounClass))) &&
        !lex_.IsIntroWord(t[e - 2].span.View(text_)) &&
        !IsSubordinator(t[e - 2].span.View(text_))) {
      return lex_.ParseMention(text_, Part(t, e - 1, e), m);
    }
  }
  // A conjunction opening the sentence is no part of it: "But Kenny Rankin, general
  // secretary of the association, warned ...".
  if (e > b + 2 &&
      (EqualsLower(t[b].span.View(text_), "but") || EqualsLower(t[b].span.View(text_), "and") ||
       EqualsLower(t[b].span.View(text_), "yet"))) {
    ++b;
  }
  // A transcript's label is not part of the subject: "Bloomberg: The European Commission
  // said ...".
  for (size_t k = b + 1; k < e && k <= b + 6; ++k) {
    if (IsPunct(text_, t[k], ':')) {
      b = k + 1;
      break;
    }
  }
  // Nor is the title of someone addressed: "Q: Minister, the farmers say ...".
  if (e > b + 3 && t[b].kind == Token::kWord && t[b].capitalized && IsPunct(text_, t[b + 1], ',') &&
      (lex_.WordClasses(t[b].span.View(text_)) &
       (Lexicon::kRoleWordClass | Lexicon::kHonorificClass))) {
    b += 2;
  }
  // "Iranian state media quoted Raisi as saying": the speaker is the one quoted.
  if (e >= b + 3 && EqualsLower(t[e - 1].span.View(text_), "as")) {
    for (size_t k = b; k + 2 < e; ++k) {
      if (EqualsLower(t[k].span.View(text_), "quoted") ||
          EqualsLower(t[k].span.View(text_), "cited")) {
        b = k + 1;
        e = e - 1;
        break;
      }
    }
  }
  std::vector<std::pair<size_t, size_t>>& parts = subject_parts_;
  parts.clear();
  for (size_t k = b; k < e;) {
    size_t j = k;
    while (j < e && !IsPunct(text_, t[j], ',')) ++j;
    if (j > k) parts.emplace_back(k, j);
    k = j + 1;
  }
  auto first_word = [&](size_t k) { return t[k].span.View(text_); };
  auto is = [&](size_t k, std::string_view lower) { return EqualsLower(first_word(k), lower); };
  // Leading introductory parts: "Earlier,", "On Monday,", "In a statement posted on
  // Telegram,".
  // A leading participle phrase: "Speaking about the situation in Donbass,", "Asked about
  // the deliveries,".
  // Non-restrictive relative clauses ("who met Blinken last week") are not part of the
  // mention; dropped first, so that "But a senior officer, who ..., said" keeps its
  // first part.
  auto relative = [&](size_t k) {
    return is(k, "who") || is(k, "which") || is(k, "whose") || is(k, "whom") || is(k, "where");
  };
  // A relative pronoun right before the verb stands for the name that ends the part before
  // it: "... are regulated by the Estate Agents Authority, which said it would ...".
  if (parts.size() > 1 && parts.back().second - parts.back().first == 1 &&
      parts.back().second == e &&
      (is(parts.back().first, "which") || is(parts.back().first, "who"))) {
    size_t end = parts[parts.size() - 2].second, k = end;
    while (k > parts[parts.size() - 2].first && t[k - 1].kind == Token::kWord &&
           (t[k - 1].capitalized || is(k - 1, "of") || is(k - 1, "for"))) {
      --k;
    }
    while (k < end && !t[k].capitalized) ++k;  // not a leading "of"
    if (k < end && k > parts[parts.size() - 2].first && is(k - 1, "the")) --k;
    if (k < end && lex_.ParseMention(text_, Part(t, k, end), m)) return true;
  }
  // An age set off by commas is no part of the mention: "Hong, 55, had said ...".
  for (size_t p = 1; p < parts.size(); ++p) {
    if (parts[p].second - parts[p].first == 1 && t[parts[p].first].kind == Token::kNumber) {
      parts.erase(parts.begin() + static_cast<long>(p--));
    }
  }
  // The parts after a relative clause are most often more of it: "Clara Holm, director of
  // TechEurope, which represents companies including Apple, Google and Microsoft, said".
  // (A list holding "and" or "or" in the parts after part p: they are the clause's.)
  auto list_after = [&](size_t p) {
    for (size_t q = p + 1; q < parts.size(); ++q) {
      for (size_t k = parts[q].first; k < parts[q].second; ++k) {
        if (is(k, "and") || is(k, "or")) return true;
      }
    }
    return false;
  };
  for (size_t p = 1; p < parts.size(); ++p) {
    // Or one inside an appositive: "the Coalition, a trade group whose members include
    // Meta, Google and Snap, said" (the appositive is kept up to the pronoun).
    for (size_t k = parts[p].first + 2; k < parts[p].second; ++k) {
      if (!is(k, "whose") && !is(k, "which") && !is(k, "who")) continue;
      parts[p].second = k;
      if (list_after(p)) parts.erase(parts.begin() + static_cast<long>(p) + 1, parts.end());
      break;
    }
    if (relative(parts[p].first)) {
      parts.erase(parts.begin() + static_cast<long>(p),
                  list_after(p) ? parts.end() : parts.begin() + static_cast<long>(p) + 1);
      --p;
    }
  }
  // A participle phrase set off by commas before the verb is no part of the subject:
  // "Stoltenberg, presenting the document to the press, stated" (an appositive's
  // adjective is: "Igor Lee, leading analyst at the fund, said").
  if (parts.size() > 1 && parts.back().second + 1 == e && IsPunct(text_, t[e - 1], ',') &&
      !t[parts.back().first].capitalized && EndsInIng(first_word(parts.back().first)) &&
      !(lex_.WordClasses(first_word(parts.back().first)) &
        (Lexicon::kRoleModifierClass | Lexicon::kRoleWordClass))) {
    parts.pop_back();
  }
  // A subject pronoun right before the verb is the subject, whatever the parts before it:
  // "In a statement issued through Futpro, the players' union, she said ...".
  if (parts.size() > 1 && parts.back().second - parts.back().first == 1 &&
      parts.back().second == e) {
    Gender g;
    if (lex_.Pronoun(first_word(parts.back().first), &g)) {
      return lex_.ParseMention(text_, Part(t, parts.back().first, e), m);
    }
  }
  // A clause of contrast opens the subject: "The council ratified the result, while the
  // opposition insisted that ...".
  for (size_t p = parts.size(); p-- > 1;) {
    if ((is(parts[p].first, "while") || is(parts[p].first, "whereas") ||
         is(parts[p].first, "but")) &&
        parts[p].second - parts[p].first >= 2) {
      parts.erase(parts.begin(), parts.begin() + static_cast<long>(p));
      ++parts[0].first;
      break;
    }
  }
  // A span of time: "Four years into the war,".
  auto time_span = [&](const std::pair<size_t, size_t>& p) {
    if (p.second - p.first < 3) return false;
    std::string_view w = first_word(p.first + 1);
    return EqualsLower(w, "years") || EqualsLower(w, "months") || EqualsLower(w, "weeks") ||
           EqualsLower(w, "days") || EqualsLower(w, "hours") || EqualsLower(w, "decades");
  };
  // An introductory part may carry an apposition of its own: "In a message posted on X,
  // formerly Twitter,".
  auto renamed = [&](size_t k) { return is(k, "formerly") || is(k, "previously"); };
  // (And its second half after "and": "In a letter sent this week, and seen by the
  // Examiner, the funding body said".)
  bool introduced = false;
  while (parts.size() > 1 &&
         ((introduced && is(parts.front().first, "and")) ||
          lex_.IsIntroWord(first_word(parts.front().first)) || renamed(parts.front().first) ||
          lex_.IsPreposition(first_word(parts.front().first)) ||
          IntroParticiplePhrase(t, parts.front().first, parts.front().second) ||
          time_span(parts.front()) || t[parts.front().first].kind == Token::kNumber)) {
    bool place = lex_.IsPreposition(first_word(parts.front().first));
    parts.erase(parts.begin());
    introduced = true;
    // An appositive of the place: "In Seminole, the county seat, Anna Berg said" (not a
    // title: "In an interview, the State Commissioner for Health, Ann Lee, said").
    if (place && parts.size() > 1 && is(parts.front().first, "the")) {
      bool title = false;
      for (size_t k = parts.front().first; k < parts.front().second && !title; ++k) {
        title = lex_.WordClasses(first_word(k)) & Lexicon::kRoleWordClass;
      }
      if (!title) parts.erase(parts.begin());
    }
  }
  // Trailing prepositional parts ("in an interview with Izvestia").
  while (parts.size() > 1 && lex_.IsPreposition(first_word(parts.back().first))) {
    parts.pop_back();
  }
  if (parts.empty()) return false;
  // A single part may still open with an introductory word ("Earlier Lavrov said"; not an
  // ordinal of a title: "Second Vice Minister Jang Eun-sook").
  size_t pb = parts.front().first;
  if (parts.size() == 1 && parts[0].second - pb > 1 && lex_.IsIntroWord(first_word(pb)) &&
      (!t[pb].capitalized ||
       (pb == b && !is(pb, "first") && !is(pb, "second") && !is(pb, "third")))) {
    ++pb;
  }
  // A trailing adverbial phrase: "Lavrov during a briefing", "Lavrov at a meeting". Title
  // complements stay ("Chairman of the Committee on CIS Affairs", "head of the delegation
  // at the talks in Vienna"): "in", "at" and "on" cut only before an indefinite or
  // possessive determiner or a date word.
  size_t pe = parts.back().second;
  for (size_t k = pb + 1; k < pe; ++k) {
    if (t[k].kind != Token::kWord) continue;
    std::string_view w = first_word(k);
    bool cut = OpensAdverbial(w);
    if (!cut && w.size() == 2 && k + 1 < pe &&
        (EqualsLower(w, "in") || EqualsLower(w, "at") || EqualsLower(w, "on"))) {
      cut = is(k + 1, "a") || is(k + 1, "an") || is(k + 1, "his") || is(k + 1, "her") ||
            is(k + 1, "their");
      if (!cut) {
        cut = lex_.WordClasses(first_word(k + 1)) & (Lexicon::kWeekdayClass | Lexicon::kMonthClass);
      }
      // Or before where the words were spoken: "in the conversation with our site", "at the
      // briefing", "at the meeting".
      if (!cut && k + 2 < pe && is(k + 1, "the")) {
        for (std::string_view event :
             {"conversation", "interview", "briefing", "speech", "address", "statement", "comments",
              "remarks", "meeting", "session", "summit"}) {
          cut = cut || is(k + 2, event);
        }
      }
    }
    if (!cut) continue;
    Mention probe;
    // A clause before "after" or "while" is the writer's, and the subject follows: "Quayle
    // scored the penalty after referee Tom Varga ruled that ...".
    if ((EqualsLower(w, "after") || EqualsLower(w, "while")) && k + 1 < pe &&
        LooksLikeClause(Part(t, pb, k), 0) &&
        lex_.ParseMention(text_, Part(t, k + 1, pe), &probe)) {
      *m = probe;
      return true;
    }
    if (lex_.ParseMention(text_, Part(t, pb, k), &probe)) {
      pe = k;
      break;
    }
  }
  if (pe <= pb) return false;
  if (lex_.ParseMention(text_, Part(t, pb, pe), m)) return true;
  // A parenthetical that reads as no mention, set off by commas right before the verb:
  // "The former president, known for his posts online, claimed ...".
  if (parts.size() == 2 && e > b && IsPunct(text_, t[e - 1], ',') &&
      !t[parts[1].first].capitalized && lex_.ParseMention(text_, Part(t, pb, parts[0].second), m)) {
    return true;
  }
  // A place after the mention: "the Russian embassy in London".
  for (size_t k = pe - 1; k > pb + 1; --k) {
    if (k + 1 < pe && t[k + 1].capitalized &&
        (EqualsLower(first_word(k), "in") || EqualsLower(first_word(k), "at"))) {
      return lex_.ParseMention(text_, Part(t, pb, k), m);
    }
  }
  return false;
}

// Whether every block strictly between blocks `a` and `b` is boilerplate (an injected
// link line, a share button).
bool DetectRun::OnlyBoilerplateBetween(size_t a, size_t b) const {
  for (size_t k = a + 1; k < b; ++k) {
    if (seg_.blocks[k].kind != BlockKind::kBoilerplate) return false;
  }
  return true;
}

void DetectRun::DirectQuotes() {
  std::optional<Candidate> last;  // the previous attributed direct quote
  for (const Quote& q : quotes_) {
    if (Claimed(q.open)) continue;  // inside a transcript turn
    Span inner{q.open + 1, q.close};
    inner = Trim(text_, inner);
    if (inner.empty()) continue;
    // Only whether the quote reaches the minimum and eight words matters.
    const int enough = std::max(rules_.min_direct_words, kSpeechWords);
    int words = static_cast<int>(CountWordTokens(text_, inner, static_cast<size_t>(enough)));
    std::string_view iv = inner.View(text_);
    bool sentence_like = iv.find_first_of(".!?") != std::string_view::npos &&
                         iv.find_first_of(".!?") + 1 < iv.size();
    // A shorter quote counts only as a sentence of its own, closed with a comma (or "!",
    // "?") and attributed after it: '"It's a joke," one EU diplomat said.'
    bool short_quote = words < rules_.min_direct_words;
    // (Or as the next quote of a speaker just quoted in the paragraph: '"...," the
    // diplomat added. "It never is."'.)
    bool continues = false;
    if (short_quote && words >= 2 && last && last->block == q.first_block) {
      Span s0 = SentenceOf(q.first_block, q.open);
      continues = q.open <= s0.begin || Trim(text_, Span{s0.begin, q.open}).empty();
    }
    if (short_quote && !continues &&
        (words < 2 || iv.empty() || (iv.back() != ',' && iv.back() != '!' && iv.back() != '?'))) {
      continue;
    }
    // A title in marks: "operation "X"", "the newspaper "Y"".
    // Only the last token before the mark counts (as many tokens as Tokenize would give
    // from the block start: none or one).
    std::vector<Token> before;
    if (Token last; LastToken(text_, Span{seg_.blocks[q.first_block].span.begin, q.open}, &last)) {
      before.push_back(last);
    }
    if (!before.empty() && before.back().kind == Token::kWord &&
        (lex_.WordClasses(before.back().span.View(text_)) & Lexicon::kTitleCueWordClass)) {
      continue;
    }
    // Embedded in running text (a word right before the mark): part of a reported
    // clause, found by ReportedSpeech as a mixed claim.
    bool at_start = before.empty();
    Span sent = SentenceOf(q.first_block, q.open);
    bool sentence_start = q.open <= sent.begin || Trim(text_, Span{sent.begin, q.open}).empty();
    if (!at_start && !sentence_start) {
      const Token& prev = before.back();
      // A cue right before the mark: 'Lavrov said "We will respond."'
      const CueVerb* before_verb = nullptr;
      bool cue_before = prev.kind == Token::kWord &&
                        lex_.CueAt(text_, before, before.size() - 1, &before_verb) == 1;
      bool lead_in = cue_before || IsPunct(text_, prev, ':') || IsPunct(text_, prev, ',') ||
                     // a dash, or a line's marker: '> "We ...', '* "We ...'
                     (prev.kind == Token::kPunct && IsLineMarker(text_[prev.span.begin])) ||
                     IsPunct(text_, prev, '.') || IsPunct(text_, prev, '!') ||
                     IsPunct(text_, prev, '?') ||
                     // right after a quotation that ends a sentence: 'called it "a lie." "We ...'
                     (prev.kind == Token::kQuote && prev.span.begin > 0 &&
                      (text_[prev.span.begin - 1] == '.' || text_[prev.span.begin - 1] == '!' ||
                       text_[prev.span.begin - 1] == '?'));
      if (!lead_in) continue;
    }
    Candidate c;
    c.type = ClaimType::kDirect;
    c.claim = TrimClaimEnd(text_, inner);
    if (!c.claim.empty() && text_[c.claim.end - 1] == ',') --c.claim.end;
    c.cuts = q.cuts;
    c.block = q.block;
    // Attribution after the quote, in the rest of its sentence.
    Span close_sent = SentenceOf(q.block, q.close);
    uint32_t after_from = std::min<uint32_t>(q.close + 1, close_sent.end);
    bool found =
        q.closed && AttributionAfter(after_from, close_sent.end, &c.mention, &c.cue, &c.cue_text);
    if (found) {
      c.rule = "direct.post";
      c.sentence = close_sent;
    }
    // A quotation that ends with "?" or "!" may end its sentence before the attribution:
    // '"... What is left for us?" Ndolu said.' (a short sentence right after the mark).
    if (!found && q.closed && !iv.empty() && (iv.back() == '?' || iv.back() == '!') &&
        close_sent.end <= q.close + 1) {
      uint32_t next = q.close + 1;
      const Span block = seg_.blocks[q.block].span;
      while (next < block.end && IsSpace(text_[next])) ++next;
      if (next < block.end) {
        Span ns = SentenceOf(q.block, next);
        if (ns.begin <= next && ns.end > next && ns.end - next <= 80 &&
            AttributionAfter(next, ns.end, &c.mention, &c.cue, &c.cue_text)) {
          found = true;
          c.rule = "direct.post";
          c.sentence = Span{close_sent.begin, ns.end};
        }
      }
    }
    // A quotation that opens its paragraph and is signed after a dash, to the paragraph's
    // end: '"..." - Charles Michel, President of the European Council' (key quotes, pull
    // quotes).
    if (!found && q.closed && at_start && q.first_block == q.block) {
      const Span block = seg_.blocks[q.block].span;
      uint32_t p = q.close + 1;
      while (p < block.end && IsSpace(text_[p])) ++p;
      if (p < block.end && text_[p] == '-') {
        while (p < block.end && (text_[p] == '-' || IsSpace(text_[p]))) ++p;
        Span tail = Trim(text_, Span{p, block.end});
        if (!tail.empty() && text_[tail.end - 1] == '.') --tail.end;
        Span whole, name, role;
        if (tail.size() >= 4 && tail.size() <= 160 &&
            tail.View(text_).find('"') == std::string_view::npos &&
            lex_.ParseCaption(text_, tail, &whole, &name, &role) && whole.begin == tail.begin) {
          c.mention.kind = MentionKind::kCaption;
          c.mention.span = whole;
          c.mention.name = name;
          c.mention.role = std::string(role.View(text_));
          found = true;
        } else if (Mention sm; !tail.empty() && tail.size() <= 60 &&
                               lex_.ParseMention(text_, tail, &sm) &&
                               sm.kind == MentionKind::kName && sm.span == tail) {
          c.mention = sm;
          found = true;
        }
        if (found) {
          c.rule = "direct.signed";
          c.sentence = Span{q.open, block.end};
        }
      }
    }
    // (Not the first half of a split quote: '"This package," Borrell said, "targets ...').
    if (short_quote && !(continues && !found) &&
        (!found || !sentence_start ||
         all_quotes_.StartsWithin(Span{q.close + 1, close_sent.end}))) {
      continue;
    }
    // Attribution before it: "Lavrov said:", or between the halves of a split quote
    // ('"A," Lavrov said, "B."').
    if (!found && !sentence_start) {
      uint32_t from = sent.begin;
      if (last_standalone_end_ <= q.open && last_standalone_end_ > from)
        from = last_standalone_end_;
      found = AttributionBefore(from, q.open, &c.mention, &c.cue, &c.cue_text);
      if (found) {
        c.rule = "direct.pre";
        c.sentence = sent;
      }
    }
    // A quote paragraph under "He said:" closing the previous paragraph.
    if (!found && at_start && q.first_block > 0 &&
        IsTextBlock(seg_.blocks[q.first_block - 1].kind)) {
      const Block& pb = seg_.blocks[q.first_block - 1];
      if (!pb.sentences.empty() && text_[pb.span.end - 1] == ':') {
        Span ps = pb.sentences.back();
        found = AttributionBefore(ps.begin, pb.span.end, &c.mention, &c.cue, &c.cue_text);
        if (found) {
          c.rule = "direct.lead_in";
          c.sentence = ps;
        }
      }
    }
    // The next quote of the same speaker: '"A," he said. "B."'
    if (!found && last && sentence_start && last->block == q.first_block) {
      c.mention = last->mention;
      c.cue_text = last->cue_text;
      c.rule = "direct.continued";
      c.sentence = last->sentence;
      found = true;
    }
    // A paragraph that is one quote, right after a paragraph that ends with an attributed
    // quote: the same speaker goes on.
    if (!found && last && at_start && q.closed && q.first_block == q.block &&
        last->block < q.block && OnlyBoilerplateBetween(last->block, q.block) &&
        Trim(text_, Span{q.close + 1, seg_.blocks[q.block].span.end}).empty() &&
        Trim(text_, Span{last->sentence.end, seg_.blocks[last->block].span.end}).empty()) {
      c.mention = last->mention;
      c.cue_text = last->cue_text;
      c.rule = "direct.continued";
      c.sentence = last->sentence;
      found = true;
    }
    if (!found) {
      // A statement in marks with no attribution at all: kept only when it reads as
      // speech, and attributed to the most salient speaker.
      if (words < kSpeechWords || !lex_.IsSpeechLike(text_, inner) || !sentence_like) continue;
      c.rule = "direct.unattributed";
      c.sentence = sent;
    }
    Span taken{q.open, std::min<uint32_t>(q.close + 1, seg_.blocks[q.block].span.end)};
    standalone_.Add(taken);
    last_standalone_end_ = std::max(last_standalone_end_, taken.end);
    if (found) last = c;
    Emit(std::move(c));
  }
}

// A block quote and the caption or attribution line under it.
void DetectRun::BlockQuote(size_t bi) {
  if (bi + 1 >= seg_.blocks.size() || seg_.blocks[bi + 1].kind != BlockKind::kCaption) return;
  const Block& b = seg_.blocks[bi];
  const Block& cap = seg_.blocks[bi + 1];
  Candidate c;
  c.type = ClaimType::kDirect;
  c.claim = TrimClaimEnd(text_, b.span);
  c.cuts = BlockCuts(bi, c.claim);
  c.block = bi;
  c.sentence = cap.span;
  // The signature of an embedded post names its author.
  if (!cap.value.empty()) {
    std::vector<Token> at = Tokenize(text_, cap.value);
    if (lex_.ParseMention(text_, TokenView(at), &c.mention)) {
      c.rule = "blockquote.signature";
      Emit(std::move(c));
    }
    return;
  }
  Span whole, name, role, cue, clause;
  if (lex_.ParseCaption(text_, cap.span, &whole, &name, &role)) {
    c.mention.kind = MentionKind::kCaption;
    c.mention.span = whole;
    c.mention.name = name;
    c.mention.role = std::string(role.View(text_));
    c.rule = "blockquote.caption";
    Emit(std::move(c));
    return;
  }
  Mention m;
  if (!lex_.ParseAttributionLine(text_, cap.span, &m, &cue, &clause)) return;
  c.mention = m;
  c.cue = cue;
  c.cue_text = ToLower(cue.View(text_));
  c.rule = "blockquote.attribution";
  Emit(c);
  if (!clause.empty()) {
    // "- Lavrov explained, emphasizing that <clause>": a reported claim of its own.
    Candidate r;
    r.type = ClaimType::kIndirect;
    r.claim = TrimClaimEnd(text_, clause);
    r.block = bi + 1;
    r.mention = m;
    r.cue_text = c.cue_text;
    r.sentence = cap.span;
    r.rule = "indirect.participle";
    std::vector<Token> ct = Tokenize(text_, cap.span);
    for (size_t k = 0; k < ct.size(); ++k) {
      if (ct[k].span.end > clause.begin) break;
      if (size_t n = lex_.ParticipleAt(text_, ct, k)) {
        r.cue = Span{ct[k].span.begin, ct[k + n - 1].span.end};
        r.cue_text = ToLower(r.cue.View(text_));
      }
    }
    Emit(std::move(r));
  }
}

// Reported speech in one sentence: "<mention> <cue> (that) <clause>", "<clause>,
// <mention> <cue>", with quoted fragments making it mixed.
void DetectRun::ReportedSpeech(size_t bi, Span sentence, const std::vector<Token>& t) {
  size_t found_before = out_.candidates.size();
  // "According to him, the Russian side explained that ...": all of it is his, the
  // report inside too (not an outlet's: "According to Interfax, Lavrov said that ..." is
  // Lavrov's).
  bool according_to_pronoun =
      t.size() > 5 && EqualsLower(t[0].span.View(text_), "according") &&
      EqualsLower(t[1].span.View(text_), "to") && IsPunct(text_, t[3], ',') &&
      (EqualsLower(t[2].span.View(text_), "him") || EqualsLower(t[2].span.View(text_), "her"));
  if (!according_to_pronoun || !TryAccording(bi, sentence)) {
    CueClauses(bi, sentence, t);
    if (out_.candidates.size() == found_before) TryAccording(bi, sentence);
  }
  ParticipleClause(bi, sentence, t);
  CharacterisingClause(bi, sentence, t);
}

// "<speaker> called <something> "<words>"", "described <something> as "<words>"": the
// something and the words are the speaker's claim.
void DetectRun::CharacterisingClause(size_t bi, Span sentence, const std::vector<Token>& t) {
  // Most sentences hold no quotation mark: no word of theirs is looked up.
  if (std::none_of(t.begin(), t.end(), [](const Token& k) { return k.kind == Token::kQuote; })) {
    return;
  }
  for (size_t i = 1; i + 3 < t.size(); ++i) {
    if (t[i].kind != Token::kWord || t[i].capitalized ||
        !(lex_.WordClasses(t[i].span.View(text_)) & Lexicon::kCharacterisingVerbClass)) {
      continue;
    }
    // Its object: a few words, no quotation marks and no comma, then the opening mark
    // (after "as" for "described").
    size_t open = i + 1;
    while (open < t.size() && open <= i + 12 && t[open].kind == Token::kWord) ++open;
    if (open == i + 1 || open >= t.size() || t[open].kind != Token::kQuote) continue;
    if (EqualsLower(t[open - 1].span.View(text_), "as") && open - 1 == i + 1) continue;
    // Not "called on the Europeans to "be patient"", nor what someone called the speaker
    // ("called us an "undesirable organisation"").
    std::string_view object = t[i + 1].span.View(text_);
    if (lex_.IsPreposition(object) || EqualsLower(object, "us") || EqualsLower(object, "me")) {
      continue;
    }
    size_t close = open + 1;
    while (close < t.size() && t[close].kind != Token::kQuote) ++close;
    if (close >= t.size() || close == open + 1) continue;
    // The words close the phrase: 'called it "work on de-escalation" of the situation'
    // goes on about something else.
    if (close + 1 < t.size() && t[close + 1].kind == Token::kWord &&
        !EqualsLower(t[close + 1].span.View(text_), "according")) {
      continue;
    }
    Span claim{t[i + 1].span.begin, t[close].span.end};
    if (Claimed(t[i].span.begin) || Claimed(claim.begin) || standalone_.Contains(claim.begin)) {
      continue;
    }
    Mention m;
    if (!SubjectMention(t, 0, i, &m)) continue;
    Candidate c;
    c.type = ClaimType::kMixed;
    c.claim = claim;
    c.cue = t[i].span;
    c.cue_text = ToLower(t[i].span.View(text_));
    c.mention = m;
    c.block = bi;
    c.sentence = sentence;
    c.cuts = BlockCuts(bi, claim);
    c.rule = "mixed.characterising";
    Emit(std::move(c));
    return;
  }
}

// The sentence subject: the longest stretch from `b` that reads as a mention and is
// followed by a lower-case word (its verb).
bool DetectRun::SentenceSubject(const std::vector<Token>& t, size_t b, size_t limit,
                                Mention* m) const {
  // A clause of time before the subject: "Hours before leaders gathered in the capital,
  // Mr Zelensky posted ...".
  if (b + 2 < limit && (EqualsLower(t[b + 1].span.View(text_), "before") ||
                        EqualsLower(t[b + 1].span.View(text_), "after"))) {
    std::string_view w = t[b].span.View(text_);
    if (EqualsLower(w, "hours") || EqualsLower(w, "days") || EqualsLower(w, "minutes") ||
        EqualsLower(w, "weeks") || EqualsLower(w, "months") || EqualsLower(w, "moments") ||
        EqualsLower(w, "shortly") || EqualsLower(w, "just") || EqualsLower(w, "soon")) {
      size_t comma = b + 2;
      while (comma < limit && !IsPunct(text_, t[comma], ',')) ++comma;
      if (comma + 1 < limit) b = comma + 1;
    }
  }
  for (size_t j = b + 1; j < limit && j <= b + 24; ++j) {
    if (t[j].kind != Token::kWord || t[j].capitalized) continue;
    std::string_view w = t[j].span.View(text_);
    if ((lex_.WordClasses(w) &
         (Lexicon::kRoleWordClass | Lexicon::kOrgWordClass | Lexicon::kRoleModifierClass |
          Lexicon::kPrepositionClass | Lexicon::kNameParticleClass)) ||
        EqualsLower(w, "of") || EqualsLower(w, "the") || EqualsLower(w, "a") ||
        EqualsLower(w, "an") || EqualsLower(w, "and")) {
      continue;
    }
    if (SubjectMention(t, b, j, m)) return true;
  }
  return false;
}

// The writer's note after a claim that it is unverified, from ct[k] after a comma: "a
// claim that could not be independently verified", "a figure Reuters could not confirm",
// "which could not be verified".
bool DetectRun::UnverifiedNote(TokenView ct, size_t k) const {
  std::string_view w = ct[k].span.View(text_);
  if (!EqualsLower(w, "a") && !EqualsLower(w, "an") && !EqualsLower(w, "which")) return false;
  bool negated = false;
  for (size_t j = k + 1; j < ct.size() && j <= k + 12 && ct[j].kind == Token::kWord; ++j) {
    std::string_view x = ct[j].span.View(text_);
    negated = negated || EqualsLower(x, "not") || EqualsLower(x, "cannot") || x.ends_with("n't");
    if (negated && (StartsWithLower(x, "verif") || StartsWithLower(x, "confirm") ||
                    StartsWithLower(x, "corroborat"))) {
      return true;
    }
  }
  return false;
}

bool DetectRun::TimeRelativePhrase(TokenView ct, size_t k) const {
  size_t j = k;
  // "a day", "two weeks", "just hours", "only minutes", "48 hours".
  if (j < ct.size() && (EqualsLower(ct[j].span.View(text_), "just") ||
                        EqualsLower(ct[j].span.View(text_), "only"))) {
    ++j;
  }
  if (j + 1 < ct.size() &&
      (ct[j].kind == Token::kNumber || EqualsLower(ct[j].span.View(text_), "a") ||
       (lex_.WordClasses(ct[j].span.View(text_)) & Lexicon::kQuantifierClass))) {
    ++j;
  }
  if (j + 2 >= ct.size()) return false;
  std::string_view unit = ct[j].span.View(text_);
  bool time = false;
  for (std::string_view u : {"minute", "hour", "day", "week", "month"}) {
    time = time || EqualsLower(unit, u) ||
           (unit.size() == u.size() + 1 && StartsWithLower(unit, u) && unit.back() == 's');
  }
  std::string_view rel = ct[j + 1].span.View(text_);
  return time && (EqualsLower(rel, "after") || EqualsLower(rel, "before"));
}

Span DetectRun::SecondClaim(Span second) const {
  std::vector<Token> st = Tokenize(text_, second);
  TokenView ct(st);
  for (size_t k = 2; k < ct.size(); ++k) {
    if ((IsPunct(text_, ct[k - 1], '-') || IsPunct(text_, ct[k - 1], ',')) && WritersNote(ct, k)) {
      return TrimClaimEnd(text_, Span{second.begin, ct[k - 1].span.begin});
    }
    if (IsPunct(text_, ct[k - 1], ',') && TrailingOutletCredit(ct, k)) {
      return TrimClaimEnd(text_, Span{second.begin, ct[k - 1].span.begin});
    }
  }
  return TrimClaimEnd(text_, second);
}

bool DetectRun::TrailingOutletCredit(TokenView ct, size_t k) const {
  if (k >= ct.size() || ct[k].kind != Token::kWord || ct.size() - k > 12) return false;
  size_t j = k;
  while (j < ct.size() && ct[j].kind == Token::kWord &&
         !(EqualsLower(ct[j].span.View(text_), "reported") ||
           EqualsLower(ct[j].span.View(text_), "reports") ||
           EqualsLower(ct[j].span.View(text_), "wrote") ||
           EqualsLower(ct[j].span.View(text_), "writes"))) {
    ++j;
  }
  bool at_end = j + 1 == ct.size() || (j + 2 == ct.size() && IsPunct(text_, ct[j + 1], '.'));
  if (j == k || j >= ct.size() || !at_end || !ct[j - 1].capitalized) return false;
  // The outlet's name: the last capitalized words before the verb.
  size_t n = j - 1;
  while (n > k && ct[n - 1].capitalized && j - n < 3) --n;
  for (size_t b = n; b < j; ++b) {
    if (rules_.FindOutlet(Span{ct[b].span.begin, ct[j - 1].span.end}.View(text_))) return true;
  }
  return false;
}

bool DetectRun::WritersNote(TokenView ct, size_t k) const {
  size_t j = k;
  if (EqualsLower(ct[j].span.View(text_), "a") || EqualsLower(ct[j].span.View(text_), "an")) ++j;
  if (j + 1 >= ct.size() || ct[j].kind != Token::kWord) return false;
  std::string_view noun = ct[j].span.View(text_);
  bool plural = j == k;
  bool note = false;
  for (std::string_view n : {"claim", "assertion", "charge", "accusation", "allegation", "remark",
                             "comment", "statement", "contention"}) {
    note = note || (plural ? noun.size() == n.size() + 1 && StartsWithLower(noun, n) &&
                                 (noun.back() == 's' || noun.back() == 'S')
                           : EqualsLower(noun, n));
  }
  if (!note) return false;
  // Then what others made of it: "rejected by", "denied", "the White House later sought to
  // clarify", "that Kyiv disputes", "which ...".
  const Token& next = ct[j + 1];
  if (LowerEdWord(text_, next)) return true;
  std::string_view x = next.span.View(text_);
  return EqualsLower(x, "that") || EqualsLower(x, "which") || EqualsLower(x, "the");
}

// "<subject> <did something>, saying (that) <clause>".
void DetectRun::ParticipleClause(size_t bi, Span sentence, const std::vector<Token>& t) {
  for (size_t i = 2; i + 1 < t.size(); ++i) {
    // The comma may close a quotation: 'to "be patient," noting that ...'. Or the
    // participle has a subject of its own after "with": ", with Tanaka arguing that ...".
    bool comma = CommaBefore(text_, t, i);
    // (Cheap tests first: most tokens are neither after a comma nor in -ing.)
    if (!comma && (t[i].kind != Token::kWord || !EndsInIng(t[i].span.View(text_)))) continue;
    size_t p = lex_.ParticipleAt(text_, t, i);
    if (p == 0 || standalone_.Contains(t[i].span.begin) || Claimed(t[i].span.begin) ||
        used_cues_.Contains(t[i].span.begin)) {
      continue;
    }
    Mention with_subject;
    // (Or "and" joins it to a participle phrase after a comma: ", calling it "a shot in the
    // foot" and predicting that ...".)
    bool joined = false;
    if (!comma && EqualsLower(t[i - 1].span.View(text_), "and")) {
      for (size_t j = i - 2; j > 1 && j + 16 > i && !joined; --j) {
        joined = CommaBefore(text_, t, j) && t[j].kind == Token::kWord && !t[j].capitalized &&
                 EndsInIng(t[j].span.View(text_));
      }
    }
    if (!comma && !joined) {
      size_t j = i - 1;
      while (j > 1 && j + 9 > i && !EqualsLower(t[j].span.View(text_), "with")) --j;
      if (j + 1 >= i || !EqualsLower(t[j].span.View(text_), "with") || !CommaBefore(text_, t, j) ||
          !lex_.ParseMention(text_, Part(t, j + 1, i), &with_subject)) {
        continue;
      }
    }
    size_t c = i + p;
    c += lex_.ComplementizerAt(text_, t, c);
    // (After a phrase of time or place: "saying after four hours of talks that ...".)
    if (c == i + p && c < t.size() && lex_.IsPreposition(t[c].span.View(text_))) {
      for (size_t k = c + 1;
           k < t.size() && k < c + 10 && t[k].kind != Token::kPunct && t[k].kind != Token::kQuote;
           ++k) {
        if (size_t n = lex_.ComplementizerAt(text_, t, k); n > 0) {
          c = k + n;
          break;
        }
      }
    }
    // Or a quotation after a colon: ', saying only: "..."'.
    bool colon = false;
    if (c == i + p) {
      size_t k = c;
      if (k < t.size() && t[k].kind == Token::kWord &&
          (lex_.WordClasses(t[k].span.View(text_)) & Lexicon::kAdverbClass)) {
        ++k;
      }
      if (k + 1 < t.size() && IsPunct(text_, t[k], ':') && t[k + 1].kind == Token::kQuote) {
        c = k + 1;
        colon = true;
      }
    }
    // The clause may be quoted: 'adding that "interactions between states should ..."'.
    bool quoted = (c > i + p || colon) && c + 1 < t.size() && t[c].kind == Token::kQuote &&
                  t[c + 1].kind == Token::kWord;
    // (After "that" a clause may open with a number: "adding that 97% of the deals ...".)
    if (c >= t.size() ||
        (t[c].kind != Token::kWord && !quoted && !(c > i + p && t[c].kind == Token::kNumber))) {
      continue;
    }
    // ", adding to similar deals ...", ", reiterating its position": no speech (with no
    // "that", what follows must read as a clause).
    if (c == i + p && EqualsLower(t[c].span.View(text_), "to")) continue;
    if (c == i + p && !quoted && !LooksLikeClause(t, c)) continue;
    // (A participle that may characterise what was said reports a clause only with "that":
    // ", repeating that the goals remain unchanged", not ", repeating a phrase he had used".)
    if (c == i + p && (lex_.WordClasses(t[i].span.View(text_)) & Lexicon::kCharacterisingClass)) {
      continue;
    }
    // Taken already as the second claim of a cue's clause.
    if (claimed_.StartsWithin(Span{t[c].span.begin, t[c].span.begin + 1})) continue;
    // '"...," Peskov said, adding that ...': the speaker of the attribution before the
    // comma; else the sentence subject.
    Mention m = with_subject;
    bool after_attribution = false;
    // (Up to 24 tokens back: '"...," said Anna Berg, executive director of the Lakeland
    // group Votes Count, adding that ...'.)
    for (size_t j = i - 1; with_subject.kind == MentionKind::kNone && j-- > 0 && j + 24 > i;) {
      if (t[j].kind == Token::kQuote || IsPunct(text_, t[j], '.')) break;
      auto owner = cue_owner_.find(t[j].span.begin);
      if (owner != cue_owner_.end()) {
        m = out_.candidates[owner->second].mention;
        after_attribution = m.kind != MentionKind::kNone;
        break;
      }
    }
    if (!after_attribution && with_subject.kind == MentionKind::kNone &&
        !SentenceSubject(t, 0, i, &m)) {
      return;
    }
    Span second;
    Span claim = ClaimFrom(t, c, sentence, &second);
    if (!HasWords(text_, claim, 3)) return;
    Candidate cand;
    cand.claim = claim;
    cand.type = HasQuote(claim) ? ClaimType::kMixed : ClaimType::kIndirect;
    // A clause that is one quotation is the speaker's words: direct, without its marks.
    if (quoted && claim.size() > 2 && text_[claim.end - 1] == '"') {
      Span inner = TrimClaimEnd(text_, Span{claim.begin + 1, claim.end - 1});
      if (!HasQuote(inner)) {
        cand.claim = inner;
        cand.type = ClaimType::kDirect;
      }
    }
    cand.cue = Span{t[i].span.begin, t[i + p - 1].span.end};
    cand.cue_text = ToLower(cand.cue.View(text_));
    cand.mention = m;
    // The quotation taken already as a quote of no one named: its speaker is the
    // participle's (', saying only: "..."').
    if (cand.type == ClaimType::kDirect && claimed_.StartsWithin(cand.claim)) {
      Candidate* taken = nullptr;
      for (Candidate& q : out_.candidates) {
        if (q.claim.begin == cand.claim.begin && q.mention.kind == MentionKind::kNone) taken = &q;
      }
      if (taken) {
        taken->mention = m;
        taken->cue = cand.cue;
        taken->cue_text = cand.cue_text;
        used_cues_.Add(taken->cue);
        return;
      }
    }
    cand.block = bi;
    cand.sentence = sentence;
    cand.cuts = BlockCuts(bi, sentence);
    cand.rule = cand.type == ClaimType::kDirect ? "direct.participle"
                : after_attribution             ? "indirect.participle"
                                                : "indirect.subject_participle";
    std::optional<Candidate> more;
    if (!second.empty()) {
      more = cand;
      more->claim = SecondClaim(second);
      more->type = HasQuote(more->claim) ? ClaimType::kMixed : ClaimType::kIndirect;
      more->cue = Span{};
      more->rule = SecondClaimRule(claim, second);
    }
    Emit(std::move(cand));
    if (more) Emit(std::move(*more));
    return;
  }
}

void DetectRun::NestedReport(const std::vector<Token>& t, size_t* clause, Mention* m, Span* cue,
                             const CueVerb** verb) const {
  size_t b = *clause;
  if (t[b].kind != Token::kWord) return;
  // A pronoun's report: "she said she had told him that <clause>". The claim is the
  // clause; its speaker the pronoun's (the same as the reporter's unless they differ).
  Gender g;
  if (!t[b].capitalized && lex_.Pronoun(t[b].span.View(text_), &g) && b + 4 < t.size()) {
    size_t j = b + 1;
    if (EqualsLower(t[j].span.View(text_), "had") || EqualsLower(t[j].span.View(text_), "has")) {
      ++j;
    }
    const CueVerb* inner = nullptr;
    size_t n = lex_.CueAt(text_, t, j, &inner);
    if (n == 0 || inner->id != "cue.tell") return;
    size_t k = j + n;
    if (k < t.size() && t[k].kind == Token::kWord &&
        (EqualsLower(t[k].span.View(text_), "him") || EqualsLower(t[k].span.View(text_), "her") ||
         EqualsLower(t[k].span.View(text_), "them"))) {
      ++k;
    }
    while (k < t.size() && k <= j + n + 3 && t[k].kind == Token::kWord && t[k].capitalized) ++k;
    size_t that = k > j + n && k < t.size() ? lex_.ComplementizerAt(text_, t, k) : 0;
    if (that == 0 || k + that >= t.size()) return;
    *clause = k + that;
    if (m->kind == MentionKind::kPronoun &&
        !EqualsLower(m->span.View(text_), t[b].span.View(text_))) {
      Mention pm;
      pm.kind = MentionKind::kPronoun;
      pm.span = t[b].span;
      *m = pm;
    }
    *cue = Span{t[j].span.begin, t[j + n - 1].span.end};
    *verb = inner;
    return;
  }
  if (!t[b].capitalized) return;
  for (size_t j = b + 1; j < t.size() && j <= b + 8; ++j) {
    if (t[j].kind != Token::kWord) return;
    const CueVerb* inner = nullptr;
    size_t n = lex_.CueAt(text_, t, j, &inner);
    if (n == 0) continue;
    // The subject, and an auxiliary or an adverb before the verb: "Putin had told".
    size_t e = j;
    while (e > b + 1 && (EqualsLower(t[e - 1].span.View(text_), "had") ||
                         EqualsLower(t[e - 1].span.View(text_), "has") ||
                         EqualsLower(t[e - 1].span.View(text_), "also"))) {
      --e;
    }
    // (The name right before the verb: "Truss first replied that ..." tells how she
    // answered, and stays the reporter's claim.)
    Mention im;
    if (!t[e - 1].capitalized || !SubjectMention(t, b, e, &im) || im.kind != MentionKind::kName) {
      return;
    }
    // The verb, its audience (a name or two: "told Lavrov", "told President Biden") and
    // "that".
    size_t k = j + n;
    while (k < t.size() && k <= j + n + 3 && t[k].kind == Token::kWord && t[k].capitalized) ++k;
    size_t that = k < t.size() ? lex_.ComplementizerAt(text_, t, k) : 0;
    if (that == 0 || k + that >= t.size()) return;
    *clause = k + that;
    *m = im;
    *cue = Span{t[j].span.begin, t[j + n - 1].span.end};
    *verb = inner;
    return;
  }
}

const char* DetectRun::SecondClaimRule(Span claim, Span second) const {
  if (second.begin <= claim.end) return "indirect.participle";
  std::string between;
  for (char ch : Span{claim.end, second.begin}.View(text_)) {
    if (std::isalpha(static_cast<unsigned char>(ch)) || (ch == ' ' && !between.empty())) {
      between.push_back(FoldAscii(ch));
    }
  }
  while (!between.empty() && between.back() == ' ') between.pop_back();
  return between == "and that" || between == "but that" ? "indirect.and_that"
                                                        : "indirect.participle";
}

// The reported clause from token `clause` to the end of the sentence, ended before a
// second predicate of the speaker (", and called on ...", ", but rejected ...") or the
// writer's context (", as allies pledged ..."). A participle with a clause of its own
// (", adding that <clause>") ends it too: that clause, a second claim of the same
// speaker, is put in `second`.
Span DetectRun::ClaimFrom(const std::vector<Token>& t, size_t clause, Span sentence, Span* second,
                          size_t* resume) const {
  *second = Span{};
  if (resume) *resume = 0;
  Span claim = TrimClaimEnd(text_, Span{t[clause].span.begin, sentence.end});
  // The claim starts at a token and ends at one (only trailing punctuation is trimmed
  // from the sentence), so its tokens are those of the sentence that lie inside it.
  size_t claim_end = clause;
  while (claim_end < t.size() && t[claim_end].span.end <= claim.end) ++claim_end;
  TokenView ct = TokenView(t).Sub(clause, claim_end);
  // The clause after a second cue at ct[j] and its "that", if it has one, is a second
  // claim of the same speaker: ", but insisted that <clause>", "and said the union would
  // ..." (a clause with no "that" after a verb that takes one, but for "warned" and "told",
  // which take an object first: "warned Japan against ...").
  // Whether the cue before the clause is in the present ("says", "warns").
  bool present_cue = false;
  for (size_t j = clause; j-- > 0 && j + 4 > clause && !present_cue;) {
    std::string_view v = t[j].span.View(text_);
    present_cue = v.size() > 3 && v.back() == 's' && lex_.CueAt(text_, t, j, nullptr) > 0;
  }
  auto second_after_cue = [&](size_t j) {
    const CueVerb* verb = nullptr;
    size_t n = lex_.CueAt(text_, ct, j, &verb);
    size_t c = n > 0 ? lex_.ComplementizerAt(text_, ct, j + n) : 0;
    if (c > 0 && j + n + c < ct.size()) {
      *second = Span{ct[j + n + c].span.begin, claim.end};
    } else if (n > 0 && verb->bare_clause && verb->id != "cue.warn" && verb->id != "cue.tell" &&
               j + n < ct.size() && ct[j + n].kind == Token::kWord &&
               !lex_.IsPreposition(ct[j + n].span.View(text_)) && LooksLikeClause(ct, j + n)) {
      *second = Span{ct[j + n].span.begin, claim.end};
    }
  };
  // Participles joined before their noun are adjectives: "412 suspected and confirmed
  // cases".
  auto adjectives = [&](size_t k) {
    return LowerEdWord(text_, ct[k - 1]) && k + 2 < ct.size() && LowerEdWord(text_, ct[k + 1]) &&
           ct[k + 2].kind == Token::kWord && !ct[k + 2].capitalized &&
           !EqualsLower(ct[k + 2].span.View(text_), "that") &&
           !lex_.IsPreposition(ct[k + 2].span.View(text_)) &&
           !(lex_.WordClasses(ct[k + 2].span.View(text_)) &
             (Lexicon::kFunctionWordClass | Lexicon::kClauseMarkerClass));
  };
  for (size_t k = 1; k + 1 < ct.size(); ++k) {
    // "Johnson says Putin will fail; Lavrov says it is the west that ...": after a
    // semicolon, another subject with a cue of its own reports a claim of its own.
    if (resume && k >= 2 && IsPunct(text_, ct[k - 1], ';')) {
      for (size_t j = k + 1; j < ct.size() && j <= k + kMaxMentionTokens; ++j) {
        Mention other;
        if (lex_.CueAt(text_, ct, j, nullptr) > 0 &&
            SubjectMention(t, clause + k, clause + j, &other) &&
            other.kind != MentionKind::kPronoun) {
          *resume = clause + k;
          claim.end = ct[k - 2].span.end;
          return Trim(text_, claim);
        }
      }
    }
    // "... and that <clause>", "..., but that <clause>": a second claim of the same
    // speaker, after a clause of the claim's own.
    if (k >= 2 && k + 2 < ct.size() &&
        (EqualsLower(ct[k].span.View(text_), "and") ||
         EqualsLower(ct[k].span.View(text_), "but")) &&
        EqualsLower(ct[k + 1].span.View(text_), "that") && ct[k + 2].kind != Token::kPunct &&
        LooksLikeClause(ct, k + 2) && LooksLikeClause(ct.Sub(0, k), 0)) {
      *second = Span{ct[k + 2].span.begin, claim.end};
      claim.end = CommaBefore(text_, ct, k) ? CutBefore(text_, ct, k) : ct[k - 1].span.end;
      return Trim(text_, claim);
    }
    // "and" or "but" with no comma before a cue or a second predicate, after a clause of
    // the claim's own: 'had "extended a hand" to the CDU and warned that ...', '"no party
    // will get everything" and urged ...', 'had been "constructive" but cautioned that
    // ...', 'had become "a war zone" and called for ...' (not 'said Moscow and Beijing
    // stressed that ...': no verb before "and").
    // (A verb in the present after a cue in the past is the clause's own: "said Turkey
    // will not abandon Ukraine and maintains contact with both sides".)
    if (k >= 2 &&
        (EqualsLower(ct[k].span.View(text_), "and") ||
         EqualsLower(ct[k].span.View(text_), "but")) &&
        ct[k - 1].kind != Token::kPunct && !CommaBefore(text_, ct, k) && !adjectives(k) &&
        !all_quotes_.Contains(ct[k].span.begin) &&
        (lex_.CueAt(text_, ct, k + 1, nullptr) > 0 ||
         lex_.IsSecondPredicate(ct[k + 1].span.View(text_))) &&
        (present_cue || !PresentVerbForm(ct[k + 1].span.View(text_))) &&
        LooksLikeClause(ct.Sub(0, k), 0)) {
      second_after_cue(k + 1);
      claim.end = ct[k - 1].span.end;
      return Trim(text_, claim);
    }
    // The writer's note on the claim after a dash: "... no patients inside - a claim
    // rejected by Ukrainian officials".
    if (k >= 2 && IsPunct(text_, ct[k - 1], '-') && WritersNote(ct, k)) {
      claim.end = ct[k - 1].span.begin;
      return Trim(text_, claim);
    }
    // The comma may close a quotation: 'make "all of us safer," and urged ...'.
    if (!CommaBefore(text_, ct, k)) continue;
    uint32_t cut = CutBefore(text_, ct, k);
    if (TrailingOutletCredit(ct, k)) {
      claim.end = cut;
      return Trim(text_, claim);
    }
    std::string_view w = ct[k].span.View(text_);
    bool conj = EqualsLower(w, "and") || EqualsLower(w, "but");
    bool second_predicate = conj && k + 1 < ct.size() &&
                            (lex_.CueAt(text_, ct, k + 1, nullptr) > 0 ||
                             lex_.IsSecondPredicate(ct[k + 1].span.View(text_)) ||
                             (EqualsLower(w, "but") && LowerEdWord(text_, ct[k + 1])));
    // ", but he rejected ...", ", though she admitted that ...": the speaker again, as a
    // pronoun, with a speech verb or a second predicate.
    // (An adverb may come between: ", but he also said ...".)
    size_t verb_at = k + 2;
    if (verb_at + 1 < ct.size() &&
        (lex_.WordClasses(ct[verb_at].span.View(text_)) & Lexicon::kAdverbClass)) {
      ++verb_at;
    }
    if (!second_predicate && verb_at < ct.size() &&
        (conj || EqualsLower(w, "though") || EqualsLower(w, "although")) &&
        (EqualsLower(ct[k + 1].span.View(text_), "he") ||
         EqualsLower(ct[k + 1].span.View(text_), "she")) &&
        (lex_.CueAt(text_, ct, verb_at, nullptr) > 0 ||
         lex_.IsSecondPredicate(ct[verb_at].span.View(text_)))) {
      second_after_cue(verb_at);
      claim.end = cut;
      return Trim(text_, claim);
    }
    // A headline's second predicate in the present, after a bare comma: "Minister says task
    // force has cleared 14 mines, calls for ...", "..., warns of retaliation" (a verb: a
    // preposition, a determiner or "that" after it), when the cue is in the present too.
    if (present_cue && w.size() > 3 && w.back() == 's' && !ct[k].capitalized && k + 1 < ct.size() &&
        ct[k + 1].kind == Token::kWord && ct[k - 1].kind == Token::kPunct &&
        (lex_.IsPreposition(ct[k + 1].span.View(text_)) ||
         EqualsLower(ct[k + 1].span.View(text_), "of") ||
         (lex_.WordClasses(ct[k + 1].span.View(text_)) & Lexicon::kFunctionWordClass)) &&
        (lex_.IsSecondPredicate(w) || lex_.CueAt(text_, ct, k, nullptr) > 0)) {
      second_after_cue(k);
      claim.end = cut;
      return Trim(text_, claim);
    }
    bool context = false;
    if (EqualsLower(w, "as") && k + 1 < ct.size()) {
      std::string_view n = ct[k + 1].span.View(text_);
      // Not "as stipulated by the agreement", "as agreed": no subject of its own.
      bool fixed = EqualsLower(n, "well") || EqualsLower(n, "long") || EqualsLower(n, "soon") ||
                   EqualsLower(n, "much") || EqualsLower(n, "far") || EqualsLower(n, "a") ||
                   EqualsLower(n, "an") || LowerEdWord(text_, ct[k + 1]);
      for (size_t j = k + 2; !fixed && !context && j < ct.size() && j < k + 8; ++j) {
        context = LowerEdWord(text_, ct[j]);
      }
    }
    if (second_predicate || context) {
      if (second_predicate) second_after_cue(k + 1);
      claim.end = cut;
      return Trim(text_, claim);
    }
    // ", while Estonia's prime minister warned that ...": another speaker's claim, read
    // from the token after "while" (`resume`).
    // So is ", and the defence ministry confirmed that ...": a subject of its own (not a
    // pronoun: the speaker again), a cue and "that".
    // And ", though legal experts said ...".
    if (resume && (EqualsLower(w, "while") || EqualsLower(w, "whereas") ||
                   EqualsLower(w, "though") || EqualsLower(w, "although") || conj)) {
      for (size_t j = k + 2; j < ct.size() && j <= k + 1 + kMaxMentionTokens; ++j) {
        Mention other;
        // (Not "asked", which reports a question: ", although it itself asked to keep
        // ...".)
        const CueVerb* other_verb = nullptr;
        size_t n = lex_.CueAt(text_, ct, j, &other_verb);
        if (n > 0 && other_verb->quotes_only) n = 0;
        // (After "and" or "but", a cue with no "that" only after a name: ", but NATO
        // Secretary General Jens Stoltenberg said on Thursday the alliance had seen ...".)
        if (n > 0 && SubjectMention(t, clause + k + 1, clause + j, &other) &&
            (!conj ||
             (other.kind != MentionKind::kPronoun &&
              (other.kind == MentionKind::kName || lex_.ComplementizerAt(text_, ct, j + n) > 0)))) {
          *resume = clause + k + 1;
          claim.end = cut;
          return Trim(text_, claim);
        }
      }
    }
    // ", while Western delegations accused Moscow of ...": a contrast the writer draws,
    // with a subject of its own and its verb in the past (not a pronoun: the speaker's).
    // (Or ", as a second case was reported": "as" with a subject of its own, in the past.)
    bool as = EqualsLower(w, "as");
    if ((EqualsLower(w, "while") || EqualsLower(w, "whereas") || as) && k + 3 < ct.size()) {
      std::string_view first = ct[k + 1].span.View(text_);
      Gender g;
      bool noun_phrase = ct[k + 1].kind == Token::kWord && !lex_.Pronoun(first, &g) &&
                         !EqualsLower(first, "it") && !EqualsLower(first, "they") &&
                         !EqualsLower(first, "we") &&
                         (ct[k + 1].capitalized || EqualsLower(first, "the") ||
                          (as && (EqualsLower(first, "a") || EqualsLower(first, "an"))) ||
                          // (Or a group: ", while officials in Prague asked ...".)
                          lex_.BarePluralGroup(text_, TokenView(ct).Sub(k + 1, k + 2)));
      for (size_t j = k + 2; noun_phrase && j < ct.size() && j <= k + 5; ++j) {
        if (ct[j].kind != Token::kWord) break;
        if (!LowerEdWord(text_, ct[j])) continue;
        claim.end = cut;
        return Trim(text_, claim);
      }
    }
    // A relative clause the speaker is said to have said: "..., which he said amounted to
    // 2%" (a claim of its own, not this one's).
    if (EqualsLower(w, "which") && k + 2 < ct.size() &&
        (lex_.WordClasses(ct[k + 1].span.View(text_)) & Lexicon::kPronounClass) &&
        lex_.CueAt(text_, ct, k + 2, nullptr) > 0) {
      claim.end = cut;
      return Trim(text_, claim);
    }
    // A phrase that characterises what was said: "..., calling it sabotage" (not ",
    // reiterating that ...": a second claim).
    if ((lex_.WordClasses(w) & Lexicon::kCharacterisingClass) &&
        lex_.ComplementizerAt(text_, ct, k + 1) == 0) {
      claim.end = cut;
      return Trim(text_, claim);
    }
    if (UnverifiedNote(ct, k) || WritersNote(ct, k) || TimeRelativePhrase(ct, k)) {
      claim.end = cut;
      return Trim(text_, claim);
    }
    // The source of the report at the end: "..., according to state broadcaster CCTV."
    if (EqualsLower(w, "according") && k + 2 < ct.size() &&
        EqualsLower(ct[k + 1].span.View(text_), "to")) {
      size_t j = k + 2;
      while (j < ct.size() && !IsPunct(text_, ct[j], ',')) ++j;
      if (j == ct.size()) {
        claim.end = cut;
        return Trim(text_, claim);
      }
    }
    // The writer's comment on the speaker, also after a quotation closed with its comma:
    // ', pointing to fishing licences', 'was "a fiction," pointing to the war'.
    if (WritersIngPhrase(ct, k)) {
      claim.end = cut;
      return Trim(text_, claim);
    }
    size_t p = lex_.ParticipleAt(text_, ct, k);
    if (p == 0) continue;
    // ", adding: "...": the quotation after the colon is a claim of its own.
    if (k + p < ct.size() && IsPunct(text_, ct[k + p], ':')) {
      claim.end = cut;
      return Trim(text_, claim);
    }
    size_t c = lex_.ComplementizerAt(text_, ct, k + p);
    if (c == 0 || k + p + c >= ct.size()) continue;
    *second = Span{ct[k + p + c].span.begin, claim.end};
    claim.end = cut;
    return Trim(text_, claim);
  }
  return claim;
}

void DetectRun::CueClauses(size_t bi, Span sentence, const std::vector<Token>& t) {
  // A reported claim of this sentence; mixed when it carries a quoted fragment.
  auto emit = [&](Span claim, Span cue, const std::string& cue_text, const Mention& m,
                  std::vector<Span> cuts, std::string rule) {
    Candidate c;
    c.claim = claim;
    c.type = HasQuote(claim) ? ClaimType::kMixed : ClaimType::kIndirect;
    c.cue = cue;
    c.cue_text = cue_text;
    c.mention = m;
    c.block = bi;
    c.sentence = sentence;
    c.cuts = std::move(cuts);
    c.rule = std::move(rule);
    Emit(std::move(c));
  };
  // Start of the current clause region: after a direct quote or an accepted claim.
  size_t region = 0;
  size_t next_subject = 0;  // where the subject of a ", while X said ..." clause starts
  for (size_t i = 0; i < t.size(); ++i) {
    uint32_t pos = t[i].span.begin;
    if (InCut(bi, pos)) continue;
    if (standalone_.Contains(pos) || Claimed(pos)) {
      region = std::max(i + 1, next_subject);
      continue;
    }
    const CueVerb* verb = nullptr;
    size_t n = lex_.CueAt(text_, t, i, &verb);
    if (n == 0 || used_cues_.Contains(pos) || verb->quotes_only) continue;
    Span cue{t[i].span.begin, t[i + n - 1].span.end};
    size_t after = i + n;
    // A present form followed by a past one is a noun: "the member states gathered" (not
    // "says": "Commission says subsidised imports are ...").
    if (n == 1 && after < t.size() && LowerEdWord(text_, t[after]) &&
        (t[i].span.View(text_).back() | 0x20) == 's' &&
        !EqualsLower(t[i].span.View(text_), "says")) {
      continue;
    }
    // So is one after a preposition or a determiner, and a past form there is an
    // adjective: "a win to states that have tried", "the claims that", "through estimated
    // meter readings", "the alleged victim".
    if (n == 1 && i > 0 && t[i - 1].kind == Token::kWord &&
        ((t[i].span.View(text_).back() | 0x20) == 's' || EndsInEd(t[i].span.View(text_)))) {
      std::string_view w = t[i - 1].span.View(text_);
      if (lex_.IsPreposition(w) || IsPossessivePronoun(w) || EqualsLower(w, "of") ||
          EqualsLower(w, "the") || EqualsLower(w, "a") || EqualsLower(w, "an") ||
          EqualsLower(w, "its") || EqualsLower(w, "these") || EqualsLower(w, "those") ||
          EqualsLower(w, "many") || EqualsLower(w, "other")) {
        continue;
      }
    }
    Mention m;
    // R1: subject before the cue, clause after it; "<subject> did X and (but) said ..."
    // takes the sentence subject.
    // Subjects are short: a region longer than any mention can be is not parsed (this
    // keeps sentences with thousands of cues linear).
    // "<subject> declined to comment, saying ...": the subject is the sentence's.
    bool participle =
        i > region + 1 && IsPunct(text_, t[i - 1], ',') && lex_.ParticipleAt(text_, t, i) > 0;
    // (After "and" or "but", the subject of the clause before: "He called for Ms Lee to
    // resign and said ..." is his.)
    bool coordinated = !participle && i > region + 1 &&
                       (EqualsLower(t[i - 1].span.View(text_), "and") ||
                        EqualsLower(t[i - 1].span.View(text_), "but"));
    bool subject = (participle || coordinated) && SentenceSubject(t, region, i - 1, &m);
    if (!subject && !participle) {
      subject = i > region && i - region <= kMaxMentionTokens && SubjectMention(t, region, i, &m);
    }
    // "As Sergey Lavrov said the other day, <clause>".
    if (i > region + 1 && EqualsLower(t[region].span.View(text_), "as")) {
      Mention am;
      size_t k = after;
      while (k < t.size() && k < after + 12 &&
             (t[k].kind == Token::kWord || t[k].kind == Token::kNumber)) {
        ++k;
      }
      if (k + 1 < t.size() && IsPunct(text_, t[k], ',') && SubjectMention(t, region + 1, i, &am) &&
          (am.name.empty() || !rules_.FindOutlet(am.name.View(text_)))) {
        // (Not "As TASS reported, ...": an outlet is a source.)
        Span claim = TrimClaimEnd(text_, Span{t[k + 1].span.begin, sentence.end});
        if (HasWords(text_, claim, 3)) {
          emit(claim, cue, verb->form, am, BlockCuts(bi, sentence),
               HasQuote(claim) ? "mixed.as_cue" : "indirect.as_cue");
          region = t.size();
          continue;
        }
      }
    }
    // "..., Josep Borrell, who said on Wednesday that ...": the speaker is the name before
    // the relative pronoun.
    if (i >= region + 3 && EqualsLower(t[i - 1].span.View(text_), "who") &&
        IsPunct(text_, t[i - 2], ',')) {
      subject = false;
      for (size_t b = i - 2; b-- > region && i - 2 - b <= kMaxMentionTokens;) {
        if (lex_.ParseMention(text_, Part(t, b, i - 2), &m) && m.kind == MentionKind::kName) {
          subject = true;
          // With the title before the name, up to a preposition: "chief Josep Borrell".
          Mention longer;
          auto title_word = [&](const Token& w) {
            return w.kind == Token::kWord &&
                   (w.capitalized || (lex_.WordClasses(w.span.View(text_)) &
                                      (Lexicon::kRoleWordClass | Lexicon::kRoleModifierClass |
                                       Lexicon::kOrgWordClass)));
          };
          while (b > region && title_word(t[b - 1]) &&
                 lex_.ParseMention(text_, Part(t, b - 1, i - 2), &longer) &&
                 longer.kind == MentionKind::kName && longer.name.end == m.name.end) {
            m = longer;
            --b;
          }
          break;
        }
      }
    }
    if (!subject && i > region + 1 &&
        (EqualsLower(t[i - 1].span.View(text_), "and") ||
         EqualsLower(t[i - 1].span.View(text_), "but"))) {
      subject = SentenceSubject(t, region, i - 1, &m);
    }
    // A report of someone's words by a subject that is no speaker: "Earlier, the site
    // reported that Ryabkov said that <clause>" is Ryabkov's.
    if (!subject && after + 1 < t.size()) {
      size_t c = lex_.ComplementizerAt(text_, t, after);
      if (c > 0 && after + c < t.size()) {
        size_t inner = after + c;
        Mention im;
        Span icue = cue;
        const CueVerb* iverb = verb;
        NestedReport(t, &inner, &im, &icue, &iverb);
        if (inner != after + c) {
          subject = true;
          m = im;
        }
      }
    }
    // "Interfax, referring to a source in the ministry, reported that ...": the source
    // the subject cites is the speaker.
    if (!subject && i > region + 4 && IsPunct(text_, t[i - 1], ',')) {
      for (size_t k = region + 1; !subject && k + 2 < i; ++k) {
        subject = IsPunct(text_, t[k - 1], ',') && CitedSource(t, k, i, &m);
      }
    }
    // "Stressing that <clause>, the president said ...": the opening participle's clause
    // is the subject's too (and may be longer than any subject).
    size_t opening = 0, opening_that = 0;
    if (region == 0 && i > 4 && !participle) {
      opening = lex_.ParticipleAt(text_, t, 0);
      opening_that = opening > 0 ? lex_.ComplementizerAt(text_, t, opening) : 0;
    }
    if (!subject && opening_that > 0) {
      size_t comma = i;
      while (comma > opening + opening_that && !IsPunct(text_, t[comma - 1], ',')) --comma;
      subject = comma > opening + opening_that && i - comma <= kMaxMentionTokens &&
                SubjectMention(t, comma, i, &m);
    }
    if (subject && opening_that > 0 && m.span.begin > t[0].span.end) {
      size_t p = opening;
      size_t c = opening_that;
      size_t at = p + c;
      while (c > 0 && at < i && t[at].span.begin < m.span.begin) ++at;
      if (c > 0 && at > p + c + 3 && IsPunct(text_, t[at - 1], ',')) {
        Span claim = TrimClaimEnd(text_, Span{t[p + c].span.begin, t[at - 2].span.end});
        if (HasWords(text_, claim, 3)) {
          emit(claim, Span{t[0].span.begin, t[p - 1].span.end},
               ToLower(Span{t[0].span.begin, t[p - 1].span.end}.View(text_)), m,
               BlockCuts(bi, sentence),
               HasQuote(claim) ? "mixed.opening_participle" : "indirect.opening_participle");
        }
      }
    }
    if (subject) {
      // The complementizer may follow an object or a prepositional phrase:
      // "told reporters that", "said in a statement on Monday that", and may be glued
      // to the word before it ("posted on Telegramthat").
      size_t clause = 0;
      bool told_audience = false;
      bool denied = false;
      // (Up to 16 tokens: "said on October 5, speaking at the club in Sochi, that ...".)
      for (size_t k = after; k < t.size() && k <= after + 16; ++k) {
        if (t[k].kind == Token::kQuote) break;
        // (An acronym in brackets after the audience: "told the Polish Press Agency (PAP)
        // that ...".)
        if (IsPunct(text_, t[k], '(') && k + 2 < t.size() && IsPunct(text_, t[k + 2], ')') &&
            t[k + 1].kind == Token::kWord && t[k + 1].capitalized) {
          k += 2;
          continue;
        }
        // (Or a day in brackets: "said on Tuesday (8 February) that ...".)
        if (IsPunct(text_, t[k], '(') && k + 3 < t.size()) {
          size_t close = k + 1;
          bool day = false;
          while (close < t.size() && close <= k + 4 && t[close].kind != Token::kPunct) {
            day = day || (lex_.WordClasses(t[close].span.View(text_)) & Lexicon::kMonthClass);
            ++close;
          }
          if (day && close < t.size() && IsPunct(text_, t[close], ')')) {
            k = close;
            continue;
          }
        }
        // (And the mark of a plural possessive: "said answering journalists' questions
        // that ...".)
        if (IsPunct(text_, t[k], '\'') && k > after && t[k - 1].kind == Token::kWord &&
            t[k - 1].span.end == t[k].span.begin && (text_[t[k - 1].span.end - 1] | 0x20) == 's') {
          continue;
        }
        if (t[k].kind == Token::kPunct && !IsPunct(text_, t[k], ',')) break;
        // ", adding that ..." opens a second clause, not this one; so does ", but that"
        // after a bare clause ("said the costs were high, but that ...").
        if (IsPunct(text_, t[k], ',') && lex_.ParticipleAt(text_, t, k + 1) > 0) break;
        // Nor does the writer's phrase after the attribution: ", unleashing a flood that
        // forced ..." ("that" is a relative pronoun there). A phrase of the circumstances
        // is set off by commas: ", opening the board meeting, that ...".
        // Also after a preposition: ", before listing the files that ...".
        size_t ing = k + 1;
        if (IsPunct(text_, t[k], ',') && ing + 1 < t.size() && t[ing].kind == Token::kWord &&
            lex_.IsPreposition(t[ing].span.View(text_)) && !EndsInIng(t[ing].span.View(text_))) {
          ++ing;
        }
        if (IsPunct(text_, t[k], ',') && ing + 1 < t.size() && WritersIngPhrase(t, ing, true)) {
          size_t j = ing + 1;
          while (j < t.size() && j <= after + 16 && t[j].kind == Token::kWord &&
                 !EqualsLower(t[j].span.View(text_), "that")) {
            ++j;
          }
          if (j < t.size() && EqualsLower(t[j].span.View(text_), "that")) break;
        }
        if (IsPunct(text_, t[k], ',') && k + 1 < t.size() &&
            (EqualsLower(t[k + 1].span.View(text_), "but") ||
             EqualsLower(t[k + 1].span.View(text_), "and"))) {
          break;
        }
        // "so that" says what for: "urged allies to sign contracts so that industry
        // could invest" reports no clause.
        if (k > after && EqualsLower(t[k - 1].span.View(text_), "so") &&
            EqualsLower(t[k].span.View(text_), "that")) {
          break;
        }
        // A relative "that" after the object, a verb right after it: "warned any country
        // that tried to interfere that ...". The next "that" opens the clause.
        if (k > after && k + 2 < t.size() && EqualsLower(t[k].span.View(text_), "that") &&
            LowerEdWord(text_, t[k + 1]) && t[k - 1].kind == Token::kWord &&
            (EqualsLower(t[k + 2].span.View(text_), "to") ||
             lex_.IsPreposition(t[k + 2].span.View(text_)))) {
          size_t again = 0;
          for (size_t j = k + 3; j < t.size() && j <= k + 10 && again == 0; ++j) {
            if (t[j].kind == Token::kPunct) break;
            if (EqualsLower(t[j].span.View(text_), "that")) again = j;
          }
          if (again > 0) {
            k = again - 1;
            continue;
          }
        }
        if (size_t c = lex_.ComplementizerAt(text_, t, k)) {
          clause = k + c;
          // What a denial denies is no claim: "denied accusations that it ...".
          for (size_t j = after; verb->id == "cue.deny" && j < k; ++j) {
            if (t[j].kind == Token::kWord &&
                rules_.denied_objects.count(ToLower(t[j].span.View(text_)))) {
              clause = 0;
              denied = true;
            }
          }
          break;
        }
        // A relative clause's speech verb has a "that" of its own: "commented on the
        // statement of X, who claimed that ...".
        if (k > after + 1 &&
            (EqualsLower(t[k - 1].span.View(text_), "who") ||
             EqualsLower(t[k - 1].span.View(text_), "which")) &&
            lex_.CueAt(text_, t, k, nullptr) > 0) {
          break;
        }
        // A verb before any "that" starts the clause itself: "said Washington was wary of
        // any wording that ..." (that "that" is a relative pronoun).
        if (k > after && t[k].kind == Token::kWord && !t[k].capitalized &&
            (lex_.WordClasses(t[k].span.View(text_)) & Lexicon::kClauseMarkerClass)) {
          break;
        }
        // So does a past form after a subject right after the cue: "said the debate showed
        // that Europe ..." (not after a preposition: "said in a statement released on ...";
        // nor after the audience of "told").
        // (Or after a one-word name: "said Washington supported ... but that ...".)
        if ((k > after + 1 || (k == after + 1 && t[after].capitalized)) &&
            LowerEdWord(text_, t[k]) && verb->id != "cue.tell" && t[after].kind == Token::kWord &&
            !lex_.IsPreposition(t[after].span.View(text_)) &&
            !EqualsLower(t[after].span.View(text_), "to")) {
          break;
        }
        std::string_view w = t[k].span.View(text_);
        if (k > after && t[k].capitalized && w.size() > 6 && w.substr(w.size() - 4) == "that" &&
            k + 1 < t.size()) {
          clause = k + 1;
          break;
        }
      }
      if (denied) continue;
      if (clause == 0 && verb->id == "cue.tell") {
        // "told reporters the talks ..." / "told BBC Radio 4's Today programme ...":
        // the object is skipped.
        size_t k = after;
        auto audience = [&](size_t j) {
          return j < t.size() && (t[j].kind == Token::kWord || t[j].kind == Token::kNumber) &&
                 (t[j].capitalized || t[j].kind == Token::kNumber ||
                  (lex_.WordClasses(t[j].span.View(text_)) & Lexicon::kAudienceWordClass));
        };
        while (k < t.size() && k < after + 7) {
          std::string_view w = t[k].span.View(text_);
          bool det = EqualsLower(w, "the") || EqualsLower(w, "a") || EqualsLower(w, "an") ||
                     EqualsLower(w, "his") || EqualsLower(w, "her") || EqualsLower(w, "their") ||
                     EqualsLower(w, "local") || EqualsLower(w, "state");
          if (audience(k) && !det) {
            ++k;
          } else if (det && k == after && audience(k + 1)) {
            k += 2;
          } else {
            break;
          }
        }
        // "told reporters in Brussels ...", "told journalists on Monday ...": a place or
        // a day after the audience.
        for (int phrases = 0; phrases < 2 && k > after && k + 1 < t.size() &&
                              lex_.IsPreposition(t[k].span.View(text_));
             ++phrases) {
          size_t j = k + 1;
          if (EqualsLower(t[j].span.View(text_), "the")) ++j;
          size_t e = j;
          while (e < t.size() && e < j + 3 &&
                 ((t[e].kind == Token::kWord && t[e].capitalized) ||
                  (e > j && t[e].kind == Token::kNumber))) {
            ++e;
          }
          if (e == j) break;
          k = e;
        }
        if (k > after && k < t.size() && t[k].kind == Token::kWord &&
            !lex_.IsPreposition(t[k].span.View(text_)) && LooksLikeClause(t, k)) {
          clause = k;
        } else if (k > after && k + 1 < t.size() && IsPunct(text_, t[k], ':')) {
          clause = k + 1;  // "told reporters: ..."
        }
        // An audience with no clause after it is not a clause itself.
        told_audience = k > after;
      }
      // A time adverbial between the cue and a bare clause: "said on Tuesday it had ...".
      if (clause == 0 && after < t.size()) {
        size_t k = after;
        std::string_view w = t[k].span.View(text_);
        if (EqualsLower(w, "late") || EqualsLower(w, "early")) {
          w = ++k < t.size() ? t[k].span.View(text_) : std::string_view();
        }
        if ((EqualsLower(w, "on") || EqualsLower(w, "in")) && k + 1 < t.size()) {
          if (lex_.WordClasses(t[k + 1].span.View(text_)) &
              (Lexicon::kWeekdayClass | Lexicon::kMonthClass)) {
            k += 2;
            while (k < t.size() && (t[k].kind == Token::kNumber || IsPunct(text_, t[k], ','))) ++k;
            after = k;
          }
        } else if (lex_.WordClasses(w) & (Lexicon::kRelativeDayClass | Lexicon::kWeekdayClass)) {
          after = k + 1;  // "said yesterday", "said Friday"
        }
      }
      // A prepositional phrase between the cue and a bare clause: "said in a statement the
      // mechanism would ...", "said on Twitter the Commission had ...".
      if (clause == 0 && verb->bare_clause && !told_audience && after + 2 < t.size() &&
          t[after].kind == Token::kWord && lex_.IsPreposition(t[after].span.View(text_)) &&
          !EqualsLower(t[after].span.View(text_), "to")) {
        for (size_t j = after + 2; j < t.size() && j <= after + 8; ++j) {
          if (t[j].kind == Token::kPunct || t[j].kind == Token::kQuote) break;
          std::string_view w = t[j].span.View(text_);
          std::string_view prev = t[j - 1].span.View(text_);
          Gender g;
          bool opener = EqualsLower(w, "the") || EqualsLower(w, "a") || EqualsLower(w, "an") ||
                        t[j].capitalized || t[j].kind == Token::kNumber || lex_.Pronoun(w, &g) ||
                        EqualsLower(w, "it") || EqualsLower(w, "they") || EqualsLower(w, "we") ||
                        EqualsLower(w, "there");
          bool after_noun =
              t[j - 1].kind == Token::kWord && !lex_.IsPreposition(prev) &&
              !EqualsLower(prev, "of") && !EqualsLower(prev, "the") && !EqualsLower(prev, "a") &&
              !EqualsLower(prev, "an") && !EqualsLower(prev, "and") && !EqualsLower(prev, "its") &&
              !EqualsLower(prev, "his") && !EqualsLower(prev, "her") && !EqualsLower(prev, "their");
          if (opener && after_noun && LooksLikeClause(t, j)) {
            clause = j;
            break;
          }
        }
      }
      if (clause == 0 && after < t.size()) {
        if (IsPunct(text_, t[after], ':')) {
          clause = after + 1;
        } else if (verb->bare_clause && !told_audience &&
                   (t[after].kind == Token::kWord || t[after].kind == Token::kNumber ||
                    // (A quoted phrase may open it: 'said "extremist forces" had ...'.)
                    (t[after].kind == Token::kQuote && after + 1 < t.size() &&
                     t[after + 1].kind == Token::kWord)) &&
                   (!lex_.IsPreposition(t[after].span.View(text_)) ||
                    ApproximateNumber(lex_, text_, t, after)) &&
                   !EqualsLower(t[after].span.View(text_), "to") &&
                   // (Not a clause joined to the sentence: "..., Berg said on Monday, and
                   // the ships ...".)
                   !EqualsLower(t[after].span.View(text_), "and") &&
                   !EqualsLower(t[after].span.View(text_), "but") &&
                   !EqualsLower(t[after].span.View(text_), "or") &&
                   (LooksLikeClause(t, after) || BelievedClause(t, verb, after)) &&
                   !ObjectBeforeCue(t, after) && !WhatItCalled(t, after)) {
          clause = after;
        }
      }
      // (A clause taken already as the second claim of an earlier cue: ", but he also said
      // <clause>".)
      if (clause > 0 && clause < t.size() && Claimed(t[clause].span.begin)) continue;
      // A report of someone else's words is theirs: "Price said that Blinken told Lavrov
      // that <clause>", "He noted that Putin had told Biden that <clause>".
      if (clause > 0 && clause < t.size()) {
        NestedReport(t, &clause, &m, &cue, &verb);
      }
      // The source a report cites is the speaker: "Interfax reported, citing Duma Speaker
      // Vyacheslav Volodin, that ...", "said, citing a source in the delegation, that ...".
      // (Also between the subject and the verb: "Interfax, referring to a source in the
      // ministry, reported that ...". Not a person's citing: "Lavrov, citing Putin, said"
      // is Lavrov's.)
      bool relays = m.kind != MentionKind::kName || NamesOutlet(m);
      for (size_t k = region; relays && clause > 0 && k + 1 < clause; ++k) {
        if (k == i) k = after;
        if (k + 1 < clause && CitedSource(t, k, clause, &m)) break;
      }
      if (clause > 0 && clause < t.size()) {
        Span second;
        size_t resume = 0;
        Span claim = ClaimFrom(t, clause, sentence, &second, &resume);
        // A body's words relayed by its spokesperson: "The governor's office said ...,
        // according to spokesperson Lily Tran" is the spokesperson's (not a person named
        // as the subject: "Tom Berg said ..., according to his spokesman").
        if (m.kind != MentionKind::kName) {
          // After the claim: a comma (also inside a closing mark: '"... surprised,"'), then
          // "according to" and the name up to the end of the sentence.
          size_t k = clause;
          while (k < t.size() && t[k].span.begin < claim.end) ++k;
          size_t before = k;
          while (before > 0 && t[before - 1].kind == Token::kQuote) --before;
          bool comma = before > 0 && IsPunct(text_, t[before - 1], ',');
          while (k < t.size() && (t[k].kind == Token::kQuote || IsPunct(text_, t[k], ','))) {
            comma = comma || IsPunct(text_, t[k], ',');
            ++k;
          }
          if (comma && k + 2 < t.size() && EqualsLower(t[k].span.View(text_), "according") &&
              EqualsLower(t[k + 1].span.View(text_), "to")) {
            size_t e = k + 2;
            while (e < t.size() && t[e].kind == Token::kWord) ++e;
            Mention relay;
            if (e == t.size() || !IsPunct(text_, t[e], ',')) {
              bool spokes = false;
              for (size_t j = k + 2; j < e && !spokes; ++j) {
                spokes = lex_.WordClasses(t[j].span.View(text_)) & Lexicon::kSpokesWordClass;
              }
              if (spokes && e > k + 3 && lex_.ParseMention(text_, Part(t, k + 2, e), &relay) &&
                  relay.kind == MentionKind::kName) {
                m = relay;
              }
            }
          }
        }
        // A cue inside a relative clause set off by commas ("Gilad Marom, who last month
        // warned that ..., did not respond"): the claim ends where the clause does, at a
        // comma before the sentence's own verb.
        bool relative = false;
        for (size_t k = i; k-- > region && k + 6 > i && !relative;) {
          if (IsPunct(text_, t[k], ',')) break;
          relative = k > region && IsPunct(text_, t[k - 1], ',') &&
                     (EqualsLower(t[k].span.View(text_), "who") ||
                      EqualsLower(t[k].span.View(text_), "which"));
        }
        // (The sentence's own verb may be a cue too: "The council, which had argued that
        // ..., said it would appeal" reports a second claim of the same subject.)
        size_t main_cue = 0, main_n = 0;
        const CueVerb* main_verb = nullptr;
        for (size_t k = clause + 1; relative && k + 1 < t.size() && t[k].span.begin < claim.end;
             ++k) {
          if (IsPunct(text_, t[k], ',') && t[k + 1].kind == Token::kWord && !t[k + 1].capitalized &&
              ((lex_.WordClasses(t[k + 1].span.View(text_)) & Lexicon::kClauseMarkerClass) ||
               LowerEdWord(text_, t[k + 1])) &&
              !(lex_.WordClasses(t[k + 1].span.View(text_)) &
                (Lexicon::kPronounClass | Lexicon::kFunctionWordClass))) {
            claim = TrimClaimEnd(text_, Span{claim.begin, t[k].span.begin});
            main_n = lex_.CueAt(text_, t, k + 1, &main_verb);
            if (main_n > 0) main_cue = k + 1;
            break;
          }
        }
        if (HasWords(text_, claim, 3)) {
          std::vector<Span> cuts = BlockCuts(bi, sentence);
          emit(claim, cue, verb->form, m, cuts,
               participle        ? "indirect.subject_participle"
               : HasQuote(claim) ? "mixed.subject_cue"
                                 : "indirect.subject_cue");
          if (!second.empty()) {
            emit(SecondClaim(second), Span{}, verb->form, m, cuts, SecondClaimRule(claim, second));
          }
          if (main_cue > 0) {
            size_t c = main_cue + main_n;
            size_t that = lex_.ComplementizerAt(text_, t, c);
            Span main_second;
            if (c + that < t.size() && (that > 0 || LooksLikeClause(t, c))) {
              Span main_claim = ClaimFrom(t, c + that, sentence, &main_second);
              if (HasWords(text_, main_claim, 3)) {
                emit(main_claim, Span{t[main_cue].span.begin, t[main_cue + main_n - 1].span.end},
                     main_verb->form, m, std::move(cuts),
                     HasQuote(main_claim) ? "mixed.subject_cue" : "indirect.subject_cue");
              }
            }
          }
          region = resume > 0 ? resume : t.size();
          next_subject = resume;
          continue;
        }
      }
    }
    // R2: "<clause>, <mention> <cue>[ at a meeting ...]." or "<clause>, <cue> <mention>."
    size_t comma = i;
    while (comma > region && i - comma <= kMaxMentionTokens && !IsPunct(text_, t[comma - 1], ',')) {
      --comma;
    }
    if (comma > region && !IsPunct(text_, t[comma - 1], ',')) comma = region;
    // After the cue only an object of "told" and an adverbial may follow:
    // "..., Peskov told reporters on Tuesday." (From the cue's end: `after` may have gone
    // past a time adverbial and its comma.)
    size_t tail = i + n;
    if (verb->id == "cue.tell") {
      // "told the Security Council", "told a briefing"
      if (tail + 1 < t.size() && (EqualsLower(t[tail].span.View(text_), "the") ||
                                  EqualsLower(t[tail].span.View(text_), "a"))) {
        ++tail;
      }
      while (tail < t.size() && t[tail].kind == Token::kWord &&
             (t[tail].capitalized ||
              (lex_.WordClasses(t[tail].span.View(text_)) & Lexicon::kAudienceWordClass))) {
        ++tail;
      }
    }
    // A day without "on", as news agencies write it: "..., the agency said Friday."
    if (tail < t.size() && t[tail].kind == Token::kWord &&
        (lex_.WordClasses(t[tail].span.View(text_)) &
         (Lexicon::kWeekdayClass | Lexicon::kRelativeDayClass))) {
      ++tail;
    }
    // "..., the president said as he received the envoys." ends in a clause of time. A
    // colon leads in to what the cue says ("In a message posted on X, Varga wrote:").
    // Nor does an infinitive: "In his first speech, Varga promised to govern ..." (not
    // "said to reporters").
    auto infinitive = [&](size_t k) {
      if (k + 1 >= t.size() || !EqualsLower(t[k].span.View(text_), "to") ||
          t[k + 1].kind != Token::kWord || t[k + 1].capitalized) {
        return false;
      }
      // (Function words hold the determiners: "to the", "to their".)
      std::string_view next = t[k + 1].span.View(text_);
      return !(lex_.WordClasses(next) & (Lexicon::kAudienceWordClass | Lexicon::kFunctionWordClass |
                                         Lexicon::kPronounClass)) &&
             !EqualsLower(next, "his");
    };
    bool tail_ok = tail >= t.size() ||
                   (t[tail].kind == Token::kPunct && !IsPunct(text_, t[tail], ':')) ||
                   (lex_.IsPreposition(t[tail].span.View(text_)) && !infinitive(tail)) ||
                   EqualsLower(t[tail].span.View(text_), "as");
    // An adverbial after the cue may precede the comma of a parenthetical attribution:
    // "..., Anna Berg said on Monday, ...".
    // (Or a chain of them: "said on Monday after nearly eight hours of talks with a U.S.
    // delegation, ..."; the dot of an initialism stays in its word.)
    if (tail < t.size() && lex_.IsPreposition(t[tail].span.View(text_))) {
      size_t k = tail;
      auto initialism_dot = [&](size_t j) {
        return IsPunct(text_, t[j], '.') && j > tail && t[j - 1].span.end == t[j].span.begin &&
               t[j - 1].span.View(text_).find('.') != std::string_view::npos;
      };
      // (Phrases only: no verb in -ing and no object pronoun, "wrote to the Fund last year
      // urging it to ...".)
      while (k < t.size() &&
             (t[k].kind == Token::kNumber || initialism_dot(k) ||
              (t[k].kind == Token::kWord && !EndsInIng(t[k].span.View(text_)) &&
               !EqualsLower(t[k].span.View(text_), "it") &&
               !EqualsLower(t[k].span.View(text_), "them"))) &&
             k < tail + 14) {
        ++k;
      }
      if (k < t.size() && IsPunct(text_, t[k], ',')) tail = k;
    }
    // "<someone> stated this on Twitter, Ukrinform reports.": an outlet credited for an
    // attribution is a source, not a speaker.
    auto outlet_credit = [&](size_t from, size_t to) {
      if (!NamesOutlet(m)) return false;
      for (size_t k = from; k < to; ++k) {
        if (lex_.CueAt(text_, t, k, nullptr) > 0) return true;
      }
      return false;
    };
    // (Not "According to three diplomats, the leaders argued ...": the words before the
    // comma attribute what follows it; nor "Writing on X, she said:", a participle phrase
    // with no clause in it.)
    // (The comma may be inside a quotation's closing mark: 'A deal is "closer than it
    // looks," the envoy said.')
    bool closed_quote = comma > region + 1 && comma + 1 < i && t[comma].kind == Token::kQuote;
    size_t mention_from = closed_quote ? comma + 1 : comma;
    // (Nor a second predicate of the speaker of the claim before, which is no clause:
    // "Kozak told reporters that ... and blamed Kyiv for it, RIA Novosti reported.")
    bool no_claim_here = region + 1 < comma && EqualsLower(t[region].span.View(text_), "and") &&
                         t[region + 1].kind == Token::kWord && !t[region + 1].capitalized &&
                         (EndsInEd(t[region + 1].span.View(text_)) ||
                          lex_.IsSecondPredicate(t[region + 1].span.View(text_)));
    // (Nor the subject of a participle after "with": "..., with Stoltenberg saying that
    // ..." reports what follows.)
    no_claim_here = no_claim_here ||
                    (mention_from < i && EqualsLower(t[mention_from].span.View(text_), "with"));
    if (comma > region + 1 && tail_ok && comma < i && !no_claim_here &&
        !EqualsLower(t[region].span.View(text_), "according") &&
        !IntroParticiplePhrase(t, region, comma - 1) &&
        lex_.ParseMention(text_, Part(t, mention_from, i), &m) && !outlet_credit(region, comma)) {
      Span claim = TrimClaimEnd(text_, Span{t[region].span.begin, t[comma - 1].span.begin});
      if (closed_quote) claim = TrimClaimEnd(text_, Span{t[region].span.begin, t[comma].span.end});
      // The source an outlet or a body cites at the sentence's end is the speaker: "...,
      // Bloomberg reported, citing sources familiar with the talks."
      if ((NamesOutlet(m) || m.kind != MentionKind::kName) && tail + 2 < t.size() &&
          IsPunct(text_, t[tail], ',')) {
        size_t end = t.size();
        if (IsPunct(text_, t[end - 1], '.')) --end;
        CitedSource(t, tail + 1, end, &m);
      }
      // A parenthetical attribution: "<A>, <mention> <cue>, <B>." The claim is A and B,
      // the attribution cut out of it.
      std::vector<Span> cuts = BlockCuts(bi, sentence);
      // (Not a phrase in -ing after it: "..., Bloomberg reported, citing people familiar
      // with the matter.")
      std::string rule = "indirect.clause_subject_cue";
      // (Nor a clause or phrase of the writer's after it: "..., the minister conceded, as
      // capitals scramble to ...", "..., Orlov said on Tuesday, a day after the deal
      // expired", ", amid ...".)
      auto writers_clause = [&](size_t k) {
        std::string_view w = t[k].span.View(text_);
        if (EqualsLower(w, "as") || EqualsLower(w, "while") || EqualsLower(w, "when") ||
            EqualsLower(w, "after") || EqualsLower(w, "before") || EqualsLower(w, "amid") ||
            EqualsLower(w, "despite") || EqualsLower(w, "following")) {
          return true;
        }
        // A span of time before "after" or "before": "a day after", "just hours before".
        for (size_t j = k + 1; j < t.size() && j <= k + 3; ++j) {
          std::string_view x = t[j].span.View(text_);
          if (EqualsLower(x, "after") || EqualsLower(x, "before")) return true;
          if (t[j].kind == Token::kPunct || t[j].capitalized) break;
        }
        return false;
      };
      // (Nor a clause of its own attribution: "..., Orlov said on Monday, but he warned that
      // ...".)
      auto attributed_clause = [&](size_t k) {
        if (!EqualsLower(t[k].span.View(text_), "but") &&
            !EqualsLower(t[k].span.View(text_), "and")) {
          return false;
        }
        for (size_t j = k + 1; j < t.size() && j <= k + 4 && t[j].kind == Token::kWord; ++j) {
          if (lex_.CueAt(text_, t, j, nullptr) > 0) return true;
        }
        return false;
      };
      // (A clause of its own joined by "and" or "but" is a second claim: "Appointments
      // are widely available, he said, and the vaccine is free".)
      bool second_clause = tail + 3 < t.size() && IsPunct(text_, t[tail], ',') &&
                           (EqualsLower(t[tail + 1].span.View(text_), "and") ||
                            EqualsLower(t[tail + 1].span.View(text_), "but")) &&
                           t[tail + 2].kind == Token::kWord && !attributed_clause(tail + 1) &&
                           !writers_clause(tail + 2) && LooksLikeClause(t, tail + 2) &&
                           HasWords(text_, Span{t[tail + 2].span.begin, sentence.end}, 4);
      if (second_clause && HasWords(text_, claim, 3) && !standalone_.Contains(claim.begin)) {
        emit(claim, cue, verb->form, m, BlockCuts(bi, claim), rule);
        Span rest = TrimClaimEnd(text_, Span{t[tail + 2].span.begin, sentence.end});
        emit(rest, cue, verb->form, m, BlockCuts(bi, rest), "indirect.parenthetical_second");
        region = t.size();
        continue;
      }
      if (tail < t.size() && IsPunct(text_, t[tail], ',') && tail + 2 < t.size() &&
          t[tail + 1].kind == Token::kWord && !writers_clause(tail + 1) &&
          !attributed_clause(tail + 1) && lex_.ParticipleAt(text_, t, tail + 1) == 0 &&
          (t[tail + 1].capitalized || !EndsInIng(t[tail + 1].span.View(text_))) &&
          HasWords(text_, Span{t[tail + 1].span.begin, sentence.end}, 2)) {
        cuts.push_back(Span{closed_quote ? t[comma].span.end : t[comma - 1].span.begin,
                            t[tail + 1].span.begin});
        std::sort(cuts.begin(), cuts.end());
        claim = TrimClaimEnd(text_, Span{t[region].span.begin, sentence.end});
        rule = "indirect.parenthetical";
      }
      if (HasWords(text_, claim, 3) && !standalone_.Contains(claim.begin)) {
        emit(claim, cue, verb->form, m, cuts, rule);
        // (The attributed clause after it is read on its own.)
        bool more =
            tail + 2 < t.size() && IsPunct(text_, t[tail], ',') && attributed_clause(tail + 1);
        region = more ? tail + 2 : t.size();
        continue;
      }
    }
    if (comma > region + 1 && comma == i) {
      // "<clause>, said <mention>." ("told" is followed by its audience, not a speaker.)
      size_t e = after;
      while (e < t.size() && t[e].kind == Token::kWord) ++e;
      // ("urges" takes its object: "..., urges residents to check evacuation routes".)
      // (A preposition after the verb opens no speaker: "..., held in Antalya with the
      // mediation of Foreign Minister X".)
      if (e > after && (e >= t.size() || t[e].kind == Token::kPunct) && verb->id != "cue.tell" &&
          verb->id != "cue.urge" && !lex_.IsPreposition(t[after].span.View(text_)) &&
          lex_.ParseMention(text_, Part(t, after, e), &m)) {
        Span claim = TrimClaimEnd(text_, Span{t[region].span.begin, t[comma - 1].span.begin});
        // (A short phrase with no verb is no clause: "Blinken, in Israel, says Netanyahu
        // ..." in a headline.)
        bool clause = HasWords(text_, claim, 7) || LooksLikeClause(Part(t, region, comma - 1), 0);
        if (HasWords(text_, claim, 3) && clause) {
          emit(claim, cue, verb->form, m, BlockCuts(bi, claim), "indirect.clause_cue_subject");
          region = t.size();
          continue;
        }
      }
      // "<clause>, <name>, <appositive>, <cue>.": the mention holds a comma of its own.
      size_t start = comma - 1;
      for (int commas = 0; commas < 2; ++commas) {
        if (commas > 0) --start;  // past the comma found
        while (start > region && i - start <= kMaxMentionTokens &&
               !IsPunct(text_, t[start - 1], ',')) {
          --start;
        }
        if (start <= region + 1) break;
      }
      size_t name = start;
      while (name < comma - 1 && t[name].kind == Token::kQuote) ++name;
      if (start > region + 1 && IsPunct(text_, t[start - 1], ',') && tail_ok && name < comma - 1 &&
          lex_.ParseMention(text_, Part(t, name, comma - 1), &m) && m.kind == MentionKind::kName) {
        Span claim = TrimClaimEnd(text_, Span{t[region].span.begin, t[start - 1].span.begin});
        if (HasWords(text_, claim, 3) && !standalone_.Contains(claim.begin)) {
          emit(claim, cue, verb->form, m, BlockCuts(bi, sentence), "indirect.clause_subject_cue");
          region = t.size();
        }
      }
    }
  }
}

// "According to <mention>, <clause>", "In her opinion, <clause>" and the trailing
// form "<clause>, according to <mention>."
bool DetectRun::TryAccording(size_t bi, Span sentence) {
  std::string_view s = sentence.View(text_);
  std::vector<Span> g;
  auto emit = [&](const PatternRule& r, Span who, Span claim, bool pronoun) {
    Mention m;
    bool parsed = pronoun;
    if (pronoun) {
      m.kind = MentionKind::kPronoun;
      m.span = who;
    } else if (!(parsed = lex_.ParseMention(text_, who, &m))) {
      std::vector<Token> wt = Tokenize(text_, who);
      // A participle phrase after the source: "according to a senior official briefing
      // journalists on condition of anonymity".
      for (size_t k = 2; k + 1 < wt.size() && !parsed; ++k) {
        parsed = wt[k].kind == Token::kWord && !wt[k].capitalized &&
                 EndsInIng(wt[k].span.View(text_)) &&
                 lex_.ParseMention(text_, Span{who.begin, wt[k - 1].span.end}, &m);
      }
    }
    if (!parsed) {
      // A body's report: "according to a Government Accountability Office report released
      // Tuesday" is the office's.
      std::vector<Token> wt = Tokenize(text_, who);
      size_t b = 0;
      if (!wt.empty() &&
          (EqualsLower(wt[0].span.View(text_), "a") || EqualsLower(wt[0].span.View(text_), "an") ||
           EqualsLower(wt[0].span.View(text_), "the"))) {
        b = 1;
      }
      size_t e = b;
      while (e < wt.size() && wt[e].kind == Token::kWord && wt[e].capitalized) ++e;
      if (e > b && e < wt.size() && !wt[e].capitalized &&
          (rules_.document_words.count(ToLower(wt[e].span.View(text_))) ||
           rules_.statement_words.count(ToLower(wt[e].span.View(text_))))) {
        parsed = lex_.ParseMention(text_, Span{wt[b].span.begin, wt[e - 1].span.end}, &m) &&
                 m.kind == MentionKind::kOrg;
      }
    }
    if (!parsed) {
      m = Mention{};
      // The source inside a report of it: "according to the assessment of the National
      // Centre for Disease Control", "according to data from the ministry".
      std::vector<Token> wt = Tokenize(text_, who);
      size_t k = 1;
      while (k + 1 < wt.size() && wt[k].kind == Token::kWord && !wt[k].capitalized &&
             !EqualsLower(wt[k].span.View(text_), "of") &&
             !EqualsLower(wt[k].span.View(text_), "from") &&
             !EqualsLower(wt[k].span.View(text_), "by")) {
        ++k;
      }
      if (k + 1 >= wt.size() || wt[k].capitalized || k > 4 ||
          !lex_.ParseMention(text_, Span{wt[k + 1].span.begin, who.end}, &m)) {
        return false;
      }
    }
    claim = TrimClaimEnd(text_, claim);
    // The name after a title: "According to the Regional Medical Officer, Dr Paul Ruhinda,
    // the outbreak ..." is his.
    if (m.kind == MentionKind::kNominal) {
      std::vector<Token> ct = Tokenize(text_, claim, 8);
      size_t comma = 0;
      while (comma < ct.size() && comma < 6 && !IsPunct(text_, ct[comma], ',')) ++comma;
      Mention named;
      if (comma >= 2 && comma + 1 < ct.size() &&
          lex_.ParseMention(text_, Span{ct[0].span.begin, ct[comma - 1].span.end}, &named) &&
          named.kind == MentionKind::kName && named.span.end == ct[comma - 1].span.end) {
        named.role = std::string(m.span.View(text_));
        named.span = Span{m.span.begin, named.span.end};
        m = named;
        claim = Span{ct[comma + 1].span.begin, claim.end};
      }
    }
    // ", hinting at ...": a participle phrase after the claim is the writer's, and so is
    // ", a figure that could not be verified".
    {
      std::vector<Token> ct = Tokenize(text_, claim);
      for (size_t k = 1; k < ct.size(); ++k) {
        if (CommaBefore(text_, ct, k) && (WritersIngPhrase(ct, k) || UnverifiedNote(ct, k))) {
          claim = TrimClaimEnd(text_, Span{claim.begin, CutBefore(text_, ct, k)});
          break;
        }
      }
    }
    if (!HasWords(text_, claim, 3) || Claimed(claim.begin) || standalone_.Contains(claim.begin)) {
      return false;
    }
    Candidate c;
    c.claim = claim;
    c.type = HasQuote(claim) ? ClaimType::kMixed : ClaimType::kIndirect;
    // A clause that is one quotation is a direct claim, without its marks: "As one of the
    // sources put it, \"...\"".
    if (c.type == ClaimType::kMixed) {
      auto q = std::lower_bound(quotes_.begin(), quotes_.end(), claim.begin,
                                [](const Quote& x, uint32_t pos) { return x.open < pos; });
      if (q != quotes_.end() && q->open == claim.begin && q->closed && q->block == bi &&
          q->close < claim.end) {
        uint32_t rest = q->close + 1;
        while (rest < claim.end && (text_[rest] == '.' || text_[rest] == '!' ||
                                    text_[rest] == '?' || IsSpace(text_[rest]))) {
          ++rest;
        }
        Span inner = TrimClaimEnd(text_, Trim(text_, Span{q->open + 1, q->close}));
        if (rest >= claim.end && !inner.empty()) {
          if (text_[inner.end - 1] == ',') --inner.end;
          c.claim = inner;
          c.type = ClaimType::kDirect;
        }
      }
    }
    c.mention = m;
    c.block = bi;
    c.sentence = sentence;
    c.cuts = BlockCuts(bi, c.claim);
    c.rule = r.id;
    std::vector<Span> whole;
    r.re->Find(s, 0, &whole);
    Span phrase{sentence.begin + whole[0].begin, sentence.begin + whole[0].end};
    c.cue = Trim(text_, phrase);
    c.cue_text = pronoun ? "in the opinion of" : r.id == "cue.as_per" ? "as per" : "according to";
    // ("As Lavrov put it, ...": the verb.)
    if (int v = r.re->GroupIndex("verb"); v >= 0 && !pronoun) {
      std::vector<Span> vg;
      if (r.re->Find(s, 0, &vg) && !vg[static_cast<size_t>(v)].empty()) {
        c.cue_text = ToLower(vg[static_cast<size_t>(v)].View(s));
      }
    }
    Emit(std::move(c));
    return true;
  };
  FilterHits hits;
  according_filter_.MayMatch(s, 0, false, &hits);
  for (const auto* list : {&rules_.according, &rules_.opinion}) {
    bool pronoun = list == &rules_.opinion;
    for (int i : hits.Of(pronoun ? 1 : 0)) {
      const PatternRule& r = (*list)[static_cast<size_t>(i)];
      if (!r.re->Find(s, 0, &g)) continue;
      Span who = g[static_cast<size_t>(r.re->GroupIndex(pronoun ? "pron" : "who"))];
      who = Span{sentence.begin + who.begin, sentence.begin + who.end};
      Span whole{sentence.begin + g[0].begin, sentence.begin + g[0].end};
      // Leading form: the clause follows the phrase (after an introductory phrase, or a
      // transcript's label: "Reuters: According to Philippine officials, ...").
      // (Or a quoted line's or a list item's marker: "> According to ...".)
      Span before = Trim(text_, Span{sentence.begin, whole.begin});
      if (before.empty() || text_[before.end - 1] == ',' || text_[before.end - 1] == ':' ||
          (before.size() == 1 && IsLineMarker(text_[before.begin]))) {
        // Only an introductory phrase may precede it: "At the same time, according to
        // him, ...".
        Span intro = before;
        bool short_intro = intro.empty() || (CountWordTokens(text_, intro, 6) <= 5 &&
                                             !HasQuote(intro) && !lex_.IsSpeechLike(text_, intro));
        // An appositive after the name belongs to the mention: "According to Lena
        // Hoffmann, a health analyst at the institute, the outcome was ...".
        Span claim{whole.end, sentence.end};
        if (!pronoun) {
          std::vector<Token> ct = Tokenize(text_, claim, 16);
          if (!ct.empty() && (EqualsLower(ct[0].span.View(text_), "a") ||
                              EqualsLower(ct[0].span.View(text_), "an") ||
                              EqualsLower(ct[0].span.View(text_), "the"))) {
            for (size_t k = 1; k + 1 < ct.size(); ++k) {
              if (!IsPunct(text_, ct[k], ',')) continue;
              // (A role word followed by a verb is a clause's subject, not an appositive:
              // "According to him, the delegation treated the proposals seriously, but".)
              bool role = false;
              for (size_t j = 1; j < k && !role; ++j) {
                if (!(lex_.WordClasses(ct[j].span.View(text_)) & Lexicon::kRoleWordClass)) continue;
                uint32_t next = j + 1 < k ? lex_.WordClasses(ct[j + 1].span.View(text_)) : 0;
                role = j + 1 == k || ct[j + 1].kind != Token::kWord || ct[j + 1].capitalized ||
                       (next & (Lexicon::kPrepositionClass | Lexicon::kFunctionWordClass |
                                Lexicon::kRoleWordClass | Lexicon::kRoleModifierClass));
                if (!role) break;
              }
              Mention probe;
              if (role && lex_.ParseMention(text_, Span{who.begin, ct[k - 1].span.end}, &probe)) {
                who = Span{who.begin, ct[k - 1].span.end};
                claim.begin = ct[k + 1].span.begin;
              }
              break;
            }
          }
          // A relative clause after the name is not the claim: "According to a senior
          // official, who asked not to be named because ..., the government ...",
          // "According to the alliance, which funds the stockpile, ...".
          std::vector<Token> rt = Tokenize(text_, claim, 40);
          if (!rt.empty() && (EqualsLower(rt[0].span.View(text_), "who") ||
                              EqualsLower(rt[0].span.View(text_), "whose") ||
                              EqualsLower(rt[0].span.View(text_), "which"))) {
            for (size_t k = 1; k + 1 < rt.size(); ++k) {
              if (IsPunct(text_, rt[k], ',')) {
                claim.begin = rt[k + 1].span.begin;
                break;
              }
            }
          }
        }
        if (short_intro && emit(r, who, claim, pronoun)) return true;
      }
      // Trailing form: "<clause>, according to <speaker>."
      if (r.id == "cue.according_to_after" &&
          emit(r, who, Span{sentence.begin, whole.begin}, pronoun)) {
        return true;
      }
    }
  }
  return false;
}

// "This was stated on February 1 by <mention> ..." refers to the previous sentence.
bool DetectRun::TryBackReference(size_t bi, Span sentence, Span previous) {
  std::string_view s = sentence.View(text_);
  std::vector<Span> g;
  for (const auto& r : rules_.back_references) {
    if (!r.re->MatchAt(s, 0, &g)) continue;
    Span who = g[static_cast<size_t>(r.re->GroupIndex("who"))];
    who = Span{sentence.begin + who.begin, sentence.begin + who.end};
    std::vector<Token> t = Tokenize(text_, who);
    Mention m;
    if (!SubjectMention(t, 0, t.size(), &m)) {
      // Cut at the first preposition after the name: "Lavrov during a briefing".
      bool ok = false;
      for (size_t k = 1; k < t.size() && !ok; ++k) {
        std::string_view w = t[k].span.View(text_);
        if (!EqualsLower(w, "of") && lex_.IsPreposition(w)) ok = SubjectMention(t, 0, k, &m);
      }
      if (!ok) continue;
    }
    Span claim = TrimClaimEnd(text_, previous);
    if (!HasWords(text_, claim, 3) || Claimed(claim.begin) || standalone_.Contains(claim.begin)) {
      return false;
    }
    Candidate c;
    c.claim = claim;
    c.type = ClaimType::kIndirect;
    c.mention = m;
    c.block = bi;
    c.sentence = sentence;
    c.cuts = BlockCuts(bi, c.claim);
    c.rule = r.id;
    Span verb = g[static_cast<size_t>(r.re->GroupIndex("verb"))];
    c.cue = Span{sentence.begin + verb.begin, sentence.begin + verb.end};
    c.cue_text = ToLower(c.cue.View(text_));
    Emit(std::move(c));
    return true;
  }
  return false;
}

// People mentioned outside claims, for the salience model of the attribute stage:
// known speakers, titled or appositive names, and sentence-initial nominal subjects.
void DetectRun::Entities() {
  SpanSet mentions;
  for (const auto& c : out_.candidates) {
    if (!c.mention.span.empty()) mentions.Add(c.mention.span);
  }
  // Per sentence: the word classes of each token, looked up on first use (the passes
  // below ask for the same tokens again), and the title runs worked out below. Kept
  // across sentences for their memory.
  constexpr uint32_t kUnknownClasses = UINT32_MAX;  // no set of word classes is this
  std::vector<uint32_t> token_classes;
  std::vector<size_t> title_run;
  std::vector<size_t> roles_before;
  // The surnames of the people named so far, in text order (speakers' names and the names
  // below): a surname alone names one of them again ("Varga promised to govern ...").
  std::unordered_set<std::string_view> surnames;
  std::vector<std::pair<uint32_t, std::string_view>> speaker_names;
  for (const auto& c : out_.candidates) {
    if (c.mention.kind == MentionKind::kName && !c.mention.name.empty()) {
      std::string_view n = c.mention.name.View(text_);
      size_t sp = n.rfind(' ');
      if (sp != std::string_view::npos)
        speaker_names.emplace_back(c.mention.name.begin, n.substr(sp + 1));
    }
  }
  std::sort(speaker_names.begin(), speaker_names.end());
  size_t next_speaker_name = 0;
  for (size_t bi = 0; bi < seg_.blocks.size(); ++bi) {
    const Block& b = seg_.blocks[bi];
    if (!(IsTextBlock(b.kind) || b.kind == BlockKind::kTitle)) continue;
    for (const Sentence& sentence : Sentences(bi)) {
      const Span s = sentence.span;
      const std::vector<Token>& t = sentence.tokens;
      token_classes.assign(t.size(), kUnknownClasses);
      auto classes_of = [&](size_t i) {
        uint32_t& c = token_classes[i];
        if (c == kUnknownClasses) c = lex_.WordClasses(t[i].span.View(text_));
        return c;
      };
      // A name set off by commas from t[c] (a comma), a few capitalized words: where the
      // comma after it is, 0 for none ("The leader of the region, Igor Sevastyanov,").
      auto name_in_commas = [&](size_t c) -> size_t {
        size_t n = c + 1;
        while (n < t.size() && n < c + 5 && t[n].kind == Token::kWord && t[n].capitalized &&
               !(classes_of(n) & (Lexicon::kFunctionWordClass | Lexicon::kRoleWordClass))) {
          ++n;
        }
        return n >= c + 3 && n + 1 < t.size() && IsPunct(text_, t[n], ',') ? n : 0;
      };
      bool first = true;
      uint32_t appositive_name = UINT32_MAX;  // a name after an opening nominal and a comma
      Span appositive_role;
      // A question put to the subject opens the sentence: "Asked whether President Tom
      // Varga had approved the strikes, Berg declined to comment." Who is named in it is
      // not the subject, nor someone a pronoun after it refers to; nor is the agent of an
      // opening passive participle: "Asked by Radio Nord whether ..., he said".
      uint32_t subject_from = s.begin;
      if (t.size() > 3 && t[0].kind == Token::kWord &&
          (EndsInEd(t[0].span.View(text_)) || EndsInIng(t[0].span.View(text_)))) {
        std::string_view w = t[1].span.View(text_);
        // (Or where someone spoke: "Speaking on Dubai Sports Channel, he said ..." is not
        // the channel.)
        if (EqualsLower(w, "whether") || EqualsLower(w, "if") || EqualsLower(w, "about") ||
            EqualsLower(w, "why") || EqualsLower(w, "how") || EqualsLower(w, "what") ||
            (EqualsLower(w, "by") && EndsInEd(t[0].span.View(text_))) ||
            (EndsInIng(t[0].span.View(text_)) && lex_.IsPreposition(w))) {
          for (size_t k = 2; k < t.size(); ++k) {
            if (IsPunct(text_, t[k], ',')) {
              subject_from = t[k].span.end;
              // (With a name in apposition inside it: "Speaking with the Estonian
              // president, Alar Karis, he said".)
              if (size_t n = name_in_commas(k); n > 0) subject_from = t[n].span.end;
              break;
            }
          }
        }
      }
      // A nominal subject opening the sentence: "The Secretary of State plans ...".
      {
        size_t e = 0;
        // (With a title's complement: "The Permanent Representative of Ukraine to the UN
        // Sergiy Kyslytsya" names him, no one new.)
        auto complement = [&](size_t j) {
          if (j == 0 || j + 1 >= t.size() || !t[j - 1].capitalized) return false;
          std::string_view w = t[j].span.View(text_);
          if (!EqualsLower(w, "to") && !EqualsLower(w, "at") && !EqualsLower(w, "for"))
            return false;
          size_t n = EqualsLower(t[j + 1].span.View(text_), "the") ? j + 2 : j + 1;
          return n < t.size() && t[n].kind == Token::kWord && t[n].capitalized;
        };
        while (e < t.size() && t[e].kind == Token::kWord &&
               (t[e].capitalized ||
                (classes_of(e) & (Lexicon::kRoleWordClass | Lexicon::kRoleModifierClass)) ||
                EqualsLower(t[e].span.View(text_), "the") ||
                EqualsLower(t[e].span.View(text_), "of") || complement(e))) {
          ++e;
        }
        Mention m;
        if (e >= 2 && !Claimed(t[0].span.begin) && !standalone_.Contains(t[0].span.begin) &&
            !mentions.Contains(t[0].span.begin) && lex_.ParseMention(text_, Part(t, 0, e), &m) &&
            m.kind == MentionKind::kNominal) {
          // With a name in apposition, the name is the subject and the phrase its role:
          // "The leader of the breakaway region, Igor Sevastyanov, rejected the offer."
          size_t c = e;
          while (c < t.size() && c < e + 8 && t[c].kind == Token::kWord) ++c;
          if (c < t.size() && IsPunct(text_, t[c], ',') && name_in_commas(c) > 0) {
            appositive_name = t[c + 1].span.begin;
            appositive_role = Span{t[0].span.begin, t[c - 1].span.end};
          } else {
            out_.entities.push_back({m, true, s.begin, false});
            first = false;
          }
        }
      }
      // Titles before names ("Russian Foreign Minister Sergei Lavrov"): for every token,
      // where the run of title words right before it starts, and how many role words
      // come before it. Worked out once per sentence, from the start up to the last name
      // asked about (names are asked in text order), so a sentence of thousands of
      // capitalized words is not walked back from every name.
      size_t title_words_done = 0;  // entries [0, title_words_done] are worked out
      title_run.assign(1, 0);
      roles_before.assign(1, 0);
      auto title_words = [&](size_t upto) {
        if (upto <= title_words_done) return;
        title_run.resize(upto + 1);
        roles_before.resize(upto + 1);
        for (size_t i = title_words_done; i < upto; ++i) {
          std::string_view w = t[i].span.View(text_);
          uint32_t classes = classes_of(i);
          bool role =
              (classes & Lexicon::kRoleWordClass) || (t[i].capitalized && lex_.IsHyphenatedRole(w));
          bool title =
              t[i].kind == Token::kWord &&
              (role || (classes & Lexicon::kRoleModifierClass) ||
               (t[i].capitalized && !(classes & Lexicon::kFunctionWordClass)) ||
               EqualsLower(w, "of") ||
               // "Minister of Foreign Affairs of the Republic of Kazakhstan"
               (EqualsLower(w, "the") && i > 0 && EqualsLower(t[i - 1].span.View(text_), "of")));
          title_run[i + 1] = title ? title_run[i] : i + 1;
          roles_before[i + 1] = roles_before[i] + (role ? 1 : 0);
        }
        title_words_done = upto;
      };
      for (size_t k = 0; k < t.size(); ++k) {
        uint32_t pos = t[k].span.begin;
        if (t[k].kind != Token::kWord || !t[k].capitalized) continue;
        if (InCut(bi, pos) || mentions.Contains(pos)) continue;
        // Names inside claims are kept apart: a later "the Russian minister" may refer to
        // a minister only named inside a claim, but a pronoun never reaches into one.
        bool in_claim = Claimed(pos) || standalone_.Contains(pos);
        if (k > 0 && t[k - 1].kind == Token::kWord && t[k - 1].span.end == pos) continue;
        const Speaker* who = nullptr;
        size_t len = lex_.KnownNameAt(text_, pos, &who);
        Mention m;
        const size_t name_first = k;
        if (len > 0 && !who->is_org) {
          m.kind = MentionKind::kName;
          m.name = Span{pos, static_cast<uint32_t>(pos + len)};
          m.span = m.name;
          size_t e = k;
          while (e < t.size() && t[e].span.end <= m.name.end) ++e;
          // A name glued to the next word ends inside token k (e == k): go on after
          // that token; e - 1 would step back, or wrap around at the first token.
          if (e > k) k = e - 1;
        } else {
          // An organisation named in full: capitalized words up to an organisation word
          // ("the European Commission", "the Interior Ministry", "Supreme Court"), to which
          // "the Commission" or "the company" refers later.
          size_t org_end = 0;
          if (EqualsLower(t[k].span.View(text_), "the")) continue;  // its next word starts it
          // (Words may be joined by "and": "the Irish Nurses and Midwives Organisation".)
          auto joined = [&](size_t j) {
            return j > k && j + 1 < t.size() && t[j + 1].capitalized &&
                   (EqualsLower(t[j].span.View(text_), "and") || t[j].span.View(text_) == "&");
          };
          for (size_t j = k;
               j < t.size() && j < k + 7 && t[j].kind == Token::kWord &&
               (t[j].capitalized || joined(j)) && !IsPossessive(t[j].span.View(text_));
               ++j) {
            if ((classes_of(j) & Lexicon::kOrgWordClass) ||
                (j > k && lex_.IsCompanyWord(t[j].span.View(text_)))) {
              org_end = j + 1;
            }
          }
          // With its complement: "International Court of Justice", "Ministry of Defence".
          size_t named_end = org_end;
          if (org_end > k && org_end + 1 < t.size() &&
              EqualsLower(t[org_end].span.View(text_), "of") && t[org_end + 1].capitalized &&
              t[org_end + 1].kind == Token::kWord) {
            named_end = org_end + 1;
            // (Not into a person's name after it: "Minister of Strategic Industries of
            // Ukraine Oleksandr Kavun".)
            while (
                named_end < t.size() && named_end < org_end + 5 &&
                t[named_end].kind == Token::kWord && t[named_end].capitalized &&
                !IsPossessive(t[named_end].span.View(text_)) &&
                !(named_end > org_end + 1 && (classes_of(named_end) & Lexicon::kFirstNameClass))) {
              ++named_end;
            }
          }
          // (Inside a claim too, for a later "the fund" that names its head word: "A team
          // from the International Monetary Fund concluded a visit, the fund said".)
          if (org_end >= k + 2 || named_end > org_end) {
            org_end = named_end;
            m.kind = MentionKind::kOrg;
            m.name = Span{pos, t[org_end - 1].span.end};
            m.span = m.name;
            k = org_end - 1;
            out_.entities.push_back({m, false, s.begin, in_claim});
            continue;
          }
          // Unknown names: two to four name-like words, and particles inside them ("Virgil
          // van Dijk", "Ursula von der Leyen").
          size_t e = k;
          auto particle = [&](size_t j) {
            return j > k && j + 1 < t.size() && t[j].kind == Token::kWord && !t[j].capitalized &&
                   (classes_of(j) & Lexicon::kNameParticleClass) &&
                   (t[j + 1].capitalized || (j + 2 < t.size() && t[j + 2].capitalized &&
                                             (classes_of(j + 1) & Lexicon::kNameParticleClass)));
          };
          // (And a middle initial with its dot: "Edwin K. Barsi".)
          auto initial = [&](size_t j) {
            return j > k && j + 2 < t.size() && t[j].kind == Token::kWord &&
                   t[j].span.size() == 1 && t[j].capitalized && IsPunct(text_, t[j + 1], '.') &&
                   t[j + 1].span.begin == t[j].span.end && t[j + 2].kind == Token::kWord &&
                   t[j + 2].capitalized;
          };
          while (e < t.size() && e - k < 5) {
            if (initial(e)) {
              e += 2;
              continue;
            }
            // (Not whom the person belongs to: "the NDP's Faisal Qureshi".)
            if (e == k && e + 1 < t.size() && t[e + 1].capitalized &&
                IsPossessive(t[e].span.View(text_))) {
              break;
            }
            if (!(particle(e) ||
                  (e - k < 4 && t[e].kind == Token::kWord && t[e].capitalized &&
                   !(classes_of(e) & (Lexicon::kNotNameClass | Lexicon::kRoleWordClass |
                                      Lexicon::kOrgWordClass | Lexicon::kRoleModifierClass)) &&
                   !lex_.IsHyphenatedRole(t[e].span.View(text_))))) {
              break;
            }
            ++e;
          }
          // (A known person's name inside the run opens it: "to Austria Sergiy Kyslytsya".)
          for (size_t j = k + 1; j + 1 < e; ++j) {
            const Speaker* inner = nullptr;
            if (t[j].capitalized && lex_.KnownNameAt(text_, t[j].span.begin, &inner) > 0 &&
                !inner->is_org) {
              e = j;
              break;
            }
          }
          while (next_speaker_name < speaker_names.size() &&
                 speaker_names[next_speaker_name].first < pos) {
            surnames.insert(speaker_names[next_speaker_name++].second);
          }
          // A surname named before, its Arabic article capitalized at the start of a
          // sentence or not: "Al-Mutairi" after "Faisal al-Mutairi".
          auto named_before = [&](std::string_view w) {
            if (surnames.count(w)) return true;
            // (Or misspelt by one letter, a long surname: "Baerbok" after "Annalena
            // Baerbock".)
            if (w.size() >= 6) {
              for (std::string_view n : surnames) {
                if (n.size() + 1 >= w.size() && n.size() <= w.size() + 1 && n[0] == w[0] &&
                    n.size() >= 6 && EditDistance(n, w, 1) <= 1) {
                  return true;
                }
              }
            }
            if (w.size() < 4 || (w[0] != 'A' && w[0] != 'E') || w[1] != 'l' || w[2] != '-') {
              return false;
            }
            std::string lower(w);
            lower[0] = static_cast<char>(lower[0] - 'A' + 'a');
            return surnames.count(lower) > 0;
          };
          if (e - k < 2 &&
              !(e == k + 1 && !surnames.empty() && named_before(t[k].span.View(text_)))) {
            continue;
          }
          // A channel or a paper is no person: "the Rossiya-24 TV channel", "the Example
          // Post newspaper". Letters after a name are no part of it ("Alison Mercer KC").
          if (e < t.size() && t[e].kind == Token::kWord &&
              (EqualsLower(t[e].span.View(text_), "channel") ||
               rules_.publication_words.count(ToLower(t[e].span.View(text_))))) {
            k = e - 1;
            continue;
          }
          if (e - k >= 2 && IsAcronym(t[e - 1].span.View(text_))) {
            if (e - k == 2) {
              k = e - 1;
              continue;
            }
            --e;
          }
          // A possessive ("Tomasz Wrona's appeal") names someone spoken of, without the
          // "'s".
          m.kind = MentionKind::kName;
          m.name = Span{pos, t[e - 1].span.end};
          if (IsPossessive(t[e - 1].span.View(text_))) m.name.end -= 2;
          m.span = m.name;
          k = e - 1;
          // A name after a lower-case organisation word is the body's: "carrier Qamar Air",
          // "the retailer Acme Stores" (kept apart inside a claim, like a body named in
          // full); not a person's with an honorific ("spokesman on health Dr Ann Lee").
          if (name_first > 0 && t[name_first - 1].kind == Token::kWord &&
              !t[name_first - 1].capitalized &&
              (classes_of(name_first - 1) & Lexicon::kOrgWordClass) &&
              !(classes_of(name_first) & Lexicon::kHonorificClass)) {
            m.kind = MentionKind::kOrg;
            out_.entities.push_back({m, false, s.begin, in_claim});
            continue;
          }
        }
        // Title before the name ("Russian Foreign Minister Sergei Lavrov"): the title
        // words right before it, when one of them is a role word.
        title_words(name_first);
        size_t tb = title_run[name_first];
        uint32_t title_begin = UINT32_MAX;
        if (roles_before[name_first] > roles_before[tb]) title_begin = t[tb].span.begin;
        if (title_begin != UINT32_MAX) {
          Span title = Trim(text_, Span{title_begin, m.name.begin});
          m.role = std::string(title.View(text_));
          m.span.begin = title_begin;
        }
        if (m.name.begin == appositive_name && m.role.empty()) {
          m.role = std::string(appositive_role.View(text_));
        }
        // A counterpart before it: "her Algerian counterpart, Karim Haddad", "Lavrov's
        // Chinese counterpart Wang Lin". The phrase is the role; the attributor reads it as
        // the office of the person the possessive names.
        if (title_begin == UINT32_MAX && name_first > 1) {
          size_t j = name_first;
          if (IsPunct(text_, t[j - 1], ',')) --j;
          if (j >= 2 && t[j - 1].kind == Token::kWord &&
              rules_.counterpart_nouns.count(ToLower(t[j - 1].span.View(text_)))) {
            size_t b = j - 1;
            while (b > 0 && b + 4 > j && t[b - 1].kind == Token::kWord && t[b - 1].capitalized &&
                   !IsPossessive(t[b - 1].span.View(text_))) {
              --b;
            }
            std::string_view owner = b > 0 ? t[b - 1].span.View(text_) : std::string_view();
            if (IsPossessive(owner) || IsPossessivePronoun(owner)) {
              m.role = std::string(Span{t[b - 1].span.begin, t[j - 1].span.end}.View(text_));
              m.span.begin = t[b - 1].span.begin;
            }
          }
        }
        // Appositive after it: "Alexei Chepa, First Deputy Head of ...,".
        size_t after = k + 1;
        if (after < t.size() && IsPunct(text_, t[after], ',')) {
          size_t e = after + 1;
          while (e < t.size() && !IsPunct(text_, t[e], ',') && !IsPunct(text_, t[e], '.')) ++e;
          // (Not the subject of a verb after it: "In an address from Downing Street, the
          // prime minister said ...".)
          bool verb = false;
          for (size_t j = after + 2; j < e && !verb; ++j) {
            verb = lex_.CueAt(text_, t, j, nullptr) > 0 &&
                   !EqualsLower(t[j - 1].span.View(text_), "who") &&
                   !EqualsLower(t[j - 1].span.View(text_), "which");
          }
          if (e > after + 1 && !verb) {
            Span appos{t[after + 1].span.begin, t[e - 1].span.end};
            bool role_word = false;
            for (size_t j = after + 1; j < e; ++j)
              role_word |= (classes_of(j) & Lexicon::kRoleWordClass) != 0;
            // (After an article too: "Maria Sousa, the environment minister,".)
            std::string_view opener = t[after + 1].span.View(text_);
            bool article =
                EqualsLower(opener, "the") || EqualsLower(opener, "a") || EqualsLower(opener, "an");
            if (role_word && (t[after + 1].capitalized || article ||
                              (classes_of(after + 1) &
                               (Lexicon::kRoleWordClass | Lexicon::kRoleModifierClass)))) {
              if (!m.role.empty()) m.role += ", ";
              m.role += std::string(appos.View(text_));
            }
          }
        }
        if (std::string_view n = m.name.View(text_); n.find(' ') != std::string_view::npos) {
          surnames.insert(n.substr(n.rfind(' ') + 1));
          // And the given name, by which some articles go on ("Tomasz read a statement"
          // after "Tomasz Wrona"), unless it is a word of another kind.
          std::string_view given = n.substr(0, n.find(' '));
          if (given.size() >= 3 && m.kind == MentionKind::kName &&
              !(lex_.WordClasses(given) &
                (Lexicon::kNotNameClass | Lexicon::kFunctionWordClass | Lexicon::kRoleWordClass |
                 Lexicon::kRoleModifierClass | Lexicon::kHonorificClass |
                 Lexicon::kNameParticleClass))) {
            surnames.insert(given);
          }
        }
        // (Named in the question, as in a claim: no pronoun refers to them.)
        bool asked = m.span.begin < subject_from;
        bool subject = first && !in_claim && !asked;
        out_.entities.push_back({m, subject, s.begin, in_claim || asked});
        if (subject) first = false;
      }
    }
  }
  std::sort(out_.entities.begin(), out_.entities.end(),
            [](const EntityMention& a, const EntityMention& b) {
              return a.mention.span.begin < b.mention.span.begin;
            });
}

// Transcripts: "Maria Zakharova: <statement>" or "NATO Secretary General: <answer>". The
// unlabelled paragraphs after a turn that read as speech carry it on, up to the next
// label ("Q (Reuters):", "Question:", another speaker).
void DetectRun::SpeakerTurn(size_t bi) {
  const Block& b = seg_.blocks[bi];
  if (b.kind != BlockKind::kParagraph) {
    // Page furniture between two paragraphs of an answer does not end the turn.
    if (b.kind != BlockKind::kBoilerplate) turn_ = Mention{};
    return;
  }
  auto emit = [&](Span claim, const Mention& m, const char* rule) {
    if (static_cast<int>(CountWordTokens(text_, claim, static_cast<size_t>(kSpeechWords))) <
        kSpeechWords) {
      return;
    }
    Candidate c;
    c.type = ClaimType::kDirect;
    c.claim = claim;
    c.mention = m;
    c.block = bi;
    c.sentence = b.span;
    c.cuts = BlockCuts(bi, claim);
    c.rule = rule;
    Emit(std::move(c));
  };
  // An interview set as a dialogue, each turn opened by a dash: "— Is this the final
  // point?" then "— I am afraid it is the beginning." The answers are the words of the
  // one the paragraph before the first question names as answering ("Political scientist
  // Viktor Lyubimov answered the questions of Novaya Gazeta.").
  if (Span turn = DashTurn(b.span); !turn.empty()) {
    Span said = TrimClaimEnd(text_, turn);
    if (!said.empty() && text_[said.end - 1] == '?') {
      if (!questioned_ && interviewee_.kind == MentionKind::kNone && bi > 0 &&
          seg_.blocks[bi - 1].kind == BlockKind::kParagraph &&
          DashTurn(seg_.blocks[bi - 1].span).empty()) {
        const Block& intro = seg_.blocks[bi - 1];
        std::vector<Token> it =
            Tokenize(text_, intro.sentences.empty() ? intro.span : intro.sentences.back());
        for (size_t k = 1; k < it.size() && k <= kMaxMentionTokens; ++k) {
          Mention who;
          if (lex_.CueAt(text_, it, k, nullptr) > 0 && SubjectMention(it, 0, k, &who)) {
            if (who.kind == MentionKind::kName) interviewee_ = who;
            break;
          }
        }
      }
      questioned_ = interviewee_.kind != MentionKind::kNone;
      return;
    }
    if (questioned_) {
      emit(said, interviewee_, "direct.interview_answer");
      return;
    }
  } else {
    interviewee_ = Mention{};
    questioned_ = false;
  }
  std::vector<Token> t;
  uint32_t colon = 0;
  bool label = Label(b, &t, &colon);
  // A paragraph with no quotation marks under "Writing on X, she said:" closing the
  // paragraph before it (an embedded post or statement): the words of that speaker.
  if (!label && bi > 0 && seg_.blocks[bi - 1].kind == BlockKind::kParagraph &&
      !seg_.blocks[bi - 1].sentences.empty() && text_[seg_.blocks[bi - 1].span.end - 1] == ':' &&
      !all_quotes_.StartsWithin(b.span)) {
    Mention m;
    Span cue;
    std::string cue_text;
    const Block& pb = seg_.blocks[bi - 1];
    if (AttributionBefore(pb.sentences.back().begin, pb.span.end, &m, &cue, &cue_text)) {
      turn_ = Mention{};
      emit(TrimClaimEnd(text_, b.span), m, "direct.lead_in_paragraph");
      return;
    }
  }
  // Whether a span reports someone in the third person: a cue after a capitalized word, a
  // role or a body ("The World Food Programme said last month that ...").
  auto reports_someone = [&](Span span) {
    std::vector<Token> pt = Tokenize(text_, span, 40);
    for (size_t k = 1; k < pt.size(); ++k) {
      if (pt[k - 1].kind != Token::kWord || lex_.CueAt(text_, pt, k, nullptr) == 0) continue;
      uint32_t classes = lex_.WordClasses(pt[k - 1].span.View(text_));
      if (classes & Lexicon::kSpeechMarkerClass) continue;
      if (pt[k - 1].capitalized || (classes & (Lexicon::kRoleWordClass | Lexicon::kOrgWordClass))) {
        return true;
      }
    }
    return false;
  };
  if (!label) {
    // An unlabelled paragraph of speech, with no quotation of its own, goes on with the
    // turn before it, or is the words of the speaker the page is by. Between a turn and
    // the next label, any paragraph goes on with the turn (not the writer's paragraph
    // that reports someone).
    bool speech =
        (turn_.kind != MentionKind::kNone || document_speaker_.kind != MentionKind::kNone) &&
        !QuotesSpeech(b.span) &&
        (lex_.IsSpeechLike(text_, b.span) ||
         (turn_.kind != MentionKind::kNone && LabelFollows(bi) && !reports_someone(b.span)));
    if (speech && turn_.kind != MentionKind::kNone) {
      emit(TrimClaimEnd(text_, b.span), turn_, "direct.speaker_turn");
    } else if (speech && document_speaker_.kind != MentionKind::kNone) {
      emit(TrimClaimEnd(text_, b.span), document_speaker_, "direct.document_speaker");
    } else {
      turn_ = Mention{};
    }
    return;
  }
  turn_ = Mention{};
  if (t.size() > 6) return;
  for (const Token& tok : t) {
    if (tok.kind != Token::kWord && !IsPunct(text_, tok, '.')) return;
  }
  Mention m;
  // A transcript's label in capitals, after an honorific or alone: "MR MILLER:", "MS
  // JEAN-PIERRE:", "DIZON:" (a surname named in full before).
  size_t last = t.size() - 1;
  bool capitals = !t.empty();
  for (const Token& tok : t) {
    capitals = capitals && tok.kind == Token::kWord && IsCapitalsWord(tok.span.View(text_));
  }
  Span full;
  if (capitals && NamedInFullBefore(t[last].span, &full)) {
    // The speaker goes by the full name written before ("Matthew Miller").
    m.kind = MentionKind::kName;
    m.span = Span{t.front().span.begin, t[last].span.end};
    m.name = full;
  } else if (!lex_.ParseMention(text_, TokenView(t), &m)) {
    return;
  }
  if (m.kind == MentionKind::kName) {
    const Speaker* known = nullptr;
    lex_.KnownNameAt(text_, m.name.begin, &known);
    bool one_word = !known && CountWordTokens(text_, m.name, 2) < 2;
    // A place that heads a lead, named in full before, is no speaker: "Bengaluru: The
    // State Election Commission on Monday told the court ..." (a label the page does not
    // use again, before someone reported).
    if (one_word && reports_someone(Span{colon + 1, b.span.end})) {
      std::string again = "\n";
      again.append(Span{b.span.begin, colon}.View(text_)).push_back(':');
      if (text_.find(again, b.span.end) == std::string_view::npos &&
          text_.substr(0, b.span.begin).find(again) == std::string_view::npos) {
        return;
      }
    }
    if (one_word && !NamedInFullBefore(m.name)) {
      // A title alone ("Fisheries Minister:"), not a one-word name; "Question:" is neither,
      // unless the page named someone in full by it before ("Kaja Kallas ..." then
      // "Kallas:").
      if (!lex_.IsRoleWord(t.back().span.View(text_))) return;
      m.kind = MentionKind::kNominal;
      m.name = Span{};
      m.role = std::string(m.span.View(text_));
    }
  } else if (m.kind != MentionKind::kNominal) {
    return;
  }
  turn_ = m;
  // An interviewer's question is no claim: "Kiran Bhatt: What happened on Friday?".
  Span said = TrimClaimEnd(text_, Trim(text_, Span{colon + 1, b.span.end}));
  if (said.empty() || text_[said.end - 1] != '?') emit(said, m, "direct.speaker_turn");
}

// The words of a paragraph opened by a dash and a space ("— Can the sanctions stop it?"),
// without the dash; empty for any other paragraph. (Normalization has made every dash a
// hyphen.)
Span DetectRun::DashTurn(Span block) const {
  if (!block.View(text_).starts_with("- ")) return Span{};
  return Trim(text_, Span{block.begin + 2, block.end});
}

// Whether paragraph `b` opens with a transcript's label: a few capitalized words (and
// dots, or a bracketed outlet: "Q (Reuters)") before a colon in its first 60 bytes. The
// label's tokens go to `t`, the colon's position to `colon`.
bool DetectRun::Label(const Block& b, std::vector<Token>* t, uint32_t* colon) const {
  *colon = Find(':', b.span.begin, std::min<uint32_t>(b.span.end, b.span.begin + 60));
  if (*colon >= b.span.end) return false;
  *t = Tokenize(text_, Span{b.span.begin, *colon});
  bool label = !t->empty() && t->size() <= 8;
  for (const Token& tok : *t) {
    label =
        label && (tok.kind == Token::kWord ? tok.capitalized
                                           : IsPunct(text_, tok, '.') || IsPunct(text_, tok, '(') ||
                                                 IsPunct(text_, tok, ')'));
  }
  // (Not a name before an address: "Jane Doe: jdoe@example.com".)
  if (label) {
    std::string_view rest = Span{*colon + 1, b.span.end}.View(text_);
    while (!rest.empty() && rest.front() == ' ') rest.remove_prefix(1);
    std::string_view first = rest.substr(0, rest.find_first_of(" ;,"));
    label = first.find('@') == std::string_view::npos && !first.starts_with("http") &&
            !first.starts_with("www.");
  }
  return label;
}

// Whether the paragraphs after block `bi` (page furniture aside) lead, within a few
// blocks, to a labelled paragraph: the next turn of a transcript.
bool DetectRun::LabelFollows(size_t bi) const {
  std::vector<Token> t;
  uint32_t colon = 0;
  for (size_t k = bi + 1, seen = 0; k < seg_.blocks.size() && seen < 8; ++k, ++seen) {
    const Block& b = seg_.blocks[k];
    if (b.kind == BlockKind::kBoilerplate) continue;
    if (b.kind != BlockKind::kParagraph) return false;
    if (Label(b, &t, &colon)) return true;
  }
  return false;
}

bool DetectRun::NamedInFullBefore(Span surname, Span* full) const {
  std::string_view written = surname.View(text_);
  if (written.size() < 3) return false;
  // A surname in capitals ("MILLER") is looked for as written in running text ("Miller").
  std::string title = IsCapitalsWord(written) ? TitleCase(written) : std::string(written);
  std::string_view s = title;
  for (size_t p = text_.find(s); p != std::string::npos && p < surname.begin;
       p = text_.find(s, p + 1)) {
    // "<Capitalized word> <surname>", the surname a whole word.
    size_t end = p + s.size();
    if (end < text_.size() && IsWordChar(text_[end])) continue;
    if (p < 3 || text_[p - 1] != ' ' || !IsWordChar(text_[p - 2])) continue;
    size_t w = p - 1;
    while (w > 0 && IsWordChar(text_[w - 1])) --w;
    if (text_[w] >= 'A' && text_[w] <= 'Z' && (w == 0 || !IsWordChar(text_[w - 1]))) {
      if (full) *full = Span{static_cast<uint32_t>(w), static_cast<uint32_t>(end)};
      return true;
    }
  }
  // Or "<surname> <Capitalized word>": a family name written first ("Lin Haoran").
  for (size_t p = text_.find(s); p != std::string::npos && p < surname.begin;
       p = text_.find(s, p + 1)) {
    size_t end = p + s.size();
    if (p > 0 && IsWordChar(text_[p - 1])) continue;
    if (end + 2 < text_.size() && text_[end] == ' ' && text_[end + 1] >= 'A' &&
        text_[end + 1] <= 'Z') {
      size_t g = end + 1;
      while (g < text_.size() && IsWordChar(text_[g])) ++g;
      std::string_view given = std::string_view(text_).substr(end + 1, g - end - 1);
      if (given.size() >= 2 && !IsCapitalsWord(given) &&
          !(lex_.WordClasses(given) &
            (Lexicon::kNotNameClass | Lexicon::kRoleWordClass | Lexicon::kOrgWordClass |
             Lexicon::kRoleModifierClass | Lexicon::kClauseMarkerClass))) {
        if (full) *full = Span{static_cast<uint32_t>(p), static_cast<uint32_t>(g)};
        return true;
      }
    }
  }
  return false;
}

// "Briefing by Foreign Ministry Spokeswoman Maria Zakharova, Moscow, April 19": a title
// or heading above the first paragraph names whose words the page is.
void DetectRun::DocumentSpeaker() {
  std::vector<Span> g;
  for (const Block& b : seg_.blocks) {
    if (b.kind == BlockKind::kParagraph || b.kind == BlockKind::kComment) return;
    if (b.kind != BlockKind::kTitle && b.kind != BlockKind::kHeading &&
        b.kind != BlockKind::kStandfirst) {
      continue;
    }
    std::string_view bt = b.span.View(text_);
    for (const auto& r : rules_.document_speakers) {
      if (!r.re->MatchAt(bt, 0, &g)) continue;
      Span who = g[static_cast<size_t>(r.re->GroupIndex("who"))];
      who = Span{b.span.begin + who.begin, b.span.begin + who.end};
      // The name and its title, up to the first other lower-case word ("following").
      std::vector<Token> t = Tokenize(text_, who, 24);
      size_t e = 0;
      while (e < t.size() && t[e].kind == Token::kWord &&
             (t[e].capitalized ||
              (lex_.WordClasses(t[e].span.View(text_)) &
               (Lexicon::kRoleWordClass | Lexicon::kRoleModifierClass)) ||
              EqualsLower(t[e].span.View(text_), "of") ||
              EqualsLower(t[e].span.View(text_), "the"))) {
        ++e;
      }
      Mention m;
      if (e > 0 && lex_.ParseMention(text_, Part(t, 0, e), &m) && m.kind == MentionKind::kName) {
        document_speaker_ = m;
        return;
      }
    }
  }
}

Detection DetectRun::Run() {
  FindQuotes();
  DocumentSpeaker();
  for (size_t bi = 0; bi < seg_.blocks.size(); ++bi) SpeakerTurn(bi);
  DirectQuotes();
  for (size_t bi = 0; bi < seg_.blocks.size(); ++bi) {
    const Block& b = seg_.blocks[bi];
    if (b.kind == BlockKind::kBlockQuote) {
      BlockQuote(bi);
      continue;
    }
    if (!IsTextBlock(b.kind)) continue;
    const std::vector<Sentence>& sentences = Sentences(bi);
    for (size_t si = 0; si < sentences.size(); ++si) {
      if (si > 0 && TryBackReference(bi, sentences[si].span, sentences[si - 1].span)) continue;
      ReportedSpeech(bi, sentences[si].span, sentences[si].tokens);
    }
  }
  Entities();
  std::sort(out_.candidates.begin(), out_.candidates.end(),
            [](const Candidate& a, const Candidate& b) { return a.claim.begin < b.claim.begin; });
  return std::move(out_);
}

Detection Detector::Detect(const NormalizedText& nt, const Segmentation& seg) const {
  DetectRun run(rules_, lex_, nt, seg, according_filter_);
  return run.Run();
}

const char* ClaimTypeName(ClaimType t) {
  switch (t) {
    case ClaimType::kDirect:
      return "direct";
    case ClaimType::kIndirect:
      return "indirect";
    case ClaimType::kMixed:
      return "mixed";
  }
  return "?";
}

}  // namespace claims
