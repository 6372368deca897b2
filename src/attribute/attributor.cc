#include "claims/attribute/attributor.h"

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <cstring>
#include <limits>
#include <unordered_map>

namespace claims {
namespace {

// How many entity events back "the CEC" looks for someone titled so: a long document
// must not be searched whole for every acronym that names no one.
constexpr size_t kTitleLookback = 400;
// Mentions an organisation may lie back for "the company" to refer to it.
constexpr size_t kOrgLookback = 40;

bool Compatible(Gender want, Gender have) {
  return want == Gender::kUnknown || have == Gender::kUnknown || want == have;
}

// The last word of a name (all of it when it is one word), and the first.
std::string_view LastWord(std::string_view s) {
  size_t sp = s.rfind(' ');
  return sp == std::string_view::npos ? s : s.substr(sp + 1);
}
std::string_view FirstWord(std::string_view s) { return s.substr(0, s.find(' ')); }

// Whether f holds for a word of `s` (words split at spaces and hyphens: "vice-minister").
template <typename F>
bool AnyWord(std::string_view s, F&& f) {
  for (size_t b = 0; b < s.size();) {
    size_t e = s.find_first_of(" -", b);
    if (e == std::string_view::npos) e = s.size();
    if (e > b && f(s.substr(b, e - b))) return true;
    b = e + 1;
  }
  return false;
}

// Whether `word` is a word of `s`.
bool HoldsWord(std::string_view s, std::string_view word) {
  return AnyWord(s, [&](std::string_view w) { return w == word; });
}

// `s` with runs of spaces and newlines as single spaces and no trailing space, into
// `out` (replacing what it held).
void CollapseInto(std::string_view s, std::string* out) {
  // The result is never longer than `s`.
  out->resize(s.size());
  char* begin = out->data();
  char* p = begin;
  for (char c : s) {
    if (c == '\n' || c == ' ') {
      if (p != begin && p[-1] != ' ') *p++ = ' ';
    } else {
      *p++ = c;
    }
  }
  while (p != begin && p[-1] == ' ') --p;
  out->resize(static_cast<size_t>(p - begin));
}

std::string Collapse(std::string_view s) {
  std::string out;
  CollapseInto(s, &out);
  return out;
}

// A title as the known speakers' roles are compared with it: collapsed, ASCII lower case,
// without a leading "the".
std::string FoldedTitle(std::string_view title) {
  std::string out = Collapse(title);
  for (char& ch : out) ch = FoldAscii(ch);
  if (out.rfind("the ", 0) == 0) out.erase(0, 4);
  return out;
}

// A person or organisation the article talks about.
struct Entity {
  std::string name;  // canonical, or as first written in full
  // A known speaker's name as the article spells it when that is the canonical name without
  // its diacritics ("Mevlut Cavusoglu"); else empty.
  std::string shown;
  Gender gender = Gender::kUnknown;
  bool is_org = false;
  bool described = false;  // not named: "a senior EU official" goes by "senior EU official"
  std::string head;        // of a description: "trader" for "trader with a trading house"
  bool delegate = false;   // the state a delegate speaks for ("the representative of Japan")
  bool spoke = false;      // the speaker of a claim so far
  // Of a body: the lower-case words it was described by, each followed by a space ("panel "
  // after "the CAS panel"), to which "the panel" refers back.
  std::string kinds;

  // Calls f(written, lower) for each role, as written and lower-cased (for matching),
  // in the order added, until f returns true; returns whether it did.
  template <typename F>
  bool AnyRole(F&& f) const {
    for (size_t at = 0; at < roles_.size();) {
      uint32_t n;
      std::memcpy(&n, roles_.data() + at, sizeof n);
      std::string_view role = std::string_view(roles_).substr(at + sizeof n, 2 * size_t{n});
      if (f(role.substr(0, n), role.substr(n))) return true;
      at += sizeof n + 2 * size_t{n};
    }
    return false;
  }
  bool has_role() const { return !roles_.empty(); }
  std::string_view first_role() const {
    std::string_view first;
    AnyRole([&](std::string_view written, std::string_view) {
      first = written;
      return true;
    });
    return first;
  }

  // Adds `role` (collapsed) unless it is empty or known in any case; `scratch` is
  // working space.
  void AddRole(std::string_view role, std::string* scratch) {
    CollapseInto(role, scratch);
    if (scratch->empty()) return;
    if (AnyRole([&](std::string_view, std::string_view lower) {
          return EqualsFolded(*scratch, lower);
        })) {
      return;
    }
    uint32_t n = static_cast<uint32_t>(scratch->size());
    roles_.append(reinterpret_cast<const char*>(&n), sizeof n);
    roles_.append(*scratch);
    size_t lower_at = roles_.size();
    roles_.append(*scratch);
    for (size_t i = lower_at; i < roles_.size(); ++i) roles_[i] = FoldAscii(roles_[i]);
  }

 private:
  // The roles, in one string so that an entity allocates once for them: each is its
  // size (4 bytes), then the role as written, then lower-cased.
  std::string roles_;
};

// One time an entity was named (or spoke) outside a claim.
struct Event {
  uint32_t sentence = 0;
  uint32_t pos = 0;
  bool subject = false;
  size_t entity = 0;
  bool in_claim = false;  // named inside a claim
  bool speaker = false;   // the speaker of a claim
};

}  // namespace

// Positions in events are offsets in the whole document; mentions are read in the
// text of the section being attributed.
namespace {

// The lower-case words an acronym skips: "Organization for Security and Co-operation in
// Europe" is OSCE.
bool AcronymSkips(std::string_view w) {
  return w == "of" || w == "for" || w == "and" || w == "the" || w == "in" || w == "on" || w == "de";
}

// The capitalized words right before "(ACR)" in `text` whose initials spell `acr`,
// skipping lower-case function words between them ("Organization for Security and
// Co-operation in Europe (OSCE)") or spelling them too ("Ministry of Manpower (MOM)");
// empty when the text does not spell it out.
std::string AcronymExpansion(std::string_view text, std::string_view acr) {
  std::string needle(1, '(');
  needle.append(acr).push_back(')');
  for (size_t pos = text.find(needle); pos != std::string_view::npos;
       pos = text.find(needle, pos + 1)) {
    size_t end = pos;
    while (end > 0 && text[end - 1] == ' ') --end;
    size_t letter = acr.size(), begin = end, cur = end;
    for (int words = 0; letter > 0 && cur > 0 && words < 12; ++words) {
      size_t ws = cur;
      while (ws > 0 &&
             (std::isalnum(static_cast<unsigned char>(text[ws - 1])) || text[ws - 1] == '-')) {
        --ws;
      }
      std::string_view w = text.substr(ws, cur - ws);
      if (w.empty()) break;
      if (w[0] >= 'A' && w[0] <= 'Z') {
        if (w[0] != acr[letter - 1]) break;
        --letter;
        begin = ws;
      } else if (AcronymSkips(w) && begin != end && letter > 1 &&
                 w[0] - 'a' + 'A' == acr[letter - 1] && acr[letter - 2] >= 'A' &&
                 acr[letter - 2] <= 'Z') {
        // A function word the acronym spells too: "Ministry of Manpower (MOM)". (Taken only
        // when a capital letter is left for the word before it.)
        --letter;
      } else if (!AcronymSkips(w) || begin == end) {
        break;
      }
      if (ws == 0 || text[ws - 1] != ' ') break;
      cur = ws - 1;
    }
    if (letter == 0) return std::string(text.substr(begin, end - begin));
  }
  return "";
}

// `lower` (a role in lower case) with its abbreviated titles written in full, with or
// without their dot ("gov. wes" -> "governor wes", "cllr" -> "councillor").
std::string ExpandTitles(const RuleSet& rules, std::string_view lower) {
  std::string out;
  for (size_t b = 0; b < lower.size();) {
    size_t e = lower.find(' ', b);
    if (e == std::string_view::npos) e = lower.size();
    std::string_view w = lower.substr(b, e - b);
    if (!w.empty()) {
      auto it = rules.title_abbreviations.find(
          std::string(w.back() == '.' ? w.substr(0, w.size() - 1) : w));
      if (it != rules.title_abbreviations.end()) w = it->second;
    }
    if (!out.empty()) out += ' ';
    out += w;
    b = e + 1;
  }
  return out;
}

// The initials of the capitalized words of a name, skipping lower-case function words:
// "WHO" for "World Health Organization".
std::string Initials(std::string_view name) {
  std::string out;
  for (size_t b = 0; b < name.size();) {
    size_t e = name.find(' ', b);
    if (e == std::string_view::npos) e = name.size();
    if (e > b) {
      char c = name[b];
      if (c >= 'A' && c <= 'Z') {
        out.push_back(c);
      } else {
        if (!AcronymSkips(name.substr(b, e - b))) return "";
      }
    }
    b = e + 1;
  }
  return out.size() >= 2 ? out : "";
}

// Whether a body was described as `word` (lower case): "panel" for "the CAS panel".
bool HasKind(const Entity& e, std::string_view word) {
  for (size_t at = e.kinds.find(word); at != std::string::npos; at = e.kinds.find(word, at + 1)) {
    if ((at == 0 || e.kinds[at - 1] == ' ') && at + word.size() < e.kinds.size() &&
        e.kinds[at + word.size()] == ' ') {
      return true;
    }
  }
  return false;
}

}  // namespace

class Discourse {
 public:
  Discourse(const RuleSet& rules, const Lexicon& lex) : rules_(rules), lex_(lex) {}

