#include "claims/emit/diff.h"

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <deque>
#include <map>
#include <string_view>
#include <tuple>
#include <unordered_map>

#include "claims/emit/text_match.h"

namespace claims {
namespace {

// Pass 2 groups leftovers by document and speaker; a null speaker is its own group.
using GroupKey = std::pair<std::string, std::optional<std::string>>;

void AppendOptRecord(const std::optional<Record>& r, std::string* out) {
  if (r) {
    AppendJson(*r, out);
  } else {
    out->append("null");
  }
}

std::string Show(const std::optional<std::string>& v) { return v ? "\"" + *v + "\"" : "null"; }

// The optional string field called `name`, or null for the other fields.
const std::optional<std::string>* OptionalField(const Record& r, const std::string& name) {
  if (name == "speaker") return &r.speaker;
  if (name == "mention") return &r.mention;
  if (name == "role") return &r.role;
  if (name == "cue") return &r.cue;
  if (name == "date") return &r.date;
  if (name == "said_on") return &r.said_on;
  if (name == "outlet") return &r.outlet;
  if (name == "via") return &r.via;
  return nullptr;
}

// ANSI styles, or nothing without color.
struct Palette {
  explicit Palette(bool color) : on(color) {}
  std::string Wrap(const char* code, const std::string& s) const {
    return on ? std::string("\x1b[") + code + "m" + s + "\x1b[0m" : s;
  }
  bool on;
};

std::vector<std::string_view> Words(std::string_view s) {
  std::vector<std::string_view> out;
  size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && std::isspace(static_cast<unsigned char>(s[i]))) ++i;
    size_t start = i;
    while (i < s.size() && !std::isspace(static_cast<unsigned char>(s[i]))) ++i;
    if (i > start) out.push_back(s.substr(start, i - start));
  }
  return out;
}

// `b` with the words changed from `a` marked, as `git diff --word-diff` does:
// [-removed-]{+added+}, or red and green inside the yellow line with color.
std::string WordDiff(std::string_view a, std::string_view b, const Palette& pal) {
  std::vector<std::string_view> x = Words(a), y = Words(b);
  const std::string del_open = pal.on ? "\x1b[31m" : "[-", del_close = pal.on ? "\x1b[33m" : "-]";
  const std::string add_open = pal.on ? "\x1b[32m" : "{+", add_close = pal.on ? "\x1b[33m" : "+}";
  auto join = [](const std::vector<std::string_view>& w, size_t from, size_t to) {
    std::string out;
    for (size_t k = from; k < to; ++k) {
      if (k > from) out.push_back(' ');
      out.append(w[k]);
    }
    return out;
  };
  // Longest common subsequence of words; claims are short, but bound the table anyway.
  size_t n = x.size(), m = y.size();
  if (n * m > 4'000'000) {
    return del_open + join(x, 0, n) + del_close + " " + add_open + join(y, 0, m) + add_close;
  }
  std::vector<uint32_t> lcs((n + 1) * (m + 1), 0);
  auto at = [&](size_t i, size_t j) -> uint32_t& { return lcs[i * (m + 1) + j]; };
  for (size_t i = n; i-- > 0;) {
    for (size_t j = m; j-- > 0;) {
      at(i, j) = x[i] == y[j] ? at(i + 1, j + 1) + 1 : std::max(at(i + 1, j), at(i, j + 1));
    }
  }
  std::string out;
  auto emit = [&](const std::string& piece) {
    if (!out.empty()) out.push_back(' ');
    out += piece;
  };
  size_t i = 0, j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && x[i] == y[j]) {
      emit(std::string(x[i]));
      ++i;
      ++j;
      continue;
    }
    size_t i0 = i, j0 = j;
    while (i < n || j < m) {
      if (i < n && j < m && x[i] == y[j]) break;
      if (j < m && (i == n || at(i, j + 1) >= at(i + 1, j))) {
        ++j;
      } else {
        ++i;
      }
    }
    if (i > i0) emit(del_open + join(x, i0, i) + del_close);
    if (j > j0) emit(add_open + join(y, j0, j) + add_close);
  }
  return out;
}

}  // namespace

