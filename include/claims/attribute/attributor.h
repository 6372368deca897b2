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

#include <memory>
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

class Discourse;

// The people and organisations a document has named so far, for a document read in
// sections: a pronoun or "the minister" at the top of one section resolves to
// someone named in an earlier one, exactly as in the whole text.
class DiscourseState {
 public:
  DiscourseState();
  ~DiscourseState();
  DiscourseState(const DiscourseState&) = delete;
  DiscourseState& operator=(const DiscourseState&) = delete;

 private:
  friend class Attributor;
  std::unique_ptr<Discourse> discourse_;
};

class Attributor {
 public:
  Attributor(const RuleSet& rules, const Lexicon& lexicon) : rules_(rules), lex_(lexicon) {}
  std::vector<Attributed> Attribute(std::string_view text, const Detection& detection) const;
  // One section of a longer document that starts at byte `base` of the whole text;
  // `state` carries what the sections before it named.
  std::vector<Attributed> Attribute(std::string_view text, const Detection& detection,
                                    uint32_t base, DiscourseState* state) const;
  // The same for a detection no longer needed: its candidates are moved, not copied.
  std::vector<Attributed> Attribute(std::string_view text, Detection&& detection, uint32_t base,
                                    DiscourseState* state) const;

 private:
  // Attribute without the candidates: one result a candidate, in order, all but
  // `candidate` filled in.
  std::vector<Attributed> Speakers(std::string_view text, const Detection& detection, uint32_t base,
                                   DiscourseState* state) const;

  const RuleSet& rules_;
  const Lexicon& lex_;
};

}  // namespace claims

#endif  // CLAIMS_ATTRIBUTE_ATTRIBUTOR_H_