  // The names_ memo holds views into the text: it starts afresh with each text.
  void SetText(std::string_view text) {
    text_ = text;
    names_.clear();
  }

  // The mentions that name someone with a title ("Defence Minister Yasar Gunduz"), read
  // only when a title with no name is looked up among the known speakers.
  std::vector<const Mention*>& Titled() { return titled_; }

  // Resolves a mention to an entity index; -1 when it cannot be resolved.
  long Resolve(const Mention& m) {
    switch (m.kind) {
      case MentionKind::kName:
      case MentionKind::kCaption: {
        const WrittenName& n = Name(m.name.View(text_));
        // An honorific of the other gender names someone else: "Ms McConnell" is not Mitch
        // McConnell.
        std::string_view h = FirstWord(m.span.View(text_));
        if (!h.empty() && h.back() == '.') h.remove_suffix(1);
        Gender g = EqualsFolded(h, "mr") || EqualsFolded(h, "sir") || EqualsFolded(h, "lord")
                       ? Gender::kMale
                   : EqualsFolded(h, "ms") || EqualsFolded(h, "mrs") || EqualsFolded(h, "miss") ||
                           EqualsFolded(h, "dame") || EqualsFolded(h, "lady")
                       ? Gender::kFemale
                       : Gender::kUnknown;
        const Speaker* known = n.speaker;
        if (known && g != Gender::kUnknown && known->gender != Gender::kUnknown &&
            known->gender != g) {
          known = nullptr;
        }
        // (A name that ends in what a company makes is the company's: "Halcrest Lithium".)
        bool company = !known && n.plain.find(' ') != std::string::npos &&
                       lex_.IsCompanyWord(LastWord(n.plain));
        return ResolveName(n.plain, known, m.role, company, n.fuzzy);
      }
      case MentionKind::kOrg: {
        // "one of the sources" refers back to the sources described before ("Interfax
        // sources in the delegation").
        std::string_view written = m.span.View(text_);
        if (StartsWithLower(written, "one of the ") && m.name.size() > 3 &&
            m.name.end == m.span.end) {
          for (size_t i = entities_.size(); i-- > 0;) {
            const Entity& e = entities_[i];
            if (e.described && (EqualsFolded(e.head, m.name.View(text_)) ||
                                HoldsWord(ToLower(e.name), ToLower(m.name.View(text_))))) {
              return static_cast<long>(i);
            }
          }
        }
        return ResolveOrg(Collapse(m.name.View(text_)));
      }
      case MentionKind::kPronoun: {
        if (lex_.WordClasses(m.span.View(text_)) & Lexicon::kOrgPronounClass) {
          return MostSalient([](const Entity& e) { return e.is_org || e.delegate; });
        }
        // A capitalized "He" after a quotation's closing comma is inside the sentence, so
        // the family name of someone named before: "\"...,\" He said." after "He Lifeng".
        if (m.span.View(text_) == "He" && FollowsQuoteComma(m.span.begin)) {
          for (size_t i = entities_.size(); i-- > 0;) {
            const Entity& e = entities_[i];
            if (!e.is_org && e.name.find(' ') != std::string::npos && FirstWord(e.name) == "He") {
              return static_cast<long>(i);
            }
          }
        }
        Gender g = Gender::kUnknown;
        lex_.Pronoun(m.span.View(text_), &g);
        long found = MostSalient(
            [&](const Entity& e) { return !e.is_org && !e.described && Compatible(g, e.gender); });
        // The pronoun tells the gender of someone whose name did not: after "She told the
        // tribunal ..." for Dr Astrid Berg, a "he" is someone else.
        if (found >= 0 && entities_[static_cast<size_t>(found)].gender == Gender::kUnknown) {
          entities_[static_cast<size_t>(found)].gender = g;
        }
        return found;
      }
      case MentionKind::kNominal:
        return ResolveNominal(m);
      case MentionKind::kDelegate:
        return ResolveDelegate(m);
      case MentionKind::kNone:
        return MostSalient([](const Entity& e) { return !e.is_org; });
    }
    return -1;
  }

  void Note(size_t entity, uint32_t sentence, uint32_t pos, bool subject, bool in_claim = false,
            bool speaker = false) {
    events_.push_back({sentence, pos, subject, entity, in_claim, speaker});
    if (speaker) entities_[entity].spoke = true;
  }

  // Makes room for `more` events (at most one an entity mention or candidate of a
  // text), so that Note does not grow events_ step by step. Still at least doubles,
  // as the events of a document read in sections add up.
  void ExpectEvents(size_t more) {
    size_t want = events_.size() + more;
    if (want > events_.capacity()) events_.reserve(std::max(want, 2 * events_.capacity()));
  }

  const Entity& entity(size_t i) const { return entities_[i]; }

  // Whether `w` (lower case) names a nationality: "algerian", "french".
  bool IsNationality(std::string_view w) const {
    return !w.empty() && ((lex_.WordClasses(w) & Lexicon::kDemonymClass) ||
                          rules_.nationality_adjectives.count(std::string(w)) > 0);
  }

 private:
  template <typename Pred>
  long MostSalient(Pred ok, bool with_claims = false,
                   size_t lookback = std::numeric_limits<size_t>::max()) const {
    // The most recent sentence that names a compatible entity; within it, who spoke in
    // it, else its subject: after "Asked about Trump, Rutte said ...", "he" is Rutte.
    size_t stop = events_.size() > lookback ? events_.size() - lookback : 0;
    for (size_t k = events_.size(); k-- > stop;) {
      if (events_[k].in_claim && !with_claims) continue;
      if (!ok(entities_[events_[k].entity])) continue;
      uint32_t sentence = events_[k].sentence;
      long best = static_cast<long>(events_[k].entity);
      bool spoke = false;
      for (size_t j = k + 1; j-- > 0;) {
        if (events_[j].sentence != sentence) {
          if (events_[j].sentence < sentence) break;
          continue;
        }
        if (events_[j].subject && !events_[j].in_claim && ok(entities_[events_[j].entity]) &&
            (events_[j].speaker || !spoke)) {
          best = static_cast<long>(events_[j].entity);
          spoke = events_[j].speaker;
        }
      }
      return best;
    }
    return -1;
  }

