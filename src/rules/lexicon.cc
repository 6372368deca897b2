#include "claims/rules/lexicon.h"

#include <algorithm>
#include <array>
#include <cstdlib>
#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace claims {
namespace {

bool IsAsciiLetter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool IsDigit(char c) { return c >= '0' && c <= '9'; }
bool IsWordByte(char c) {
  return IsAsciiLetter(c) || IsDigit(c) || static_cast<unsigned char>(c) >= 0x80;
}

// Upper-case first letter, for ASCII and the capitals that UTF-8 encodes with lead bytes
// C3 (Latin-1: À-Þ), C4-C5 (Latin Extended-A: Č, Ł, Š, Ž), C8 (Ș, Ț), CE (Greek) and D0
// (Cyrillic: Ѐ-Я).
bool StartsUpper(std::string_view w) {
  if (w.empty()) return false;
  auto c = static_cast<unsigned char>(w[0]);
  if (c >= 'A' && c <= 'Z') return true;
  if (w.size() >= 2) {
    auto d = static_cast<unsigned char>(w[1]);
    if (d < 0x80 || d > 0xBF) return false;
    if (c == 0xC3) return d <= 0x9E && d != 0x97;  // not the sign ×
    if (c == 0xD0) return d <= 0xAF;
    if (c == 0xCE) return d >= 0x91 && d <= 0xA9;
    unsigned cp = (static_cast<unsigned>(c & 0x1F) << 6) | (d & 0x3F);
    if (c == 0xC4 || c == 0xC5) {
      // Capitals are the even code points, but odd from Ĺ to Ň and from Ź to Ž.
      if (cp == 0x138 || cp == 0x149 || cp == 0x17F) return false;
      if (cp == 0x178) return true;
      bool odd_upper = (cp >= 0x139 && cp <= 0x148) || (cp >= 0x179 && cp <= 0x17E);
      return (cp % 2 == 1) == odd_upper;
    }
    if (c == 0xC8) return cp <= 0x233 && cp % 2 == 0;
  }
  return false;
}

// Whether no letter of `w` is lower case: ASCII, or a letter StartsUpper does not
// know as a capital ("Lé" has one, "ÉDF" none).
bool NoLowerCase(std::string_view w) {
  for (size_t i = 0; i < w.size(); ++i) {
    auto c = static_cast<unsigned char>(w[i]);
    if ((c >= 'a' && c <= 'z') || (c >= 0xC0 && !StartsUpper(w.substr(i)))) return false;
  }
  return true;
}

// Two letters or more, none lower-case: an acronym ("NATO"), not a one-letter word
// ("Ó" of "Seán Ó Briain", two bytes).
bool AllCapitals(std::string_view w) {
  size_t letters = 0;
  for (char c : w) letters += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return letters >= 2 && NoLowerCase(w);
}

// Every byte with ASCII upper-case letters mapped to lower case.
constexpr std::array<char, 256> MakeFoldTable() {
  std::array<char, 256> f{};
  for (int b = 0; b < 256; ++b) {
    f[b] = static_cast<char>(b >= 'A' && b <= 'Z' ? b + ('a' - 'A') : b);
  }
  return f;
}
constexpr std::array<char, 256> kFold = MakeFoldTable();

// Whether two different first letters of a name may spell one sound across
// transliterations: j/y, i/y, c/k, v/w.
bool SameFirstSound(char a, char b) {
  auto pair = [&](char p, char q) { return (a == p && b == q) || (a == q && b == p); };
  return pair('j', 'y') || pair('i', 'y') || pair('c', 'k') || pair('v', 'w');
}

// The key of a name's fuzzy candidates: its number of words and every word but the last.
template <typename Word>
std::string FuzzyKey(const std::vector<Word>& words) {
  std::string key = std::to_string(words.size());
  for (size_t k = 0; k + 1 < words.size(); ++k) {
    key += '\x01';
    key += words[k];
  }
  return key;
}

std::vector<std::string_view> Words(std::string_view s) {
  std::vector<std::string_view> out;
  size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && s[i] == ' ') ++i;
    size_t b = i;
    while (i < s.size() && s[i] != ' ') ++i;
    if (i > b) out.push_back(s.substr(b, i - b));
  }
  return out;
}

}  // namespace

char FoldAscii(char c) { return kFold[static_cast<unsigned char>(c)]; }

std::string ToLower(std::string_view s) {
  std::string out(s);
  for (auto& c : out) c = FoldAscii(c);
  return out;
}

bool EqualsLower(std::string_view word, std::string_view lower) {
  if (word.size() != lower.size()) return false;
  for (size_t i = 0; i < word.size(); ++i) {
    if (FoldAscii(word[i]) != lower[i]) return false;
  }
  return true;
}

bool StartsWithLower(std::string_view word, std::string_view lower) {
  return word.size() >= lower.size() && EqualsLower(word.substr(0, lower.size()), lower);
}

bool EqualsFolded(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i) {
    if (FoldAscii(a[i]) != FoldAscii(b[i])) return false;
  }
  return true;
}

namespace {

// The base letters of U+00C0 to U+017F.
constexpr std::string_view kLatinBase =
    "AAAAAAACEEEEIIIIDNOOOOO*OUUUUYTsaaaaaaaceeeeiiiidnooooo/ouuuuyty"
    "AaAaAaCcCcCcCcDdDdEeEeEeEeEeGgGgGgGgHhHhIiIiIiIiIiIiJjKkkLlLlLlLlLlNnNnNnnNnOoOoOoOoRrRrRrSsSs"
    "SsSsTtTtTtUuUuUuUuUuUuWwYyYZzZzZzs";

// The letter at s[*i] in lower case without its diacritic; *i moves past it.
char NextFoldedLetter(std::string_view s, size_t* i) {
  auto c = static_cast<unsigned char>(s[*i]);
  if (c >= 0xC3 && c <= 0xC5 && *i + 1 < s.size()) {
    unsigned cp = (c & 0x1Fu) << 6 | (static_cast<unsigned char>(s[*i + 1]) & 0x3Fu);
    if (cp >= 0xC0 && cp < 0x180) {
      *i += 2;
      return FoldAscii(kLatinBase[cp - 0xC0]);
    }
  }
  ++*i;
  return FoldAscii(s[*i - 1]);
}

}  // namespace

std::string FoldLetters(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size();) out += NextFoldedLetter(s, &i);
  return out;
}

bool SameLetters(std::string_view a, std::string_view b) {
  size_t i = 0, j = 0;
  while (i < a.size() && j < b.size()) {
    if (NextFoldedLetter(a, &i) != NextFoldedLetter(b, &j)) return false;
  }
  return i == a.size() && j == b.size();
}

bool IsPossessive(std::string_view w) {
  return w.size() > 2 && w[w.size() - 2] == '\'' && (w.back() == 's' || w.back() == 'S');
}

bool IsPossessivePronoun(std::string_view w) {
  return EqualsLower(w, "his") || EqualsLower(w, "her") || EqualsLower(w, "their");
}

bool IsLegalForm(std::string_view w) {
  for (std::string_view form :
       {"inc",     "ltd", "limited", "llc",  "llp", "plc", "gmbh", "corp", "corporation",
        "company", "co",  "sa",      "sarl", "sas", "srl", "spa",  "ag",   "bv",
        "nv",      "oy",  "oyj",     "pty",  "pvt", "pte", "sdn",  "bhd",  "berhad"}) {
    if (EqualsFolded(w, form)) return true;
  }
  return false;
}

bool IsAcronym(std::string_view w) {
  return w.size() >= 2 && w.size() <= 6 &&
         std::all_of(w.begin(), w.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
}

bool IsCapitalsWord(std::string_view w) {
  if (w.size() < 2) return false;
  for (char c : w) {
    if (!(c >= 'A' && c <= 'Z') && c != '-' && c != '\'') return false;
  }
  return true;
}

std::string TitleCase(std::string_view w) {
  std::string out(w);
  for (size_t i = 1; i < out.size(); ++i) {
    if (out[i - 1] != '-' && out[i - 1] != '\'') out[i] = FoldAscii(out[i]);
  }
  return out;
}

bool EndsInEd(std::string_view w) {
  return w.size() > 4 && EqualsLower(w.substr(w.size() - 2), "ed");
}

bool EndsInIng(std::string_view w) {
  return w.size() > 5 && EqualsLower(w.substr(w.size() - 3), "ing");
}

// Whether [b, e) is capitals joined by dots: "U.N", "U.S".
[[gnu::noinline, gnu::cold]] bool IsInitialism(std::string_view text, uint32_t b, uint32_t e) {
  if (e - b < 3 || (e - b) % 2 == 0) return false;
  for (uint32_t k = b; k < e; ++k) {
    bool letter = (k - b) % 2 == 0;
    if (letter ? !(text[k] >= 'A' && text[k] <= 'Z') : text[k] != '.') return false;
  }
  return true;
}

[[gnu::noinline, gnu::cold]] bool GluedSentenceAt(std::string_view text, uint32_t part,
                                                  uint32_t dot) {
  return dot - part >= 3 && text[dot - 1] >= 'a' && text[dot - 1] <= 'z' && text[dot + 1] >= 'A' &&
         text[dot + 1] <= 'Z';
}

namespace {

// Byte classes for the tokenizer, one table lookup per byte.
enum : uint8_t {
  kSpaceByte = 1,
  kWordByte = 2,
  kDigitByte = 4,
  kInnerByte = 8,
  kUpperByte = 16,      // 'A'-'Z'
  kUpperLeadByte = 32,  // lead byte of a UTF-8 capital (see StartsUpper)
};
constexpr std::array<uint8_t, 256> MakeByteClasses() {
  std::array<uint8_t, 256> c{};
  c[' '] = c['\n'] = c['\t'] = kSpaceByte;
  for (int b = 'a'; b <= 'z'; ++b) c[b] = kWordByte;
  for (int b = 'A'; b <= 'Z'; ++b) c[b] = kWordByte | kUpperByte;
  for (int b = '0'; b <= '9'; ++b) c[b] = kWordByte | kDigitByte;
  for (int b = 0x80; b <= 0xFF; ++b) c[b] = kWordByte;
  for (int b : {0xC3, 0xC4, 0xC5, 0xC8, 0xCE, 0xD0}) c[b] |= kUpperLeadByte;
  c['\''] = c['-'] = c['.'] = kInnerByte;
  return c;
}
constexpr std::array<uint8_t, 256> kByteClass = MakeByteClasses();
uint8_t ByteClass(char c) { return kByteClass[static_cast<unsigned char>(c)]; }
bool IsTokenSpace(char c) { return ByteClass(c) & kSpaceByte; }

#if defined(__SSE2__)
// Which of the 16 bytes at `p` are word bytes (ASCII letters and digits, and every byte
// >= 0x80), one bit per byte.
inline uint32_t WordByteMask16(const char* p) {
  __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
  // Setting bit 0x20 maps 'A'-'Z' onto 'a'-'z' and nothing else into that range.
  __m128i folded = _mm_or_si128(v, _mm_set1_epi8(0x20));
  __m128i letter = _mm_and_si128(_mm_cmpgt_epi8(folded, _mm_set1_epi8('a' - 1)),
                                 _mm_cmplt_epi8(folded, _mm_set1_epi8('z' + 1)));
  __m128i digit = _mm_and_si128(_mm_cmpgt_epi8(v, _mm_set1_epi8('0' - 1)),
                                _mm_cmplt_epi8(v, _mm_set1_epi8('9' + 1)));
  __m128i high = _mm_cmplt_epi8(v, _mm_setzero_si128());  // bytes >= 0x80 compare negative
  return static_cast<uint32_t>(_mm_movemask_epi8(_mm_or_si128(_mm_or_si128(letter, digit), high)));
}
#endif

// End of the run of word bytes that starts at `i`, at most `end`.
inline uint32_t WordRunEnd(std::string_view text, uint32_t i, uint32_t end) {
#if defined(__SSE2__)
  // Sixteen bytes at a time while they lie inside the text; bytes past `end` may be
  // read, but the run is cut there.
  while (i + 16 <= text.size()) {
    uint32_t not_word = ~WordByteMask16(text.data() + i) & 0xFFFF;
    if (not_word != 0) return std::min<uint32_t>(i + __builtin_ctz(not_word), end);
    i += 16;
    if (i >= end) return end;
  }
#endif
  while (i < end && (ByteClass(text[i]) & kWordByte)) ++i;
  return i;
}

// The four letters of `w` from `p`, folded to lower case, packed into one number.
uint32_t FirstFour(std::string_view w, size_t p) {
  uint32_t key = 0;
  for (size_t i = 0; i < 4; ++i) key = key << 8 | static_cast<unsigned char>(FoldAscii(w[p + i]));
  return key;
}

// Whether the comma at `i` separates thousands: a digit before it, three after it and
// no word byte after those ("19,000 people", not "1,2345").
bool ThousandsSeparatorAt(std::string_view text, uint32_t i, uint32_t end) {
  auto digit = [&](uint32_t k) { return text[k] >= '0' && text[k] <= '9'; };
  return i > 0 && i + 3 < end && text[i] == ',' && digit(i - 1) && digit(i + 1) && digit(i + 2) &&
         digit(i + 3) && (i + 4 >= end || !(ByteClass(text[i + 4]) & kWordByte));
}

// The token at or after `*pos` (spaces skipped) that ends by `end`; false when there is
// none. Tokenize, CountWordTokens and LastToken all read tokens through this.
[[gnu::always_inline]] inline bool NextToken(std::string_view text, uint32_t* pos, uint32_t end,
                                             Token* t) {
  uint32_t i = *pos;
  while (i < end && IsTokenSpace(text[i])) ++i;
  if (i >= end) {
    *pos = i;
    return false;
  }
  uint8_t cls = ByteClass(text[i]);
  if (cls & kWordByte) {
    uint32_t b = i;
    bool number = false;
    // A token that opens with a word byte runs on through inner apostrophes, hyphens
    // and dots: "don't", "Russia-NATO", "U.S".
    auto inner_mark = [&] {
      return i + 1 < end && (ByteClass(text[i]) & kInnerByte) &&
             (ByteClass(text[i + 1]) & kWordByte);
    };
    if (cls & kDigitByte) {
      // A number: digits, with inner dots and thousands separators only ("19,000").
      uint8_t all = kDigitByte;  // keeps kDigitByte while every byte is a digit or a dot
      for (;;) {
        for (uint8_t d; i < end && ((d = ByteClass(text[i])) & kWordByte); ++i) all &= d;
        if ((all & kDigitByte) && ThousandsSeparatorAt(text, i, end)) {
          i += 4;
          continue;
        }
        if (!inner_mark()) break;
        if (text[i] != '.') all = 0;
        ++i;
      }
      number = all & kDigitByte;
    } else {
      for (uint32_t part = b;;) {
        i = WordRunEnd(text, i + 1, end);
        if (!inner_mark()) break;
        // A sentence glued to the next one ("Lavrov noted.He did not ..."): a dot between
        // a lower-case word and a capital ends the word ("U.S", "St.Petersburg" go on).
        if (text[i] == '.' && GluedSentenceAt(text, part, i)) break;
        part = ++i;
      }
      // An initialism's possessive is one word, as "UN's" is: "U.N.'s", "U.S.'s".
      if (i + 3 <= end && text[i] == '.' && text[i + 1] == '\'' && text[i + 2] == 's' &&
          (i + 3 == end || !(ByteClass(text[i + 3]) & kWordByte)) && IsInitialism(text, b, i)) {
        i += 3;
      }
    }
    *pos = i;
    t->span = Span{b, i};
    t->kind = number ? Token::kNumber : Token::kWord;
    // As StartsUpper: an ASCII capital, or a UTF-8 capital of two bytes or more.
    bool upper = cls & kUpperByte;
    if ((cls & kUpperLeadByte) && i - b >= 2) upper = StartsUpper(t->span.View(text));
    // An Arabic article before a capital is part of a name: "al-Mutairi", "el-Sisi".
    if (!upper && i - b >= 4 && (text[b] == 'a' || text[b] == 'e') && text[b + 1] == 'l' &&
        text[b + 2] == '-' && text[b + 3] >= 'A' && text[b + 3] <= 'Z') {
      upper = true;
    }
    // So is an elided "de" or "le" before one: "Jeanne d'Arc", "Côte d'Ivoire".
    if (!upper && i - b >= 3 && (text[b] == 'd' || text[b] == 'l') && text[b + 1] == '\'' &&
        text[b + 2] >= 'A' && text[b + 2] <= 'Z') {
      upper = true;
    }
    t->capitalized = upper;
    return true;
  }
  *pos = i + 1;
  t->span = Span{i, i + 1};
  t->kind = (text[i] == '"') ? Token::kQuote : Token::kPunct;
  t->capitalized = false;
  return true;
}

uint32_t TokenEnd(std::string_view text, Span span) {
  return std::min<uint32_t>(span.end, static_cast<uint32_t>(text.size()));
}

}  // namespace

std::vector<Token> Tokenize(std::string_view text, Span span) {
  std::vector<Token> out;
  uint32_t end = TokenEnd(text, span);
  // About one token per five bytes of running text: most spans need no regrowth.
  if (end > span.begin) out.reserve((end - span.begin) / 5 + 2);
  Token t;
  for (uint32_t i = span.begin; NextToken(text, &i, end, &t);) out.push_back(t);
  return out;
}

std::vector<Token> Tokenize(std::string_view text, Span span, size_t max_tokens) {
  std::vector<Token> out;
  uint32_t end = TokenEnd(text, span);
  // No more tokens than bytes: for the short prefixes callers ask for, one allocation
  // holds them all (the room reserved up front stays small whatever the limit).
  if (end > span.begin) out.reserve(std::min<size_t>({max_tokens, end - span.begin, 256}));
  Token t;
  for (uint32_t i = span.begin; out.size() < max_tokens && NextToken(text, &i, end, &t);) {
    out.push_back(t);
  }
  return out;
}

size_t CountWordTokens(std::string_view text, Span span) {
  size_t n = 0;
  Token t;
  for (uint32_t i = span.begin, end = TokenEnd(text, span); NextToken(text, &i, end, &t);) {
    n += t.kind == Token::kWord ? 1 : 0;
  }
  return n;
}

size_t CountWordTokens(std::string_view text, Span span, size_t limit) {
  size_t n = 0;
  Token t;
  for (uint32_t i = span.begin, end = TokenEnd(text, span);
       n < limit && NextToken(text, &i, end, &t);) {
    n += t.kind == Token::kWord ? 1 : 0;
  }
  return n;
}

bool LastToken(std::string_view text, Span span, Token* last) {
  uint32_t end = TokenEnd(text, span);
  uint32_t e = end;
  while (e > span.begin && IsTokenSpace(text[e - 1])) --e;
  if (e <= span.begin) return false;
  // Tokens never hold a space, and any other byte that is neither a word byte, an inner
  // mark nor a comma (of a number) is a token of its own, so tokenizing from just after such a byte
  // gives the same last token as tokenizing the whole span.
  uint32_t from = e - 1;
  while (from > span.begin) {
    char c = text[from - 1];
    if (!(IsWordByte(c) || c == '\'' || c == '-' || c == '.' || c == ',')) break;
    --from;
  }
  Token t;
  bool found = false;
  for (uint32_t i = from; NextToken(text, &i, end, &t);) {
    *last = t;
    found = true;
  }
  return found;
}

int EditDistance(std::string_view a, std::string_view b, int limit) {
  int n = static_cast<int>(a.size()), m = static_cast<int>(b.size());
  if (std::abs(n - m) > limit) return limit + 1;
  std::vector<int> prev2(m + 1), prev(m + 1), cur(m + 1);
  for (int j = 0; j <= m; ++j) prev[j] = j;
  for (int i = 1; i <= n; ++i) {
    cur[0] = i;
    int row_min = cur[0];
    for (int j = 1; j <= m; ++j) {
      int cost = a[i - 1] == b[j - 1] ? 0 : 1;
      int v = std::min({prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost});
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) {
        v = std::min(v, prev2[j - 2] + 1);
      }
      cur[j] = v;
      row_min = std::min(row_min, v);
    }
    if (row_min > limit) return limit + 1;
    prev2.swap(prev);
    prev.swap(cur);
  }
  return std::min(prev[m], limit + 1);
}

