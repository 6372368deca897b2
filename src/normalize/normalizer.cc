#include "claims/normalize/normalizer.h"

#include <algorithm>
#include <cstdint>
#include <cstring>

namespace claims {
namespace {

// Decodes one UTF-8 code point at `i` (input is validated by io); returns its length.
size_t Decode(std::string_view s, size_t i, uint32_t* cp) {
  auto c = static_cast<unsigned char>(s[i]);
  if (c < 0x80) {
    *cp = c;
    return 1;
  }
  size_t len = (c & 0xE0) == 0xC0 ? 2 : (c & 0xF0) == 0xE0 ? 3 : (c & 0xF8) == 0xF0 ? 4 : 1;
  if (len == 1 || i + len > s.size()) {
    *cp = 0xFFFD;
    return 1;
  }
  uint32_t v = c & (0xFF >> (len + 1));
  for (size_t k = 1; k < len; ++k) v = (v << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
  *cp = v;
  return len;
}

enum class Mark { kNone, kOpen, kClose };

// The HTML entity at `i` (an ampersand), as scraped pages leave them in text: "&amp;",
// "&nbsp;", "&#8217;", "&#x201C;". Returns its length and code point, or 0.
size_t DecodeEntity(std::string_view s, size_t i, uint32_t* cp) {
  size_t semi = s.find(';', i + 1);
  if (semi == std::string_view::npos || semi - i < 3 || semi - i > 9) return 0;
  std::string_view body = s.substr(i + 1, semi - i - 1);
  if (body[0] == '#') {
    bool hex = body.size() > 2 && (body[1] == 'x' || body[1] == 'X');
    uint32_t v = 0;
    for (size_t k = hex ? 2 : 1; k < body.size(); ++k) {
      char c = body[k];
      int d = c >= '0' && c <= '9'          ? c - '0'
              : hex && c >= 'a' && c <= 'f' ? c - 'a' + 10
              : hex && c >= 'A' && c <= 'F' ? c - 'A' + 10
                                            : -1;
      if (d < 0) return 0;
      v = v * (hex ? 16 : 10) + static_cast<uint32_t>(d);
    }
    // No control characters, surrogates or values past Unicode.
    if (v < 0x20 || (v >= 0x7F && v < 0xA0) || (v >= 0xD800 && v < 0xE000) || v > 0x10FFFF) {
      return 0;
    }
    *cp = v;
    return semi - i + 1;
  }
  static constexpr struct {
    std::string_view name;
    uint32_t cp;
  } kNamed[] = {{"amp", '&'},      {"quot", '"'},     {"apos", '\''},     {"lt", '<'},
                {"gt", '>'},       {"nbsp", 0xA0},    {"ldquo", 0x201C},  {"rdquo", 0x201D},
                {"lsquo", 0x2018}, {"rsquo", 0x2019}, {"laquo", 0xAB},    {"raquo", 0xBB},
                {"ndash", 0x2013}, {"mdash", 0x2014}, {"hellip", 0x2026}, {"eacute", 0xE9},
                {"euro", 0x20AC},  {"pound", 0xA3},   {"copy", 0xA9},     {"shy", 0xAD}};
  for (const auto& e : kNamed) {
    if (body == e.name) {
      *cp = e.cp;
      return semi - i + 1;
    }
  }
  return 0;
}

// An ASCII byte Normalize keeps unchanged (CR and the odd spaces are rewritten, and an
// ampersand may open an HTML entity).
bool IsKeptAscii(char c) {
  auto u = static_cast<unsigned char>(c);
  return u < 0x80 && c != '\r' && c != '\t' && c != '\f' && c != '\v' && c != '&';
}

// The end of the run of bytes from `i` on that Normalize keeps as they are. Text is
// read eight bytes at a time: a word with no byte below 0x0E, none above 0x7F and no
// ampersand is kept whole, and only words holding such a byte (mostly a newline) are
// looked at bytewise.
size_t KeptAsciiRunEnd(std::string_view s, size_t i) {
  constexpr uint64_t kOnes = 0x0101010101010101, kHigh = 0x8080808080808080;
  const size_t n = s.size();
  for (; i + 8 <= n; i += 8) {
    uint64_t w;
    std::memcpy(&w, s.data() + i, 8);
    // (x - 0x01..) & ~x & kHigh is non-zero iff some byte of x is zero; with x = w ^ '&'..,
    // iff some byte is an ampersand. (w - 0x0E..) & ~w & kHigh: some byte below 0x0E.
    uint64_t amp = w ^ (kOnes * '&');
    if (((w | ((w - kOnes * 0x0E) & ~w) | ((amp - kOnes) & ~amp)) & kHigh) == 0) continue;
    for (size_t k = 0; k < 8; ++k) {
      if (!IsKeptAscii(s[i + k])) return i + k;
    }
  }
  while (i < n && IsKeptAscii(s[i])) ++i;
  return i;
}

}  // namespace

void OffsetMap::Append(uint32_t orig, size_t n) {
  if (n == 0) return;
  // A new run unless the bytes continue the last one.
  if (runs_.empty() || runs_.back().orig + (size_ - runs_.back().pos) != orig) {
    runs_.push_back(Run{static_cast<uint32_t>(size_), orig});
  }
  size_ += n;
}

uint32_t OffsetMap::operator[](size_t i) const {
  auto it = std::upper_bound(runs_.begin(), runs_.end(), i,
                             [](size_t p, const Run& r) { return p < r.pos; });
  const Run& r = *std::prev(it);
  return r.orig + static_cast<uint32_t>(i - r.pos);
}

Span NormalizedText::ToOriginal(Span s) const {
  if (offsets.empty()) return s;
  uint32_t b = offsets[std::min<size_t>(s.begin, offsets.size() - 1)];
  uint32_t e = offsets[std::min<size_t>(s.end, offsets.size() - 1)];
  // The end maps to the start of the character after the span; when that character
  // was dropped (BOM) or folded, the original end is still right because offsets are
  // monotone.
  return Span{b, std::max(b, e)};
}

bool NormalizedText::IsOpeningMark(uint32_t pos) const {
  return std::binary_search(opening_marks.begin(), opening_marks.end(), pos);
}

bool NormalizedText::IsClosingMark(uint32_t pos) const {
  return std::binary_search(closing_marks.begin(), closing_marks.end(), pos);
}

void EncodeUtf8(char32_t cp, std::string* out) {
  if (cp < 0x80) {
    out->push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out->push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out->push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out->push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

NormalizedText Normalize(std::string_view in) {
  NormalizedText nt;
  nt.text.reserve(in.size());
  size_t i = 0;
  if (in.substr(0, 3) == "\xEF\xBB\xBF") i = 3;
  auto put = [&](char c, size_t orig) {
    nt.text.push_back(c);
    nt.offsets.Append(static_cast<uint32_t>(orig));
  };
  while (i < in.size()) {
    // Runs of ASCII that stays as it is are copied at once.
    size_t run = KeptAsciiRunEnd(in, i);
    if (run > i) {
      nt.text.append(in.data() + i, run - i);
      nt.offsets.Append(static_cast<uint32_t>(i), run - i);
      i = run;
      if (i == in.size()) break;
    }
    char c = in[i];
    uint32_t cp;
    size_t len = 0;
    bool entity = c == '&' && (len = DecodeEntity(in, i, &cp)) > 0;
    if (!entity && static_cast<unsigned char>(c) < 0x80) {
      if (c == '\r') {
        put('\n', i);
        i += (i + 1 < in.size() && in[i + 1] == '\n') ? 2 : 1;
        continue;
      }
      if (c == '\t' || c == '\f' || c == '\v') c = ' ';
      put(c, i);
      ++i;
      continue;
    }
    if (!entity) len = Decode(in, i, &cp);
    Mark mark = Mark::kNone;
    char repl = 0;
    switch (cp) {
      case 0x201C:  // “
      case 0x201E:  // „
      case 0x00AB:  // «
      case 0x301D:
        repl = '"';
        mark = Mark::kOpen;
        break;
      case 0x201D:  // ”
      case 0x00BB:  // »
      case 0x301E:
        repl = '"';
        mark = Mark::kClose;
        break;
      case 0x201F:
      case 0xFF02:
        repl = '"';
        break;
      case 0x2018:  // ‘
      case 0x201A:
      case 0x201B:
        repl = '\'';
        mark = Mark::kOpen;
        break;
      case 0x2019:  // ’: a closing mark or, far more often, an apostrophe
      case 0x2032:
        repl = '\'';
        break;
      case 0x2010:
      case 0x2011:
      case 0x2012:
      case 0x2013:
      case 0x2014:
      case 0x2015:
      case 0x2212:
        repl = '-';
        break;
      case 0x00A0:
      case 0x2002:
      case 0x2003:
      case 0x2004:
      case 0x2005:
      case 0x2006:
      case 0x2007:
      case 0x2008:
      case 0x2009:
      case 0x200A:
      case 0x202F:
      case 0x205F:
      case 0x3000:
        repl = ' ';
        break;
      case 0x2028:
      case 0x2029:
        repl = '\n';
        break;
      case 0x200B:
      case 0x200C:
      case 0x200D:
      case 0x2060:
      case 0xFEFF:
      case 0x00AD:
        i += len;  // invisible: dropped
        continue;
      case 0x2026:  // …
        put('.', i);
        put('.', i);
        put('.', i);
        i += len;
        continue;
      default:
        break;
    }
    if (repl) {
      if (mark == Mark::kOpen) nt.opening_marks.push_back(static_cast<uint32_t>(nt.text.size()));
      if (mark == Mark::kClose) nt.closing_marks.push_back(static_cast<uint32_t>(nt.text.size()));
      put(repl, i);
    } else if (entity) {
      // Every byte of the character maps to the entity's ampersand.
      std::string bytes;
      EncodeUtf8(cp, &bytes);
      for (char b : bytes) put(b, i);
    } else {
      nt.text.append(in.data() + i, len);
      nt.offsets.Append(static_cast<uint32_t>(i), len);
    }
    i += len;
  }
  nt.offsets.Append(static_cast<uint32_t>(in.size()));
  return nt;
}

}  // namespace claims