  // The delegate of a state: one entity per state, a person to pronouns ("The
  // representative of Japan said ... She added").
  long ResolveDelegate(const Mention& m) {
    std::string name = Collapse(m.name.View(text_));
    for (size_t i = entities_.size(); i-- > 0;) {
      if (entities_[i].delegate && EqualsFolded(entities_[i].name, name)) {
        return static_cast<long>(i);
      }
    }
    Entity e;
    e.name = std::move(name);
    e.delegate = true;
    // A spokesperson's words are a role: "the spokesperson" refers back to "a spokesperson
    // for OpenAI" (not "the representative of the ministry" to "the representative of
    // Japan": the state's delegates get no role).
    std::string_view written = m.span.View(text_);
    for (std::string_view det : {"a ", "an ", "the "}) {
      if (StartsWithLower(written, det)) written.remove_prefix(det.size());
    }
    if (lex_.WordClasses(written.substr(0, written.find(' '))) & Lexicon::kSpokesWordClass) {
      e.AddRole(Collapse(written), &scratch_);
    }
    entities_.push_back(std::move(e));
    return static_cast<long>(entities_.size() - 1);
  }

  long ResolveNominal(const Mention& m) {
    // "A senior State Department official said": someone new, not named, who goes by the
    // description ("senior State Department official"); "the official" may refer back.
    std::string_view written = m.span.View(text_);
    // A person's spokesperson, the person named before, speaks for them: "Mr Hartley's
    // spokesman said" after "Gareth Hartley".
    if (size_t apos = written.find("'s ");
        apos != std::string_view::npos && apos > 0 && written[0] >= 'A' && written[0] <= 'Z' &&
        written.find(' ', apos + 3) == std::string_view::npos &&
        (lex_.WordClasses(written.substr(apos + 3)) & Lexicon::kSpokesWordClass)) {
      std::string_view owner = LastWord(written.substr(0, apos));
      for (size_t i = entities_.size(); i-- > 0;) {
        const Entity& e = entities_[i];
        if (!e.is_org && !e.described && !e.delegate && e.name.find(' ') != std::string::npos &&
            EqualsFolded(Surname(e.name), owner)) {
          return static_cast<long>(i);
        }
      }
    }
    // (Not "one of": "one of the sources in the industry" goes by all of it.)
    bool article = StartsWithLower(written, "a ") || StartsWithLower(written, "an ") ||
                   (StartsWithLower(written, "one ") && !StartsWithLower(written, "one of "));
    if (m.described || article) {
      Entity e;
      e.name = Collapse(article ? written.substr(written.find(' ') + 1) : written);
      // Without a relative clause after it: "a police officer at the station who spoke on
      // condition of anonymity" is "police officer at the station".
      if (size_t who = e.name.find(" who "); who != std::string::npos && who > 0) {
        e.name.resize(who);
      }
      // "Sources close to ..." opening a sentence goes by "sources close to ...".
      // (Not an outlet's name: "Interfax sources in the delegation", "Kommersant's
      // sources".)
      std::string_view opening = FirstWord(e.name);
      if (IsPossessive(opening)) opening.remove_suffix(2);
      if (!article && e.name.size() > 1 && e.name[0] >= 'A' && e.name[0] <= 'Z' &&
          e.name[1] >= 'a' && e.name[1] <= 'z' && !rules_.FindOutlet(opening)) {
        e.name[0] = static_cast<char>(e.name[0] - 'A' + 'a');
      }
      // The head noun: the last word, or the one before what describes it: "trader" in
      // "Singapore-based trader with an international trading house".
      e.head = std::string(LastWord(e.name));
      // (A preposition inside a body's name before the head is not one: "a Department of
      // Health and Social Care spokesman".)
      bool head_last = lex_.WordClasses(e.head) & Lexicon::kRoleWordClass;
      std::string_view prev;
      for (std::string_view rest = e.name; !rest.empty() && !head_last;) {
        size_t sp = rest.find(' ');
        std::string_view w = rest.substr(0, sp);
        if (!prev.empty() &&
            (lex_.IsPreposition(w) || EqualsFolded(w, "familiar") || EqualsFolded(w, "close") ||
             EqualsFolded(w, "briefed") || lex_.IsIdentifyingParticiple(w))) {
          e.head = std::string(prev);
          // A group goes by its head without the place it is at: "truck drivers at
          // Malaba" are "truck drivers", "residents in Dover" "residents" (but
          // "economists at Abu Dhabi Commercial Bank" work for a body, which stays).
          std::string_view place = sp == std::string_view::npos ? "" : rest.substr(sp + 1);
          bool body =
              !place.empty() && (lex_.IsOrgWord(LastWord(place)) || IsAcronym(LastWord(place)));
          if (!article && prev.size() > 3 && prev.back() == 's' && !body &&
              (EqualsFolded(w, "at") || EqualsFolded(w, "in") || EqualsFolded(w, "from")) &&
              !place.empty() && place[0] >= 'A' && place[0] <= 'Z') {
            e.name.resize(static_cast<size_t>(prev.data() + prev.size() - e.name.data()));
          }
          break;
        }
        prev = w;
        rest = sp == std::string_view::npos ? std::string_view() : rest.substr(sp + 1);
      }
      e.described = true;
      e.AddRole(e.name, &scratch_);
      // The spokesperson of a body speaks for it: "a Home Office spokesperson" and "a
      // government spokesman" go by "Home Office" and "government" ("the spokesperson"
      // still refers back). Not "a senior spokesperson", nor "a Russian spokesman".
      if (article && e.head.size() < e.name.size() &&
          (lex_.WordClasses(e.head) & Lexicon::kSpokesWordClass) && e.name.ends_with(e.head)) {
        std::string_view body = std::string_view(e.name).substr(0, e.name.size() - e.head.size());
        while (!body.empty() && body.back() == ' ') body.remove_suffix(1);
        bool named = !body.empty(), demonyms = true;
        for (std::string_view rest = body; named && !rest.empty();) {
          size_t sp = rest.find(' ');
          std::string_view w = rest.substr(0, sp);
          // (With "of", "and", "for" inside: "a Department of Health and Social Care
          // spokesman".)
          named = (w[0] >= 'A' && w[0] <= 'Z') || (w == body && lex_.IsOrgWord(w)) ||
                  (rest.data() != body.data() &&
                   (w == "of" || w == "and" || w == "for" || w == "the" || w == "&"));
          demonyms = demonyms && (lex_.WordClasses(w) & Lexicon::kDemonymClass);
          rest = sp == std::string_view::npos ? std::string_view() : rest.substr(sp + 1);
        }
        if (named && !demonyms) e.name = std::string(body);
      }
      // So does "a spokesperson for the economy ministry (in Berlin)": the body that ends
      // in an organisation word, without its place.
      if (article && (lex_.WordClasses(e.head) & Lexicon::kSpokesWordClass) &&
          e.name.size() > e.head.size() + 5 && e.name.starts_with(e.head) &&
          StartsWithLower(std::string_view(e.name).substr(e.head.size()), " for ")) {
        std::string_view body = std::string_view(e.name).substr(e.head.size() + 5);
        if (StartsWithLower(body, "the ")) body.remove_prefix(4);
        if (size_t in = body.find(" in "); in != std::string_view::npos) body = body.substr(0, in);
        if (!body.empty() && body.find(' ') != std::string_view::npos &&
            lex_.IsOrgWord(LastWord(body)) && !(body[0] >= 'A' && body[0] <= 'Z')) {
          e.name = std::string(body);
        }
      }
      entities_.push_back(std::move(e));
      return static_cast<long>(entities_.size() - 1);
    }
    const Nominal* n = lex_.MatchNominal(m.role.empty() ? m.span.View(text_) : m.role);
    std::string folded = Collapse(m.role.empty() ? m.span.View(text_) : m.role);
    for (char& ch : folded) ch = FoldAscii(ch);
    // "the former president" fits only someone whose role says "former" too.
    std::string past;
    AnyWord(folded, [&](std::string_view w) {
      if (rules_.past_role_words.count(std::string(w))) past = std::string(w);
      return !past.empty();
    });
    // Someone described is referred to by the head of the description only: "the
    // diplomat" for "a Western diplomat".
    std::string_view head = LastWord(folded);
    // (The head before what it is "of": "the interlocutor of the agency".)
    if (size_t of = folded.find(" of "); of != std::string::npos) {
      std::string_view before = LastWord(std::string_view(folded).substr(0, of));
      if (lex_.WordClasses(before) & Lexicon::kRoleWordClass) head = before;
    }
    // A source's interlocutor is the source: "According to the interlocutor of the agency"
    // after "A source in diplomatic circles told RIA News".
    bool interlocutor = head == "interlocutor" || head == "interlocutors";
    // An age or a nationality refers back to the person last named: "the 45-year-old",
    // "the Dutchman", "the 64-year-old Norwegian", "the Northern Irishman".
    std::string_view before_head = std::string_view(folded).substr(0, folded.size() - head.size());
    bool qualified = (before_head.size() > 4 + 9 && before_head.ends_with("-year-old ")) ||
                     (before_head.size() > 5 && before_head.starts_with("the ") &&
                      Lexicon::IsCompassPoint(before_head.substr(4, before_head.size() - 5)));
    if ((head.size() > 9 && head.ends_with("-year-old") && head[0] >= '0' && head[0] <= '9') ||
        ((folded.size() == 4 + head.size() || qualified) &&
         (lex_.WordClasses(head) & Lexicon::kDemonymClass))) {
      return MostSalient([](const Entity& e) { return !e.is_org && !e.described; });
    }
    // A nationality in the phrase ("the Algerian minister") must not be another one in
    // the role ("French Foreign Minister").
    std::string_view nationality;
    AnyWord(before_head, [&](std::string_view w) {
      if (IsNationality(w)) nationality = w;
      return !nationality.empty();
    });
    auto is_nationality = [&](std::string_view w) { return IsNationality(w); };
    auto other_nationality = [&](std::string_view lower) {
      return !nationality.empty() && !HoldsWord(lower, nationality) &&
             AnyWord(lower, is_nationality);
    };
    // A body's spokesperson, named by the body's country and kind, is someone whose role
    // names that country, or someone new: "the German government spokesman".
    bool body_spokes = !nationality.empty() &&
                       (lex_.WordClasses(head) & Lexicon::kSpokesWordClass) &&
                       AnyWord(before_head, [&](std::string_view w) { return lex_.IsOrgWord(w); });
    // "the head of the Russian Foreign Ministry" is the Russian foreign minister; "the head
    // of the European Commission" holds a leader's title of the commission.
    std::string body, body_leader;
    {
      std::string_view f = folded;
      if (f.starts_with("the ")) f.remove_prefix(4);
      for (std::string_view lead : {"head of ", "chief of ", "leader of "}) {
        if (!f.starts_with(lead)) continue;
        std::string_view org = f.substr(lead.size());
        if (org.starts_with("the ")) org.remove_prefix(4);
        // (One word only when it names a body: "the Commission", not "head of state"; nor
        // when the whole phrase is an office's: "head of government".)
        if (org.find(' ') == std::string_view::npos && !lex_.IsOrgWord(org)) break;
        if (n && f == n->head) break;
        body = std::string(org);
        body_leader = body;
        if (body_leader.ends_with(" ministry")) {
          body_leader.replace(body_leader.size() - 8, 8, "minister");
        }
        break;
      }
    }
    auto leads_body = [&](std::string_view lower) {
      if (body.empty() || lower.find(body_leader) == std::string_view::npos) return false;
      if (body_leader != body) return true;
      for (std::string_view w : {"president", "chair", "head", "director", "chief", "leader",
                                 "secretary general", "secretary-general"}) {
        if (lower.find(w) != std::string_view::npos) return true;
      }
      return false;
    };
    // (Whom the head of a body names comes first: "the head of the Commission" after the
    // foreign minister and the Commission's president is the president.)
    bool body_only = !body.empty();
    auto fits = [&](const Entity& e) {
      if (e.is_org) return false;
      if (e.described) {
        return !body_only &&
               (EqualsFolded(e.head, head) || (interlocutor && (EqualsFolded(e.head, "source") ||
                                                                EqualsFolded(e.head, "sources"))));
      }
      return e.AnyRole([&](std::string_view, std::string_view lower_written) {
        // Abbreviated titles read in full: "gov." is "governor", "cllr" "councillor".
        std::string_view lower = lower_written;
        std::string expanded;
        if (!rules_.title_abbreviations.empty()) {
          expanded = ExpandTitles(rules_, lower);
          lower = expanded;
        }
        if (!past.empty() && lower.find(past) == std::string_view::npos) return false;
        if (other_nationality(lower)) return false;
        if (body_spokes && !HoldsWord(lower, nationality)) return false;
        if (leads_body(lower)) return true;
        if (body_only) return false;
        // A role word with no nominal of its own ("the officer") fits roles that hold it.
        if (!n) return lower.find(head) != std::string_view::npos;
        for (const auto& c : n->compatible) {
          if (lower.find(c) != std::string_view::npos) return true;
        }
        return false;
      });
    };
    long e = -1;
    // (A scan of the entities first: most heads of bodies lead none of them.)
    if (body_only) {
      bool led = false;
      for (const Entity& x : entities_) {
        led = led || (!x.is_org && !x.described &&
                      x.AnyRole([&](std::string_view, std::string_view lower) {
                        return leads_body(lower);
                      }));
      }
      if (led) e = MostSalient(fits);
      body_only = false;
    }
    if (e < 0) e = MostSalient(fits);
    if (e < 0) e = MostSalient(fits, /*with_claims=*/true);
    // Or the person last named, who has spoken and has no known role, described by a
    // nationality and a role: "Henrik Berg told reporters ... the Norwegian diplomat
    // added".
    if (e < 0 && !nationality.empty() && past.empty() && !body_spokes) {
      long last = MostSalient([](const Entity& x) { return !x.is_org && !x.described; });
      if (last >= 0 && entities_[static_cast<size_t>(last)].spoke &&
          !entities_[static_cast<size_t>(last)].has_role()) {
        e = last;
      }
    }
    if (e >= 0) {
      entities_[static_cast<size_t>(e)].AddRole(m.role, &scratch_);
      return e;
    }
    // No one in the article fits: a known speaker whose office the phrase names, unless
    // the phrase says the office is past ("the former president"). Of speakers with the
    // same role, the first listed; speakers with different roles it names are ambiguous.
    if (!past.empty()) return -1;
    std::string phrase = FoldedTitle(m.role);
    auto names = [&](std::string_view role) {
      return phrase == role || (phrase.size() > 8 && role.find(phrase) != std::string::npos) ||
             (role.size() > 8 && phrase.find(role) != std::string::npos);
    };
    const Speaker* found = nullptr;
    std::string& r = scratch_;  // each speaker's role, lower-cased
    for (const auto& s : rules_.speakers) {
      if (s.role.empty() || s.is_org) continue;
      r.assign(s.role);
      for (char& ch : r) ch = FoldAscii(ch);
      if (names(r) || leads_body(r)) {
        if (found && !EqualsFolded(found->role, s.role)) return -1;  // ambiguous
        if (!found) found = &s;
      }
    }
    if (!found && body_spokes) {
      Entity x;
      x.name = Collapse(StartsWithLower(written, "the ") ? written.substr(4) : written);
      x.head = std::string(head);
      x.described = true;
      x.AddRole(x.name, &scratch_);
      entities_.push_back(std::move(x));
      return static_cast<long>(entities_.size() - 1);
    }
    if (!found) return -1;
    // Someone else the article names with that title holds the office it speaks of
    // ("Turkish defence minister says ..." above "Defence Minister Yasar Gunduz said").
    for (const Mention* tm : titled_) {
      if (names(FoldedTitle(tm->role)) &&
          lex_.MatchSpeaker(tm->name.View(text_), nullptr) != found) {
        return -1;
      }
    }
    return Known(found);
  }

