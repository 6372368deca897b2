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
  if (rules) rep.rules = CountRules(*rules);
  return rep;
}

}  // namespace claims
