#include "claims/emit/record.h"

#include <charconv>
#include <cstdio>
#include <nlohmann/json.hpp>
#include <unordered_map>

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

// Whether byte `c` is copied into a JSON string as it is.
bool IsPlainJsonByte(unsigned char c) { return c >= 0x20 && c < 0x80 && c != '"' && c != '\\'; }

}  // namespace

void AppendJsonString(std::string_view s, std::string* out) {
  out->push_back('"');
  size_t i = 0;
  while (i < s.size()) {
    // Runs of printable ASCII are copied at once.
    size_t run = i;
    while (run < s.size() && IsPlainJsonByte(static_cast<unsigned char>(s[run]))) ++run;
    if (run > i) {
      out->append(s.data() + i, run - i);
      i = run;
      if (i == s.size()) break;
    }
    auto c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) {
      switch (c) {
        case '"':
          out->append("\\\"");
          break;
        case '\\':
          out->append("\\\\");
          break;
        case '\n':
          out->append("\\n");
          break;
        case '\t':
          out->append("\\t");
          break;
        case '\r':
          out->append("\\r");
          break;
        default:
          if (c < 0x20) {
            char buf[8];
            std::snprintf(buf, sizeof buf, "\\u%04x", c);
            out->append(buf);
          } else {
            out->push_back(static_cast<char>(c));
          }
      }
      ++i;
      continue;
    }
    size_t len = (c & 0xE0) == 0xC0 ? 2 : (c & 0xF0) == 0xE0 ? 3 : (c & 0xF8) == 0xF0 ? 4 : 0;
    bool valid = len != 0 && i + len <= s.size();
    for (size_t k = 1; valid && k < len; ++k) {
      valid = (static_cast<unsigned char>(s[i + k]) & 0xC0) == 0x80;
    }
    if (valid) {
      out->append(s.substr(i, len));
      i += len;
    } else {
      out->append("\xEF\xBF\xBD");
      ++i;
    }
  }
  out->push_back('"');
}

void AppendJson(const Record& r, std::string* out) {
  out->push_back('{');
  ForEachField(r, [&](std::string_view key, const std::string* v) {
    out->push_back('"');
    out->append(key);
    out->append("\":");
    AppendOpt(v, out);
    out->push_back(',');
  });
  out->append("\"span\":[");
  AppendNumber(r.span.begin, out);
  out->push_back(',');
  AppendNumber(r.span.end, out);
  out->append("],\"rule\":");
  AppendJsonString(r.rule, out);
  out->push_back('}');
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

std::string NormalizeClaimText(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  bool in_word = false;
  for (unsigned char c : text) {
    bool upper = c >= 'A' && c <= 'Z';
    bool word = upper || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c >= 0x80;
    if (word) {
      if (!in_word && !out.empty()) out.push_back(' ');
      out.push_back(static_cast<char>(upper ? c + ('a' - 'A') : c));
    }
    in_word = word;
  }
  return out;
}

namespace {

// MakeId of a claim whose normalized text is `norm`.
std::string MakeIdNormalized(std::string_view doc, std::string_view norm,
                             const std::optional<std::string>& speaker, int occurrence) {
  uint64_t h = Fnv1a(doc);
  h = Fnv1a(std::string_view("\x1f", 1), h);
  h = Fnv1a(norm, h);
  h = Fnv1a(std::string_view("\x1f", 1), h);
  h = Fnv1a(speaker ? *speaker : std::string("\x00", 1), h);
  h = Fnv1a(std::string_view("\x1f", 1), h);
  h = Fnv1a(std::to_string(occurrence), h);
  static const char kHex[] = "0123456789abcdef";
  std::string id(16, '0');
  for (int i = 15; i >= 0; --i, h >>= 4) id[static_cast<size_t>(i)] = kHex[h & 0xF];
  return id;
}

void AppendKeyPart(std::string_view part, std::string* key) {
  uint32_t n = static_cast<uint32_t>(part.size());
  key->append(reinterpret_cast<const char*>(&n), sizeof n);
  key->append(part);
}

}  // namespace

std::string MakeId(std::string_view doc, std::string_view claim,
                   const std::optional<std::string>& speaker, int occurrence) {
  return MakeIdNormalized(doc, NormalizeClaimText(claim), speaker, occurrence);
}

void AssignIds(std::vector<Record>* records) { IdAssigner().Assign(records); }

void IdAssigner::Assign(std::vector<Record>* records) {
  // Occurrences are counted per (document, normalized claim, speaker); a null speaker
  // counts as the empty name here.
  std::unordered_map<std::string, int>& seen = seen_;
  std::string key;
  for (auto& r : *records) {
    std::string norm = NormalizeClaimText(r.claim);
    key.clear();
    AppendKeyPart(r.doc, &key);
    AppendKeyPart(norm, &key);
    AppendKeyPart(r.speaker ? std::string_view(*r.speaker) : std::string_view(), &key);
    int occurrence = seen[key]++;
    r.id = MakeIdNormalized(r.doc, norm, r.speaker, occurrence);
  }
}

}  // namespace claims