  // An organisation named in full ("the Russian Foreign Ministry") is an entity of its
  // own; a bare head ("the ministry", "analysts") refers back to the last organisation
  // it names, or stays unresolved.
  long ResolveOrg(const std::string& written) {
    // An organisation named in full resolves as it did before in the document.
    if (auto it = org_names_.find(written); it != org_names_.end()) return it->second;
    // A unit of a body referred back to speaks for it: "the company's press office" is
    // the company last named.
    if (size_t apos = written.find("'s "); apos != std::string::npos && apos > 0 &&
                                           written.find(' ') > apos &&
                                           !(written[0] >= 'A' && written[0] <= 'Z')) {
      std::string body = written.substr(0, apos);
      if (lex_.WordClasses(body) & Lexicon::kOrgBackReferenceClass) {
        if (long r = ResolveOrg(body); r >= 0 && entities_[static_cast<size_t>(r)].name != body) {
          return r;
        }
      }
    }
    // A capital speaking for its state: "Moscow said" is Russia.
    auto capital = rules_.capital_states.find(ToLower(written));
    std::string name = capital == rules_.capital_states.end() ? written : capital->second;
    // A side named by its adjective stands for its state: "the Ukrainian side" is Ukraine.
    if (std::string lower = ToLower(written); lower.size() > 5 && lower.ends_with(" side")) {
      if (StartsWithLower(lower, "the ")) lower.erase(0, 4);
      if (auto side = rules_.side_states.find(lower.substr(0, lower.size() - 5));
          side != rules_.side_states.end()) {
        name = side->second;
      }
    }
    // An acronym the article spells out ("the Rapid Support Forces (RSF)") is that name.
    std::string_view bare = name;
    if (StartsWithLower(bare, "the ")) bare.remove_prefix(4);
    if (IsAcronym(bare) && !lex_.MatchSpeaker(name)) {
      if (std::string full = AcronymExpansion(text_, bare); !full.empty()) {
        return ResolveName(full, lex_.MatchSpeaker(full), "", true);
      }
      // Or an organisation named before whose initials it is: "the WHO" after "the World
      // Health Organization".
      for (size_t i = entities_.size(); i-- > 0;) {
        if (entities_[i].is_org && Initials(entities_[i].name) == bare) return static_cast<long>(i);
      }
      // Or the title of someone named with it: "the CEC" after "CEC Rajiv Kumar", or after
      // "Chief Election Commissioner Rajiv Kumar", whose initials it is (not the body of
      // a title: "the SFA" after "SFA chief executive Alan McRae" is the body).
      long titled = MostSalient(
          [&](const Entity& e) {
            return !e.is_org && e.AnyRole([&](std::string_view role, std::string_view) {
              // (Not the body a title says the person works for: "Counsel for GECOM".)
              std::string_view before = role.substr(0, role.size() - LastWord(role).size());
              auto ends = [&](std::string_view tail) {
                return before.size() >= tail.size() &&
                       EqualsFolded(before.substr(before.size() - tail.size()), tail);
              };
              bool body = ends(" for ") || ends(" of ") || ends(" at ");
              return Initials(role) == bare || (!body && EqualsFolded(LastWord(role), bare));
            });
          },
          false, kTitleLookback);
      if (titled >= 0) return titled;
    }
    std::vector<Token> t = Tokenize(name, Span{0, static_cast<uint32_t>(name.size())});
    // Generic: one word ("Analysts") or a determiner and lower-case words ("the ministry").
    // (A place it is based in leaves it generic: "the Houston-based company".)
    auto based = [&](size_t k) { return t[k].span.View(name).ends_with("-based"); };
    bool generic = !t.empty() && lex_.IsOrgWord(t.back().span.View(name)) &&
                   (t.size() == 1 || !t[0].capitalized || based(0) ||
                    ToLower(t[0].span.View(name)) == "the" || ToLower(t[0].span.View(name)) == "a");
    for (size_t k = 1; k < t.size(); ++k) generic = generic && (!t[k].capitalized || based(k));
    // A counted group is a new one: "three diplomats".
    if (!t.empty() && (t[0].kind == Token::kNumber ||
                       (lex_.WordClasses(t[0].span.View(name)) & Lexicon::kQuantifierClass))) {
      generic = false;
    }
    // One word that names a known speaker is not generic either.
    const Speaker* known = t.size() == 1 || !generic ? lex_.MatchSpeaker(name) : nullptr;
    if (known) generic = false;
    // A proper name before a lower-case description of what it is goes by the name:
    // "the Gavi vaccine alliance" is Gavi, "the Wagner mercenary group" Wagner; so does a
    // name of several words or an acronym before one word: "the Football Supporters
    // Ireland network", "the RMT union".
    if (!generic && !known) {
      size_t b = !t.empty() && ToLower(t[0].span.View(name)) == "the" ? 1 : 0;
      size_t c = b;  // the end of the capitalized words
      while (c < t.size() && t[c].kind == Token::kWord && t[c].capitalized &&
             !IsPossessive(t[c].span.View(name))) {
        ++c;
      }
      bool several = c >= b + 2 || (c == b + 1 && IsAcronym(t[b].span.View(name)));
      // (A body, not a group of people: "Human rights groups" are the groups.)
      bool described =
          c > b && t.size() >= c + (several ? 1 : 2) && (c == b + 1 || several) &&
          t.back().span.View(name).back() != 's' &&
          !(lex_.WordClasses(t[b].span.View(name)) &
            (Lexicon::kDemonymClass | Lexicon::kRoleWordClass | Lexicon::kRoleModifierClass |
             Lexicon::kOrgWordClass | Lexicon::kNotNameClass | Lexicon::kSpeakingPlaceClass)) &&
          !lex_.IsOrgWord(t[c - 1].span.View(name)) && lex_.IsOrgWord(t.back().span.View(name));
      for (size_t k = c; described && k < t.size(); ++k) {
        described = t[k].kind == Token::kWord && !t[k].capitalized &&
                    !(lex_.WordClasses(t[k].span.View(name)) & Lexicon::kFunctionWordClass);
      }
      if (described) {
        std::string proper(Span{t[b].span.begin, t[c - 1].span.end}.View(name));
        // (An acronym spelt out before is that name: "the CAS panel".)
        long r = IsAcronym(proper) ? ResolveOrg(proper)
                                   : ResolveName(proper, lex_.MatchSpeaker(proper), "", true);
        if (r >= 0) {
          std::string kind = ToLower(t.back().span.View(name)) + ' ';
          Entity& e = entities_[static_cast<size_t>(r)];
          if (e.kinds.find(kind) == std::string::npos) e.kinds += kind;
        }
        return r;
      }
    }
    if (!generic) {
      long r = ResolveName(name, known, "", true);
      // (Not an acronym: "the CEC" may refer to whoever holds the title last.)
      if (!IsAcronym(bare)) org_names_.emplace(written, r);
      return r;
    }
    // (Not people named after the body: "the conference" is the Mid-Plains Conference,
    // not the "Conference officials" who spoke since.)
    std::string head = ToLower(LastWord(name));
    for (size_t k = events_.size(); k-- > 0;) {
      const Entity& e = entities_[events_[k].entity];
      std::string_view last = LastWord(e.name);
      bool people = last.size() > 3 && last.back() == 's' && !(last[0] >= 'A' && last[0] <= 'Z') &&
                    lex_.IsRoleWord(last) && !EqualsFolded(last, head);
      if (e.is_org && !people &&
          (ToLower(e.name).find(head) != std::string::npos || HasKind(e, head))) {
        return static_cast<long>(events_[k].entity);
      }
    }
    // Or the organisation in the title of someone named before: "the Commission" after
    // "European Commission Executive Vice-President Margrethe Vestager".
    if (t.size() <= 2 && t.back().capitalized) {
      std::string body;
      MostSalient(
          [&](const Entity& e) {
            return !e.is_org && e.AnyRole([&](std::string_view role, std::string_view) {
              for (size_t p = 0; p < role.size();) {
                size_t end = role.find(' ', p);
                if (end == std::string_view::npos) end = role.size();
                if (p > 0 && EqualsFolded(role.substr(p, end - p), head) && role[p] >= 'A' &&
                    role[p] <= 'Z') {
                  size_t b = p;
                  while (b > 0) {
                    size_t ws = role.rfind(' ', b - 2);
                    ws = ws == std::string_view::npos ? 0 : ws + 1;
                    if (!(role[ws] >= 'A' && role[ws] <= 'Z')) break;
                    b = ws;
                  }
                  if (b < p) {
                    body = std::string(role.substr(b, end - b));
                    return true;
                  }
                }
                p = end + 1;
              }
              return false;
            });
          },
          false, kTitleLookback);
      if (!body.empty()) return ResolveName(body, lex_.MatchSpeaker(body), "", true);
    }
    // "the company", "the union": the organisation last named, whatever its name (not a
    // state speaking for its government). A name of one word that is no one's, with no
    // role, is one too ("Spotify welcomed the ruling. The company said ..."). "The
    // statement": the organisation that issued it.
    // (A few lower-case words may describe it: "the paramilitary group".)
    uint32_t head_classes = lex_.WordClasses(head);
    bool described_head = t.size() <= 4;
    for (size_t k = 1; described_head && k < t.size(); ++k) {
      described_head = t[k].kind == Token::kWord && !t[k].capitalized;
    }
    if ((t.size() <= 2 || described_head) &&
        (head_classes & (Lexicon::kOrgBackReferenceClass | Lexicon::kStatementWordClass))) {
      bool statement = head_classes & Lexicon::kStatementWordClass;
      // ("The governing body", "the organisation" may be any body named before, one named
      // in passing too.)
      bool any_body = EqualsFolded(head, "body") || EqualsFolded(head, "organisation") ||
                      EqualsFolded(head, "organization");
      // (A company's legal form heads no other kind of body: "Acme Mines Limited" is what
      // "the company" refers to, rather than an agency named since.)
      bool firm = EqualsFolded(head, "company") || EqualsFolded(head, "firm");
      if (firm) {
        long named = MostSalient(
            [&](const Entity& e) {
              return e.is_org && !e.described && IsLegalForm(LastWord(e.name));
            },
            false, kOrgLookback);
        if (named >= 0) return named;
      }
      long last = MostSalient(
          [&](const Entity& e) {
            bool org = e.is_org || (!statement && e.name.find(' ') == std::string::npos &&
                                    e.gender == Gender::kUnknown && !e.has_role());
            // Not a group of people ("G7 leaders"; a team's name in the plural is none:
            // "Northfield Rovers"), nor a body its own head word names that has not
            // spoken ("the club" is not the "Premier League" named in passing; a name in
            // the plural may be: "the group" is the "Rapid Support Forces"). A statement
            // is any body's: "The Harbour Authority issued a statement.").
            std::string_view last = LastWord(e.name);
            bool plural = last.size() > 3 && last.back() == 's';
            bool people = plural && !(last[0] >= 'A' && last[0] <= 'Z') && lex_.IsOrgWord(last);
            bool headed = !statement && !any_body && !IsLegalForm(last) && lex_.IsOrgWord(last) &&
                          !e.spoke && !plural;
            return org && !people && !headed && !e.described && !e.delegate &&
                   !(lex_.WordClasses(e.name) & Lexicon::kSpeakingPlaceClass);
          },
          false, kOrgLookback);
      if (last >= 0) return last;
      // Or the body named in the claim it attributes, as a lede does: "Gulfstar Chemical
      // Co. will close its plant, the company said".
      if (!statement) {
        for (size_t k = events_.size();
             k-- > 0 && events_[k].sentence == events_.back().sentence;) {
          const Entity& e = entities_[events_[k].entity];
          if (events_[k].in_claim && e.is_org && !e.described &&
              e.name.find(' ') != std::string::npos &&
              !(lex_.WordClasses(e.name) & Lexicon::kSpeakingPlaceClass)) {
            return static_cast<long>(events_[k].entity);
          }
        }
      }
    }
    // Referring back to no one, these are speakers of their own, by their words: a group
    // in the plural with no determiner ("Critics said", "But campaigners said"), and a
    // body named by its function ("the foreign ministry said", "the health department
    // said"). A bare head ("the ministry") stays unresolved. (Described: "the union" does
    // not refer back to "the port authority".)
    std::string_view first = t[0].span.View(name);
    bool indefinite = EqualsFolded(first, "a") || EqualsFolded(first, "an");
    bool group = t.size() <= 3 && head.size() > 3 &&
                 (head.back() == 's' || rules_.collective_groups.count(ToLower(head))) &&
                 !EqualsFolded(first, "the") && !indefinite;
    bool body = t.size() >= 2 && t.size() <= 4 && !indefinite;
    if (group || body) {
      Entity e;
      e.name = ToLower(name);
      e.is_org = true;
      e.described = true;
      entities_.push_back(std::move(e));
      return static_cast<long>(entities_.size() - 1);
    }
    return -1;
  }