Lexicon::Lexicon(const RuleSet& rules) : rules_(rules) {
  for (const auto& s : rules_.speakers) {
    for (const auto& a : s.aliases) {
      alias_.emplace(ToLower(a), &s);
      aliases_by_length_.emplace_back(a, &s);
      // A name that opens with a lower-case particle is capitalized at the start of a
      // sentence: "Von der Leyen said".
      if (!a.empty() && a[0] >= 'a' && a[0] <= 'z') {
        std::string upper = a;
        upper[0] = static_cast<char>(upper[0] - 'a' + 'A');
        aliases_by_length_.emplace_back(std::move(upper), &s);
      }
    }
  }
  std::stable_sort(aliases_by_length_.begin(), aliases_by_length_.end(),
                   [](const auto& x, const auto& y) { return x.first.size() > y.first.size(); });
  for (const auto& [alias, who] : alias_) {
    std::vector<std::string> words;
    for (std::string_view w : Words(alias)) words.emplace_back(w);
    if (alias_words_by_count_.size() <= words.size())
      alias_words_by_count_.resize(words.size() + 1);
    auto& list = alias_words_by_count_[words.size()];
    fuzzy_candidates_[FuzzyKey(words)].push_back(list.size());
    list.emplace_back(std::move(words), who);
  }
  for (const auto& a : aliases_by_length_) {
    if (!a.first.empty())
      aliases_by_first_byte_[static_cast<unsigned char>(a.first[0])].push_back(&a);
  }
  alias_pair_start_.assign(256 * 256 + 1, 0);
  for (size_t first = 0; first < 256; ++first) {
    for (size_t second = 0; second < 256; ++second) {
      alias_pair_start_[first << 8 | second] = static_cast<uint32_t>(aliases_by_pair_.size());
      for (const auto* entry : aliases_by_first_byte_[first]) {
        if (entry->first.size() == 1 || static_cast<unsigned char>(entry->first[1]) == second) {
          aliases_by_pair_.push_back(entry);
        }
      }
    }
  }
  alias_pair_start_[256 * 256] = static_cast<uint32_t>(aliases_by_pair_.size());
  // Forms are split at single spaces as MatchForms reads them; a form with an empty
  // word (a doubled or leading space) can never match a token and is left out.
  auto index = [&](const std::vector<CueVerb>& forms, FoldedWordTable* out) {
    std::unordered_map<std::string, uint32_t> firsts;
    for (const auto& f : forms) {
      std::vector<std::string> words;
      bool ok = true;
      for (size_t p = 0; p < f.form.size();) {
        size_t sp = f.form.find(' ', p);
        if (sp == std::string::npos) sp = f.form.size();
        ok = ok && sp > p;
        words.emplace_back(f.form, p, sp - p);
        p = sp + 1;
      }
      if (!ok || words.empty()) continue;
      longest_first_word_ = std::max(longest_first_word_, words[0].size());
      std::string first = std::move(words[0]);
      words.erase(words.begin());
      uint32_t& list = firsts[first];
      if (list == 0) {
        form_lists_.emplace_back();
        list = static_cast<uint32_t>(form_lists_.size());
      }
      form_lists_[list - 1].push_back({&f, std::move(words)});
    }
    out->Build(firsts);
  };
  index(rules_.verbs, &verb_index_);
  for (const auto& f : rules_.verbs) {
    if (f.form.size() < 4) continue;
    verb_heads_.push_back(FirstFour(f.form, 0));
    verb_head2_.Add(f.form[0], f.form[1]);
    verb_tail2_.Add(f.form[f.form.size() - 2], f.form.back());
  }
  for (const auto& g : rules_.glued_words) {
    if (g.size() >= 2) glued_tail2_.Add(g[g.size() - 2], g.back());
  }
  for (const auto* words : {&rules_.role_words, &rules_.org_words}) {
    for (const auto& w : *words) {
      if (w.size() >= 2) role_head2_.Add(w[0], w[1]);
    }
  }
  std::sort(verb_heads_.begin(), verb_heads_.end());
  verb_heads_.erase(std::unique(verb_heads_.begin(), verb_heads_.end()), verb_heads_.end());
  index(rules_.participles, &participle_index_);
  std::unordered_map<std::string, uint32_t> word_classes;
  auto classes = [&](const std::unordered_set<std::string>& words, uint32_t bit) {
    for (const auto& w : words) word_classes[w] |= bit;
  };
  classes(rules_.role_words, kRoleWordClass);
  classes(rules_.role_modifiers, kRoleModifierClass);
  classes(rules_.org_words, kOrgWordClass);
  classes(rules_.prepositions, kPrepositionClass);
  classes(rules_.intro_words, kIntroWordClass);
  classes(rules_.not_names, kNotNameClass);
  classes(rules_.function_words, kFunctionWordClass);
  classes(rules_.adverbs, kAdverbClass);
  classes(rules_.speech_markers, kSpeechMarkerClass);
  classes(rules_.honorifics, kHonorificClass);
  classes(rules_.name_particles, kNameParticleClass);
  classes(rules_.speaking_places, kSpeakingPlaceClass);
  classes(rules_.clause_markers, kClauseMarkerClass);
  classes(rules_.audience_words, kAudienceWordClass);
  classes(rules_.title_cue_words, kTitleCueWordClass);
  classes(rules_.characterising_participles, kCharacterisingClass);
  classes(rules_.characterising_verbs, kCharacterisingVerbClass);
  classes(rules_.quantifiers, kQuantifierClass);
  classes(rules_.delegate_words, kDelegateWordClass);
  classes(rules_.spokes_words, kSpokesWordClass);
  classes(rules_.org_pronouns, kOrgPronounClass);
  classes(rules_.demonyms, kDemonymClass);
  classes(rules_.org_back_references, kOrgBackReferenceClass);
  classes(rules_.statement_words, kStatementWordClass);
  classes(rules_.name_suffixes, kNameSuffixClass);
  classes(rules_.male_first_names, kFirstNameClass);
  classes(rules_.female_first_names, kFirstNameClass);
  auto keys = [&](const std::unordered_map<std::string, int>& words, uint32_t bit) {
    for (const auto& [w, v] : words) word_classes[w] |= bit;
  };
  keys(rules_.weekdays, kWeekdayClass);
  keys(rules_.months, kMonthClass);
  keys(rules_.relative_days, kRelativeDayClass);
  for (const auto& [w, g] : rules_.pronouns) {
    uint32_t gender = 0;
    if (g == Gender::kMale) gender = kPronounMaleClass;
    if (g == Gender::kFemale) gender = kPronounFemaleClass;
    word_classes[w] |= kPronounClass | gender;
  }
  word_classes_.Build(word_classes);
  std::unordered_map<std::string, uint32_t> second_predicates;
  for (const auto& w : rules_.second_predicates) second_predicates[w] = 1;
  second_predicates_.Build(second_predicates);
  std::unordered_map<std::string, uint32_t> company;
  for (const auto& w : rules_.company_words) company[w] = 1;
  company_words_.Build(company);
  std::unordered_map<std::string, uint32_t> commentary;
  for (const auto& w : rules_.commentary_participles) commentary[w] = 1;
  commentary_participles_.Build(commentary);
  for (const auto& p : rules_.speaking_places) {
    longest_speaking_place_ = std::max(longest_speaking_place_, p.size());
  }
}

namespace {

// A hash of `s` that is the same for every ASCII case of it, read eight bytes at a time:
// every byte is hashed with bit 0x20 set, which maps 'A'-'Z' onto 'a'-'z' (and merges a
// few other bytes, which only costs a probe now and then).
inline uint64_t FoldedHash(std::string_view s) {
  constexpr uint64_t kCaseBits = 0x2020202020202020ULL;
  uint64_t h = s.size() * 0x9E3779B97F4A7C15ULL;
  auto mix = [&h](uint64_t v) {
    h = (h ^ (v | kCaseBits)) * 0xFF51AFD7ED558CCDULL;
    h ^= h >> 32;
  };
  const char* p = s.data();
  size_t n = s.size();
  for (; n >= 8; p += 8, n -= 8) {
    uint64_t v;
    std::memcpy(&v, p, 8);
    mix(v);
  }
  if (n >= 4) {  // the first and last four bytes, overlapping when n < 8
    uint32_t a, b;
    std::memcpy(&a, p, 4);
    std::memcpy(&b, p + n - 4, 4);
    mix(a | uint64_t{b} << 32);
  } else if (n > 0) {
    mix(static_cast<unsigned char>(p[0]) | static_cast<unsigned char>(p[n / 2]) << 8 |
        static_cast<unsigned char>(p[n - 1]) << 16);
  }
  return h;
}

}  // namespace

// The lists hold lower-case words (the loader lowers them), and a word is looked up as
// ToLower would give it: ASCII letters folded, other bytes as they are.
void Lexicon::FoldedWordTable::Build(const std::unordered_map<std::string, uint32_t>& words) {
  size_t n = 16;
  while (n < 2 * words.size()) n *= 2;  // at most half full
  slots_.assign(n, Slot{});
  mask_ = n - 1;
  for (const auto& [word, value] : words) {
    if (!word.empty()) {
      min_size_ = std::min(min_size_, word.size());
      max_size_ = std::max(max_size_, word.size());
      auto first = static_cast<unsigned char>(word[0]);
      first_bytes_[first / 64] |= uint64_t{1} << (first % 64);
    }
    if (word.empty()) {
      empty_word_ = value;
    } else if (word.size() > kInline) {
      long_words_[word] = value;
    } else {
      size_t i = FoldedHash(word) & mask_;
      while (slots_[i].size != 0) i = (i + 1) & mask_;
      slots_[i].value = value;
      slots_[i].size = static_cast<uint8_t>(word.size());
      std::memcpy(slots_[i].key, word.data(), word.size());
    }
  }
}

uint32_t Lexicon::FoldedWordTable::Get(std::string_view word) const {
  if (word.empty()) return empty_word_;
  // A key equals the folded word, so it has the word's length and folded first byte.
  if (word.size() < min_size_ || word.size() > max_size_) return 0;
  auto first = static_cast<unsigned char>(FoldAscii(word[0]));
  if (!(first_bytes_[first / 64] >> (first % 64) & 1)) return 0;
  if (word.size() > kInline) {
    if (long_words_.empty()) return 0;
    auto it = long_words_.find(ToLower(word));
    return it == long_words_.end() ? 0 : it->second;
  }
  if (slots_.empty()) return 0;
  for (size_t i = FoldedHash(word) & mask_;; i = (i + 1) & mask_) {
    const Slot& s = slots_[i];
    if (s.size == 0) return 0;
    if (s.size == word.size() && EqualsLower(word, std::string_view(s.key, s.size))) {
      return s.value;
    }
  }
}

