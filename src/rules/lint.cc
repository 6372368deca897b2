#include "claims/rules/lint.h"

#include <algorithm>
#include <filesystem>
#include <set>

namespace claims {

std::vector<std::string> RuleFileNames() {
  return {"abbreviations.json", "boilerplate.json", "cues.json",     "dates.json",
          "outlets.json",       "roles.json",       "sections.json", "speakers.json"};
}

size_t CountRules(const RuleSet& r) {
  std::set<std::string> verb_ids;
  for (const auto& v : r.verbs) verb_ids.insert(v.id);
  for (const auto& v : r.participles) verb_ids.insert(v.id);
  size_t n = verb_ids.size() + r.speakers.size() + r.nominals.size() + r.outlets.size();
  for (const auto* patterns : RuleSet::PatternLists(r)) n += patterns->size();
  return n;
}

// The largest upper bound of a counted repeat ("{0,600}", "{12}") in `pattern`; 0 if none.
// RE2 compiles a repeat bounded at n into n copies of what it repeats.
size_t LargestBoundedRepeat(std::string_view pattern) {
  size_t largest = 0;
  for (size_t i = 0; i < pattern.size(); ++i) {
    if (pattern[i] == '\\') {
      // An escape, with its braces: "\x{2014}", "\p{Lu}".
      ++i;
      if (i + 1 < pattern.size() && pattern[i + 1] == '{' &&
          (pattern[i] == 'x' || pattern[i] == 'p' || pattern[i] == 'P')) {
        i = std::min(pattern.find('}', i), pattern.size());
      }
      continue;
    }
    if (pattern[i] != '{') continue;
    size_t j = i + 1, low = 0, high = 0;
    bool digits = false, comma = false, high_digits = false;
    for (; j < pattern.size() && pattern[j] >= '0' && pattern[j] <= '9'; ++j) {
      low = low * 10 + static_cast<size_t>(pattern[j] - '0');
      digits = true;
    }
    if (j < pattern.size() && pattern[j] == ',') {
      comma = true;
      for (++j; j < pattern.size() && pattern[j] >= '0' && pattern[j] <= '9'; ++j) {
        high = high * 10 + static_cast<size_t>(pattern[j] - '0');
        high_digits = true;
      }
    }
    if (!digits || j >= pattern.size() || pattern[j] != '}') continue;
    largest = std::max(largest, comma ? (high_digits ? high : low) : low);
  }
  return largest;
}

LintReport LintRules(const std::string& dir) {
  namespace fs = std::filesystem;
  LintReport rep;
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) {
    rep.folder_found = false;
    rep.problems.push_back(dir + ": rules folder not found");
    return rep;
  }
  const std::vector<std::string> known = RuleFileNames();
  std::string names;
  for (const auto& k : known) names += (names.empty() ? "" : ", ") + k;
  std::vector<std::string> unknown;
  for (const auto& entry : fs::directory_iterator(dir, ec)) {
    std::string name = entry.path().filename().string();
    if (entry.path().extension() != ".json") continue;
    if (std::find(known.begin(), known.end(), name) != known.end()) {
      ++rep.files;
    } else {
      unknown.push_back(name);
    }
  }
  std::sort(unknown.begin(), unknown.end());
  for (const auto& name : unknown) {
    rep.warnings.push_back(
        name + ":1: warning: not a rule file claims reads, ignored (rule files: " + names + ")");
  }
  auto rules = RuleSet::Load(dir, &rep.problems);
  if (rules) {
    rep.rules = CountRules(*rules);
    for (const auto* patterns : RuleSet::PatternLists(*rules)) {
      for (const auto& r : *patterns) {
        if (size_t n = LargestBoundedRepeat(r.re->pattern()); n > kLargestCheapRepeat) {
          rep.warnings.push_back(r.id + ": warning: a repeat bounded at " + std::to_string(n) +
                                 " is compiled into " + std::to_string(n) +
                                 " copies of what it repeats, which slows every run's start; "
                                 "use * or + where the length needs no bound");
        }
      }
    }
  }
  return rep;
}

}  // namespace claims