  // Whether a comma and a closing quotation mark come right before `pos` (spaces
  // between): `,"`, `,”`, `,’`.
  bool FollowsQuoteComma(uint32_t pos) const {
    std::string_view before = text_.substr(0, pos);
    while (!before.empty() && before.back() == ' ') before.remove_suffix(1);
    for (std::string_view mark : {"\"", "\xE2\x80\x9D", "\xE2\x80\x99", "'"}) {
      if (before.ends_with(mark)) {
        before.remove_suffix(mark.size());
        return before.ends_with(",");
      }
    }
    return false;
  }

  // The last word of a person's name, before a generational suffix ("Butler" in "Roland
  // L. Butler Jr").
  std::string_view Surname(std::string_view name) const {
    std::string_view last = LastWord(name);
    if (last.size() < name.size() && (lex_.WordClasses(last) & Lexicon::kNameSuffixClass)) {
      std::string_view rest = name.substr(0, name.size() - last.size());
      while (!rest.empty() && (rest.back() == ' ' || rest.back() == ',')) rest.remove_suffix(1);
      if (!rest.empty()) return LastWord(rest);
    }
    return last;
  }

  // The entity of a known speaker, named `written` in the article (empty when a title
  // names them).
  long Known(const Speaker* s, std::string_view written = {}) {
    for (size_t i = 0; i < entities_.size(); ++i) {
      if (entities_[i].name == s->name) return static_cast<long>(i);
    }
    Entity e;
    e.name = s->name;
    // A surname written without the canonical name's diacritics: the alias that spells
    // it so is the name the article knows.
    std::string_view surname = LastWord(s->name);
    std::string_view as_written = LastWord(written);
    if (!as_written.empty() && as_written != surname && SameLetters(as_written, surname)) {
      for (const std::string& alias : s->aliases) {
        if (alias.find(' ') != std::string::npos && LastWord(alias) == as_written &&
            SameLetters(alias, s->name)) {
          e.shown = alias;
          break;
        }
      }
    }
    e.gender = s->gender;
    e.is_org = s->is_org;
    e.AddRole(s->role, &scratch_);
    entities_.push_back(std::move(e));
    return static_cast<long>(entities_.size() - 1);
  }

