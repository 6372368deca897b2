#include "claims/pipeline.h"

#include <algorithm>
#include <limits>

#include "claims/parallel.h"

namespace claims {
namespace {

// The text that may credit an outlet for a claim: its sentence, followed by the next
// sentence of the block when that one is only a short credit line ("RIA News."). The
// sentence alone is returned as a view of `text`; with a credit line the two are
// written into `*buf`, which the result then views.
std::string_view CreditContext(std::string_view text, const Segmentation& seg, const Candidate& c,
                               std::string* buf) {
  std::string_view sentence = c.sentence.View(text);
  if (c.block >= seg.blocks.size()) return sentence;
  // A block's sentences are in text order and do not overlap: the claim's sentence is
  // found by binary search (a paragraph may hold thousands of them).
  const auto& sentences = seg.blocks[c.block].sentences;
  auto it = std::lower_bound(sentences.begin(), sentences.end(), c.sentence);
  if (it == sentences.end() || !(*it == c.sentence) || it + 1 == sentences.end()) return sentence;
  std::string_view next = (it + 1)->View(text);
  if (std::count(next.begin(), next.end(), ' ') > 2) return sentence;
  buf->assign(sentence);
  buf->append(1, ' ').append(next);
  return *buf;
}

bool IsBlank(char c) { return c == ' ' || c == '\t' || c == '\r'; }

// Whether the text before `end` (trailing white space aside) ends a sentence: a full
// stop, question or exclamation mark, possibly inside a closing quotation mark.
bool EndsSentenceBefore(std::string_view bytes, size_t begin, size_t end) {
  size_t i = end;
  while (i > begin && (IsBlank(bytes[i - 1]) || bytes[i - 1] == '\n')) --i;
  auto terminal = [&](size_t k) {
    return k > begin && (bytes[k - 1] == '.' || bytes[k - 1] == '!' || bytes[k - 1] == '?');
  };
  if (terminal(i)) return true;
  if (i > begin && (bytes[i - 1] == '"' || bytes[i - 1] == '\'')) return terminal(i - 1);
  for (std::string_view close : {"\u201D", "\u2019", "\u00BB"}) {
    if (i - begin >= close.size() && bytes.substr(i - close.size(), close.size()) == close) {
      return terminal(i - close.size());
    }
  }
  return false;
}

// The first paragraph break at or after `pos`: sets `*end` to where the paragraph
// before it ends (its last line break) and returns where the next paragraph starts;
// bytes.size() when there is none.
size_t NextParagraph(std::string_view bytes, size_t pos, size_t* end) {
  const size_t n = bytes.size();
  while (pos < n) {
    size_t nl = bytes.find('\n', pos);
    if (nl == std::string_view::npos) break;
    size_t q = nl + 1;
    while (q < n && IsBlank(bytes[q])) ++q;
    if (q >= n) break;
    if (bytes[q] != '\n') {
      pos = nl + 1;
      continue;
    }
    *end = nl;
    size_t start = q + 1;
    for (;;) {  // further blank lines
      size_t r = start;
      while (r < n && IsBlank(bytes[r])) ++r;
      if (r < n && bytes[r] == '\n') {
        start = r + 1;
        continue;
      }
      break;
    }
    return start;
  }
  *end = n;
  return n;
}

bool IsAsciiAlnum(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

}  // namespace

size_t SectionEnd(std::string_view bytes, size_t begin, size_t size) {
  const size_t n = bytes.size();
  if (begin >= n || n - begin <= size) return n;
  size_t from = begin + size;
  size_t limit = n - from > 8 * size ? from + 8 * size : n;
  size_t first_break = n;
  size_t end = 0;
  size_t start = NextParagraph(bytes, from, &end);
  while (start < n) {
    if (first_break == n) first_break = start;
    size_t next_end = 0;
    size_t after = NextParagraph(bytes, start, &next_end);
    if (EndsSentenceBefore(bytes, begin, end) && IsAsciiAlnum(bytes[start]) &&
        EndsSentenceBefore(bytes, start, next_end)) {
      return start;
    }
    if (start >= limit) return first_break;
    start = after;
    end = next_end;
  }
  return first_break;
}

Extractor::Extractor(const RuleSet& rules, ExtractOptions options)
    : rules_(rules),
      options_(std::move(options)),
      lexicon_(rules),
      segmenter_(rules, lexicon_),
      detector_(rules, lexicon_),
      attributor_(rules, lexicon_),
      annotator_(rules) {}

Status Extractor::Extract(const Document& doc, std::vector<Record>* out) const {
  return ExtractInSections(doc, std::numeric_limits<size_t>::max(), [&](std::vector<Record>& r) {
    if (out->empty()) {
      out->swap(r);
    } else {
      out->insert(out->end(), std::make_move_iterator(r.begin()), std::make_move_iterator(r.end()));
    }
    return true;
  });
}

Status Extractor::ExtractInSections(const Document& doc, size_t section_size,
                                    const RecordSink& sink, int jobs) const {
  if (section_size == 0) section_size = 1;
  // The document's metadata with the command's defaults; not its text, which would be
  // a copy of the whole document.
  Document meta;
  meta.name = doc.name;
  meta.date = doc.date ? doc.date : options_.date;
  meta.outlet = doc.outlet ? doc.outlet : options_.outlet;
  meta.url = doc.url;

  // Sections are normalized, segmented and scanned for candidates on `jobs` threads,
  // each on the assumption that the one before it did not end in reader comments;
  // speakers, ids and output follow in text order, where a section whose assumption
  // was wrong is segmented and scanned again from the true state.
  struct Section {
    size_t begin = 0, end = 0;
    SegmentState start, finish;  // segmentation state before and after it
    NormalizedText nt;
    Segmentation seg;
    Detection det;
  };
  std::string_view bytes = doc.bytes;
  size_t next_begin = 0;
  bool first = true;
  auto next = [&](Section* s) {
    if (!first && next_begin >= bytes.size()) return false;
    s->begin = next_begin;
    s->end = SectionEnd(bytes, next_begin, section_size);
    s->start = SegmentState();
    s->start.in_body = !first;
    if (!first) s->start.body_bytes = kBodyBytesBeforeComments;
    next_begin = s->end;
    first = false;
    return true;
  };
  auto scan = [&](Section& s) {
    s.finish = s.start;
    s.seg = segmenter_.Segment(s.nt.text, &s.finish);
    s.det = detector_.Detect(s.nt, s.seg);
  };
  auto work = [&](Section& s) {
    s.nt = Normalize(bytes.substr(s.begin, s.end - s.begin));
    scan(s);
    return std::move(s);
  };

  std::optional<DocAnnotation> doc_ann;
  SegmentState state;  // where the previous section left off
  DiscourseState discourse;
  IdAssigner ids;
  uint32_t base = 0;  // where the section starts in the whole normalized text
  auto write = [&](Section& s) {
    if (s.start != state) {
      s.start = state;
      scan(s);
    }
    state = s.finish;
    // The detection is not needed after this: its candidates move into the results.
    std::vector<Attributed> attributed =
        attributor_.Attribute(s.nt.text, std::move(s.det), base, &discourse);
    if (!doc_ann) doc_ann = annotator_.AnnotateDocument(meta, s.nt.text, s.seg);
    std::vector<Record> records = SectionRecords(doc, s.nt, s.seg, attributed, *doc_ann);
    for (Record& r : records) {
      r.span.begin += static_cast<uint32_t>(s.begin);
      r.span.end += static_cast<uint32_t>(s.begin);
    }
    ids.Assign(&records);
    base += static_cast<uint32_t>(s.nt.text.size());
    return sink(records);
  };
  // A document of one section is read on the calling thread.
  if (bytes.size() <= section_size) jobs = 1;
  RunOrdered<Section, Section>(jobs, static_cast<size_t>(2 * jobs), next, work, write);
  return Status();
}

std::vector<Record> Extractor::SectionRecords(const Document& doc, const NormalizedText& nt,
                                              const Segmentation& seg,
                                              std::vector<Attributed>& attributed,
                                              const DocAnnotation& ann) const {
  std::vector<Record> records;
  records.reserve(attributed.size());
  // Buffers for the texts built per claim, kept across claims to save allocations.
  std::string around_buf, context_buf;
  // The publication day, read once for the statements' days.
  Date pub_day;
  const Date* pub = Annotator::PublicationDay(ann.date, &pub_day) ? &pub_day : nullptr;
  for (auto& a : attributed) {
    Candidate& c = a.candidate;
    std::string claim_text = CleanText(nt.text, c.claim, c.cuts);
    if (claim_text.empty()) continue;
    // Built in place: a Record is large to move.
    Record& r = records.emplace_back();
    r.claim = std::move(claim_text);
    r.doc = doc.name;
    // The attributed claim is read once: its strings move into the record.
    r.speaker = std::move(a.speaker);
    r.mention = std::move(a.mention);
    r.role = std::move(a.role);
    r.type = ClaimTypeName(c.type);
    if (!c.cue_text.empty()) r.cue = std::move(c.cue_text);
    r.date = ann.date;
    std::string_view sentence = c.sentence.empty() ? std::string_view() : c.sentence.View(nt.text);
    // The statement's day is told around the claim, not inside it ("said that the treaty
    // of May 27, 1997 ..." dates the treaty).
    // A claim outside its sentence leaves the sentence whole: it is read in place.
    std::string_view around = sentence;
    if (c.sentence.Contains(c.claim.begin)) {
      size_t b = c.claim.begin - c.sentence.begin;
      size_t e = std::min(c.claim.end, c.sentence.end) - c.sentence.begin;
      around_buf.assign(sentence.substr(0, b)).append(1, ' ').append(sentence.substr(e));
      around = around_buf;
    }
    auto said = annotator_.StatementDate(around, pub);
    if (said && said != ann.date) r.said_on = said;
    r.outlet = ann.outlet;
    if (!sentence.empty()) {
      r.via = annotator_.CreditedOutlet(CreditContext(nt.text, seg, c, &context_buf));
    }
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
    r.rule = std::move(c.rule);
  }
  return records;
}

}  // namespace claims