uint32_t Lexicon::WordClasses(std::string_view word) const { return word_classes_.Get(word); }

const Speaker* Lexicon::MatchSpeaker(std::string_view name, bool* fuzzy) const {
  if (fuzzy) *fuzzy = false;
  std::string l = ToLower(name);
  // Collapse whitespace runs.
  std::string norm;
  for (char c : l) {
    if (c == ' ' || c == '\n') {
      if (!norm.empty() && norm.back() != ' ') norm.push_back(' ');
    } else {
      norm.push_back(c);
    }
  }
  while (!norm.empty() && norm.back() == ' ') norm.pop_back();
  if (auto it = alias_.find(norm); it != alias_.end()) return it->second;
  // Fuzzy: every word but the surname equal, surname within the threshold. Only aliases
  // with as many words can match; the answer does not depend on their order (a tie at
  // the best distance between two speakers gives none).
  auto words = Words(norm);
  if (words.empty() || words.size() >= alias_words_by_count_.size()) return nullptr;
  auto candidates = fuzzy_candidates_.find(FuzzyKey(words));
  if (candidates == fuzzy_candidates_.end()) return nullptr;
  const Speaker* best = nullptr;
  int best_d = 1 << 20;
  bool tie = false;
  for (size_t i : candidates->second) {
    const auto& [aw, who] = alias_words_by_count_[words.size()][i];
    bool same = true;
    for (size_t k = 0; k + 1 < aw.size(); ++k) same = same && aw[k] == words[k];
    if (!same) continue;
    std::string_view x = words.back(), y = aw.back();
    // A surname one letter shorter than the least may still differ by one edit when the
    // first name agrees: "Robert Habek" for "Robert Habeck".
    int shortest = static_cast<int>(std::min(x.size(), y.size()));
    bool short_surname = shortest < rules_.fuzzy_min_length;
    if (short_surname && (aw.size() == 1 || shortest + 1 < rules_.fuzzy_min_length)) continue;
    // A misspelling keeps the surname's first letter ("Tilley" is no "Milley"), or
    // spells its sound another way: "Jermak" for "Yermak", "Wolodin" for "Volodin".
    if (x[0] != y[0] && !SameFirstSound(x[0], y[0])) continue;
    // A lone surname may differ by one edit only: with no first name to agree on,
    // two edits would merge different people too easily.
    int limit = aw.size() == 1 || short_surname ? 1 : rules_.fuzzy_max_distance;
    int d = EditDistance(x, y, limit);
    if (d > limit) continue;
    if (d < best_d) {
      best = who;
      best_d = d;
      tie = false;
    } else if (d == best_d && who != best) {
      tie = true;
    }
  }
  if (tie || !best) return nullptr;
  if (fuzzy) *fuzzy = true;
  return best;
}

size_t Lexicon::KnownNameAt(std::string_view text, size_t pos, const Speaker** who) const {
  // Only an alias that starts with the byte at `pos` can match there (an empty alias
  // would give length 0, which is no match).
  if (pos >= text.size()) return 0;
  const std::pair<std::string, const Speaker*>* const* from;
  const std::pair<std::string, const Speaker*>* const* to;
  if (pos + 1 < text.size()) {
    // Only the aliases that also have the second byte (or have none) can match.
    size_t key = static_cast<size_t>(static_cast<unsigned char>(text[pos])) << 8 |
                 static_cast<unsigned char>(text[pos + 1]);
    from = aliases_by_pair_.data() + alias_pair_start_[key];
    to = aliases_by_pair_.data() + alias_pair_start_[key + 1];
  } else {
    const auto& list = aliases_by_first_byte_[static_cast<unsigned char>(text[pos])];
    from = list.data();
    to = list.data() + list.size();
  }
  for (; from != to; ++from) {
    const auto& [alias, s] = **from;
    if (alias.size() > text.size() - pos) continue;
    if (alias.size() > 1 && text[pos + 1] != alias[1]) continue;
    if (std::memcmp(text.data() + pos, alias.data(), alias.size()) != 0) continue;
    size_t e = pos + alias.size();
    // The alias must end at a word boundary, or be glued to a lower-case word; a
    // possessive ("Lavrov's deputy") names someone else.
    if (e < text.size() && IsWordByte(text[e]) && !(text[e] >= 'a' && text[e] <= 'z')) continue;
    if (e + 1 < text.size() && text[e] == '\'' && (text[e + 1] == 's' || text[e + 1] == ' ')) {
      continue;
    }
    if (who) *who = s;
    return alias.size();
  }
  return 0;
}

bool Lexicon::IsCompassPoint(std::string_view w) {
  return EqualsLower(w, "northern") || EqualsLower(w, "southern") || EqualsLower(w, "eastern") ||
         EqualsLower(w, "western");
}

bool Lexicon::IsRoleWord(std::string_view w) const { return WordClasses(w) & kRoleWordClass; }
bool Lexicon::IsRoleModifier(std::string_view w) const {
  return WordClasses(w) & kRoleModifierClass;
}
bool Lexicon::IsOrgWord(std::string_view w) const { return WordClasses(w) & kOrgWordClass; }
bool Lexicon::IsPreposition(std::string_view w) const { return WordClasses(w) & kPrepositionClass; }
bool Lexicon::IsIntroWord(std::string_view w) const { return WordClasses(w) & kIntroWordClass; }
bool Lexicon::IsNotName(std::string_view w) const { return WordClasses(w) & kNotNameClass; }
bool Lexicon::IsFirstName(std::string_view w) const { return WordClasses(w) & kFirstNameClass; }

bool Lexicon::IsHyphenatedRole(std::string_view w) const {
  // Most words hold no hyphen: a plain loop is cheaper than a library search on them.
  bool dash = false;
  for (char c : w) dash |= c == '-';
  if (!dash) return false;
  for (size_t b = 0; b < w.size();) {
    size_t e = std::min(w.find('-', b), w.size());
    if (WordClasses(w.substr(b, e - b)) & kRoleWordClass) return true;
    b = e + 1;
  }
  return false;
}

bool Lexicon::IsJoinedParticleName(std::string_view w) const {
  size_t dash = w.find('-');
  return dash != std::string_view::npos && dash + 1 < w.size() && w[dash + 1] >= 'A' &&
         w[dash + 1] <= 'Z' && (WordClasses(w.substr(0, dash)) & kNameParticleClass);
}

bool Lexicon::IsFunctionWord(std::string_view w) const {
  return WordClasses(w) & kFunctionWordClass;
}
bool Lexicon::IsAbbreviation(std::string_view w) const {
  return rules_.abbreviations.count(std::string(w));
}

bool Lexicon::Pronoun(std::string_view w, Gender* g) const {
  uint32_t c = WordClasses(w);
  if (!(c & kPronounClass)) return false;
  if (g) {
    *g = c & kPronounMaleClass     ? Gender::kMale
         : c & kPronounFemaleClass ? Gender::kFemale
                                   : Gender::kUnknown;
  }
  return true;
}

Gender Lexicon::NameGender(std::string_view name) const {
  auto words = Words(name);
  if (words.empty()) return Gender::kUnknown;
  std::string first = ToLower(words.front());
  if (words.size() >= 2) {
    if (rules_.female_first_names.count(first)) return Gender::kFemale;
    if (rules_.male_first_names.count(first)) return Gender::kMale;
  }
  std::string last = ToLower(words.back());
  // A consonant before the ending, as in Slavic surnames ("Nabiullina"; not "Ogoina").
  auto vowel = [](char c) {
    return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y';
  };
  for (const auto& suf : rules_.female_surname_suffixes) {
    if (last.size() >= suf.size() + 3 &&
        last.compare(last.size() - suf.size(), suf.size(), suf) == 0 &&
        !vowel(last[last.size() - suf.size() - 1])) {
      return Gender::kFemale;
    }
  }
  return Gender::kUnknown;
}

namespace {

// Whether `head` ends `phrase` as whole words: the phrase itself, or after a space.
bool EndsWithWords(std::string_view phrase, std::string_view head) {
  if (phrase.size() < head.size()) return false;
  size_t at = phrase.size() - head.size();
  // Most heads differ from the phrase in their last byte: look at it before the rest.
  if (!head.empty() && phrase.back() != head.back()) return false;
  // (Or a hyphen: "the vice-minister".)
  return phrase.substr(at) == head && (at == 0 || phrase[at - 1] == ' ' || phrase[at - 1] == '-');
}

}  // namespace

const Nominal* Lexicon::MatchNominal(std::string_view phrase) const {
  std::string l = ToLower(phrase);
  // Whole-phrase heads first (longest first), as suffixes of the phrase.
  for (const auto& n : rules_.nominals) {
    if (EndsWithWords(l, n.head)) return &n;
  }
  // "<head> of <something>", "<head> for <something>", "<head> to <something>" ("the
  // envoy for Yemen", "the ambassador to Russia"): the word before the first of them.
  size_t of = std::min({l.find(" of "), l.find(" for "), l.find(" to ")});
  if (of != std::string::npos) {
    std::string_view before = std::string_view(l).substr(0, of);
    for (const auto& n : rules_.nominals) {
      if (EndsWithWords(before, n.head)) return &n;
    }
  }
  return nullptr;
}

// "He" before a given name is a family name, not the pronoun: "He Lifeng", "spokesperson
// He Wenyan". The next word is a capitalized name word right after one space, and no verb
// ("He Said" in a title-case headline).
bool Lexicon::SurnameHeAt(std::string_view text, TokenView t, size_t k) const {
  if (k + 1 >= t.size() || t[k].span.View(text) != "He") return false;
  const Token& next = t[k + 1];
  if (next.kind != Token::kWord || !next.capitalized || next.span.begin != t[k].span.end + 1) {
    return false;
  }
  std::string_view w = next.span.View(text);
  return !IsPossessive(w) && !AllCapitals(w) &&
         !(WordClasses(w) & (kNotNameClass | kRoleWordClass | kOrgWordClass | kRoleModifierClass |
                             kClauseMarkerClass)) &&
         verb_index_.Get(w) == 0 && participle_index_.Get(w) == 0;
}

bool Lexicon::IsPersonNameTokens(std::string_view text, TokenView t, size_t b, size_t e) const {
  if (e <= b || e - b > 4) return false;
  for (size_t k = b; k < e; ++k) {
    if (t[k].kind != Token::kWord || !t[k].capitalized) return false;
    std::string_view w = t[k].span.View(text);
    // A possessive ("Ukraine's air force") is no name.
    if (IsPossessive(w)) return false;
    if (WordClasses(w) & (kNotNameClass | kRoleWordClass | kOrgWordClass | kRoleModifierClass)) {
      if (SurnameHeAt(text, t, k)) continue;
      return false;
    }
    if (IsHyphenatedRole(w)) return false;
    // All-caps words are acronyms (NATO, CIS), not names ("Lé" is one).
    if (AllCapitals(w)) return false;
  }
  return true;
}

size_t Lexicon::MatchForms(std::string_view text, TokenView t, size_t i,
                           const std::vector<CueVerb>& forms, const CueVerb** cue) const {
  if (i >= t.size() || t[i].kind != Token::kWord) return 0;
  // A capitalized verb form inside a sentence is a name ("the United States").
  if (t[i].capitalized && i > 0 && t[i - 1].kind == Token::kWord) return 0;
  std::string_view first = t[i].span.View(text);
  if (first.size() > longest_first_word_) return 0;
  const FoldedWordTable& index = &forms == &rules_.participles ? participle_index_ : verb_index_;
  uint32_t list = index.Get(first);
  if (list == 0) return 0;
  // Lists keep the rule order (longest form first), so multi-word forms win.
  for (const auto& f : form_lists_[list - 1]) {
    size_t k = i + 1;
    bool ok = true;
    for (const auto& want : f.rest) {
      if (k >= t.size() || t[k].kind != Token::kWord) {
        ok = false;
        break;
      }
      std::string_view got = t[k].span.View(text);
      if (got.size() != want.size()) {
        ok = false;
        break;
      }
      if (!EqualsLower(got, want)) {
        ok = false;
        break;
      }
      ++k;
    }
    if (ok) {
      if (cue) *cue = f.cue;
      return k - i;
    }
  }
  return 0;
}

size_t Lexicon::CueAt(std::string_view text, TokenView t, size_t i, const CueVerb** cue) const {
  return MatchForms(text, t, i, rules_.verbs, cue);
}

size_t Lexicon::ParticipleAt(std::string_view text, TokenView t, size_t i) const {
  const CueVerb* cue = nullptr;
  size_t n = MatchForms(text, t, i, rules_.participles, &cue);
  if (n == 0 || cue->id != "cue.part_tell") return n;
  // "telling broadcaster TVN24 that ...": the audience, up to six words, is the
  // participle's, and a "that" must follow it.
  for (size_t k = i + n; k < t.size() && k <= i + n + 6; ++k) {
    if (k > i + n && EqualsLower(t[k].span.View(text), "that")) return k - i;
    if (t[k].kind != Token::kWord && t[k].kind != Token::kNumber) break;
  }
  return 0;
}

size_t Lexicon::ComplementizerAt(std::string_view text, TokenView t, size_t i) const {
  for (const auto& c : rules_.complementizers) {
    size_t k = i, p = 0;
    bool ok = true;
    while (p < c.size() && ok) {
      size_t sp = c.find(' ', p);
      if (sp == std::string::npos) sp = c.size();
      ok = k < t.size() && EqualsLower(t[k].span.View(text), std::string_view(c).substr(p, sp - p));
      ++k;
      p = sp + 1;
    }
    if (ok) return k - i;
  }
  return 0;
}

