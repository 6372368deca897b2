#include "claims/emit/eval.h"

#include <algorithm>
#include <cstdio>
#include <functional>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <tuple>

#include "claims/emit/text_match.h"

namespace claims {
namespace {

using nlohmann::json;

// Python's truth value of a JSON value.
bool Truthy(const json& v) {
  if (v.is_null()) return false;
  if (v.is_boolean()) return v.get<bool>();
  if (v.is_number()) return v.get<double>() != 0;
  if (v.is_string()) return !v.get_ref<const std::string&>().empty();
  return !v.empty();  // array, object
}

// `rec.get(key)` when it is a string; `drop_empty` also turns "" into absent (the
// script's `x or None`).
std::optional<std::string> GetString(const json& rec, const char* key, bool drop_empty) {
  auto it = rec.find(key);
  if (it == rec.end() || !it->is_string()) return std::nullopt;
  const auto& s = it->get_ref<const std::string&>();
  if (drop_empty && s.empty()) return std::nullopt;
  return s;
}

std::string Surname(const std::optional<std::string>& name) {
  if (!name) return "";
  auto t = MatchTokens(*name);
  return t.empty() ? "" : t.back();
}

// The script's f"{x:.3f}": both round the exact binary value half to even.
std::string Fixed3(double x) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.3f", x);
  return buf;
}

// The script's f"{x}" of an optional string: None when absent.
std::string PyStr(const std::optional<std::string>& s) { return s ? *s : "None"; }

double Ratio(size_t k, size_t n) {
  return n ? static_cast<double>(k) / static_cast<double>(n) : 0.0;
}

double F1(double p, double r) { return p + r != 0.0 ? 2 * p * r / (p + r) : 0.0; }

}  // namespace

std::string_view BaseName(std::string_view path) {
  size_t slash = path.rfind('/');
  return slash == std::string_view::npos ? path : path.substr(slash + 1);
}

bool ParseScoredRecord(std::string_view line, ScoredRecord* out, std::string* error) {
  json j;
  try {
    j = json::parse(line);
  } catch (const json::parse_error& e) {
    *error = e.what();
    return false;
  }
  if (!j.is_object()) {
    *error = "not a JSON object";
    return false;
  }
  *out = ScoredRecord{};
  // doc_key(): the first truthy of doc, path, file, as a string, then its base name.
  for (const char* key : {"doc", "path", "file"}) {
    auto it = j.find(key);
    if (it == j.end() || !Truthy(*it)) continue;
    std::string doc = it->is_string() ? it->get<std::string>() : it->dump();
    out->doc = std::string(BaseName(doc));
    break;
  }
  // claim_text(): `claim` unless it is null, else `quote`.
  auto claim = j.find("claim");
  if (claim != j.end() && !claim->is_null()) {
    out->claim = GetString(j, "claim", false).value_or("");
  } else {
    out->claim = GetString(j, "quote", false).value_or("");
  }
  out->speaker = GetString(j, "speaker", false);
  out->date = GetString(j, "date", true);
  out->outlet = GetString(j, "outlet", true);
  out->type = GetString(j, "type", false);
  auto opt = j.find("optional");
  out->optional = opt != j.end() && Truthy(*opt);
  return true;
}

ScoredRecord ToScored(const Record& r) {
  ScoredRecord s;
  s.doc = std::string(BaseName(r.doc));
  s.claim = r.claim;
  s.speaker = r.speaker;
  if (r.date && !r.date->empty()) s.date = r.date;
  if (r.outlet && !r.outlet->empty()) s.outlet = r.outlet;
  if (!r.type.empty()) s.type = r.type;
  return s;
}

double EvalResult::ClaimPrecision() const { return Ratio(matched, predicted); }
double EvalResult::ClaimRecall() const { return Ratio(matched, gold_required); }
double EvalResult::ClaimF1() const { return F1(ClaimPrecision(), ClaimRecall()); }
double EvalResult::AttributedPrecision() const { return Ratio(speaker_ok, predicted); }
double EvalResult::AttributedRecall() const { return Ratio(speaker_ok, gold_required); }
double EvalResult::AttributedF1() const { return F1(AttributedPrecision(), AttributedRecall()); }
double EvalResult::SpeakerAccuracy() const { return Ratio(speaker_ok, matched); }
double EvalResult::DateAccuracy() const { return Ratio(date_ok, date_total); }
double EvalResult::OutletAccuracy() const { return Ratio(outlet_ok, outlet_total); }

