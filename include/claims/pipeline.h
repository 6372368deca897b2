// Extractor: the whole pipeline for one document, read -> normalize -> segment ->
// detect -> attribute -> annotate -> records.
//
//   std::vector<std::string> errors;
//   auto rules = claims::RuleSet::Load("rules", &errors);
//   claims::Extractor ex(*rules, {});
//   std::vector<claims::Record> records;
//   claims::Status st = ex.Extract(doc, &records);
//
// An Extractor is immutable and shared by the worker threads.
#ifndef CLAIMS_PIPELINE_H_
#define CLAIMS_PIPELINE_H_

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "claims/annotate/annotator.h"
#include "claims/attribute/attributor.h"
#include "claims/detect/detector.h"
#include "claims/emit/record.h"
#include "claims/io/document.h"
#include "claims/normalize/normalizer.h"
#include "claims/rules/lexicon.h"
#include "claims/rules/rule_set.h"
#include "claims/segment/segmenter.h"

namespace claims {

struct ExtractOptions {
  std::optional<std::string> date;    // --date: publication date for every document
  std::optional<std::string> outlet;  // --outlet
};

class Extractor {
 public:
  Extractor(const RuleSet& rules, ExtractOptions options);
  Extractor(const Extractor&) = delete;
  Extractor& operator=(const Extractor&) = delete;

  Status Extract(const Document& doc, std::vector<Record>* out) const;

  const Segmenter& segmenter() const { return segmenter_; }
  const RuleSet& rules() const { return rules_; }

 private:
  const RuleSet& rules_;
  ExtractOptions options_;
  Lexicon lexicon_;
  Segmenter segmenter_;
  Detector detector_;
  Attributor attributor_;
  Annotator annotator_;
};

}  // namespace claims

#endif  // CLAIMS_PIPELINE_H_