void Lexicon::SplitGluedCues(std::string_view text, std::vector<Token>* t) const {
  // Whether a verb form can start at w[p]: its first four letters open one (most words
  // are ruled out here, before any lookup).
  auto verb_head = [&](std::string_view w, size_t p) {
    return verb_head2_.Has(w[p], w[p + 1]) &&
           std::binary_search(verb_heads_.begin(), verb_heads_.end(), FirstFour(w, p));
  };
  // The length of the glued word at the end of token `tok`, 0 for none.
  auto glued = [&](const Token& tok) -> size_t {
    if (tok.kind != Token::kWord || tok.span.size() < 6) return 0;
    std::string_view w = tok.span.View(text);
    // "that" glued to the word after it: "said in a statement thatthe decision ...".
    if (w[0] == 't' && w[1] == 'h' && w.size() <= 9 && w.substr(0, 4) == "that") {
      for (const auto& g : rules_.glued_words) {
        if (w.size() == 4 + g.size() && g != "that" && EqualsLower(w.substr(4), g)) return g.size();
      }
    }
    // A subject pronoun (capitalized or not) or a role noun glued to the verb after it:
    // "shesaid", "Hesaid", "theytold", "ministersaid".
    bool verb_tail = verb_tail2_.Has(w[w.size() - 2], w.back());
    if (verb_tail) {
      for (std::string_view pronoun : {"he", "she", "they", "we"}) {
        if (w.size() < pronoun.size() + 4 || FoldAscii(w[0]) != pronoun[0] ||
            !w.substr(1).starts_with(pronoun.substr(1))) {
          continue;
        }
        std::string_view verb = w.substr(pronoun.size());
        if (verb.size() <= longest_first_word_ && verb_head(w, pronoun.size()) &&
            verb_index_.Get(verb) != 0) {
          return verb.size();
        }
      }
    }
    if (!tok.capitalized && verb_tail) {
      for (size_t p = 4; w.size() >= 8 && role_head2_.Has(w[0], w[1]) && p + 4 <= w.size(); ++p) {
        std::string_view verb = w.substr(p);
        if (verb.size() > longest_first_word_ || !verb_head(w, p)) continue;
        if (verb_index_.Get(verb) != 0 &&
            (WordClasses(w.substr(0, p)) & (kRoleWordClass | kOrgWordClass))) {
          return verb.size();
        }
      }
    }
    // "also" glued to the name before it: "Shermanalso said ..." (the name keeps four
    // letters, the last in lower case).
    if (tok.capitalized && w.size() >= 8 && w.ends_with("also") && w[w.size() - 5] >= 'a' &&
        w[w.size() - 5] <= 'z') {
      return 4;
    }
    // The article glued to the role noun after it: "Theambassador also said ...".
    if (tok.capitalized && w[0] == 'T' && w[1] == 'h' && w[2] == 'e' && w[3] >= 'a' &&
        w[3] <= 'z' && (WordClasses(w.substr(3)) & kRoleWordClass)) {
      return w.size() - 3;
    }
    const LetterPairs& tails = tok.capitalized ? verb_tail2_ : glued_tail2_;
    if (!tails.Has(w[w.size() - 2], w.back())) return 0;
    if (tok.capitalized) {
      // A name glued to the verb after it: "Overchuksaid" (the name keeps four letters).
      for (size_t p = 4; w.size() >= 8 && p + 4 <= w.size(); ++p) {
        std::string_view verb = w.substr(p);
        if (w[p] < 'a' || w[p] > 'z' || w[p - 1] < 'a' || w[p - 1] > 'z' ||
            verb.size() > longest_first_word_ || !verb_head(w, p)) {
          continue;
        }
        if (verb_index_.Get(verb) != 0) return verb.size();
      }
      return 0;
    }
    if (!verb_head(w, 0)) return 0;
    for (const auto& g : rules_.glued_words) {
      // The verb keeps four letters or more: "saidin", "notedthat".
      if (w.size() < g.size() + 4 || !EqualsLower(w.substr(w.size() - g.size()), g)) continue;
      std::string_view verb = w.substr(0, w.size() - g.size());
      if (verb.size() <= longest_first_word_ && verb_index_.Get(verb) != 0) return g.size();
    }
    return 0;
  };
  size_t first = 0;
  while (first < t->size() && glued((*t)[first]) == 0) ++first;
  if (first == t->size()) return;
  // Rebuilt in one pass: a sentence may hold any number of them.
  std::vector<Token> out(t->begin(), t->begin() + static_cast<std::ptrdiff_t>(first));
  out.reserve(t->size() + 8);
  for (size_t i = first; i < t->size(); ++i) {
    Token tok = (*t)[i];
    size_t g = glued(tok);
    if (g == 0) {
      out.push_back(tok);
      continue;
    }
    Token rest = tok;
    tok.span.end -= static_cast<uint32_t>(g);
    rest.span.begin = tok.span.end;
    rest.capitalized = false;
    out.push_back(tok);
    out.push_back(rest);
  }
  *t = std::move(out);
}

bool Lexicon::IsSpeechLike(std::string_view text, Span span) const {
  for (const auto& tok : Tokenize(text, span)) {
    if (tok.kind == Token::kWord && (WordClasses(tok.span.View(text)) & kSpeechMarkerClass)) {
      return true;
    }
  }
  return false;
}

// A comma-free stretch of a subject phrase reads as a noun phrase: before its first
// preposition only determiners, capitalized words, role words and modifiers; after it
// (the complement of a title: "head of the delegation at the talks in Vienna") any words.
bool Lexicon::SegmentIsNounPhrase(std::string_view text, TokenView t, size_t b, size_t e,
                                  bool appositive) const {
  if (e <= b) return false;
  // An appositive after a name: "Maria Souza, a 58-year-old teacher,".
  if (appositive && t[b].kind == Token::kWord && e - b <= 14) {
    std::string_view first = t[b].span.View(text);
    if (EqualsLower(first, "a") || EqualsLower(first, "an") || EqualsLower(first, "the")) {
      for (size_t k = b; k < e; ++k) {
        if (t[k].kind == Token::kQuote) return false;
      }
      return e - b >= 2;
    }
  }
  bool anchor = false;  // a role word, an organisation word or a capitalized word
  bool after_prep = false;
  int free_words = 0;  // lower-case words that need a role or organisation head, or a name
  bool head = false;   // after them: "the port authority", "coach Luis Ortega"
  for (size_t k = b; k < e; ++k) {
    const Token& tok = t[k];
    // A plural possessive: "the United Nations' humanitarian chief".
    if (tok.kind == Token::kPunct && k > b && k + 1 < e && text[tok.span.begin] == '\'' &&
        tok.span.begin == t[k - 1].span.end && (text[tok.span.begin - 1] | 0x20) == 's' &&
        t[k + 1].span.begin > tok.span.end) {
      continue;
    }
    if (tok.kind == Token::kQuote) return false;
    if (tok.kind == Token::kPunct) {
      char c = text[tok.span.begin];
      if (c == '-' || c == '(' || c == ')' || c == '.' || c == '&') continue;
      return false;
    }
    std::string_view w = tok.span.View(text);
    // A past form and "that" make a clause, even after a preposition: "the Secretary of
    // State affirmed that the deal could not have been ...".
    if (EqualsLower(w, "that") && k > b && t[k - 1].kind == Token::kWord && !t[k - 1].capitalized &&
        EndsInEd(t[k - 1].span.View(text))) {
      return false;
    }
    if (after_prep) continue;
    uint32_t classes = WordClasses(w);
    // A past form between a name and "to" is the name's verb: "Kirby declined to confirm".
    if (k > b && k + 1 < e && !tok.capitalized && EndsInEd(w) && t[k - 1].kind == Token::kWord &&
        t[k - 1].capitalized &&
        !(WordClasses(t[k - 1].span.View(text)) & (kRoleWordClass | kOrgWordClass)) &&
        EqualsLower(t[k + 1].span.View(text), "to")) {
      return false;
    }
    if (k > b &&
        (EqualsLower(w, "of") || ((classes & kPrepositionClass) && !EqualsLower(w, "according") &&
                                  !EqualsLower(w, "speaking")))) {
      after_prep = true;
      continue;
    }
    if ((classes & (kRoleWordClass | kOrgWordClass)) || IsHyphenatedRole(w)) {
      anchor = true;
      head = true;
      continue;
    }
    if (tok.capitalized || IsJoinedParticleName(w)) {
      anchor = true;
      // A title in lower case before a name: "coach Luis Ortega".
      if (free_words > 0 && free_words <= 2 && !(classes & kNotNameClass)) head = true;
      continue;
    }
    // A quantifier opens a group: "two EU diplomats", "one of the diplomats".
    if (k == b && (classes & kQuantifierClass) && !tok.capitalized) {
      if (k + 2 < e && EqualsLower(t[k + 1].span.View(text), "of") &&
          EqualsLower(t[k + 2].span.View(text), "the")) {
        k += 2;
      }
      continue;
    }
    if ((classes & kRoleModifierClass) || EqualsLower(w, "the") || EqualsLower(w, "a") ||
        EqualsLower(w, "an") || EqualsLower(w, "and") || EqualsLower(w, "its") ||
        EqualsLower(w, "his") || EqualsLower(w, "her") || EqualsLower(w, "their") ||
        EqualsLower(w, "this") || EqualsLower(w, "that") || EqualsLower(w, "whose") ||
        (classes & kNameParticleClass)) {
      continue;
    }
    // A finite verb or an auxiliary makes a clause, not a noun phrase: "NATO allies are
    // unlikely to ...".
    if ((classes & kClauseMarkerClass) && !tok.capitalized) return false;
    // "the port authority", "the state's civil defense agency": a few lower-case
    // modifiers before a role or organisation word.
    if (++free_words > 3) return false;
    head = false;
  }
  return anchor && (free_words == 0 || head || after_prep);
}

size_t Lexicon::NameRunEnd(std::string_view text, TokenView t, size_t k) const {
  size_t e = k, words = 0;
  while (e < t.size() && words < 5) {
    // A title word right after a known first name, closing the name, is a surname:
    // "Raymond Cardinal", "Anne Marshal" (not "Tom Chief Justice ...").
    bool title_surname =
        e > k && t[e].kind == Token::kWord && t[e].capitalized &&
        IsRoleWord(t[e].span.View(text)) && IsFirstName(t[e - 1].span.View(text)) &&
        (e + 1 == t.size() || !t[e + 1].capitalized || t[e + 1].kind != Token::kWord);
    if (title_surname || IsPersonNameTokens(text, t, e, e + 1)) {
      ++words;
      ++e;
      // "Mr. Smith": the dot of an honorific stays inside the name.
      if (IsHonorific(t[e - 1].span.View(text)) && e + 1 < t.size() && t[e].kind == Token::kPunct &&
          text[t[e].span.begin] == '.' && t[e].span.begin == t[e - 1].span.end) {
        ++e;
      }
      continue;
    }
    // A particle joined to a name word: "Faris al-Maqtari".
    if (e > k && t[e].kind == Token::kWord && !t[e].capitalized &&
        IsJoinedParticleName(t[e].span.View(text))) {
      ++words;
      ++e;
      continue;
    }
    // One or two lower-case particles between two name words: "Pieter de Vries", "Ursula
    // von der Leyen".
    size_t p = e;
    while (p < t.size() && p < e + 2 && t[p].kind == Token::kWord && !t[p].capitalized &&
           (WordClasses(t[p].span.View(text)) & kNameParticleClass)) {
      ++p;
    }
    if (e > k && p > e && p < t.size() && IsPersonNameTokens(text, t, p, p + 1)) {
      e = p;
      continue;
    }
    break;
  }
  // A name does not end in an honorific alone (but after a known first name it is a
  // surname, as a title word is: "Maria Ratu").
  while (e > k && IsHonorific(t[e - 1].span.View(text)) &&
         !(e - k == 2 && IsFirstName(t[k].span.View(text)) &&
           (e == t.size() || !t[e].capitalized || t[e].kind != Token::kWord))) {
    --e;
  }
  return e;
}

bool Lexicon::IsHonorific(std::string_view word) const {
  return WordClasses(word) & kHonorificClass;
}

std::string Lexicon::PlainName(std::string_view name) const {
  std::vector<Token> t = Tokenize(name, Span{0, static_cast<uint32_t>(name.size())});
  std::string out;
  size_t k = 0;
  // (An honorific of two words: "Tan Sri", "Datuk Seri".)
  auto two_words = [&](size_t j) {
    return j + 2 < t.size() && t[j + 1].kind == Token::kWord &&
           rules_.honorifics.count(ToLower(t[j].span.View(name)) + " " +
                                   ToLower(t[j + 1].span.View(name)));
  };
  while (k + 1 < t.size()) {
    if (two_words(k)) {
      k += 2;
    } else if (IsHonorific(t[k].span.View(name)) || t[k].kind == Token::kPunct) {
      ++k;
    } else {
      break;
    }
  }
  bool capitals = true;  // "KHALED KHIARI" is written "Khaled Khiari"
  size_t words = 0;
  for (size_t j = k; j < t.size(); ++j) {
    if (t[j].kind == Token::kPunct) continue;
    ++words;
    capitals = capitals && IsCapitalsWord(t[j].span.View(name));
  }
  for (size_t first = k; k < t.size(); ++k) {
    if (t[k].kind == Token::kPunct) continue;
    if (!out.empty()) out += ' ';
    std::string_view w = t[k].span.View(name);
    // An honorific glued to the name: "MrBhushan", "DrJones".
    for (size_t n = 2; k == first && !capitals && n <= 4 && n + 2 <= w.size(); ++n) {
      if (w[n] >= 'A' && w[n] <= 'Z' && w[n + 1] >= 'a' && w[n + 1] <= 'z' &&
          IsHonorific(w.substr(0, n))) {
        w.remove_prefix(n);
        break;
      }
    }
    if (capitals && words >= 2) {
      out += TitleCase(w);
    } else {
      out += w;
    }
  }
  return out;
}

bool Lexicon::ParseMention(std::string_view text, Span span, Mention* m) const {
  std::vector<Token> t = Tokenize(text, span);
  return ParseMention(text, TokenView(t), m);
}

