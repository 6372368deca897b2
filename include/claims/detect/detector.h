// Detect: blocks -> candidate claims, and the entity mentions around them.
//
// Direct quotes (paired marks, split around "he said", carried over paragraphs),
// block quotes attributed by a caption or a "Said the minister." line, colon lead-ins,
// and reported speech (cue + that-clause, "X, Y said", "according to Y", "in her
// opinion"). Cue verbs, phrases and the words that make a quote a title come from
// cues.json; name and role recognition from the Lexicon.
//
//   claims::Detector det(rules, lexicon);
//   claims::Detection d = det.Detect(nt, segmentation);
#ifndef CLAIMS_DETECT_DETECTOR_H_
#define CLAIMS_DETECT_DETECTOR_H_

#include "claims/detect/candidate.h"
#include "claims/normalize/normalizer.h"
#include "claims/rules/lexicon.h"
#include "claims/rules/rule_set.h"
#include "claims/segment/segmenter.h"

namespace claims {

class Detector {
 public:
  Detector(const RuleSet& rules, const Lexicon& lexicon) : rules_(rules), lex_(lexicon) {}
  Detection Detect(const NormalizedText& nt, const Segmentation& seg) const;

 private:
  const RuleSet& rules_;
  const Lexicon& lex_;
  // "according to" and "in her opinion" rules, tried on every sentence in one pass.
  PatternFilter according_filter_{{&rules_.according, &rules_.opinion}};
};

}  // namespace claims

#endif  // CLAIMS_DETECT_DETECTOR_H_
