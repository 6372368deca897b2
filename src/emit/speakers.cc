#include "claims/emit/speakers.h"

#include <algorithm>
#include <map>
#include <set>

#include "claims/emit/text_match.h"

namespace claims {
namespace {

std::string CsvField(const std::string& s) {
  if (s.find_first_of(",\"\r\n") == std::string::npos) return s;
  std::string out = "\"";
  for (char c : s) {
    if (c == '"') out.push_back('"');
    out.push_back(c);
  }
  out.push_back('"');
  return out;
}

std::string Join(const std::vector<std::string>& parts, const std::string& sep) {
  std::string out;
  for (size_t i = 0; i < parts.size(); ++i) {
    if (i) out += sep;
    out += parts[i];
  }
  return out;
}

void AppendJsonOpt(const std::optional<std::string>& v, std::string* out) {
  if (v) {
    AppendJsonString(*v, out);
  } else {
    out->append("null");
  }
}

void AppendJsonArray(const std::vector<std::string>& v, std::string* out) {
  out->push_back('[');
  for (size_t i = 0; i < v.size(); ++i) {
    if (i) out->push_back(',');
    AppendJsonString(v[i], out);
  }
  out->push_back(']');
}

}  // namespace

SpeakerReport SummarizeSpeakers(const std::vector<Record>& records) {
  struct Acc {
    size_t claims = 0;
    std::set<std::string> docs, roles;
    std::optional<std::string> first, last;
  };
  std::map<std::string, Acc> by_speaker;
  SpeakerReport report;
  for (const auto& r : records) {
    if (!r.speaker) {
      ++report.unattributed;
      continue;
    }
    Acc& a = by_speaker[*r.speaker];
    ++a.claims;
    a.docs.insert(r.doc);
    if (r.role && !r.role->empty()) a.roles.insert(*r.role);
    const std::optional<std::string>& day = r.said_on ? r.said_on : r.date;
    if (day && !day->empty()) {
      if (!a.first || *day < *a.first) a.first = day;
      if (!a.last || *day > *a.last) a.last = day;
    }
  }
  for (auto& [name, a] : by_speaker) {
    report.speakers.push_back({name,
                               a.claims,
                               {a.docs.begin(), a.docs.end()},
                               {a.roles.begin(), a.roles.end()},
                               a.first,
                               a.last});
  }
  std::stable_sort(report.speakers.begin(), report.speakers.end(),
                   [](const SpeakerSummary& a, const SpeakerSummary& b) {
                     return a.claims > b.claims;  // names are already sorted
                   });
  return report;
}

void AppendSpeakersJsonl(const SpeakerReport& report, std::string* out) {
  for (const auto& s : report.speakers) {
    out->append("{\"speaker\":");
    AppendJsonString(s.speaker, out);
    out->append(",\"claims\":" + std::to_string(s.claims) + ",\"documents\":");
    AppendJsonArray(s.documents, out);
    out->append(",\"roles\":");
    AppendJsonArray(s.roles, out);
    out->append(",\"first_date\":");
    AppendJsonOpt(s.first_date, out);
    out->append(",\"last_date\":");
    AppendJsonOpt(s.last_date, out);
    out->append("}\n");
  }
}

void AppendSpeakersCsv(const SpeakerReport& report, std::string* out) {
  out->append("speaker,claims,documents,roles,first_date,last_date\n");
  for (const auto& s : report.speakers) {
    out->append(CsvField(s.speaker) + "," + std::to_string(s.claims) + "," +
                std::to_string(s.documents.size()) + "," + CsvField(Join(s.roles, "; ")) + "," +
                s.first_date.value_or("") + "," + s.last_date.value_or("") + "\n");
  }
}

void AppendSpeakersTable(const SpeakerReport& report, std::string* out) {
  std::vector<std::vector<std::string>> rows = {
      {"SPEAKER", "CLAIMS", "DOCS", "FIRST", "LAST", "ROLES"}};
  for (const auto& s : report.speakers) {
    rows.push_back({s.speaker, std::to_string(s.claims), std::to_string(s.documents.size()),
                    s.first_date.value_or("-"), s.last_date.value_or("-"),
                    s.roles.empty() ? "-" : Join(s.roles, "; ")});
  }
  std::vector<size_t> width(rows[0].size(), 0);
  for (const auto& row : rows) {
    for (size_t c = 0; c < row.size(); ++c) width[c] = std::max(width[c], Utf8Length(row[c]));
  }
  for (const auto& row : rows) {
    std::string line;
    for (size_t c = 0; c < row.size(); ++c) {
      size_t pad = width[c] - Utf8Length(row[c]);
      bool numeric = c == 1 || c == 2;
      if (c) line += "  ";
      if (numeric) line.append(pad, ' ');
      line += row[c];
      if (!numeric && c + 1 < row.size()) line.append(pad, ' ');
    }
    out->append(line + "\n");
  }
  out->append(std::to_string(report.speakers.size()) + " speakers");
  if (report.unattributed) {
    out->append("; " + std::to_string(report.unattributed) + " claims without a speaker");
  }
  out->append("\n");
}

}  // namespace claims