bool Lexicon::ParseMention(std::string_view text, TokenView t, Mention* m) const {
  // The dot of an abbreviation or an initial ("Col. Roland L. Butler Jr.") is no
  // punctuation of the phrase: read without it (the spans keep it in the text).
  auto abbreviation_dot = [&](size_t j) {
    if (j == 0 || t[j].kind != Token::kPunct || text[t[j].span.begin] != '.') return false;
    const Token& w = t[j - 1];
    return w.kind == Token::kWord && w.capitalized && w.span.size() <= 4 &&
           w.span.end == t[j].span.begin;
  };
  for (size_t j = 1; j < t.size(); ++j) {
    if (!abbreviation_dot(j)) continue;
    std::vector<Token> kept;
    kept.reserve(t.size());
    for (size_t k = 0; k < t.size(); ++k) {
      if (!abbreviation_dot(k)) kept.push_back(t[k]);
    }
    return ParseMention(text, TokenView(kept), m);
  }
  // A body's name in quotation marks inside a title, as translations write it: 'The head
  // of "Naftogaz of Ukraine" Yuriy Vitrenko'. Read without the marks.
  auto quoted_name = [&](size_t open, size_t* close) {
    if (open == 0 || t[open].kind != Token::kQuote || t[open - 1].kind != Token::kWord) {
      return false;
    }
    size_t k = open + 1;
    while (k < t.size() && k <= open + 5 && t[k].kind == Token::kWord &&
           (t[k].capitalized || (k > open + 1 && (EqualsLower(t[k].span.View(text), "of") ||
                                                  EqualsLower(t[k].span.View(text), "and"))))) {
      ++k;
    }
    if (k == open + 1 || k >= t.size() || t[k].kind != Token::kQuote || !t[k - 1].capitalized) {
      return false;
    }
    *close = k;
    return true;
  };
  for (size_t j = 1; j + 1 < t.size(); ++j) {
    size_t close = 0;
    if (!quoted_name(j, &close)) continue;
    std::vector<Token> kept;
    kept.reserve(t.size());
    for (size_t k = 0; k < t.size(); ++k) {
      if (quoted_name(k, &close)) {
        kept.insert(kept.end(), t.begin() + static_cast<long>(k) + 1,
                    t.begin() + static_cast<long>(close));
        k = close;
        continue;
      }
      kept.push_back(t[k]);
    }
    return ParseMention(text, TokenView(kept), m);
  }
  // A document of someone named: "Mr Lee's notice", "the union's letter" is theirs.
  if (t.size() >= 2 && t.back().kind == Token::kWord &&
      IsPossessive(t[t.size() - 2].span.View(text))) {
    std::string last = ToLower(t.back().span.View(text));
    if (rules_.document_words.count(last) || rules_.statement_words.count(last)) {
      const Token& owner = t[t.size() - 2];
      Span whole_span{t.front().span.begin, t.back().span.end};
      if (ParseMention(text, Span{t.front().span.begin, owner.span.end - 2}, m) &&
          m->kind != MentionKind::kNone) {
        m->span = whole_span;
        return true;
      }
      *m = Mention{};
    }
  }
  // A passive ("It was said that ...") has no speaker for "it" to stand for.
  bool passive = !t.empty() && t.back().kind == Token::kWord &&
                 (EqualsLower(t.back().span.View(text), "is") ||
                  EqualsLower(t.back().span.View(text), "was") ||
                  EqualsLower(t.back().span.View(text), "been"));
  // Trim trailing adverbs and auxiliaries ("also", "has"), reflexive pronouns ("Lee
  // himself") and commas, leading dashes.
  auto reflexive = [&](std::string_view w) {
    return EqualsLower(w, "himself") || EqualsLower(w, "herself") || EqualsLower(w, "itself") ||
           EqualsLower(w, "themselves");
  };
  while (!t.empty() && ((t.back().kind == Token::kWord &&
                         ((WordClasses(t.back().span.View(text)) & kAdverbClass) ||
                          (t.size() > 1 && reflexive(t.back().span.View(text))))) ||
                        (t.back().kind == Token::kPunct && text[t.back().span.begin] == ','))) {
    t = t.Sub(0, t.size() - 1);
  }
  while (!t.empty() && t.front().kind == Token::kPunct) t = t.Sub(1, t.size());
  // A person described and then named: "a local resident named Vasyl", "a woman called
  // Olena Petrenko". The name, one word or more, is a person's.
  if (t.size() >= 4 && t[0].kind == Token::kWord &&
      (EqualsLower(t[0].span.View(text), "a") || EqualsLower(t[0].span.View(text), "an"))) {
    size_t c = 1;
    while (c < t.size() && t[c].kind == Token::kWord && !t[c].capitalized) ++c;
    if (c >= 3 && c < t.size() &&
        (EqualsLower(t[c - 1].span.View(text), "named") ||
         EqualsLower(t[c - 1].span.View(text), "called"))) {
      bool name = t.size() - c <= 3;
      for (size_t k = c; k < t.size() && name; ++k) {
        name = t[k].kind == Token::kWord && t[k].capitalized && !IsNotName(t[k].span.View(text)) &&
               !(WordClasses(t[k].span.View(text)) & (kRoleWordClass | kOrgWordClass));
      }
      if (name) {
        m->kind = MentionKind::kName;
        m->span = Span{t.front().span.begin, t.back().span.end};
        m->name = Span{t[c].span.begin, t.back().span.end};
        m->role = std::string(Span{t[1].span.begin, t[c - 2].span.end}.View(text));
        return true;
      }
    }
  }
  // A description before the name it gives goes by the name: "An election observer group,
  // the Ekiti Civil Society Coalition", "a rights lawyer, Ann Lee".
  if (t.size() >= 5 && t[0].kind == Token::kWord &&
      (EqualsLower(t[0].span.View(text), "a") || EqualsLower(t[0].span.View(text), "an"))) {
    size_t c = 1;
    while (c < t.size() && t[c].kind == Token::kWord && !t[c].capitalized) ++c;
    Mention named;
    if (c >= 2 && c + 1 < t.size() && t[c].kind == Token::kPunct && text[t[c].span.begin] == ',' &&
        (WordClasses(t[c - 1].span.View(text)) & (kRoleWordClass | kOrgWordClass)) &&
        ParseMention(text, t.Sub(c + 1, t.size()), &named) &&
        (named.kind == MentionKind::kOrg || named.kind == MentionKind::kName) &&
        !named.name.empty()) {
      *m = named;
      m->span = Span{t.front().span.begin, t.back().span.end};
      if (m->kind == MentionKind::kName && m->role.empty()) {
        m->role = std::string(Span{t[1].span.begin, t[c - 1].span.end}.View(text));
      }
      return true;
    }
  }
  // A participle opening a phrase is no name's first word: "Speaking to reporters at the
  // airport", "Addressing the crowd" (but "Shipping analyst Mark Brennan"; a body's name
  // goes on with "and", "of": "Training and Development Agency"). After a comma the
  // subject may follow ("Passing sentence on Tuesday, Judge Lee").
  if (t.size() >= 3 && t[0].kind == Token::kWord && t[0].capitalized &&
      EndsInIng(t[0].span.View(text)) && t[1].kind == Token::kWord && !t[1].capitalized &&
      (WordClasses(t[1].span.View(text)) & (kPrepositionClass | kFunctionWordClass)) &&
      !EqualsLower(t[1].span.View(text), "and") && !EqualsLower(t[1].span.View(text), "of") &&
      std::none_of(t.begin(), t.end(), [&](const Token& w) {
        return w.kind == Token::kPunct && text[w.span.begin] == ',';
      })) {
    return false;
  }
  // An acronym in brackets after the name: "the British Medical Association (BMA)"; or a
  // constituency, a party or a state: "Kuria Kimani (Molo)", "Jane Doe (R-Texas)", "Kadri
  // Ots (Eesti 200)".
  if (t.size() >= 4 && t.back().kind == Token::kPunct && text[t.back().span.begin] == ')') {
    size_t open = t.size() - 1;
    while (open > 0 && t.size() - open <= 5 &&
           !(t[open - 1].kind == Token::kPunct && text[t[open - 1].span.begin] == '(')) {
      --open;
    }
    bool bracket =
        open >= 2 && open < t.size() - 1 && t.size() - open <= 5 && t[open].kind == Token::kWord;
    for (size_t k = open; bracket && k + 1 < t.size(); ++k) {
      bracket = t[k].kind == Token::kWord ? t[k].capitalized
                : t[k].kind == Token::kNumber
                    ? true
                    : text[t[k].span.begin] == '-' || text[t[k].span.begin] == '.';
    }
    if (bracket) t = t.Sub(0, open - 1);
  }
  // A group described by who asked it: "legal experts consulted by Haaretz", "Chinese
  // experts interviewed by the Global Times" are the experts.
  for (size_t k = 1; k + 2 < t.size(); ++k) {
    if (t[k].kind == Token::kWord && !t[k].capitalized && EndsInEd(t[k].span.View(text)) &&
        EqualsLower(t[k + 1].span.View(text), "by")) {
      if (ParseMention(text, t.Sub(0, k), m) && m->kind == MentionKind::kOrg &&
          t[k - 1].span.View(text).back() == 's') {
        return true;
      }
      break;
    }
  }
  // A body named with the city it sits in: "the Russian Embassy in Oslo" (the city stays
  // in its name).
  for (size_t k = 1; k + 2 < t.size() && k + 5 >= t.size(); ++k) {
    if (t[k].kind != Token::kWord || !EqualsLower(t[k + 1].span.View(text), "in") ||
        !rules_.sited_bodies.count(ToLower(t[k].span.View(text)))) {
      continue;
    }
    bool place = true;
    for (size_t j = k + 2; j < t.size() && place; ++j) {
      place = t[j].kind == Token::kWord && t[j].capitalized;
    }
    if (place && ParseMention(text, t.Sub(0, k + 1), m) && m->kind == MentionKind::kOrg) {
      m->span.end = t.back().span.end;
      m->name.end = t.back().span.end;
      return true;
    }
  }
  // "a charge Oslo denies", "an accusation the ministry rejects": a noun with a relative
  // clause of its own, no speaker (an adjective is none: "an emotional Mokoena").
  auto adjective = [&](std::string_view w) {
    for (std::string_view end : {"al", "ive", "ful", "ous", "ic", "ed", "ent", "ant", "less",
                                 "ible", "able", "ing", "ly"}) {
      if (w.size() > end.size() + 2 && w.ends_with(end)) return true;
    }
    return false;
  };
  if (t.size() >= 3 && t[1].kind == Token::kWord && !t[1].capitalized &&
      !adjective(t[1].span.View(text)) &&
      (EqualsLower(t[0].span.View(text), "a") || EqualsLower(t[0].span.View(text), "an")) &&
      t[2].kind == Token::kWord && (t[2].capitalized || EqualsLower(t[2].span.View(text), "the")) &&
      !(WordClasses(t[1].span.View(text)) &
        (kRoleWordClass | kOrgWordClass | kRoleModifierClass | kDemonymClass)) &&
      !IsHyphenatedRole(t[1].span.View(text))) {
    return false;
  }
  // A gloss in brackets right after a name, before an appositive: "Su Tzu-wei (蘇子維), a
  // research fellow", "Jane Doe (R-Texas), who ...". Read without it.
  for (size_t open = 1; open + 2 < t.size(); ++open) {
    if (t[open].kind != Token::kPunct || text[t[open].span.begin] != '(' ||
        t[open - 1].kind != Token::kWord || !t[open - 1].capitalized) {
      continue;
    }
    size_t close = open + 1;
    bool gloss = true;
    for (; close < t.size() && close <= open + 5 && gloss; ++close) {
      const Token& g = t[close];
      if (g.kind == Token::kPunct && text[g.span.begin] == ')') break;
      gloss = g.kind == Token::kWord
                  ? g.capitalized || NoLowerCase(g.span.View(text)) ||
                        std::all_of(g.span.View(text).begin(), g.span.View(text).end(),
                                    [](char c) { return static_cast<unsigned char>(c) >= 0x80; })
                  : text[g.span.begin] == '-' || text[g.span.begin] == '.';
    }
    if (!gloss || close == open + 1 || close + 1 >= t.size() || text[t[close].span.begin] != ')' ||
        t[close].kind != Token::kPunct || t[close + 1].kind != Token::kPunct ||
        text[t[close + 1].span.begin] != ',') {
      continue;
    }
    std::vector<Token> kept(t.begin(), t.begin() + static_cast<long>(open));
    kept.insert(kept.end(), t.begin() + static_cast<long>(close) + 1, t.end());
    if (!ParseMention(text, TokenView(kept), m)) return false;
    // The role is read from the text after the name: without the gloss.
    std::string_view bracket = Span{t[open].span.begin, t[close + 1].span.end}.View(text);
    if (std::string_view(m->role).starts_with(bracket)) {
      size_t from = bracket.size();
      while (from < m->role.size() && m->role[from] == ' ') ++from;
      m->role.erase(0, from);
    }
    return true;
  }
  // A conjunction opening the sentence: "But a senior officer told ...", "But
  // campaigners said" (a bare plural after it still opens the sentence).
  bool after_conjunction = false;
  if (t.size() >= 2 &&
      (EqualsLower(t[0].span.View(text), "but") || EqualsLower(t[0].span.View(text), "and") ||
       EqualsLower(t[0].span.View(text), "yet"))) {
    t = t.Sub(1, t.size());
    after_conjunction = true;
  }
  // A relative clause or a participle phrase closes the phrase: "a senior army officer,
  // who spoke on condition of anonymity,", "ARSENIO DOMINGUEZ, ..., briefing by
  // videoconference,".
  for (size_t k = 1; k + 1 < t.size(); ++k) {
    std::string_view next = t[k + 1].span.View(text);
    // Or with no comma after a noun: "A European diplomat who attended the talks".
    if (k >= 2 && t[k].kind == Token::kWord &&
        (!t[k - 1].capitalized || IsRoleWord(t[k - 1].span.View(text))) &&
        t[k - 1].kind == Token::kWord && EqualsLower(t[k].span.View(text), "who")) {
      t = t.Sub(0, k);
      break;
    }
    if (t[k].kind == Token::kPunct && text[t[k].span.begin] == ',' &&
        (EqualsLower(next, "who") || EqualsLower(next, "whose") || EqualsLower(next, "whom") ||
         (t[k + 1].kind == Token::kWord && !t[k + 1].capitalized && EndsInIng(next) &&
          !(WordClasses(next) & (kRoleWordClass | kOrgWordClass | kRoleModifierClass))))) {
      t = t.Sub(0, k);
      break;
    }
  }
  // A title before a person's possessive and a lower-case head ("French President
  // Emmanuel Macron's office"): the mention is the person's office, named after them.
  for (size_t p = t.size() >= 4 ? t.size() - 1 : 0; p >= 2; --p) {
    std::string_view w = t[p].span.View(text);
    if (t[p].kind != Token::kWord) break;
    if (!t[p].capitalized) continue;  // the head after the possessive
    if (!IsPossessive(w) || (WordClasses(w.substr(0, w.size() - 2)) &
                             (kRoleWordClass | kOrgWordClass | kRoleModifierClass))) {
      break;
    }
    size_t start = p;
    while (start > 0 && IsPersonNameTokens(text, t, start - 1, p)) --start;
    // Only capitalized words, the title, before the name.
    bool title = start > 0 && start < p;
    for (size_t k = 0; title && k < start; ++k) {
      title = t[k].kind == Token::kWord && t[k].capitalized;
    }
    if (title) return ParseMention(text, t.Sub(start, t.size()), m);
    break;
  }
  // One name after the possessive of what the person belongs to: "Labour's Qureshi", "the
  // NDP's Qureshi" (named in full before).
  if (size_t p = !t.empty() && EqualsLower(t[0].span.View(text), "the") ? 1 : 0;
      t.size() == p + 2 && t[p].kind == Token::kWord && t[p].capitalized &&
      IsPossessive(t[p].span.View(text)) && t[p + 1].kind == Token::kWord && t[p + 1].capitalized &&
      !IsPossessive(t[p + 1].span.View(text)) &&
      !(WordClasses(t[p + 1].span.View(text)) &
        (kRoleWordClass | kOrgWordClass | kRoleModifierClass | kNotNameClass | kFunctionWordClass |
         kDemonymClass | kPronounClass)) &&
      IsPersonNameTokens(text, t, p + 1, p + 2)) {
    *m = Mention{};
    m->kind = MentionKind::kName;
    m->span = Span{t.front().span.begin, t.back().span.end};
    m->name = t.back().span;
    return true;
  }
  if (t.empty() || t.size() > 35) return false;
  *m = Mention{};
  m->span = Span{t.front().span.begin, t.back().span.end};
  std::string_view whole = m->span.View(text);
  // Words split apart from one glued word ("Theambassador") read as two: "The ambassador".
  auto glued = [&](size_t k) {
    return t[k - 1].kind == Token::kWord && t[k].kind == Token::kWord &&
           t[k - 1].span.end == t[k].span.begin;
  };
  std::string unglued;
  for (size_t k = 1; k < t.size(); ++k) {
    if (!glued(k)) continue;
    unglued.assign(Span{t[0].span.begin, t[k - 1].span.end}.View(text));
    for (size_t j = k; j < t.size(); ++j) {
      unglued +=
          glued(j) ? std::string_view(" ") : Span{t[j - 1].span.end, t[j].span.begin}.View(text);
      unglued += t[j].span.View(text);
    }
    whole = unglued;
    break;
  }

  if (t.size() == 1) {
    Gender g;
    if (Pronoun(whole, &g) || (!passive && (WordClasses(whole) & kOrgPronounClass))) {
      m->kind = MentionKind::kPronoun;
      return true;
    }
  }
  // A state or bloc speaking for its government: "Russia", "the United States".
  if (whole.size() <= longest_speaking_place_ && (WordClasses(whole) & kSpeakingPlaceClass)) {
    m->kind = MentionKind::kOrg;
    m->name = m->span;
    if (StartsWithLower(whole, "the ")) m->name.begin += 4;
    return true;
  }
  if (ParseDelegate(text, t, m)) return true;
  // An unnamed source described by what follows its head: "a source familiar with the
  // matter", "a senior official in Meloni's party", "people close to the talks".
  if (SourceWithPostmodifier(text, t)) {
    m->kind = MentionKind::kNominal;
    m->role = std::string(whole);
    m->described = true;
    return true;
  }
  // An age or a nationality for a person named before: "the 45-year-old", "the Dutchman",
  // "the 64-year-old Norwegian".
  auto age = [&](const Token& w) {
    return w.kind == Token::kWord && w.span.size() > 9 && IsDigit(text[w.span.begin]) &&
           EqualsLower(w.span.View(text).substr(w.span.size() - 9), "-year-old");
  };
  auto demonym = [&](const Token& w) {
    return w.kind == Token::kWord && (WordClasses(w.span.View(text)) & kDemonymClass);
  };
  // A point of the compass may come before the nationality: "the Northern Irishman".
  auto compass = [&](const Token& w) { return IsCompassPoint(w.span.View(text)); };
  if (StartsWithLower(whole, "the ") &&
      ((t.size() == 2 && (age(t[1]) || demonym(t[1]))) ||
       (t.size() == 3 && (age(t[1]) || compass(t[1])) && demonym(t[2])))) {
    m->kind = MentionKind::kNominal;
    m->role = std::string(whole);
    return true;
  }
  // Every comma-separated part must read as a noun phrase; parts after the first may be
  // appositives.
  for (size_t b = 0; b < t.size();) {
    size_t e = b;
    while (e < t.size() && !(t[e].kind == Token::kPunct && text[t[e].span.begin] == ',')) ++e;
    if (!SegmentIsNounPhrase(text, t, b, e, b > 0) && !DescriptionBeforeName(text, t, b, e)) {
      return false;
    }
    b = e + 1;
  }
  // Known person anywhere in the phrase (longest alias at a word start), unless a full
  // name comes before the appositive that holds it: "delegation head Vladimir Medinsky, an
  // aide to President Vladimir Putin".
  size_t first_comma = 0;
  while (first_comma < t.size() &&
         !(t[first_comma].kind == Token::kPunct && text[t[first_comma].span.begin] == ',')) {
    ++first_comma;
  }
  auto name_first = [&] {
    for (size_t k = 0; k < first_comma; ++k) {
      if (NameRunEnd(text, t.Sub(0, first_comma), k) >= k + 2) return true;
    }
    return false;
  };
  // A body's name after what it is: "the UN refugee agency UNHCR", "the paramilitary group
  // Rapid Support Forces".
  if (t.size() >= 3 && first_comma == t.size() && t.back().kind == Token::kWord &&
      t.back().capitalized) {
    size_t j = t.size() - 1;
    while (j > 0 && t.size() - j < 4 && t[j - 1].kind == Token::kWord && t[j - 1].capitalized) --j;
    // (After a determiner, or lower-case words only: "Consumer rights group CUTS Zambia".)
    bool opened =
        EqualsLower(t[0].span.View(text), "the") || EqualsLower(t[0].span.View(text), "a");
    if (!opened && j <= 4) {
      opened = true;
      for (size_t k = 1; k + 1 < j; ++k) {
        opened = opened && t[k].kind == Token::kWord && !t[k].capitalized;
      }
    }
    if (j >= 2 && t[j - 1].kind == Token::kWord && !t[j - 1].capitalized &&
        (WordClasses(t[j - 1].span.View(text)) & kOrgWordClass) &&
        !(WordClasses(t[j - 1].span.View(text)) & kRoleWordClass) && opened) {
      m->kind = MentionKind::kOrg;
      m->name = Span{t[j].span.begin, t.back().span.end};
      return true;
    }
  }
  const Speaker* org = nullptr;
  Span org_span;
  for (size_t k = 0; k < t.size(); ++k) {
    if (t[k].kind != Token::kWord) continue;
    const Speaker* who = nullptr;
    size_t len = KnownNameAt(text, t[k].span.begin, &who);
    if (len == 0 || t[k].span.begin + len > m->span.end) continue;
    Span found{t[k].span.begin, static_cast<uint32_t>(t[k].span.begin + len)};
    // A surname alone after another first name is someone else's: "Anna Meloni" is not
    // "Meloni" (Giorgia).
    if (!who->is_org && k > 0 && found.end == t[k].span.end && t[k - 1].kind == Token::kWord &&
        t[k - 1].capitalized && t[k - 1].span.end + 1 == t[k].span.begin &&
        !(WordClasses(t[k - 1].span.View(text)) &
          (kRoleWordClass | kOrgWordClass | kRoleModifierClass | kHonorificClass | kNotNameClass |
           kSpeakingPlaceClass)) &&
        !IsHyphenatedRole(t[k - 1].span.View(text)) && IsFirstName(t[k - 1].span.View(text))) {
      continue;
    }
    if (who->is_org) {
      // (Not inside a longer name: "the Washington State Department of Health" is not
      // the State Department.)
      size_t after = k;
      while (after < t.size() && t[after].span.end <= found.end) ++after;
      bool inside = (k > 0 && t[k - 1].kind == Token::kWord && t[k - 1].capitalized &&
                     !EqualsLower(t[k - 1].span.View(text), "the") &&
                     t[k - 1].span.end + 1 == t[k].span.begin &&
                     !(WordClasses(t[k - 1].span.View(text)) &
                       (kRoleWordClass | kRoleModifierClass | kDemonymClass))) ||
                    (after + 1 < t.size() && EqualsLower(t[after].span.View(text), "of") &&
                     t[after + 1].kind == Token::kWord && t[after + 1].capitalized);
      // (Nor the first word of a body's name: "the UN Office for the Coordination of
      // Humanitarian Affairs".)
      for (size_t j = after; !inside && j < t.size() && j < after + 4 &&
                             t[j].kind == Token::kWord && t[j].capitalized;
           ++j) {
        inside = WordClasses(t[j].span.View(text)) & kOrgWordClass;
      }
      if (!org && !inside) {
        org = who;
        org_span = found;
      }
      continue;
    }
    if (k > first_comma && name_first()) continue;
    m->kind = MentionKind::kName;
    m->name = found;
    break;
  }
  // A name in capitals before its title, as meeting summaries write speakers: "KHALED
  // KHIARI, Assistant Secretary-General for the Middle East".
  if (m->kind == MentionKind::kNone) {
    size_t e = 0;
    while (
        e < t.size() && e < 4 && t[e].kind == Token::kWord &&
        IsCapitalsWord(t[e].span.View(text)) &&
        !(WordClasses(t[e].span.View(text)) & (kNotNameClass | kOrgWordClass | kRoleWordClass))) {
      ++e;
    }
    if (e >= 2 && e + 1 < t.size() && t[e].kind == Token::kPunct && text[t[e].span.begin] == ',') {
      bool role = false;
      for (size_t k = e + 1; k < t.size() && !role; ++k) {
        std::string_view w = t[k].span.View(text);
        role = t[k].kind == Token::kWord && (IsRoleWord(w) || IsHyphenatedRole(w));
      }
      if (role) {
        m->kind = MentionKind::kName;
        m->name = Span{t[0].span.begin, t[e - 1].span.end};
      }
    }
  }
  // Unknown person: the last run of 1-4 name-like capitalized words.
  if (m->kind == MentionKind::kNone) {
    size_t best_b = 0, best_e = 0;
    // The last run of name words, unless a full name before an appositive or a
    // prepositional phrase comes first, opening the phrase or starting with a known first
    // name: "Anna Berg, an analyst at the Baltic Institute", "shipping analyst Mark
    // Brennan of the consultancy Seaborne Risk".
    for (size_t k = 0; k < t.size();) {
      size_t e = NameRunEnd(text, t, k);
      if (e == k) {
        ++k;
        continue;
      }
      // Words that open an organisation's name, or qualify a group, or complete a name
      // headed by an organisation word, are no person's: "the Computer and Communications
      // Industry Association", "Philippine officials", "the Centre for Disease Control".
      bool complement = k >= 2 && t[k - 2].kind == Token::kWord && t[k - 2].capitalized &&
                        IsOrgWord(t[k - 2].span.View(text)) &&
                        (EqualsLower(t[k - 1].span.View(text), "for") ||
                         EqualsLower(t[k - 1].span.View(text), "of"));
      // And so does the rest of a complement, joined by "and": "the Ministry of
      // Communications and Information Technology" (not "... and Tom Berg").
      if (!complement && k >= 4 && !IsFirstName(t[k].span.View(text)) &&
          (EqualsLower(t[k - 1].span.View(text), "and") || t[k - 1].span.View(text) == "&")) {
        size_t j = k - 2;
        while (j > 1 && t[j].kind == Token::kWord && t[j].capitalized) --j;
        complement =
            j + 2 < k && t[j - 1].kind == Token::kWord && t[j - 1].capitalized &&
            IsOrgWord(t[j - 1].span.View(text)) &&
            (EqualsLower(t[j].span.View(text), "for") || EqualsLower(t[j].span.View(text), "of"));
      }
      // So do words qualifying a role in a description: "a Kenya Kwanza MP".
      bool qualifier =
          e < t.size() && t[e].kind == Token::kWord &&
          (IsOrgWord(t[e].span.View(text)) ||
           (IsRoleWord(t[e].span.View(text)) &&
            !(WordClasses(t[e].span.View(text)) & kSpokesWordClass) &&
            (EqualsLower(t[0].span.View(text), "a") || EqualsLower(t[0].span.View(text), "an"))));
      // And words joined by "and" to the rest of an organisation's name: "the Irish
      // Nurses and Midwives Organisation".
      if (!complement && !qualifier && e + 2 < t.size() && t[e].kind == Token::kWord &&
          EqualsLower(t[e].span.View(text), "and")) {
        size_t j = e + 1;
        while (j < t.size() && j < e + 5 && t[j].kind == Token::kWord && t[j].capitalized) ++j;
        qualifier = j > e + 1 && IsOrgWord(t[j - 1].span.View(text));
      }
      if (complement || qualifier) {
        k = e;
        continue;
      }
      best_b = k;
      best_e = e;
      // A surname opening the phrase before a description of the person: "Evans, a former
      // Welsh minister" (the nationality is no name).
      if (k == 0 && e == 1 && t.size() > 3 && t[1].kind == Token::kPunct &&
          text[t[1].span.begin] == ',' &&
          (EqualsLower(t[2].span.View(text), "a") || EqualsLower(t[2].span.View(text), "an") ||
           EqualsLower(t[2].span.View(text), "the"))) {
        break;
      }
      bool before_appositive =
          e - k >= 2 && e < t.size() &&
          ((t[e].kind == Token::kPunct && text[t[e].span.begin] == ',') ||
           (t[e].kind == Token::kWord &&
            (IsPreposition(t[e].span.View(text)) || EqualsLower(t[e].span.View(text), "of"))));
      if (before_appositive) {
        // A full name set off by commas after a description: "His co-rapporteur, Dragos
        // Tudorache, a Romanian liberal".
        bool set_off = k > 0 && t[k - 1].kind == Token::kPunct && text[t[k - 1].span.begin] == ',';
        // Or a name before a description of the person: "Colorado Secretary of State Jena
        // Griswold, a Democrat".
        // (Or of where they work: "Economist Lucas Arrieta, of the consultancy Analitica".)
        bool described = t[e].kind == Token::kPunct && e + 1 < t.size() &&
                         (EqualsLower(t[e + 1].span.View(text), "a") ||
                          EqualsLower(t[e + 1].span.View(text), "an") ||
                          EqualsLower(t[e + 1].span.View(text), "the") ||
                          EqualsLower(t[e + 1].span.View(text), "of"));
        if (k == 0 || set_off || described || IsFirstName(t[k].span.View(text))) {
          break;
        }
      }
      k = e;
    }
    // A known first name inside a longer run after "for" or "of" opens the name: the
    // words before it complete a title ("Federal Minister for Climate Change Sherry
    // Rehman").
    // With no known first name, the last two words are the name ("Minister for Transport
    // Eamon Ryan"), unless a name particle stands before them.
    bool complement = best_b > 0 && (EqualsLower(t[best_b - 1].span.View(text), "for") ||
                                     EqualsLower(t[best_b - 1].span.View(text), "of"));
    if (complement && best_e - best_b >= 3) {
      size_t opened = best_b;
      for (size_t j = best_b + 1; j + 1 < best_e; ++j) {
        if (IsFirstName(t[j].span.View(text)) && !IsFirstName(t[j - 1].span.View(text))) {
          opened = j;
          break;
        }
      }
      if (opened == best_b && !(WordClasses(t[best_e - 2].span.View(text)) & kNameParticleClass) &&
          !(WordClasses(t[best_e - 3].span.View(text)) & kNameParticleClass)) {
        opened = best_e - 2;
      }
      best_b = opened;
    } else if (best_e - best_b >= 3) {
      // So does one inside the run that goes on a body's name and what it is "of" or "for":
      // "the Institute of Energy Strategy Mikhail Zvonaryov" (not a title's: "Minister for
      // Foreign Affairs Abdirahman Hassan Warsame").
      size_t k = best_b;
      while (k > 0 && t[k - 1].kind == Token::kWord && t[k - 1].capitalized) --k;
      bool body = k >= 2 &&
                  (EqualsLower(t[k - 1].span.View(text), "of") ||
                   EqualsLower(t[k - 1].span.View(text), "for")) &&
                  IsOrgWord(t[k - 2].span.View(text));
      for (size_t j = best_b + 1; body && j + 1 < best_e; ++j) {
        if (IsFirstName(t[j].span.View(text)) && !IsFirstName(t[j - 1].span.View(text)) &&
            !(WordClasses(t[j - 1].span.View(text)) & (kNameParticleClass | kHonorificClass))) {
          best_b = j;
          break;
        }
      }
    }
    // Initials in capitals between a title and a surname are the name's: "Justice RK
    // Malhotra".
    if (best_e == best_b + 1 && best_b >= 2 && t[best_b - 1].kind == Token::kWord &&
        t[best_b - 1].span.size() <= 3 && IsAcronym(t[best_b - 1].span.View(text)) &&
        IsRoleWord(t[best_b - 2].span.View(text))) {
      --best_b;
    }
    if (best_e > best_b) {
      // A lone capitalized word counts as a surname only when it is the whole phrase
      // or follows a title ("Ambassador Smith").
      bool single = best_e - best_b == 1;
      bool ok = !single || t.size() == 1 ||
                (best_b > 0 && IsRoleWord(t[best_b - 1].span.View(text))) ||
                // a surname opening the phrase before an appositive ("Evans, the opposition
                // leader"), not a capital opening a sentence ("Tour operator TUI")
                (best_b == 0 && t[1].kind == Token::kPunct);
      if (ok) {
        m->kind = MentionKind::kName;
        m->name = Span{t[best_b].span.begin, t[best_e - 1].span.end};
      }
    }
  }
  if (m->kind == MentionKind::kName) {
    // A name before a group it qualifies is no mention of its bearer: "Senior Biden
    // administration officials", "Kremlin-linked Putin aides".
    size_t after = 0;
    while (after < t.size() && t[after].span.begin < m->name.end) ++after;
    bool group = after < t.size() && t.size() - after <= 3;
    for (size_t j = after; group && j < t.size(); ++j) {
      group = t[j].kind == Token::kWord && !t[j].capitalized;
    }
    if (group) {
      std::string_view last = t.back().span.View(text);
      group = last.size() > 3 && last.back() == 's' &&
              (WordClasses(last) & (kRoleWordClass | kOrgWordClass));
    }
    if (group) {
      m->kind = MentionKind::kNominal;
      m->name = Span{};
      m->role = std::string(whole);
      m->described = true;
      return true;
    }
    // Role: the rest of the phrase (title before the name, or appositive after it).
    std::string role;
    auto append = [&](Span s) {
      std::string part = std::string(s.View(text));
      while (!part.empty() && (part.back() == ',' || part.back() == ' ')) part.pop_back();
      while (!part.empty() && (part.front() == ',' || part.front() == ' '))
        part.erase(part.begin());
      if (part.rfind("the ", 0) == 0 || part.rfind("The ", 0) == 0) part = part.substr(4);
      if (part.rfind("a ", 0) == 0) part = part.substr(2);
      if (part.rfind("an ", 0) == 0) part = part.substr(3);
      if (part.empty()) return;
      if (!role.empty()) role += ", ";
      role += part;
    };
    if (m->name.begin > m->span.begin) append(Span{m->span.begin, m->name.begin});
    if (m->name.end < m->span.end) append(Span{m->name.end, m->span.end});
    bool has_role_word = false;
    std::vector<Token> rt = Tokenize(role, Span{0, static_cast<uint32_t>(role.size())});
    for (const auto& tok : rt) {
      if (IsRoleWord(tok.span.View(role)) || IsHyphenatedRole(tok.span.View(role))) {
        has_role_word = true;
      }
    }
    // Or the acronym of an office before the name: "CEC Rajiv Kumar".
    const Speaker* org = nullptr;
    if (rt.size() == 1 && m->name.begin > m->span.begin && IsAcronym(role) &&
        !(WordClasses(role) & (kNotNameClass | kSpeakingPlaceClass)) &&
        KnownNameAt(text, m->span.begin, &org) == 0) {
      has_role_word = true;
    }
    if (has_role_word) m->role = role;
    return true;
  }
  // Nominal mention: a phrase that ends in (or is headed by) a role noun.
  // A group opened by a quantifier: "two EU diplomats", "one of the diplomats".
  size_t quant = 0;
  if (t.size() >= 2 &&
      (t[0].kind == Token::kNumber ||
       (t[0].kind == Token::kWord && (WordClasses(t[0].span.View(text)) & kQuantifierClass)))) {
    quant = 1;
    if (t.size() >= 4 && EqualsLower(t[1].span.View(text), "of") &&
        EqualsLower(t[2].span.View(text), "the")) {
      quant = 3;
    }
  }
  bool indefinite = StartsWithLower(whole, "a ") || StartsWithLower(whole, "an ") ||
                    (quant == 1 && EqualsLower(t[0].span.View(text), "one"));
  bool det = StartsWithLower(whole, "the ") || StartsWithLower(whole, "this ") ||
             StartsWithLower(whole, "that ") || indefinite || quant > 0 || t.front().capitalized ||
             after_conjunction || BarePluralGroup(text, t);
  // Someone described, not named: "a senior army officer", "an EU diplomat"; or referred
  // back to by a role: "the officer".
  bool described = (indefinite || StartsWithLower(whole, "the ")) &&
                   t.back().kind == Token::kWord &&
                   (WordClasses(t.back().span.View(text)) & kRoleWordClass);
  // Or a role after a possessive pronoun: "her lawyer", "his spokesman".
  bool owned = t.size() == 2 && t[1].kind == Token::kWord &&
               (WordClasses(t[1].span.View(text)) & kRoleWordClass) &&
               IsPossessivePronoun(t[0].span.View(text));
  if ((det && (described || MatchNominal(whole))) || owned) {
    m->kind = MentionKind::kNominal;
    m->role = std::string(whole);
    return true;
  }
  // Organisation: a known one, a phrase headed by an organisation word, or an acronym
  // ("The RSF says", "IAEA said").
  bool org_head =
      t.back().kind == Token::kWord &&
      (IsOrgWord(t.back().span.View(text)) ||
       (t.back().capitalized && t.size() >= 2 && IsCompanyWord(t.back().span.View(text))));
  if (!org && !org_head && t.back().kind == Token::kWord &&
      (t.size() == 1 || (t.size() == 2 && EqualsLower(t.front().span.View(text), "the")))) {
    org_head = IsAcronym(t.back().span.View(text));
  }
  // An acronym with a name after it: "NHS England".
  if (!org && !org_head && t.size() >= 2 && t.size() <= 3 && t[0].kind == Token::kWord &&
      IsAcronym(t[0].span.View(text))) {
    org_head = true;
    for (size_t k = 1; k < t.size(); ++k) {
      org_head = org_head && t[k].kind == Token::kWord && t[k].capitalized &&
                 !(WordClasses(t[k].span.View(text)) & (kRoleWordClass | kRoleModifierClass));
    }
  }
  // A name after "the" with no organisation word in it: "The Teamsters", "the Taliban".
  if (!org && !org_head && t.size() >= 2 && t.size() <= 3 &&
      EqualsLower(t[0].span.View(text), "the")) {
    org_head = true;
    for (size_t k = 1; k < t.size(); ++k) {
      std::string_view w = t[k].span.View(text);
      org_head =
          org_head && t[k].kind == Token::kWord && t[k].capitalized && !IsPossessive(w) &&
          !(WordClasses(w) & (kRoleWordClass | kRoleModifierClass | kFunctionWordClass |
                              kFirstNameClass | kMonthClass | kWeekdayClass | kPronounClass));
    }
  }
  // A proper name of capitalized words (the first may be "the") with no title in it, up
  // to t[e).
  auto proper_name = [&](size_t e) {
    for (size_t k = 0; k < e; ++k) {
      std::string_view w = t[k].span.View(text);
      if (t[k].kind != Token::kWord || !(t[k].capitalized || (k == 0 && EqualsLower(w, "the"))) ||
          (WordClasses(w) & (kRoleWordClass | kRoleModifierClass))) {
        return false;
      }
    }
    return true;
  };
  // A name of capitalized words holding one that names no person (a place word, "Valley")
  // is a body's: "Coastal Valley Power", "the China Coast Guard".
  bool the = EqualsLower(t[0].span.View(text), "the");
  if (!org && !org_head && t.size() >= 2 && t.size() <= (the ? 5u : 4u) &&
      (t[0].capitalized || the) && proper_name(t.size())) {
    for (size_t k = 0; k < t.size() && !org_head; ++k) {
      org_head = (WordClasses(t[k].span.View(text)) & kNotNameClass) &&
                 !(WordClasses(t[k].span.View(text)) &
                   (kMonthClass | kWeekdayClass | kFunctionWordClass | kDemonymClass));
    }
  }
  // A name ending in an acronym is a company's or a club's: "Ulsan HD", "Samsung SDI" (not a
  // person's generational suffix: "Henry Ford II"; no other acronym before it).
  if (!org && !org_head && t.size() >= 2 && t.size() <= 4 && t.back().kind == Token::kWord &&
      IsAcronym(t.back().span.View(text)) &&
      !(WordClasses(t.back().span.View(text)) & (kNameSuffixClass | kRoleWordClass))) {
    org_head = proper_name(t.size() - 1) &&
               std::none_of(t.begin(), t.end() - 1,
                            [&](const Token& k) { return IsAcronym(k.span.View(text)); });
  }
  // An organisation word and the place it serves: "the Meteorological Service Singapore",
  // "Police Scotland".
  if (!org && !org_head && t.size() >= 2 && t.size() <= 6 && t.back().kind == Token::kWord &&
      t[t.size() - 2].kind == Token::kWord && IsOrgWord(t[t.size() - 2].span.View(text)) &&
      t[t.size() - 2].capitalized && !IsFirstName(t.back().span.View(text))) {
    org_head = proper_name(t.size()) && !IsOrgWord(t.back().span.View(text));
  }
  // A one-word name after a lower-case descriptor: "Tour operator TUI", "Danish shipping
  // giant Maersk" (not a title: "minister Smith").
  Span named_org;
  if (!org && !org_head && t.size() >= 2 && t.size() <= 5 && t.back().kind == Token::kWord &&
      t.back().capitalized && t[t.size() - 2].kind == Token::kWord &&
      !t[t.size() - 2].capitalized &&
      !(WordClasses(t[t.size() - 2].span.View(text)) &
        (kRoleWordClass | kRoleModifierClass | kNameParticleClass | kFunctionWordClass)) &&
      !IsPreposition(t[t.size() - 2].span.View(text)) &&
      !EqualsLower(t[t.size() - 2].span.View(text), "the") &&
      !EqualsLower(t[t.size() - 2].span.View(text), "of")) {
    named_org = t.back().span;
    org_head = true;
  }
  // A proper name headed before its complement: "The Institute for the Study of War",
  // "the Ministry of Defense of the Russian Federation" (an appositive may follow); or a
  // body described in lower case before a proper complement, which it goes without: "the
  // French maritime prefecture for the Channel", "the agency's regional office for Africa".
  if (!org && !org_head && det) {
    size_t fe = 0;
    while (fe < t.size() && !(t[fe].kind == Token::kPunct && text[t[fe].span.begin] == ',')) ++fe;
    // (A list of capitalized words may end the name: "the Ministry of Trade, Industry and
    // Energy".)
    if (fe + 3 < t.size() && t.back().kind == Token::kWord && t.back().capitalized) {
      bool list = true, conj = false;
      for (size_t k = fe + 1; list && k < t.size(); ++k) {
        std::string_view w = t[k].span.View(text);
        bool joint = EqualsLower(w, "and") || w == "&" || w == ",";
        conj = conj || EqualsLower(w, "and") || w == "&";
        list = (t[k].kind == Token::kWord && t[k].capitalized) || (joint && k > fe + 1);
      }
      if (list && conj) fe = t.size();
    }
    auto small = [&](size_t k) {
      std::string_view w = t[k].span.View(text);
      return EqualsLower(w, "the") || EqualsLower(w, "of") || EqualsLower(w, "for") ||
             EqualsLower(w, "and") || EqualsLower(w, "in") || EqualsLower(w, "on") ||
             EqualsLower(w, "to");
    };
    size_t p = 1;
    while (p < fe &&
           !(EqualsLower(t[p].span.View(text), "of") || EqualsLower(t[p].span.View(text), "for") ||
             EqualsLower(t[p].span.View(text), "to"))) {
      ++p;
    }
    bool proper =
        p < fe && fe <= 12 && t[p - 1].kind == Token::kWord && IsOrgWord(t[p - 1].span.View(text));
    bool described = proper && !t[p - 1].capitalized && EqualsLower(t[0].span.View(text), "the");
    for (size_t k = 0; proper && k < fe; ++k) {
      proper =
          (t[k].kind == Token::kWord && (t[k].capitalized || small(k) || (described && k < p))) ||
          (k > p && t[k].kind == Token::kPunct && text[t[k].span.begin] == ',');
    }
    if (proper && t[fe - 1].capitalized) {
      // The body described goes by its description: "French maritime prefecture"; a
      // mission keeps where it is sent: "Russian permanent mission to the OSCE".
      bool sent = EqualsLower(t[p].span.View(text), "to");
      named_org = Span{t[0].span.begin, t[described && !sent ? p - 1 : fe - 1].span.end};
      org_head = true;
    }
  }
  if (org || (org_head && det && (t.size() <= 8 || !named_org.empty()))) {
    m->kind = MentionKind::kOrg;
    m->name = named_org.empty() ? m->span : named_org;
    if (org && !org_head) m->name = org_span;
    if (!org && named_org.empty()) {
      // A proper name before an appositive goes without it ("BEUC, the European consumer
      // organisation"); a statement goes by its issuer ("the IMF statement").
      size_t b = EqualsLower(t[0].span.View(text), "the") ? 1 : 0, e = b;
      while (e < t.size() && t[e].kind == Token::kWord && t[e].capitalized) ++e;
      bool appositive =
          e > b && e < t.size() && t[e].kind == Token::kPunct && text[t[e].span.begin] == ',';
      bool statement =
          e > b && e + 1 == t.size() && (WordClasses(t[e].span.View(text)) & kStatementWordClass);
      if (appositive || statement) m->name = Span{t[b].span.begin, t[e - 1].span.end};
    }
    // The group without its quantifier: "EU diplomats" for "two EU diplomats", the
    // diplomats named before for "one of the diplomats"; "three diplomats" are new.
    bool named = false;
    for (size_t k = quant; k < t.size(); ++k) named = named || t[k].capitalized;
    if (!org && named_org.empty() && (quant == 3 || (quant == 1 && named))) {
      m->name.begin = t[quant].span.begin;
    }
    // "The Interior Ministry" -> "Interior Ministry"
    if (m->name.View(text).rfind("The ", 0) == 0 || m->name.View(text).rfind("the ", 0) == 0) {
      m->name.begin += 4;
    }
    return true;
  }
  return false;
}