  // A misspelt surname of someone the article has named ("Borel" after Josep Borrell): up
  // to two edits, same first letter, and no other such candidate; -1 for none.
  // Or, one edit away, a misspelt first name of someone the article refers to by it ("Mr
  // Pornchi" after Pornchai Wattanasiri, in the style of Thai names).
  long MisspeltSurname(const std::string& written) const {
    if (written.size() < 5) return -1;
    for (bool first_name : {false, true}) {
      if (first_name && written.size() < 6) break;
      long found = -1;
      for (size_t i = 0; i < entities_.size(); ++i) {
        const Entity& e = entities_[i];
        std::string_view word = first_name ? FirstWord(e.name) : LastWord(e.name);
        // (Someone named by the surname alone, "Mr Justice Pembroke", only one edit away.)
        bool whole = e.name.find(' ') == std::string::npos;
        if (e.is_org || (whole && (first_name || word.size() < 6)) || word.size() < 5 ||
            !EqualsFolded(word.substr(0, 1), std::string_view(written).substr(0, 1)) ||
            EditDistance(ToLower(word), ToLower(written), 2) > (first_name || whole ? 1 : 2)) {
          continue;
        }
        if (found >= 0 && entities_[static_cast<size_t>(found)].name != e.name) return -1;
        found = static_cast<long>(i);
      }
      if (found >= 0) return found;
    }
    return -1;
  }

