#include "claims/emit/text_match.h"

#include <algorithm>
#include <cstdint>
#include <iterator>

#include "claims/normalize/normalizer.h"

namespace claims {
namespace {

struct CodeRange {
  char32_t first;
  char32_t last;
};

struct LowerRun {
  char32_t first;
  char32_t last;
  int stride;
  int delta;
};

struct CompatFold {
  char32_t cp;
  const char* nfkc;  // UTF-8
};

struct Composition {
  char32_t base;
  char32_t mark;
  char32_t composed;
};

#include "unicode_tables.inc"

constexpr char32_t kReplacement = 0xFFFD;

// Decodes one code point at `*i`, advancing it; an invalid byte is U+FFFD.
char32_t Decode(std::string_view s, size_t* i) {
  auto c = static_cast<unsigned char>(s[*i]);
  if (c < 0x80) {
    ++*i;
    return c;
  }
  size_t len = (c & 0xE0) == 0xC0 ? 2 : (c & 0xF0) == 0xE0 ? 3 : (c & 0xF8) == 0xF0 ? 4 : 0;
  if (len == 0 || *i + len > s.size()) {
    ++*i;
    return kReplacement;
  }
  char32_t cp = c & (0xFF >> (len + 1));
  for (size_t k = 1; k < len; ++k) {
    auto cc = static_cast<unsigned char>(s[*i + k]);
    if ((cc & 0xC0) != 0x80) {
      ++*i;
      return kReplacement;
    }
    cp = (cp << 6) | (cc & 0x3F);
  }
  *i += len;
  return cp;
}

bool IsWord(char32_t cp) {
  if (cp < 0x80) {
    return (cp >= '0' && cp <= '9') || (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') ||
           cp == '_';
  }
  auto it = std::upper_bound(std::begin(kNonWordRanges), std::end(kNonWordRanges), cp,
                             [](char32_t c, const CodeRange& r) { return c < r.first; });
  if (it == std::begin(kNonWordRanges)) return true;
  --it;
  return cp > it->last;
}

// A letter with case, near enough for the final-sigma rule: Latin, Greek and
// Cyrillic letters.
bool IsCased(char32_t cp) {
  if (cp < 0x80) return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z');
  bool script = (cp >= 0x00C0 && cp <= 0x052F) || (cp >= 0x1E00 && cp <= 0x1FFF) ||
                (cp >= 0xFF21 && cp <= 0xFF5A);
  return script && IsWord(cp);
}

// The common Case_Ignorable characters, which the final-sigma rule looks through:
// apostrophes, periods, colons, modifier symbols, combining marks, format characters.
bool IsCaseIgnorable(char32_t cp) {
  switch (cp) {
    case '\'':
    case '.':
    case ':':
    case '^':
    case '`':
    case 0x00A8:
    case 0x00AD:
    case 0x00AF:
    case 0x00B4:
    case 0x00B7:
    case 0x00B8:
    case 0x2018:
    case 0x2019:
    case 0x2024:
    case 0x2026:  // becomes "..." under NFKC
    case 0x2027:
    case 0xFEFF:
    case 0xFF07:
    case 0xFF0E:
    case 0xFF1A:
      return true;
    default:
      return (cp >= 0x0300 && cp <= 0x036F) || (cp >= 0x200B && cp <= 0x200F) ||
             (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2060 && cp <= 0x206F);
  }
}

// Python's Final_Sigma: a cased letter before (looking through case-ignorables) and
// none after.
bool IsFinalSigma(const std::u32string& cps, size_t k) {
  size_t i = k;
  while (i > 0 && IsCaseIgnorable(cps[i - 1])) --i;
  if (i == 0 || !IsCased(cps[i - 1])) return false;
  size_t j = k + 1;
  while (j < cps.size() && IsCaseIgnorable(cps[j])) ++j;
  return j == cps.size() || !IsCased(cps[j]);
}

char32_t LowerOne(char32_t cp) {
  if (cp < 0x80) return (cp >= 'A' && cp <= 'Z') ? cp + 32 : cp;
  auto it = std::upper_bound(std::begin(kLowerRuns), std::end(kLowerRuns), cp,
                             [](char32_t c, const LowerRun& r) { return c < r.first; });
  if (it == std::begin(kLowerRuns)) return cp;
  --it;
  if (cp > it->last || (cp - it->first) % static_cast<char32_t>(it->stride) != 0) return cp;
  return static_cast<char32_t>(static_cast<int32_t>(cp) + it->delta);
}

// NFKC, reduced to the tables above: compatibility folds, then composition of a base
// letter with the combining mark that follows it.
std::u32string Nfkc(std::string_view text) {
  std::u32string out;
  out.reserve(text.size());
  size_t i = 0;
  while (i < text.size()) {
    char32_t cp = Decode(text, &i);
    if (cp >= 0x80) {
      auto fold = std::lower_bound(std::begin(kCompatFolds), std::end(kCompatFolds), cp,
                                   [](const CompatFold& f, char32_t c) { return f.cp < c; });
      if (fold != std::end(kCompatFolds) && fold->cp == cp) {
        std::string_view s(fold->nfkc);
        for (size_t k = 0; k < s.size();) out.push_back(Decode(s, &k));
        continue;
      }
      if (!out.empty()) {
        Composition key{out.back(), cp, 0};
        auto comp = std::lower_bound(std::begin(kCompositions), std::end(kCompositions), key,
                                     [](const Composition& a, const Composition& b) {
                                       return a.base != b.base ? a.base < b.base : a.mark < b.mark;
                                     });
        if (comp != std::end(kCompositions) && comp->base == key.base && comp->mark == cp) {
          out.back() = comp->composed;
          continue;
        }
      }
    }
    out.push_back(cp);
  }
  return out;
}

// The scorer's QUOTES table: typographic quotes and dashes to ASCII.
char32_t FoldQuote(char32_t cp) {
  switch (cp) {
    case 0x201C:
    case 0x201D:
    case 0x201E:
    case 0x00AB:
    case 0x00BB:
      return '"';
    case 0x2018:
    case 0x2019:
      return '\'';
    case 0x2013:
    case 0x2014:
      return '-';
    default:
      return cp;
  }
}

// str.lower(), with its two context rules that matter here.
std::u32string Lower(const std::u32string& cps) {
  std::u32string lower;
  lower.reserve(cps.size());
  for (size_t k = 0; k < cps.size(); ++k) {
    char32_t cp = cps[k];
    if (cp == 0x0130) {  // LATIN CAPITAL LETTER I WITH DOT ABOVE -> i + U+0307
      lower.push_back('i');
      lower.push_back(0x0307);
    } else if (cp == 0x03A3) {  // GREEK CAPITAL LETTER SIGMA: final form at a word end
      lower.push_back(IsFinalSigma(cps, k) ? 0x03C2 : 0x03C3);
    } else {
      lower.push_back(LowerOne(cp));
    }
  }
  return lower;
}

}  // namespace

std::vector<std::string> MatchTokens(std::string_view text) {
  std::u32string cps = Nfkc(text);
  for (auto& cp : cps) cp = FoldQuote(cp);
  std::vector<std::string> tokens;
  std::string current;
  for (char32_t cp : Lower(cps)) {
    if (IsWord(cp)) {
      EncodeUtf8(cp, &current);
    } else if (!current.empty()) {
      tokens.push_back(std::move(current));
      current.clear();
    }
  }
  if (!current.empty()) tokens.push_back(std::move(current));
  return tokens;
}

std::string LowerCase(std::string_view text) {
  std::u32string cps;
  cps.reserve(text.size());
  for (size_t i = 0; i < text.size();) cps.push_back(Decode(text, &i));
  std::string out;
  out.reserve(text.size());
  for (char32_t cp : Lower(cps)) EncodeUtf8(cp, &out);
  return out;
}

double TokenF1(const std::vector<std::string>& a, const std::vector<std::string>& b) {
  if (a.empty() || b.empty()) return 0.0;
  std::vector<std::string_view> sa(a.begin(), a.end()), sb(b.begin(), b.end());
  std::sort(sa.begin(), sa.end());
  std::sort(sb.begin(), sb.end());
  // Multiset intersection size: Python's sum((Counter(a) & Counter(b)).values()).
  size_t common = 0;
  for (size_t i = 0, j = 0; i < sa.size() && j < sb.size();) {
    if (sa[i] < sb[j]) {
      ++i;
    } else if (sb[j] < sa[i]) {
      ++j;
    } else {
      ++common;
      ++i;
      ++j;
    }
  }
  if (common == 0) return 0.0;
  double p = static_cast<double>(common) / static_cast<double>(a.size());
  double r = static_cast<double>(common) / static_cast<double>(b.size());
  return 2 * p * r / (p + r);
}

size_t Utf8Length(std::string_view text) {
  size_t n = 0;
  for (size_t i = 0; i < text.size(); ++n) Decode(text, &i);
  return n;
}

std::string_view Utf8Prefix(std::string_view text, size_t n) {
  size_t i = 0;
  for (size_t k = 0; k < n && i < text.size(); ++k) Decode(text, &i);
  return text.substr(0, i);
}

}  // namespace claims