bool Lexicon::BarePluralGroup(std::string_view text, TokenView t) const {
  if (t.empty() || t.size() > 3 || t.back().kind != Token::kWord) return false;
  std::string_view head = t.back().span.View(text);
  // (Or a group noun with no plural after what it belongs to: "council staff", "local
  // police".)
  bool group = t.size() >= 2 && rules_.collective_groups.count(ToLower(head));
  if (!group && (head.size() < 4 || head.back() != 's' || !IsOrgWord(head))) return false;
  for (size_t k = 0; k < t.size(); ++k) {
    if (t[k].kind != Token::kWord || t[k].capitalized) return false;
  }
  return true;
}

bool Lexicon::IsIdentifyingParticiple(std::string_view word) const {
  if (WordClasses(word) & (kRoleWordClass | kOrgWordClass | kRoleModifierClass)) return false;
  if (EqualsLower(word, "involved") || EqualsLower(word, "based") || EqualsLower(word, "linked")) {
    return true;
  }
  if (!EndsInIng(word)) return false;
  for (std::string_view how : {"speaking", "talking", "briefing", "asking", "requesting",
                               "declining", "commenting", "writing"}) {
    if (EqualsLower(word, how)) return false;
  }
  return true;
}

bool Lexicon::SourceWithPostmodifier(std::string_view text, TokenView t) const {
  if (t.size() < 3 || t.size() > 14) return false;
  auto word = [&](size_t k) { return t[k].span.View(text); };
  bool indefinite =
      EqualsLower(word(0), "a") || EqualsLower(word(0), "an") || EqualsLower(word(0), "one");
  size_t h = indefinite ? 1 : 0;
  // The head: a role or organisation word, or "person"/"people", after a few modifiers.
  while (h < t.size() && h < 4 && t[h].kind == Token::kWord) {
    std::string_view w = word(h);
    if ((WordClasses(w) & (kRoleWordClass | kOrgWordClass)) || EqualsLower(w, "person") ||
        EqualsLower(w, "people")) {
      break;
    }
    ++h;
  }
  // (The last of such words in a row: "a police officer at ...".)
  while (h + 2 < t.size() && t[h + 1].kind == Token::kWord && !t[h + 1].capitalized &&
         (WordClasses(word(h + 1)) & (kRoleWordClass | kOrgWordClass))) {
    ++h;
  }
  // A capital only where the phrase opens a sentence: "Sources close to ...".
  if (h + 1 >= t.size() || t[h].kind != Token::kWord || (t[h].capitalized && h > 0)) {
    return false;
  }
  std::string_view head = word(h);
  if (!(WordClasses(head) & (kRoleWordClass | kOrgWordClass)) && !EqualsLower(head, "person") &&
      !EqualsLower(head, "people")) {
    return false;
  }
  // With no article, only a group: "people familiar with the vote", "Sources close to ...".
  if (!indefinite && !(EqualsLower(head, "people") || head.back() == 's')) return false;
  std::string_view next = word(h + 1);
  // Or a participle: "a diplomat involved in the talks", "a group representing residents".
  bool participle =
      t[h + 1].kind == Token::kWord && !t[h + 1].capitalized && IsIdentifyingParticiple(next);
  // (Or a restrictive relative clause after a group: "Survivors who attended the hearing".)
  bool post = EqualsLower(next, "familiar") || EqualsLower(next, "close") ||
              EqualsLower(next, "briefed") || EqualsLower(next, "knowledgeable") || participle ||
              (IsPreposition(next) && !EqualsLower(next, "according")) ||
              (EqualsLower(next, "of") && indefinite && t[h + 2].capitalized) ||
              (EqualsLower(next, "who") && !indefinite && head.back() == 's');
  if (!post || h + 2 >= t.size()) return false;
  for (size_t k = 0; k < t.size(); ++k) {
    if (t[k].kind == Token::kQuote || (t[k].kind == Token::kPunct && word(k) == ",")) return false;
    const Speaker* who = nullptr;
    if (t[k].kind == Token::kWord && t[k].capitalized &&
        KnownNameAt(text, t[k].span.begin, &who) > 0 && !who->is_org) {
      return false;
    }
  }
  return true;
}