  // The entity of a name as written (after PlainName for a person); `known` is the
  // speaker it matches (Lexicon::MatchSpeaker), if any, `fuzzy` whether only within the
  // threshold.
  long ResolveName(const std::string& written, const Speaker* known, const std::string& role,
                   bool is_org, bool fuzzy = false) {
    if (written.empty()) return -1;
    long idx = -1;
    // A surname alone that only resembles a known speaker's is more likely a misspelling
    // of someone the article has named ("Ms McDonnell" after Mary Lou McDonald), unless
    // the known speaker was named before.
    if (known && fuzzy && written.find(' ') == std::string::npos) {
      bool named = false;
      for (const Entity& e : entities_) named = named || e.name == known->name;
      if (!named && MisspeltSurname(written) >= 0) known = nullptr;
    }
    if (known) {
      idx = Known(known, written);
    } else {
      // An entity already named: same full name, or its surname alone (and with a first
      // name, the same first name). Names compare ignoring case.
      std::string_view last = Surname(written);
      std::string_view first = FirstWord(written);
      bool single = written.find(' ') == std::string::npos;
      // A surname with its particle is a surname alone: "Al Mansoori" for "Khaled Al
      // Mansoori", "van Dijk" for "Virgil van Dijk".
      if (!single && !is_org && written.find(' ') == first.size() &&
          (lex_.WordClasses(ToLower(first)) & Lexicon::kNameParticleClass)) {
        std::string surname = FoldLetters(written);
        for (size_t i = entities_.size(); i-- > 0;) {
          const Entity& e = entities_[i];
          if (e.is_org) continue;
          std::string name = FoldLetters(e.name);
          if (name.size() > surname.size() + 1 && name.ends_with(surname) &&
              name[name.size() - surname.size() - 1] == ' ') {
            idx = static_cast<long>(i);
            break;
          }
        }
      }
      for (size_t i = entities_.size(); idx < 0 && i-- > 0;) {
        const Entity& e = entities_[i];
        if (e.is_org != is_org) continue;
        if (SameLetters(e.name, written) || (!is_org && SameLetters(Surname(e.name), last) &&
                                             (single || SameLetters(FirstWord(e.name), first)))) {
          idx = static_cast<long>(i);
          break;
        }
      }
      // One word that opens the name of a company named before is that company:
      // "Halcrest" after "Halcrest Lithium".
      for (size_t i = entities_.size(); idx < 0 && single && i-- > 0;) {
        const Entity& e = entities_[i];
        if (e.is_org && !e.described && e.name.find(' ') != std::string::npos &&
            lex_.IsCompanyWord(LastWord(e.name)) && EqualsFolded(FirstWord(e.name), written)) {
          idx = static_cast<long>(i);
        }
      }
      // One word taken for an organisation's name that is the surname of someone named
      // before is that person: "a visibly dejected Varga" after "Tom Varga".
      for (size_t i = entities_.size(); idx < 0 && single && is_org && i-- > 0;) {
        const Entity& e = entities_[i];
        if (!e.is_org && e.name.find(' ') != std::string::npos &&
            EqualsFolded(Surname(e.name), written)) {
          idx = static_cast<long>(i);
        }
      }
      // A single name that is no one's surname may be a family name written first
      // ("Wang" for Wang Yi, "Xi" for Xi Jinping).
      for (size_t i = entities_.size(); idx < 0 && single && !is_org && i-- > 0;) {
        const Entity& e = entities_[i];
        if (!e.is_org && e.name.find(' ') != std::string::npos &&
            EqualsFolded(FirstWord(e.name), written)) {
          idx = static_cast<long>(i);
        }
      }
      // A single name that is the inner word of a longer name is a first surname: "Benítez"
      // for Alejandra Benítez Lugo.
      for (size_t i = entities_.size(); idx < 0 && single && !is_org && i-- > 0;) {
        const Entity& e = entities_[i];
        if (e.is_org || e.described) continue;
        std::string_view rest = e.name;
        rest.remove_prefix(std::min(rest.size(), FirstWord(rest).size()));
        rest.remove_suffix(std::min(rest.size(), LastWord(rest).size()));
        for (size_t b = 0; b < rest.size();) {
          size_t sp = rest.find(' ', b);
          if (sp == std::string_view::npos) sp = rest.size();
          if (sp > b && SameLetters(rest.substr(b, sp - b), written)) {
            idx = static_cast<long>(i);
            break;
          }
          b = sp + 1;
        }
      }
      if (idx < 0 && single && !is_org) idx = MisspeltSurname(written);
      if (idx < 0) {
        Entity e;
        e.name = written;
        e.is_org = is_org;
        e.gender = is_org ? Gender::kUnknown : lex_.NameGender(written);
        entities_.push_back(std::move(e));
        idx = static_cast<long>(entities_.size() - 1);
      }
    }
    if (!role.empty()) {
      entities_[static_cast<size_t>(idx)].AddRole(role, &scratch_);
      std::string office = CounterpartOffice(role, idx);
      if (!office.empty()) entities_[static_cast<size_t>(idx)].AddRole(office, &scratch_);
    }
    return idx;
  }

  // The office a counterpart holds: "her Algerian counterpart" of "French Foreign Minister
  // Anne Morel" (the person last named with a role) is "Algerian Foreign Minister", the
  // other's office with the counterpart's nationality instead of its own. Empty when
  // `role` names no counterpart.
  std::string CounterpartOffice(std::string_view role, long self) {
    std::string_view phrase = role.substr(0, role.find(", "));
    if (!rules_.counterpart_nouns.count(ToLower(LastWord(phrase)))) return "";
    const Entity* me = &entities_[static_cast<size_t>(self)];
    long owner = MostSalient(
        [&](const Entity& e) { return &e != me && !e.is_org && !e.described && e.has_role(); });
    if (owner < 0) return "";
    std::string_view office = entities_[static_cast<size_t>(owner)].first_role();
    office = office.substr(0, office.find(", "));
    std::string out;
    auto words = [&](std::string_view s, bool nationality) {
      for (size_t b = 0; b < s.size();) {
        size_t e = std::min(s.find(' ', b), s.size());
        std::string_view w = s.substr(b, e - b);
        if (!w.empty() && IsNationality(ToLower(w)) == nationality) {
          if (!out.empty()) out += ' ';
          out += w;
        }
        b = e + 1;
      }
    };
    words(phrase, true);
    words(office, false);
    return out;
  }

  // A person's name as written in the text: the name without honorifics
  // (Lexicon::PlainName) and the known speaker that names (nullptr if none).
  struct WrittenName {
    std::string plain;
    const Speaker* speaker = nullptr;
    bool fuzzy = false;  // the speaker matched within the threshold only
  };
  // The WrittenName of `written` (a view into the text), worked out once per spelling.
  const WrittenName& Name(std::string_view written) {
    auto [it, added] = names_.try_emplace(written);
    if (added) {
      it->second.plain = lex_.PlainName(written);
      if (!it->second.plain.empty()) {
        it->second.speaker = lex_.MatchSpeaker(it->second.plain, &it->second.fuzzy);
      }
    }
    return it->second;
  }

