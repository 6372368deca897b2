// Show: an article as text with its claims marked, for reading extraction results.
//
// Each claim (a record's span, original byte offsets) is highlighted in its speaker's
// color and followed by the speaker's name; boilerplate and reader comments are
// dimmed. Without color the same information is written as plain markers:
//
//   [[claim text]]<Speaker Name>      a claim and its speaker (<?> when unresolved)
//   {{text}}                          boilerplate or a reader comment
//
// Speakers get colors in order of first appearance; a legend closes the output.
//
//   std::vector<claims::Span> dim = ...;   // boilerplate and comment blocks
//   std::string out = claims::RenderArticle(doc.bytes, dim, records, /*color=*/false);
//   // ... Lavrov said: "[[We will answer.]]<Sergey Lavrov>" ...
#ifndef CLAIMS_EMIT_SHOW_H_
#define CLAIMS_EMIT_SHOW_H_

#include <string>
#include <string_view>
#include <vector>

#include "claims/emit/record.h"
#include "claims/span.h"

namespace claims {

// Renders `text` with `records` highlighted and `dimmed` spans dimmed. Spans may
// nest or overlap; spans outside the text are clipped. With `color`, ANSI escapes;
// otherwise the plain markers above.
std::string RenderArticle(std::string_view text, const std::vector<Span>& dimmed,
                          const std::vector<Record>& records, bool color);

}  // namespace claims

#endif  // CLAIMS_EMIT_SHOW_H_