bool Lexicon::DescriptionBeforeName(std::string_view text, TokenView t, size_t b, size_t e) const {
  if (b != 0 || e - b < 2 || e - b > 5 || e + 3 > t.size()) return false;
  // Lower-case words after a determiner, or after a capitalized possessive ("Reform UK's
  // candidate").
  std::string_view first = t[b].span.View(text);
  size_t lower = b + 1;
  if (!(EqualsLower(first, "the") || EqualsLower(first, "his") || EqualsLower(first, "her") ||
        EqualsLower(first, "their") || EqualsLower(first, "its"))) {
    while (lower < e && !IsPossessive(t[lower - 1].span.View(text))) ++lower;
    if (lower >= e) return false;
    for (size_t k = b; k < lower; ++k) {
      if (t[k].kind != Token::kWord || !t[k].capitalized) return false;
    }
  }
  for (size_t k = lower; k < e; ++k) {
    if (t[k].kind != Token::kWord || t[k].capitalized) return false;
  }
  size_t name_end = NameRunEnd(text, t, e + 1);
  if (name_end - (e + 1) >= 2 && (name_end == t.size() || (t[name_end].kind == Token::kPunct &&
                                                           text[t[name_end].span.begin] == ','))) {
    return true;
  }
  // Or, after a possessive ("Honduras's agent", "her co-agent"; not "The new bridge, Mayor
  // Tom Hardy said, ..."), a person's name with a title before it or a body after it:
  // "former foreign minister Ricardo Paz", "Professor Julian Whitlock of the University
  // of Cambridge".
  if (EqualsLower(first, "the") && !IsRoleWord(t[e - 1].span.View(text))) return false;
  size_t part_end = e + 1;
  while (part_end < t.size() &&
         !(t[part_end].kind == Token::kPunct && text[t[part_end].span.begin] == ',')) {
    ++part_end;
  }
  Mention person;
  return part_end - (e + 1) >= 3 && ParseMention(text, t.Sub(e + 1, part_end), &person) &&
         person.kind == MentionKind::kName;
}