  const RuleSet& rules_;
  const Lexicon& lex_;
  std::string_view text_;
  std::vector<const Mention*> titled_;  // see Titled
  std::vector<Entity> entities_;
  std::vector<Event> events_;
  std::unordered_map<std::string_view, WrittenName> names_;
  // Organisations named in full (not generic heads, not acronyms) -> their entity.
  std::unordered_map<std::string, long> org_names_;
  std::string scratch_;
};

DiscourseState::DiscourseState() = default;
DiscourseState::~DiscourseState() = default;

std::vector<Attributed> Attributor::Attribute(std::string_view text,
                                              const Detection& detection) const {
  DiscourseState state;
  return Attribute(text, detection, 0, &state);
}

std::vector<Attributed> Attributor::Attribute(std::string_view text, const Detection& detection,
                                              uint32_t base, DiscourseState* state) const {
  std::vector<Attributed> out = Speakers(text, detection, base, state);
  for (size_t i = 0; i < out.size(); ++i) out[i].candidate = detection.candidates[i];
  return out;
}

std::vector<Attributed> Attributor::Attribute(std::string_view text, Detection&& detection,
                                              uint32_t base, DiscourseState* state) const {
  std::vector<Attributed> out = Speakers(text, detection, base, state);
  for (size_t i = 0; i < out.size(); ++i) out[i].candidate = std::move(detection.candidates[i]);
  return out;
}

std::vector<Attributed> Attributor::Speakers(std::string_view text, const Detection& detection,
                                             uint32_t base, DiscourseState* state) const {
  if (!state->discourse_) state->discourse_ = std::make_unique<Discourse>(rules_, lex_);
  Discourse& d = *state->discourse_;
  d.SetText(text);
  // Walk entity mentions and candidates in text order. A candidate is placed at its
  // mention (after the quote for '"...," he said'), so only what precedes the
  // attribution is salient for it.
  struct Item {
    uint32_t pos;
    bool is_candidate;
    size_t index;
  };
  std::vector<Item> items;
  items.reserve(detection.entities.size() + detection.candidates.size());
  for (size_t i = 0; i < detection.entities.size(); ++i) {
    items.push_back({detection.entities[i].mention.span.begin, false, i});
  }
  for (size_t i = 0; i < detection.candidates.size(); ++i) {
    const Candidate& c = detection.candidates[i];
    uint32_t pos = c.mention.kind != MentionKind::kNone ? c.mention.span.begin : c.claim.begin;
    items.push_back({pos, true, i});
  }
  // Entities before candidates at one position, each in detection order: the order
  // of a stable sort by position, with no temporary buffer.
  std::sort(items.begin(), items.end(), [](const Item& a, const Item& b) {
    if (a.pos != b.pos) return a.pos < b.pos;
    if (a.is_candidate != b.is_candidate) return b.is_candidate;
    return a.index < b.index;
  });

  d.ExpectEvents(items.size());
  std::vector<const Mention*>& titled = d.Titled();
  titled.clear();
  auto add_titled = [&](const Mention& m) {
    if (m.kind == MentionKind::kName && !m.role.empty() && !m.name.empty()) titled.push_back(&m);
  };
  for (const auto& em : detection.entities) add_titled(em.mention);
  for (const auto& c : detection.candidates) add_titled(c.mention);

  std::vector<Attributed> out(detection.candidates.size());
  // The entity each item's mention resolved to (-1: none), for descriptions that name
  // someone only later.
  std::vector<long> resolved(items.size(), -1);
  std::vector<size_t> forward;  // items whose speaker may be named after them
  for (size_t ii = 0; ii < items.size(); ++ii) {
    const Item& it = items[ii];
    if (!it.is_candidate) {
      const EntityMention& em = detection.entities[it.index];
      long e = d.Resolve(em.mention);
      if (em.mention.kind == MentionKind::kName || em.mention.kind == MentionKind::kOrg) {
        resolved[ii] = e;
      }
      if (e >= 0) {
        d.Note(static_cast<size_t>(e), base + em.sentence, base + it.pos, em.subject, em.in_claim);
      }
      continue;
    }
    const Candidate& c = detection.candidates[it.index];
    Attributed& a = out[it.index];
    if (c.mention.kind != MentionKind::kNone) a.mention = Collapse(c.mention.span.View(text));
    long e = d.Resolve(c.mention);
    if (c.mention.kind == MentionKind::kName || c.mention.kind == MentionKind::kOrg) {
      resolved[ii] = e;
    }
    if (e < 0 && (c.mention.kind == MentionKind::kNominal || c.mention.kind == MentionKind::kOrg)) {
      forward.push_back(ii);
    }
    if (e >= 0) {
      const Entity& ent = d.entity(static_cast<size_t>(e));
      a.speaker = ent.shown.empty() ? ent.name : ent.shown;
      if (c.mention.kind == MentionKind::kName || c.mention.kind == MentionKind::kCaption) {
        if (!c.mention.role.empty()) a.role = Collapse(c.mention.role);
      }
      if (!a.role && ent.has_role()) a.role = ent.first_role();
      d.Note(static_cast<size_t>(e), base + c.sentence.begin, base + it.pos, true, false, true);
    } else if (c.mention.kind == MentionKind::kName) {
      a.speaker = Collapse(c.mention.name.View(text));
    }
  }
  // A description that refers back to no one, with a possessive, opens a report whose
  // speaker is named after it: "Norway's defence minister said ..." and then "Defence
  // Minister Eirik Sandvold said ...". The speaker is the next person named, nearby, if
  // their role shares the description's head ("minister") or they have none.
  for (size_t ii : forward) {
    const Candidate& c = detection.candidates[items[ii].index];
    std::string_view written = c.mention.span.View(text);
    // A body by its head word alone, as a standfirst writes ("Commission says ..."), is the
    // next body named nearby with that head ("the European Commission").
    if (c.mention.kind == MentionKind::kOrg) {
      std::string_view head = c.mention.name.View(text);
      if (head.find(' ') != std::string_view::npos || head.empty() || head[0] < 'A' ||
          head[0] > 'Z') {
        continue;
      }
      for (size_t k = ii + 1; k < items.size() && items[k].pos < items[ii].pos + 2000; ++k) {
        if (resolved[k] < 0) continue;
        const Entity& ent = d.entity(static_cast<size_t>(resolved[k]));
        if (ent.is_org && ent.name.size() > head.size() && EqualsFolded(LastWord(ent.name), head)) {
          out[items[ii].index].speaker = ent.name;
          break;
        }
      }
      continue;
    }
    // (Or a description with no article, as a standfirst writes: "Turkish defence minister
    // says ...", "District Court judge says ...". With "the", only someone whose title
    // says so: "the central bank governor" and then "Governor Amani Kiplagat". "A
    // spokesman" is someone left unnamed.)
    bool strict = false;
    if (written.find("'s ") == std::string_view::npos &&
        written.find("s' ") == std::string_view::npos) {
      if (StartsWithLower(written, "a ") || StartsWithLower(written, "an ") ||
          StartsWithLower(written, "this ") || StartsWithLower(written, "that ")) {
        continue;
      }
      strict = StartsWithLower(written, "the ");
    }
    std::string_view role = c.mention.role.empty() ? written : c.mention.role;
    // The words of the description that may name the office in a title: "humanitarian"
    // in "top humanitarian official" ("Under-Secretary-General for Humanitarian Affairs").
    std::vector<std::string> telling;
    AnyWord(role, [&](std::string_view w) {
      if (w.size() >= 4 &&
          !(lex_.WordClasses(w) & (Lexicon::kFunctionWordClass | Lexicon::kRoleModifierClass |
                                   Lexicon::kRoleWordClass | Lexicon::kDemonymClass))) {
        telling.push_back(ToLower(w));
      }
      return false;
    });
    if (size_t prep = role.find(" for "); prep != std::string_view::npos) {
      role = role.substr(0, prep);
    }
    std::string head = ToLower(LastWord(role));
    bool first_person = true;
    for (size_t k = ii + 1; k < items.size() && items[k].pos < items[ii].pos + 2000; ++k) {
      // (Not someone or somewhere named in its own claim.)
      if (resolved[k] < 0 || c.claim.Contains(items[k].pos)) continue;
      const Entity& ent = d.entity(static_cast<size_t>(resolved[k]));
      // (A person named in full: not "Displaced Sudanese" opening a caption.)
      if (ent.is_org || ent.name.find(' ') == std::string::npos ||
          d.IsNationality(ToLower(LastWord(ent.name)))) {
        continue;
      }
      // The first person named, with no role and a known first name; or the first whose
      // role holds the head ("Judge Ann Lee" for "District Court judge" after the
      // defendant is named).
      // Or the first named, if they speak ("Speaking at a conference, Taifur al-Mazrahi
      // said ..."), or if their title shares a telling word with the description.
      bool fits = (!strict && first_person && !ent.has_role() &&
                   (lex_.IsFirstName(FirstWord(ent.name)) || items[k].is_candidate)) ||
                  ent.AnyRole([&](std::string_view, std::string_view lower) {
                    if (HoldsWord(lower, head)) return true;
                    for (const std::string& w : telling) {
                      if (first_person && HoldsWord(lower, w)) return true;
                    }
                    return false;
                  });
      first_person = false;
      if (fits) {
        Attributed& a = out[items[ii].index];
        a.speaker = ent.shown.empty() ? ent.name : ent.shown;
        if (ent.has_role()) a.role = ent.first_role();
        break;
      }
    }
  }
  return out;
}

}  // namespace claims
