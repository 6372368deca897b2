// Segment: normalized text -> typed blocks with sentences.
//
// Blocks are title, standfirst, header field, dateline, heading, paragraph, block
// quote, caption, boilerplate and comment, each with its exact span in the normalized
// text. A paragraph may carry `cuts`: injected text (a "See also <headline>" link in
// running text) that later stages must treat as absent. Comments carry author,
// timestamp and nesting level and are never a source of claims.
//
//   claims::Segmenter seg(rules, lexicon);
//   claims::Segmentation s = seg.Segment(nt.text);
//   for (const auto& b : s.blocks) std::cout << claims::BlockKindName(b.kind) << "\n";
//
// Every marker and pattern comes from sections.json, boilerplate.json and
// abbreviations.json; the mechanisms (line classes, sentence splitting) live here.
#ifndef CLAIMS_SEGMENT_SEGMENTER_H_
#define CLAIMS_SEGMENT_SEGMENTER_H_

#include <string>
#include <string_view>
#include <vector>

#include "claims/rules/lexicon.h"
#include "claims/rules/rule_set.h"
#include "claims/span.h"

namespace claims {

enum class BlockKind {
  kTitle,
  kStandfirst,
  kHeaderField,
  kDateline,
  kHeading,
  kParagraph,
  kBlockQuote,
  kCaption,
  kBoilerplate,
  kComment,
};

const char* BlockKindName(BlockKind kind);

struct Block {
  BlockKind kind = BlockKind::kParagraph;
  Span span;                    // whole block (normalized text)
  std::vector<Span> cuts;       // injected text inside the block, sorted
  std::vector<Span> sentences;  // paragraphs, block quotes, standfirsts, captions
  std::string rule;             // id of the rule that classified the block, if any
  // kHeaderField: the field name ("date") and value span. A kCaption that signs the post
  // above it: the author in `value`.
  std::string field;
  Span value;
  // kComment
  std::string author;
  std::string timestamp;
  int level = 0;
};

struct Segmentation {
  std::vector<Block> blocks;
};

// A comment section opens after this many bytes of the article's paragraphs, or where
// no more than kProseBeforeComment bytes come before the first comment's header.
inline constexpr size_t kBodyBytesBeforeComments = 500;
inline constexpr size_t kProseBeforeComment = 1000;

// Where a document read in sections stands at the end of one section: the next one is
// body text (no title, standfirst or header fields at its top), and it is still
// inside the reader comments when this one ended in them.
struct SegmentState {
  bool in_body = false;
  bool in_comments = false;
  size_t body_bytes = 0;  // bytes of body paragraphs so far, kBodyBytesBeforeComments at most
  int comment_base_indent = -1;

  bool operator==(const SegmentState&) const = default;
};

class Segmenter {
 public:
  Segmenter(const RuleSet& rules, const Lexicon& lexicon) : rules_(rules), lex_(lexicon) {}
  Segmentation Segment(std::string_view text) const;
  // One section of a longer document: starts from `*state` and leaves it as the next
  // section should start.
  Segmentation Segment(std::string_view text, SegmentState* state) const;

  // Sentence spans inside `span`, skipping `cuts`. Exposed for tests.
  std::vector<Span> SplitSentences(std::string_view text, Span span,
                                   const std::vector<Span>& cuts) const;

 private:
  void MarkBlockQuotes(std::string_view text, Segmentation* seg) const;
  const RuleSet& rules_;
  const Lexicon& lex_;
  // The lists every line is tried against, searched in one pass per line: the first
  // three anywhere in the line, header fields and datelines at its start.
  PatternFilter line_filter_{{&rules_.comment_start, &rules_.boilerplate_lines, &rules_.injected,
                              &rules_.header_fields, &rules_.datelines},
                             {false, false, false, true, true}};
};

// Text of `span` with `cuts` removed and whitespace runs collapsed to one space.
std::string CleanText(std::string_view text, Span span, const std::vector<Span>& cuts);

}  // namespace claims

#endif  // CLAIMS_SEGMENT_SEGMENTER_H_
