#include "claims/emit/record.h"

#include <array>
#include <charconv>
#include <cstdio>
#include <cstring>
#include <nlohmann/json.hpp>

namespace claims {
namespace {

void AppendOpt(const std::string* v, std::string* out) {
  if (v) {
    AppendJsonString(*v, out);
  } else {
    out->append("null");
  }
}

const std::string* Ptr(const std::optional<std::string>& v) { return v ? &*v : nullptr; }

void AppendNumber(uint32_t n, std::string* out) {
  char buf[16];
  auto [end, ec] = std::to_chars(buf, buf + sizeof buf, n);
  out->append(buf, static_cast<size_t>(end - buf));
}

uint64_t Fnv1a(std::string_view s, uint64_t h = 1469598103934665603ULL) {
  for (unsigned char c : s) {
    h ^= c;
    h *= 1099511628211ULL;
  }
  return h;
}

// The string fields in output order; null ones as nullptr (no copies).
template <typename F>
void ForEachField(const Record& r, F&& f) {
  f("id", &r.id);
  f("doc", &r.doc);
  f("speaker", Ptr(r.speaker));
  f("mention", Ptr(r.mention));
  f("role", Ptr(r.role));
  f("claim", &r.claim);
  f("type", &r.type);
  f("cue", Ptr(r.cue));
  f("date", Ptr(r.date));
  f("said_on", Ptr(r.said_on));
  f("outlet", Ptr(r.outlet));
  f("via", Ptr(r.via));
}

// Whether any of the eight bytes in `w` is one a JSON string cannot hold as it is (a
// control byte, '"' or '\\') or starts a UTF-8 sequence that must be checked.
bool HasSpecialByte(uint64_t w) {
  constexpr uint64_t kOnes = 0x0101010101010101ULL;
  constexpr uint64_t kHigh = 0x8080808080808080ULL;
  uint64_t quote = w ^ (kOnes * '"');
  uint64_t backslash = w ^ (kOnes * '\\');
  // (x - kOnes * n) & ~x has a high bit set in some byte iff a byte of x is below n
  // (n <= 0x80); bytes with their own high bit set are caught by `w` itself.
  uint64_t control = (w - kOnes * 0x20) & ~w;
  uint64_t is_quote = (quote - kOnes) & ~quote;
  uint64_t is_backslash = (backslash - kOnes) & ~backslash;
  return ((control | is_quote | is_backslash | w) & kHigh) != 0;
}

// Per byte: 0 when it is copied as it is, 1 for the lead byte of a UTF-8 sequence or
// any other non-ASCII byte (checked), 2 when it is written as an escape.
constexpr std::array<uint8_t, 256> MakeJsonByteClasses() {
  std::array<uint8_t, 256> c{};
  for (int b = 0; b < 0x20; ++b) c[static_cast<size_t>(b)] = 2;
  c['"'] = c['\\'] = 2;
  for (int b = 0x80; b < 0x100; ++b) c[static_cast<size_t>(b)] = 1;
  return c;
}
constexpr std::array<uint8_t, 256> kJsonByteClass = MakeJsonByteClasses();

// The escape of an ASCII byte of class 2: "\n", "\"", or "\u00XX" for the other controls.
std::string_view JsonEscape(unsigned char c, char (&buf)[6]) {
  switch (c) {
    case '"':
      return "\\\"";
    case '\\':
      return "\\\\";
    case '\n':
      return "\\n";
    case '\t':
      return "\\t";
    case '\r':
      return "\\r";
    default: {
      static const char kHex[] = "0123456789abcdef";
      buf[0] = '\\';
      buf[1] = 'u';
      buf[2] = '0';
      buf[3] = '0';
      buf[4] = kHex[c >> 4];
      buf[5] = kHex[c & 0xF];
      return std::string_view(buf, 6);
    }
  }
}

// Length of the valid UTF-8 sequence starting at `i` of `s` (whose first byte is
// non-ASCII); 0 when it is not one.
size_t Utf8SequenceAt(std::string_view s, size_t i) {
  auto c = static_cast<unsigned char>(s[i]);
  size_t len = (c & 0xE0) == 0xC0 ? 2 : (c & 0xF0) == 0xE0 ? 3 : (c & 0xF8) == 0xF0 ? 4 : 0;
  if (len == 0 || i + len > s.size()) return 0;
  for (size_t k = 1; k < len; ++k) {
    if ((static_cast<unsigned char>(s[i + k]) & 0xC0) != 0x80) return 0;
  }
  return len;
}

// Appends the characters of `s` as a JSON string holds them, without the quotes.
void AppendJsonStringBody(std::string_view s, std::string* out) {
  const char* data = s.data();
  size_t n = s.size();
  // Bytes are copied in runs: from `copied` up to the next byte that must be escaped or
  // replaced. Printable ASCII is skipped eight bytes at a time, valid UTF-8 by sequence.
  size_t copied = 0;
  size_t i = 0;
  while (true) {
    while (i + 8 <= n) {
      uint64_t w;
      std::memcpy(&w, data + i, 8);
      if (HasSpecialByte(w)) break;
      i += 8;
    }
    while (i < n && kJsonByteClass[static_cast<unsigned char>(data[i])] == 0) ++i;
    if (i >= n) break;
    auto c = static_cast<unsigned char>(data[i]);
    if (kJsonByteClass[c] == 1) {
      if (size_t len = Utf8SequenceAt(s, i)) {
        i += len;
        continue;
      }
    }
    out->append(data + copied, i - copied);
    if (kJsonByteClass[c] == 1) {
      out->append("\xEF\xBF\xBD");  // U+FFFD for a byte that is not valid UTF-8
    } else {
      char buf[6];
      out->append(JsonEscape(c, buf));
    }
    copied = ++i;
  }
  out->append(data + copied, n - copied);
}

// Whether `s` goes into a JSON string as it is: no byte to escape or replace.
bool JsonVerbatim(std::string_view s) {
  const char* data = s.data();
  size_t n = s.size();
  size_t i = 0;
  while (true) {
    while (i + 8 <= n) {
      uint64_t w;
      std::memcpy(&w, data + i, 8);
      if (HasSpecialByte(w)) break;
      i += 8;
    }
    while (i < n && kJsonByteClass[static_cast<unsigned char>(data[i])] == 0) ++i;
    if (i >= n) return true;
    if (kJsonByteClass[static_cast<unsigned char>(data[i])] != 1) return false;
    size_t len = Utf8SequenceAt(s, i);
    if (len == 0) return false;
    i += len;
  }
}

// AppendJson for a record with a field that must be escaped: each piece appended.
void AppendJsonEscaped(const Record& r, std::string* out) {
  // Room for the whole object, so it is written without growing the buffer; escapes
  // may still need more.
  out->reserve(out->size() + JsonSizeHint(r));
  // Each key is written with the comma before it and the opening quote of its value;
  // a null value drops that quote again.
  auto str = [&](std::string_view key_colon_quote, const std::string& v) {
    out->append(key_colon_quote);
    AppendJsonStringBody(v, out);
    out->push_back('"');
  };
  auto opt = [&](std::string_view key_colon_quote, const std::optional<std::string>& v) {
    if (v) {
      str(key_colon_quote, *v);
    } else {
      out->append(key_colon_quote.substr(0, key_colon_quote.size() - 1));
      out->append("null");
    }
  };
  str("{\"id\":\"", r.id);
  str(",\"doc\":\"", r.doc);
  opt(",\"speaker\":\"", r.speaker);
  opt(",\"mention\":\"", r.mention);
  opt(",\"role\":\"", r.role);
  str(",\"claim\":\"", r.claim);
  str(",\"type\":\"", r.type);
  opt(",\"cue\":\"", r.cue);
  opt(",\"date\":\"", r.date);
  opt(",\"said_on\":\"", r.said_on);
  opt(",\"outlet\":\"", r.outlet);
  opt(",\"via\":\"", r.via);
  out->append(",\"span\":[");
  AppendNumber(r.span.begin, out);
  out->push_back(',');
  AppendNumber(r.span.end, out);
  str("],\"rule\":\"", r.rule);
  out->push_back('}');
}

}  // namespace

void AppendJsonString(std::string_view s, std::string* out) {
  out->push_back('"');
  AppendJsonStringBody(s, out);
  out->push_back('"');
}

size_t JsonSizeHint(const Record& r) {
  // Keys, punctuation, nulls and span digits take less than 200 bytes.
  size_t size = 200 + r.id.size() + r.doc.size() + r.claim.size() + r.type.size() + r.rule.size();
  for (const auto* v :
       {&r.speaker, &r.mention, &r.role, &r.cue, &r.date, &r.said_on, &r.outlet, &r.via}) {
    if (*v) size += (*v)->size();
  }
  return size;
}

void AppendJson(const Record& r, std::string* out) {
  // Most records need no escape: each field is then copied as it is, through a
  // pointer, into room made for the whole object (JsonSizeHint, which is enough when
  // nothing grows). At the first field that must be escaped, the record is written
  // again piece by piece.
  const size_t at = out->size();
  out->resize(at + JsonSizeHint(r));
  char* p = out->data() + at;
  bool verbatim = true;
  auto raw = [&](std::string_view s) {
    std::memcpy(p, s.data(), s.size());
    p += s.size();
  };
  // Each key is written with the comma before it and the opening quote of its value;
  // a null value drops that quote again.
  auto str = [&](std::string_view key_colon_quote, const std::string& v) {
    if (!verbatim || !(verbatim = JsonVerbatim(v))) return;
    raw(key_colon_quote);
    raw(v);
    *p++ = '"';
  };
  auto opt = [&](std::string_view key_colon_quote, const std::optional<std::string>& v) {
    if (v) {
      str(key_colon_quote, *v);
    } else {
      raw(key_colon_quote.substr(0, key_colon_quote.size() - 1));
      raw("null");
    }
  };
  auto number = [&](uint32_t n) { p = std::to_chars(p, p + 10, n).ptr; };
  str("{\"id\":\"", r.id);
  str(",\"doc\":\"", r.doc);
  opt(",\"speaker\":\"", r.speaker);
  opt(",\"mention\":\"", r.mention);
  opt(",\"role\":\"", r.role);
  str(",\"claim\":\"", r.claim);
  str(",\"type\":\"", r.type);
  opt(",\"cue\":\"", r.cue);
  opt(",\"date\":\"", r.date);
  opt(",\"said_on\":\"", r.said_on);
  opt(",\"outlet\":\"", r.outlet);
  opt(",\"via\":\"", r.via);
  raw(",\"span\":[");
  number(r.span.begin);
  *p++ = ',';
  number(r.span.end);
  str("],\"rule\":\"", r.rule);
  *p++ = '}';
  if (verbatim) {
    out->resize(static_cast<size_t>(p - out->data()));
    return;
  }
  out->resize(at);
  AppendJsonEscaped(r, out);
}

void AppendJsonPretty(const Record& r, int indent, std::string* out) {
  std::string pad(static_cast<size_t>(indent), ' ');
  std::string inner = pad + "  ";
  out->append("{\n");
  ForEachField(r, [&](const char* key, const std::string* v) {
    out->append(inner);
    out->push_back('"');
    out->append(key);
    out->append("\": ");
    AppendOpt(v, out);
    out->append(",\n");
  });
  out->append(inner + "\"span\": [" + std::to_string(r.span.begin) + ", " +
              std::to_string(r.span.end) + "],\n");
  out->append(inner + "\"rule\": ");
  AppendJsonString(r.rule, out);
  out->append("\n" + pad + "}");
}

bool ParseRecord(std::string_view line, Record* r, std::string* error) {
  nlohmann::json j;
  try {
    j = nlohmann::json::parse(line);
  } catch (const nlohmann::json::parse_error& e) {
    *error = e.what();
    return false;
  }
  if (!j.is_object()) {
    *error = "not a JSON object";
    return false;
  }
  auto str = [&](const char* k) -> std::string {
    return j.contains(k) && j[k].is_string() ? j[k].get<std::string>() : std::string();
  };
  auto opt = [&](const char* k) -> std::optional<std::string> {
    if (j.contains(k) && j[k].is_string()) return j[k].get<std::string>();
    return std::nullopt;
  };
  *r = Record{};
  r->id = str("id");
  r->doc = str("doc");
  r->speaker = opt("speaker");
  r->mention = opt("mention");
  r->role = opt("role");
  r->claim = str("claim");
  r->type = str("type");
  r->cue = opt("cue");
  r->date = opt("date");
  r->said_on = opt("said_on");
  r->outlet = opt("outlet");
  r->via = opt("via");
  if (j.contains("span") && j["span"].is_array() && j["span"].size() == 2 &&
      j["span"][0].is_number_unsigned() && j["span"][1].is_number_unsigned()) {
    r->span = Span{j["span"][0].get<uint32_t>(), j["span"][1].get<uint32_t>()};
  }
  r->rule = str("rule");
  return true;
}

namespace {

// Per byte of claim text: the byte as the normalized text holds it (ASCII letters
// lower-cased), or 0 for a byte between words. Word bytes are ASCII letters and digits
// and every non-ASCII byte.
constexpr std::array<char, 256> MakeClaimWordBytes() {
  std::array<char, 256> t{};
  for (int b = '0'; b <= '9'; ++b) t[static_cast<size_t>(b)] = static_cast<char>(b);
  for (int b = 'a'; b <= 'z'; ++b) t[static_cast<size_t>(b)] = static_cast<char>(b);
  for (int b = 'A'; b <= 'Z'; ++b) t[static_cast<size_t>(b)] = static_cast<char>(b + ('a' - 'A'));
  for (int b = 0x80; b < 0x100; ++b) t[static_cast<size_t>(b)] = static_cast<char>(b);
  return t;
}
constexpr std::array<char, 256> kClaimWordByte = MakeClaimWordBytes();

constexpr std::string_view kIdSeparator("\x1f", 1);

// The hash of an id up to the speaker: document, separator, normalized claim text,
// separator, continuing from `doc_hash` = Fnv1a(document).
uint64_t ClaimHash(uint64_t doc_hash, std::string_view norm) {
  uint64_t h = Fnv1a(kIdSeparator, doc_hash);
  h = Fnv1a(norm, h);
  return Fnv1a(kIdSeparator, h);
}

// The id from ClaimHash: the hash goes on with the speaker (a NUL byte when null), a
// separator and the decimal occurrence number, and is written as 16 hex digits.
// Written into `*id` (replacing what it held).
void FinishId(uint64_t h, const std::optional<std::string>& speaker, int occurrence,
              std::string* id) {
  h = Fnv1a(speaker ? std::string_view(*speaker) : std::string_view("\0", 1), h);
  h = Fnv1a(kIdSeparator, h);
  char digits[16];
  auto [end, ec] = std::to_chars(digits, digits + sizeof digits, occurrence);
  h = Fnv1a(std::string_view(digits, static_cast<size_t>(end - digits)), h);
  static const char kHex[] = "0123456789abcdef";
  char hex[16];
  for (int i = 15; i >= 0; --i, h >>= 4) hex[i] = kHex[h & 0xF];
  id->assign(hex, sizeof hex);
}

// The speaker as occurrences are counted: a null speaker is the empty name.
std::string_view SpeakerKey(const Record& r) {
  return r.speaker ? std::string_view(*r.speaker) : std::string_view();
}

// NormalizeClaimText(text) appended to `*out`.
void AppendClaimText(std::string_view text, std::string* out) {
  // The result is never longer than the text: a space is written only in place of at
  // least one byte between words.
  const size_t at = out->size();
  out->resize(at + text.size());
  char* begin = out->data() + at;
  char* p = begin;
  const unsigned char* in = reinterpret_cast<const unsigned char*>(text.data());
  const unsigned char* end = in + text.size();
  while (true) {
    while (in != end && !kClaimWordByte[*in]) ++in;
    if (in == end) break;
    if (p != begin) *p++ = ' ';
    for (char w; in != end && (w = kClaimWordByte[*in]) != 0; ++in) *p++ = w;
  }
  out->resize(at + static_cast<size_t>(p - begin));
}

}  // namespace

std::string NormalizeClaimText(std::string_view text) {
  std::string out;
  AppendClaimText(text, &out);
  return out;
}

std::string MakeId(std::string_view doc, std::string_view claim,
                   const std::optional<std::string>& speaker, int occurrence) {
  std::string id;
  FinishId(ClaimHash(Fnv1a(doc), NormalizeClaimText(claim)), speaker, occurrence, &id);
  return id;
}

void AssignIds(std::vector<Record>* records) { IdAssigner().Assign(records); }

void IdAssigner::Assign(std::vector<Record>* records) {
  // Occurrences are counted per (document, normalized claim, speaker), in an open
  // addressing table of the triples seen: a slot holds the triple's ClaimHash, where
  // the triple's texts are in text_, and how many records had it so far (0: empty slot).
  if (slots_.size() < 2 * (used_ + records->size()) + 16) {
    size_t size = 16;
    while (size < 2 * (used_ + records->size()) + 16) size *= 2;
    std::vector<Slot> old = std::move(slots_);
    slots_.assign(size, Slot{});
    for (const Slot& s : old) {
      if (s.count == 0) continue;
      size_t k = s.hash & (size - 1);
      while (slots_[k].count > 0) k = (k + 1) & (size - 1);
      slots_[k] = s;
    }
  }
  // Room for every text of the batch, so that text_ grows at most once a batch (a
  // normalized claim is never longer than the claim).
  size_t room = 0;
  for (const Record& r : *records) room += r.claim.size() + SpeakerKey(r).size();
  text_.reserve(text_.size() + room);
  const size_t mask = slots_.size() - 1;
  auto view = [&](size_t at, size_t size) { return std::string_view(text_).substr(at, size); };
  for (Record& r : *records) {
    // Records of one document come together: its name is hashed and kept once.
    if (docs_.empty() || docs_.back() != r.doc) {
      docs_.push_back(r.doc);
      doc_hash_ = Fnv1a(r.doc);
    }
    const uint32_t doc = static_cast<uint32_t>(docs_.size() - 1);
    // The normalized claim is written at the end of text_, where it stays when the
    // triple is new.
    const size_t norm_at = text_.size();
    AppendClaimText(r.claim, &text_);
    const size_t norm_size = text_.size() - norm_at;
    std::string_view norm = view(norm_at, norm_size);
    uint64_t h = ClaimHash(doc_hash_, norm);
    std::string_view speaker = SpeakerKey(r);
    size_t k = h & mask;
    for (; slots_[k].count > 0; k = (k + 1) & mask) {
      const Slot& s = slots_[k];
      if (s.hash == h && docs_[s.doc] == r.doc && view(s.norm_at, s.norm_size) == norm &&
          view(s.speaker_at, s.speaker_size) == speaker) {
        break;
      }
    }
    Slot& slot = slots_[k];
    if (slot.count == 0) {
      slot.hash = h;
      slot.doc = doc;
      slot.norm_at = norm_at;
      slot.norm_size = norm_size;
      slot.speaker_at = text_.size();
      slot.speaker_size = speaker.size();
      text_.append(speaker);
      ++used_;
    } else {
      text_.resize(norm_at);  // seen before: its texts are kept already
    }
    FinishId(h, r.speaker, slot.count++, &r.id);
  }
}

}  // namespace claims