EvalResult Evaluate(const std::vector<ScoredRecord>& predicted,
                    const std::vector<ScoredRecord>& gold, const EvalOptions& options) {
  std::set<std::string> keep(options.types.begin(), options.types.end());
  auto kept = [&](const ScoredRecord& r) {
    return keep.empty() || (r.type && keep.count(*r.type));
  };
  // Documents in sorted order, each with its records in file order.
  std::map<std::string, std::vector<const ScoredRecord*>> gold_by_doc, pred_by_doc;
  EvalResult res;
  for (const auto& g : gold) {
    if (!kept(g)) continue;
    gold_by_doc[g.doc].push_back(&g);
    if (!g.optional) ++res.gold_required;
  }
  for (const auto& p : predicted) {
    if (kept(p) && gold_by_doc.count(p.doc)) pred_by_doc[p.doc].push_back(&p);
  }

  size_t extras = 0;
  for (const auto& [doc, G] : gold_by_doc) {
    static const std::vector<const ScoredRecord*> kNone;
    auto pit = pred_by_doc.find(doc);
    const auto& P = pit == pred_by_doc.end() ? kNone : pit->second;
    std::vector<std::vector<std::string>> gt, pt;
    for (const auto* g : G) gt.push_back(MatchTokens(g->claim));
    for (const auto* p : P) pt.push_back(MatchTokens(p->claim));
    // sorted(((f1, i, j) ...), reverse=True): best score first, ties to the larger
    // prediction index, then the larger gold index. Pairs below the threshold end
    // the greedy walk, so they are not kept at all.
    std::vector<std::tuple<double, size_t, size_t>> pairs;
    for (size_t i = 0; i < P.size(); ++i) {
      for (size_t j = 0; j < G.size(); ++j) {
        double s = TokenF1(pt[i], gt[j]);
        if (!(s < options.match)) pairs.emplace_back(s, i, j);
      }
    }
    std::sort(pairs.begin(), pairs.end(), std::greater<>());
    std::vector<bool> used_p(P.size()), used_g(G.size());
    for (const auto& [s, i, j] : pairs) {
      if (used_p[i] || used_g[j]) continue;
      used_p[i] = used_g[j] = true;
      const ScoredRecord& g = *G[j];
      const ScoredRecord& p = *P[i];
      if (g.optional) continue;
      ++res.matched;
      if (Surname(p.speaker) == Surname(g.speaker)) {
        ++res.speaker_ok;
      } else {
        res.wrong_speakers.push_back({doc, g.speaker, p.speaker, g.claim});
      }
      if (g.date) {
        ++res.date_total;
        if (p.date == g.date) ++res.date_ok;
      } else if (p.date) {
        ++res.dates_invented;
      }
      if (g.outlet) {
        ++res.outlet_total;
        if (LowerCase(p.outlet.value_or("")) == LowerCase(*g.outlet)) ++res.outlet_ok;
      }
    }
    for (size_t i = 0; i < P.size(); ++i) {
      if (used_p[i]) continue;
      ++extras;
      res.extras.push_back({doc, P[i]->speaker, P[i]->claim});
    }
    for (size_t j = 0; j < G.size(); ++j) {
      if (!used_g[j] && !G[j]->optional) res.misses.push_back({doc, G[j]->speaker, G[j]->claim});
    }
  }
  res.predicted = res.matched + extras;
  return res;
}

std::string EvalSummaryLine(const EvalResult& r) {
  return "claim_f1=" + Fixed3(r.ClaimF1()) + " attributed_f1=" + Fixed3(r.AttributedF1()) +
         " speaker_acc=" + Fixed3(r.SpeakerAccuracy()) + " date_acc=" + Fixed3(r.DateAccuracy()) +
         " dates_invented=" + std::to_string(r.dates_invented) +
         " outlet_acc=" + Fixed3(r.OutletAccuracy());
}

std::string FormatEvalReport(const EvalResult& r, bool verbose) {
  std::string out;
  if (verbose) {
    for (const auto& m : r.misses) {
      out += "MISS   " + m.doc + " [" + PyStr(m.speaker) + "] ";
      out += Utf8Prefix(m.claim, 110);
      out += "\n";
    }
    for (const auto& e : r.extras) {
      out += "EXTRA  " + e.doc + " [" + PyStr(e.speaker) + "] ";
      out += Utf8Prefix(e.claim, 110);
      out += "\n";
    }
    for (const auto& w : r.wrong_speakers) {
      out += "WRONG  " + w.doc + " gold=" + PyStr(w.gold_speaker) +
             " pred=" + PyStr(w.predicted_speaker) + " :: ";
      out += Utf8Prefix(w.claim, 80);
      out += "\n";
    }
  }
  out += "gold " + std::to_string(r.gold_required) + " required, predicted " +
         std::to_string(r.predicted) + " scored, matched " + std::to_string(r.matched) + "\n";
  out += "claim       P " + Fixed3(r.ClaimPrecision()) + "  R " + Fixed3(r.ClaimRecall()) +
         "  F1 " + Fixed3(r.ClaimF1()) + "\n";
  out += "attributed  P " + Fixed3(r.AttributedPrecision()) + "  R " +
         Fixed3(r.AttributedRecall()) + "  F1 " + Fixed3(r.AttributedF1()) + "\n";
  out += "speaker " + Fixed3(r.SpeakerAccuracy()) + "  date " + Fixed3(r.DateAccuracy()) + " (of " +
         std::to_string(r.date_total) + "; " + std::to_string(r.dates_invented) +
         " dated where gold has none)  outlet " + Fixed3(r.OutletAccuracy()) + " (of " +
         std::to_string(r.outlet_total) + ")\n";
  out += EvalSummaryLine(r) + "\n";
  return out;
}

}  // namespace claims
