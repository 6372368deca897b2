#include "claims/emit/record.h"

#include <cctype>
#include <cstdio>
#include <map>
#include <nlohmann/json.hpp>
#include <tuple>

namespace claims {
namespace {

void AppendOpt(const std::optional<std::string>& v, std::string* out) {
  if (v) {
    AppendJsonString(*v, out);
  } else {
    out->append("null");
  }
}

uint64_t Fnv1a(std::string_view s, uint64_t h = 1469598103934665603ULL) {
  for (unsigned char c : s) {
    h ^= c;
    h *= 1099511628211ULL;
  }
  return h;
}

template <typename F>
void ForEachField(const Record& r, F&& f) {
  auto str = [](const std::string& s) { return std::optional<std::string>(s); };
  f("id", str(r.id));
  f("doc", str(r.doc));
  f("speaker", r.speaker);
  f("mention", r.mention);
  f("role", r.role);
  f("claim", str(r.claim));
  f("type", str(r.type));
  f("cue", r.cue);
  f("date", r.date);
  f("said_on", r.said_on);
  f("outlet", r.outlet);
  f("via", r.via);
}

}  // namespace

void AppendJsonString(std::string_view s, std::string* out) {
  out->push_back('"');
  size_t i = 0;
  while (i < s.size()) {
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
  ForEachField(r, [&](const char* key, const std::optional<std::string>& v) {
    out->push_back('"');
    out->append(key);
    out->append("\":");
    AppendOpt(v, out);
    out->push_back(',');
  });
  out->append("\"span\":[");
  out->append(std::to_string(r.span.begin));
  out->push_back(',');
  out->append(std::to_string(r.span.end));
  out->append("],\"rule\":");
  AppendJsonString(r.rule, out);
  out->push_back('}');
}

void AppendJsonPretty(const Record& r, int indent, std::string* out) {
  std::string pad(static_cast<size_t>(indent), ' ');
  std::string inner = pad + "  ";
  out->append("{\n");
  ForEachField(r, [&](const char* key, const std::optional<std::string>& v) {
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
  bool in_word = false;
  for (unsigned char c : text) {
    bool word = std::isalnum(c) || c >= 0x80;
    if (word) {
      if (!in_word && !out.empty()) out.push_back(' ');
      out.push_back(static_cast<char>(std::tolower(c)));
    }
    in_word = word;
  }
  return out;
}

std::string MakeId(std::string_view doc, std::string_view claim,
                   const std::optional<std::string>& speaker, int occurrence) {
  uint64_t h = Fnv1a(doc);
  h = Fnv1a(std::string_view("\x1f", 1), h);
  h = Fnv1a(NormalizeClaimText(claim), h);
  h = Fnv1a(std::string_view("\x1f", 1), h);
  h = Fnv1a(speaker ? *speaker : std::string("\x00", 1), h);
  h = Fnv1a(std::string_view("\x1f", 1), h);
  h = Fnv1a(std::to_string(occurrence), h);
  char buf[17];
  std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(h));
  return buf;
}

void AssignIds(std::vector<Record>* records) {
  std::map<std::tuple<std::string, std::string, std::string>, int> seen;
  for (auto& r : *records) {
    auto key = std::make_tuple(r.doc, NormalizeClaimText(r.claim), r.speaker.value_or("\x00"));
    int occurrence = seen[key]++;
    r.id = MakeId(r.doc, r.claim, r.speaker, occurrence);
  }
}

}  // namespace claims
