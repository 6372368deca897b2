#include "claims/pipeline.h"

#include <algorithm>

namespace claims {
namespace {

// The text that may credit an outlet for a claim: its sentence, followed by the next
// sentence of the block when that one is only a short credit line ("RIA News.").
std::string CreditContext(std::string_view text, const Segmentation& seg, const Candidate& c) {
  std::string ctx(c.sentence.View(text));
  if (c.block >= seg.blocks.size()) return ctx;
  // A block's sentences are in text order and do not overlap: the claim's sentence is
  // found by binary search (a paragraph may hold thousands of them).
  const auto& sentences = seg.blocks[c.block].sentences;
  auto it = std::lower_bound(sentences.begin(), sentences.end(), c.sentence);
  if (it == sentences.end() || !(*it == c.sentence) || it + 1 == sentences.end()) return ctx;
  std::string_view next = (it + 1)->View(text);
  if (std::count(next.begin(), next.end(), ' ') <= 2) {
    ctx += ' ';
    ctx += next;
  }
  return ctx;
}

}  // namespace

Extractor::Extractor(const RuleSet& rules, ExtractOptions options)
    : rules_(rules),
      options_(std::move(options)),
      lexicon_(rules),
      segmenter_(rules, lexicon_),
      detector_(rules, lexicon_),
      attributor_(rules, lexicon_),
      annotator_(rules) {}

Status Extractor::Extract(const Document& doc, std::vector<Record>* out) const {
  NormalizedText nt = Normalize(doc.bytes);
  Segmentation seg = segmenter_.Segment(nt.text);
  Detection det = detector_.Detect(nt, seg);
  std::vector<Attributed> attributed = attributor_.Attribute(nt.text, det);

  // The document's metadata with the command's defaults; not its text, which would be
  // a copy of the whole document.
  Document meta;
  meta.name = doc.name;
  meta.date = doc.date ? doc.date : options_.date;
  meta.outlet = doc.outlet ? doc.outlet : options_.outlet;
  meta.url = doc.url;
  DocAnnotation ann = annotator_.AnnotateDocument(meta, nt.text, seg);

  std::vector<Record> records;
  records.reserve(attributed.size());
  for (const auto& a : attributed) {
    const Candidate& c = a.candidate;
    Record r;
    r.doc = doc.name;
    r.speaker = a.speaker;
    r.mention = a.mention;
    r.role = a.role;
    r.claim = CleanText(nt.text, c.claim, c.cuts);
    if (r.claim.empty()) continue;
    r.type = ClaimTypeName(c.type);
    if (!c.cue_text.empty()) r.cue = c.cue_text;
    r.date = ann.date;
    std::string_view sentence = c.sentence.empty() ? std::string_view() : c.sentence.View(nt.text);
    // The statement's day is told around the claim, not inside it ("said that the treaty
    // of May 27, 1997 ..." dates the treaty).
    std::string around(sentence);
    if (c.sentence.Contains(c.claim.begin)) {
      uint32_t b = c.claim.begin - c.sentence.begin;
      uint32_t e = std::min(c.claim.end, c.sentence.end) - c.sentence.begin;
      around.replace(b, e - b, " ");
    }
    auto said = annotator_.StatementDate(around, ann.date);
    if (said && said != ann.date) r.said_on = said;
    r.outlet = ann.outlet;
    if (!sentence.empty()) r.via = annotator_.CreditedOutlet(CreditContext(nt.text, seg, c));
    // Injected text at either end of the claim is not part of its span.
    Span claim = c.claim;
    for (bool moved = true; moved;) {
      moved = false;
      for (Span cut : c.cuts) {
        if (cut.Contains(claim.begin) && cut.end < claim.end) {
          claim.begin = cut.end;
          moved = true;
        }
        if (claim.end > 0 && cut.Contains(claim.end - 1) && cut.begin > claim.begin) {
          claim.end = cut.begin;
          moved = true;
        }
      }
    }
    while (claim.begin < claim.end &&
           (nt.text[claim.begin] == ' ' || nt.text[claim.begin] == '\n')) {
      ++claim.begin;
    }
    r.span = nt.ToOriginal(claim);
    r.rule = c.rule;
    records.push_back(std::move(r));
  }
  AssignIds(&records);
  out->insert(out->end(), std::make_move_iterator(records.begin()),
              std::make_move_iterator(records.end()));
  return Status();
}

}  // namespace claims
