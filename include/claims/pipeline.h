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

#include <cstddef>
#include <functional>
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

  // Receives the records of one section, in text order; returns false to stop.
  using RecordSink = std::function<bool(std::vector<Record>& records)>;

  // Extract for a document read in sections of about `section_size` bytes, cut at
  // paragraph breaks (see SectionEnd), handing each section's records to `sink` as
  // soon as they are ready: memory follows the section, not the document. The
  // document's metadata (date, outlet, dateline) comes from its first section; who
  // has been named, whether the reader comments have begun, and the numbering of
  // repeated claims carry over from one section to the next. Up to `jobs` threads
  // work on sections at once; `sink` is called on one of them at a time, in order.
  Status ExtractInSections(const Document& doc, size_t section_size, const RecordSink& sink,
                           int jobs = 1) const;

  const Segmenter& segmenter() const { return segmenter_; }
  const RuleSet& rules() const { return rules_; }

 private:
  // The records of one section's attributed claims, spans in the section's bytes. The
  // strings of `attributed` are moved into the records.
  std::vector<Record> SectionRecords(const Document& doc, const NormalizedText& nt,
                                     const Segmentation& seg, std::vector<Attributed>& attributed,
                                     const DocAnnotation& ann) const;

  const RuleSet& rules_;
  ExtractOptions options_;
  Lexicon lexicon_;
  Segmenter segmenter_;
  Detector detector_;
  Attributor attributor_;
  Annotator annotator_;
};

// Where the section of `bytes` that starts at `begin` ends: the end of the text when
// less than `size` bytes are left; otherwise the first paragraph break at or after
// `begin + size` that is safe to cut at, where a paragraph ending a sentence is
// followed by one that opens with a letter or digit and ends a sentence too (no quote
// that runs on over paragraphs, no caption, heading or introduction to a block quote
// is parted from its text). When no such break comes within 8 * size bytes, any
// paragraph break will do; a text with none is one section.
size_t SectionEnd(std::string_view bytes, size_t begin, size_t size);

}  // namespace claims

#endif  // CLAIMS_PIPELINE_H_
