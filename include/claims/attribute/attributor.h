// Attribute: candidates -> speakers.
//
// Names are matched to known speakers (aliases, transliterations, misspellings within
// the fuzzy threshold of speakers.json); unknown names are kept as written. Pronouns
// and nominal mentions ("the minister", "the diplomat") resolve to the most recent
// compatible speaker by gender and role, preferring sentence subjects.
//
//   claims::Attributor attr(rules, lexicon);
//   std::vector<claims::Attributed> out = attr.Attribute(nt.text, detection);
#ifndef CLAIMS_ATTRIBUTE_ATTRIBUTOR_H_
#define CLAIMS_ATTRIBUTE_ATTRIBUTOR_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "claims/detect/candidate.h"
#include "claims/rules/lexicon.h"
#include "claims/rules/rule_set.h"

namespace claims {

struct Attributed {
  Candidate candidate;
  std::optional<std::string> speaker;  // canonical, or as written
  std::optional<std::string> mention;  // as written
  std::optional<std::string> role;
};

class Attributor {
 public:
  Attributor(const RuleSet& rules, const Lexicon& lexicon) : rules_(rules), lex_(lexicon) {}
  std::vector<Attributed> Attribute(std::string_view text, const Detection& detection) const;

 private:
  const RuleSet& rules_;
  const Lexicon& lex_;
};

}  // namespace claims

#endif  // CLAIMS_ATTRIBUTE_ATTRIBUTOR_H_
