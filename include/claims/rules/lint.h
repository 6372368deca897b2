// Lint: checking a rules folder without running anything.
//
// LintRules loads the folder with RuleSet::Load, which checks every rule file and
// collects all problems: JSON syntax (`file:line:col`), required fields, RE2 compile
// errors, patterns that do not match their own examples, duplicate ids, an alias
// claimed by two speakers, missing rule files. Lint adds warnings for `.json` files
// in the folder that claims does not read (a misspelt name is silently ignored
// otherwise), and counts files and rules for the summary.
//
//   claims::LintReport rep = claims::LintRules("rules");
//   for (const auto& p : rep.problems) std::cerr << "rules/" << p << "\n";
//   if (rep.ok()) std::cout << rep.files << " files, " << rep.rules << " rules\n";
#ifndef CLAIMS_RULES_LINT_H_
#define CLAIMS_RULES_LINT_H_

#include <cstddef>
#include <string>
#include <vector>

#include "claims/rules/rule_set.h"

namespace claims {

struct LintReport {
  bool folder_found = true;
  std::vector<std::string> problems;  // "file:line: id: message", relative to the folder
  std::vector<std::string> warnings;  // same form
  size_t files = 0;                   // rule files read
  size_t rules = 0;                   // entries with an id, when there are no problems

  bool ok() const { return folder_found && problems.empty(); }
};

LintReport LintRules(const std::string& dir);

// Repeats bounded above this ("{0,600}") draw a warning: RE2 compiles a repeat bounded at n
// into n copies of what it repeats, at every start.
inline constexpr size_t kLargestCheapRepeat = 100;
// The largest upper bound of a counted repeat in `pattern` ("{0,600}": 600); 0 if none.
size_t LargestBoundedRepeat(std::string_view pattern);

// Number of rule entries that carry an id (speech verbs, speakers, nominals,
// outlets, patterns of every kind).
size_t CountRules(const RuleSet& rules);

// The file names RuleSet::Load reads.
std::vector<std::string> RuleFileNames();

}  // namespace claims

#endif  // CLAIMS_RULES_LINT_H_