bool Lexicon::ParseDelegate(std::string_view text, TokenView t, Mention* m) const {
  auto word = [&](size_t k) { return t[k].span.View(text); };
  auto is_delegate = [&](size_t k) {
    return t[k].kind == Token::kWord && (WordClasses(word(k)) & kDelegateWordClass);
  };
  // A first name or a known person: "Vasily", "Vladimir Putin".
  auto names_person = [&](size_t j) {
    const Speaker* who = nullptr;
    return IsFirstName(word(j)) || (KnownNameAt(text, t[j].span.begin, &who) > 0 && !who->is_org);
  };
  // The state is t[b, e): capitalized words, with "of" between them ("Republic of Korea").
  // A body (`org`) may be an organisation: "the Department for Science, Innovation and
  // Technology"; a comma or "&" then stands between its words.
  auto state = [&](size_t b, size_t e, bool org) {
    if (e <= b) return false;
    for (size_t j = b; j < e; ++j) {
      bool joint = j > b && j + 1 < e &&
                   (EqualsLower(word(j), "of") ||
                    (org && (EqualsLower(word(j), "for") || EqualsLower(word(j), "and") ||
                             word(j) == "," || word(j) == "&")));
      if (!joint && (t[j].kind != Token::kWord || !t[j].capitalized)) return false;
    }
    // A state, not an organisation ("the representative of the Foreign Ministry" is its
    // spokesperson), unless it is a bloc that speaks as one ("the European Union").
    Span place{t[b].span.begin, t[e - 1].span.end};
    bool bloc = org || (place.end - place.begin <= longest_speaking_place_ &&
                        (WordClasses(place.View(text)) & kSpeakingPlaceClass));
    for (size_t j = b; j < e; ++j) {
      if (!bloc && IsOrgWord(word(j))) return false;
      // Not a delegate named after the state: "the Representative of Russia Vasily
      // Nebenzya".
      if (names_person(j)) return false;
    }
    return true;
  };
  size_t k = !t.empty() && EqualsLower(word(0), "the") ? 1 : 0;
  if (t.size() >= k + 3 && is_delegate(k) && EqualsLower(word(k + 1), "of")) {
    // "the representative of [the] Republic of Korea[, ...]"; "the representatives of
    // China and Algeria" speak for the first.
    size_t b = k + 2;
    if (EqualsLower(word(b), "the")) ++b;
    size_t e = b;
    while (e < t.size() && t[e].kind == Token::kWord &&
           (t[e].capitalized ||
            (EqualsLower(word(e), "of") && e + 1 < t.size() && t[e + 1].capitalized))) {
      ++e;
    }
    bool ends = e == t.size() || (t[e].kind == Token::kPunct && text[t[e].span.begin] == ',') ||
                EqualsLower(word(e), "and");
    if (!ends || !state(b, e, false)) return false;
    m->kind = MentionKind::kDelegate;
    m->name = Span{t[b].span.begin, t[e - 1].span.end};
    return true;
  }
  // "Japan's representative".
  if (t.size() >= k + 2 && is_delegate(t.size() - 1) && IsPossessive(word(t.size() - 2))) {
    size_t p = t.size() - 2;
    if (!state(k, p + 1, false)) return false;
    m->kind = MentionKind::kDelegate;
    m->name = Span{t[k].span.begin, t[p].span.end - 2};
    return true;
  }
  // "A spokesperson for OpenAI", "a spokesman for the steelworkers' union Community": the
  // body is the capitalized words that end the phrase.
  size_t s = !t.empty() && (EqualsLower(word(0), "a") || EqualsLower(word(0), "an") ||
                            EqualsLower(word(0), "the"))
                 ? 1
                 : 0;
  if (t.size() >= s + 3 && t[s].kind == Token::kWord && (WordClasses(word(s)) & kSpokesWordClass) &&
      EqualsLower(word(s + 1), "for")) {
    size_t b = s + 2;
    bool place = false;  // "for the economy ministry in Berlin": the ministry's, not Berlin's
    while (b < t.size() && !t[b].capitalized) place = place || IsPreposition(word(b++));
    if (place) return false;
    // A spokesperson named after the body is the speaker: "A spokesman for the commission,
    // Jan Kowalski".
    for (size_t c = s + 2; c + 2 < t.size(); ++c) {
      if (t[c].kind == Token::kPunct && text[t[c].span.begin] == ',' &&
          IsPersonNameTokens(text, t, c + 1, t.size())) {
        return false;
      }
    }
    if (!state(b, t.size(), true)) {
      // The spokesman of a person is someone else: "a spokesman for President Vladimir
      // Putin" is a nominal, not Putin.
      // (But a name after the body is the spokesperson's own: "Spokesperson for the
      // Ukrainian Foreign Ministry Oleg Nikolenko".)
      for (size_t j = b; j < t.size(); ++j) {
        if (names_person(j)) {
          if (j > b && t[j - 1].kind == Token::kWord && IsOrgWord(word(j - 1))) return false;
          m->kind = MentionKind::kNominal;
          m->role = std::string(Span{t.front().span.begin, t.back().span.end}.View(text));
          return true;
        }
      }
      return false;
    }
    m->kind = MentionKind::kDelegate;
    m->name = Span{t[b].span.begin, t.back().span.end};
    return true;
  }
  return false;
}

bool Lexicon::ParseAttributionLine(std::string_view text, Span span, Mention* m, Span* cue,
                                   Span* clause) const {
  std::vector<Token> t = Tokenize(text, span);
  size_t b = 0;
  while (b < t.size() && t[b].kind == Token::kPunct && text[t[b].span.begin] == '-') ++b;
  size_t e = t.size();
  while (e > b && t[e - 1].kind == Token::kPunct) --e;
  if (e <= b || e - b > 60) return false;
  *clause = Span{};
  // "Said the minister."
  const CueVerb* verb = nullptr;
  if (size_t n = CueAt(text, t, b, &verb); n > 0 && e - b - n <= 10 && b + n < e) {
    if (ParseMention(text, Span{t[b + n].span.begin, t[e - 1].span.end}, m)) {
      *cue = Span{t[b].span.begin, t[b + n - 1].span.end};
      return true;
    }
  }
  // "- Lavrov explained[, emphasizing that <clause>]."
  for (size_t k = b + 1; k < e && k <= b + 12; ++k) {
    size_t n = CueAt(text, t, k, &verb);
    if (n == 0) continue;
    if (!ParseMention(text, Span{t[b].span.begin, t[k - 1].span.end}, m)) return false;
    // A name after a comma ends a sentence of its own: "Rising prices hurt families
    // across the region, Anna Berg said." (An appositive follows the name: "Anna Berg,
    // the analyst, said.")
    for (size_t j = b; j < k; ++j) {
      if (t[j].kind == Token::kPunct && text[t[j].span.begin] == ',') {
        if (!m->name.empty() && m->name.begin > t[j].span.begin) return false;
        break;
      }
    }
    *cue = Span{t[k].span.begin, t[k + n - 1].span.end};
    size_t after = k + n;
    if (after >= e) return true;
    // Only a participle clause may follow.
    if (t[after].kind == Token::kPunct && text[t[after].span.begin] == ',') ++after;
    size_t p = ParticipleAt(text, t, after);
    if (p == 0) return false;
    after += p;
    after += ComplementizerAt(text, t, after);
    if (after >= e) return false;
    *clause = Span{t[after].span.begin, t[e - 1].span.end};
    return true;
  }
  return false;
}

bool Lexicon::ParseCaption(std::string_view text, Span span, Span* start_to_end, Span* name,
                           Span* role) const {
  std::vector<Token> t = Tokenize(text, span);
  if (t.size() < 3) return false;
  auto tail_is_role = [&](uint32_t from) -> bool {
    // More than 25 tokens is no role: reading 26 tells. Tokenizing from where a token of
    // `t` ends goes on as the tokens of `t` do, so those are taken when `from` is such an
    // end (or the start of the span); a name glued to the next word ends elsewhere.
    std::vector<Token> tail;
    TokenView r;
    auto next = std::lower_bound(t.begin(), t.end(), from,
                                 [](const Token& tok, uint32_t p) { return tok.span.end < p; });
    if (from == span.begin || (next != t.end() && next->span.end == from)) {
      size_t b = from == span.begin ? 0 : static_cast<size_t>(next - t.begin()) + 1;
      r = TokenView(t).Sub(b, std::min(t.size(), b + 26));
    } else {
      tail = Tokenize(text, Span{from, span.end}, 26);
      r = tail;
    }
    if (r.empty() || r.size() > 25) return false;
    bool role_word = false;
    bool after_prep = false;
    for (size_t k = 0; k < r.size(); ++k) {
      std::string_view w = r[k].span.View(text);
      if (r[k].kind == Token::kPunct) {
        char c = text[r[k].span.begin];
        if (c == ',' || c == '-' || c == '(' || c == ')') continue;
        if (c == '.' && k + 1 == r.size()) continue;
        return false;
      }
      if (r[k].kind != Token::kWord) return false;
      if (IsRoleWord(w)) {
        role_word = true;
        continue;
      }
      if (IsRoleModifier(w) || r[k].capitalized) continue;
      bool article = EqualsLower(w, "the") || EqualsLower(w, "a") || EqualsLower(w, "an") ||
                     EqualsLower(w, "and");
      if (article || EqualsLower(w, "of") || EqualsLower(w, "on") || EqualsLower(w, "for") ||
          EqualsLower(w, "in") || EqualsLower(w, "to") || EqualsLower(w, "at")) {
        if (k == 0) return false;
        after_prep = after_prep || !article;
        continue;
      }
      if (after_prep) continue;  // "head of the regional assembly"
      return false;
    }
    // The first word must open a title: a role word, a modifier or a capital (after the
    // comma of "Khaled Al Mansoori, Chairman and CEO").
    size_t f = 0;
    while (f < r.size() && r[f].kind == Token::kPunct) ++f;
    if (f == r.size()) return false;
    std::string_view first = r[f].span.View(text);
    if (!(r[f].capitalized || IsRoleWord(first) || IsRoleModifier(first))) return false;
    return role_word;
  };
  for (size_t k = 0; k < t.size(); ++k) {
    if (t[k].kind != Token::kWord || !t[k].capitalized) continue;
    if (k > 0 && t[k - 1].kind == Token::kWord && t[k - 1].span.end == t[k].span.begin) continue;
    // Known name, possibly glued to the role.
    const Speaker* who = nullptr;
    size_t len = KnownNameAt(text, t[k].span.begin, &who);
    if (len > 0 && !who->is_org) {
      uint32_t e = t[k].span.begin + static_cast<uint32_t>(len);
      if (e < span.end && tail_is_role(e)) {
        *start_to_end = Span{t[k].span.begin, span.end};
        *name = Span{t[k].span.begin, e};
        uint32_t rb = e;
        while (rb < span.end && text[rb] == ' ') ++rb;
        *role = Span{rb, span.end};
        return true;
      }
    }
    // Unknown person name of 2-3 words, the last possibly glued to a lower-case role word.
    for (size_t n = 3; n >= 2; --n) {
      if (k + n > t.size()) continue;
      if (!IsPersonNameTokens(text, t, k, k + n - 1)) continue;
      const Token& last = t[k + n - 1];
      if (last.kind != Token::kWord || !last.capitalized) continue;
      std::string_view lw = last.span.View(text);
      if (IsNotName(lw) || IsRoleWord(lw) || IsOrgWord(lw)) continue;
      uint32_t name_end = last.span.end;
      // Glued: "Petrovdeputy" -> "Petrov" + "deputy", "PetrovDeputy" -> "Petrov" +
      // "Deputy".
      bool whole_ok = IsPersonNameTokens(text, t, k + n - 1, k + n);
      if (!whole_ok) continue;
      for (size_t cut = 3; cut + 3 <= lw.size(); ++cut) {
        bool lower = lw[cut] >= 'a' && lw[cut] <= 'z';
        bool upper = lw[cut] >= 'A' && lw[cut] <= 'Z' && lw[cut - 1] >= 'a' && lw[cut - 1] <= 'z';
        if (!lower && !upper) continue;
        std::string_view rest = lw.substr(cut);
        if ((WordClasses(rest) & (kRoleWordClass | kRoleModifierClass)) && rest.size() >= 4 &&
            tail_is_role(last.span.begin + static_cast<uint32_t>(cut))) {
          name_end = last.span.begin + static_cast<uint32_t>(cut);
          break;
        }
      }
      if (name_end < span.end && tail_is_role(name_end)) {
        *start_to_end = Span{t[k].span.begin, span.end};
        *name = Span{t[k].span.begin, name_end};
        uint32_t rb = name_end;
        while (rb < span.end && text[rb] == ' ') ++rb;
        *role = Span{rb, span.end};
        return true;
      }
    }
  }
  return false;
}

}  // namespace claims