const char* DiffOpName(DiffOp op) {
  switch (op) {
    case DiffOp::kRemoved:
      return "removed";
    case DiffOp::kChanged:
      return "changed";
    case DiffOp::kAdded:
      return "added";
  }
  return "?";
}

std::vector<std::string> ChangedFields(const Record& a, const Record& b, bool spans) {
  std::vector<std::string> out;
  auto check = [&](const char* name, bool same) {
    if (!same) out.emplace_back(name);
  };
  check("id", a.id == b.id);
  check("doc", a.doc == b.doc);
  check("speaker", a.speaker == b.speaker);
  check("mention", a.mention == b.mention);
  check("role", a.role == b.role);
  check("claim", a.claim == b.claim);
  check("type", a.type == b.type);
  check("cue", a.cue == b.cue);
  check("date", a.date == b.date);
  check("said_on", a.said_on == b.said_on);
  check("outlet", a.outlet == b.outlet);
  check("via", a.via == b.via);
  if (spans) check("span", a.span == b.span);
  check("rule", a.rule == b.rule);
  return out;
}

std::vector<DiffEntry> DiffRecords(const std::vector<Record>& old_records,
                                   const std::vector<Record>& new_records,
                                   const DiffOptions& options) {
  std::vector<DiffEntry> entries;
  std::vector<bool> old_used(old_records.size()), new_used(new_records.size());

  // Pass 1: same id. Ids are unique within one run, but a file may hold a run over
  // the same document twice; then the n-th old record pairs with the n-th new one.
  std::unordered_map<std::string, std::deque<size_t>> old_by_id;
  for (size_t i = 0; i < old_records.size(); ++i) old_by_id[old_records[i].id].push_back(i);
  for (size_t j = 0; j < new_records.size(); ++j) {
    auto it = old_by_id.find(new_records[j].id);
    if (it == old_by_id.end() || it->second.empty()) continue;
    size_t i = it->second.front();
    it->second.pop_front();
    old_used[i] = new_used[j] = true;
    if (!ChangedFields(old_records[i], new_records[j], options.spans).empty()) {
      entries.push_back({DiffOp::kChanged, old_records[i], new_records[j]});
    }
  }

  // Pass 2: edited claims, within one document and speaker.
  std::map<GroupKey, std::pair<std::vector<size_t>, std::vector<size_t>>> groups;
  for (size_t i = 0; i < old_records.size(); ++i) {
    if (!old_used[i]) groups[{old_records[i].doc, old_records[i].speaker}].first.push_back(i);
  }
  for (size_t j = 0; j < new_records.size(); ++j) {
    if (!new_used[j]) groups[{new_records[j].doc, new_records[j].speaker}].second.push_back(j);
  }
  for (const auto& [key, members] : groups) {
    const auto& [olds, news] = members;
    if (olds.empty() || news.empty()) continue;
    std::vector<std::vector<std::string>> ot, nt;
    for (size_t i : olds) ot.push_back(MatchTokens(old_records[i].claim));
    for (size_t j : news) nt.push_back(MatchTokens(new_records[j].claim));
    // Best score first; ties in input order, so the result does not depend on luck.
    std::vector<std::tuple<double, size_t, size_t>> pairs;
    for (size_t a = 0; a < olds.size(); ++a) {
      for (size_t b = 0; b < news.size(); ++b) {
        double s = TokenF1(ot[a], nt[b]);
        if (s >= options.match) pairs.emplace_back(-s, a, b);
      }
    }
    std::sort(pairs.begin(), pairs.end());
    for (const auto& [neg_score, a, b] : pairs) {
      size_t i = olds[a], j = news[b];
      if (old_used[i] || new_used[j]) continue;
      old_used[i] = new_used[j] = true;
      entries.push_back({DiffOp::kChanged, old_records[i], new_records[j]});
    }
  }

  for (size_t i = 0; i < old_records.size(); ++i) {
    if (!old_used[i]) entries.push_back({DiffOp::kRemoved, old_records[i], std::nullopt});
  }
  for (size_t j = 0; j < new_records.size(); ++j) {
    if (!new_used[j]) entries.push_back({DiffOp::kAdded, std::nullopt, new_records[j]});
  }
  std::stable_sort(entries.begin(), entries.end(), [](const DiffEntry& a, const DiffEntry& b) {
    if (a.doc() != b.doc()) return a.doc() < b.doc();
    if (a.current().span.begin != b.current().span.begin) {
      return a.current().span.begin < b.current().span.begin;
    }
    if (a.op != b.op) return a.op < b.op;
    return a.id() < b.id();
  });
  return entries;
}

