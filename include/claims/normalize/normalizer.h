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

// The original byte offset of every byte of a normalized text. Most bytes are copied as
// they are, so offsets are kept as runs where they count up one by one: memory grows
// with the characters that were replaced or dropped, not with the text.
class OffsetMap {
 public:
  // Appends the offsets of the next `n` normalized bytes: orig, orig + 1, ...
  void Append(uint32_t orig, size_t n = 1);
  uint32_t operator[](size_t i) const;
  size_t size() const { return size_; }
  bool empty() const { return size_ == 0; }
  uint32_t back() const { return (*this)[size_ - 1]; }

 private:
  struct Run {
    uint32_t pos;   // first normalized byte of the run
    uint32_t orig;  // its original offset
  };
  std::vector<Run> runs_;
  size_t size_ = 0;
};

struct NormalizedText {
  std::string text;
  // offsets[i] is the original byte offset of text[i]; offsets[text.size()] is the
  // original size, so half-open spans map with ToOriginal.
  OffsetMap offsets;
  std::vector<uint32_t> opening_marks;  // sorted positions in `text`
  std::vector<uint32_t> closing_marks;  // sorted positions in `text`

  Span ToOriginal(Span s) const;
  bool IsOpeningMark(uint32_t pos) const;
  bool IsClosingMark(uint32_t pos) const;
};

NormalizedText Normalize(std::string_view bytes);

// Appends code point `cp` to `out` as UTF-8.
void EncodeUtf8(char32_t cp, std::string* out);

}  // namespace claims

#endif  // CLAIMS_NORMALIZE_NORMALIZER_H_
