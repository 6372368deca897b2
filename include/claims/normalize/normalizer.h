// Normalize: bytes -> text for matching, with a map back to original byte offsets.
//
// Quote-mark variants become ASCII `"` (double) and `'` (single), dash variants `-`,
// the ellipsis `...`, no-break and other wide spaces a plain space, CRLF and CR a
// newline; zero-width characters and a leading BOM are dropped. Typographic marks
// that say which way they face are remembered (IsOpeningMark / IsClosingMark), so the
// quote scanner can pair them better than ASCII quotes allow. Glued words are NOT
// split here: every normalized byte maps to exactly one original byte offset.
//
//   claims::NormalizedText nt = claims::Normalize(doc.bytes);
//   claims::Span original = nt.ToOriginal(span_in_nt);
#ifndef CLAIMS_NORMALIZE_NORMALIZER_H_
#define CLAIMS_NORMALIZE_NORMALIZER_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "claims/span.h"

namespace claims {

struct NormalizedText {
  std::string text;
  // offsets[i] is the original byte offset of text[i]; offsets[text.size()] is the
  // original size, so half-open spans map with ToOriginal.
  std::vector<uint32_t> offsets;
  std::vector<uint32_t> opening_marks;  // sorted positions in `text`
  std::vector<uint32_t> closing_marks;  // sorted positions in `text`

  Span ToOriginal(Span s) const;
  bool IsOpeningMark(uint32_t pos) const;
  bool IsClosingMark(uint32_t pos) const;
};

NormalizedText Normalize(std::string_view bytes);

}  // namespace claims

#endif  // CLAIMS_NORMALIZE_NORMALIZER_H_