void AppendDiffJson(const DiffEntry& e, std::string* out) {
  out->append("{\"op\":\"");
  out->append(DiffOpName(e.op));
  out->append("\",\"id\":");
  AppendJsonString(e.id(), out);
  out->append(",\"old\":");
  AppendOptRecord(e.old_record, out);
  out->append(",\"new\":");
  AppendOptRecord(e.new_record, out);
  out->push_back('}');
}

void AppendDiffText(const std::vector<DiffEntry>& entries, bool color, std::string* out) {
  if (entries.empty()) return;
  Palette pal(color);
  size_t added = 0, removed = 0, changed = 0, docs = 0;
  const std::string* doc = nullptr;
  for (const auto& e : entries) {
    if (!doc || *doc != e.doc()) {
      if (doc) out->push_back('\n');
      doc = &e.doc();
      ++docs;
      out->append(pal.Wrap("1", *doc) + "\n");
    }
    const Record& r = e.current();
    std::string who = r.speaker ? *r.speaker : "(no speaker)";
    std::string line = who + ": " + r.claim;
    switch (e.op) {
      case DiffOp::kAdded:
        ++added;
        out->append(pal.Wrap("32", "  + " + line) + "\n");
        break;
      case DiffOp::kRemoved:
        ++removed;
        out->append(pal.Wrap("31", "  - " + line) + "\n");
        break;
      case DiffOp::kChanged: {
        ++changed;
        const Record& o = *e.old_record;
        if (o.claim == r.claim) {
          out->append(pal.Wrap("33", "  ~ " + line) + "\n");
        } else {
          out->append(pal.Wrap("33", "  ~ " + who + ": " + WordDiff(o.claim, r.claim, pal)) + "\n");
        }
        // Span moves are only worth a line when nothing else changed (--spans).
        std::vector<std::string> fields = ChangedFields(o, r, /*spans=*/false);
        if (fields.empty() || fields == std::vector<std::string>{"id"}) fields.push_back("span");
        for (const auto& f : fields) {
          std::string detail;
          if (f == "claim" || f == "id") {
            continue;  // the claim is shown above; the id follows from the other fields
          } else if (f == "span") {
            detail = "span: [" + std::to_string(o.span.begin) + "," + std::to_string(o.span.end) +
                     "] -> [" + std::to_string(r.span.begin) + "," + std::to_string(r.span.end) +
                     "]";
          } else {
            if (const auto* was = OptionalField(o, f)) {
              detail = f + ": " + Show(*was) + " -> " + Show(*OptionalField(r, f));
            } else if (f == "type") {
              detail = "type: " + o.type + " -> " + r.type;
            } else if (f == "rule") {
              detail = "rule: " + o.rule + " -> " + r.rule;
            } else {
              detail = f + " changed";
            }
          }
          out->append(pal.Wrap("2", "      " + detail) + "\n");
        }
        break;
      }
    }
  }
  out->push_back('\n');
  out->append(std::to_string(docs));
  out->append(docs == 1 ? " document: " : " documents: ");
  out->append(pal.Wrap("32", std::to_string(added) + " added") + ", ");
  out->append(pal.Wrap("31", std::to_string(removed) + " removed") + ", ");
  out->append(pal.Wrap("33", std::to_string(changed) + " changed") + "\n");
}

}  // namespace claims
