#include "claims/detect/detector.h"

namespace claims {

const char* ClaimTypeName(ClaimType t) {
  switch (t) {
    case ClaimType::kDirect:
      return "direct";
    case ClaimType::kIndirect:
      return "indirect";
    case ClaimType::kMixed:
      return "mixed";
  }
  return "?";
}

Detection Detector::Detect(const NormalizedText& nt, const Segmentation& seg) const {
  Detection d;
  const std::string& text = nt.text;
  for (size_t bi = 0; bi < seg.blocks.size(); ++bi) {
    const Block& b = seg.blocks[bi];
    if (b.kind != BlockKind::kParagraph) continue;
    // Paired quotes followed by "<mention> <cue>".
    size_t pos = b.span.begin;
    while (true) {
      size_t open = text.find('"', pos);
      if (open == std::string::npos || open >= b.span.end) break;
      size_t close = text.find('"', open + 1);
      if (close == std::string::npos || close >= b.span.end) break;
      pos = close + 1;
      Candidate c;
      c.type = ClaimType::kDirect;
      c.claim = Span{static_cast<uint32_t>(open + 1), static_cast<uint32_t>(close)};
      c.block = bi;
      c.rule = "direct.post";
      // Attribution after the quote, up to the sentence end.
      size_t end = text.find_first_of(".!?", close + 1);
      if (end == std::string::npos || end > b.span.end) end = b.span.end;
      std::vector<Token> toks = Tokenize(text, Span{static_cast<uint32_t>(close + 1),
                                                    static_cast<uint32_t>(end)});
      for (size_t k = 0; k < toks.size(); ++k) {
        std::string form = ToLower(toks[k].span.View(text));
        bool cue = false;
        for (const auto& v : rules_.verbs) cue = cue || v.form == form;
        if (!cue) continue;
        uint32_t mb = toks.front().span.begin;
        if (toks.front().kind == Token::kPunct) mb = toks.size() > 1 ? toks[1].span.begin : mb;
        Mention m;
        if (k > 0 && lex_.ParseMention(text, Span{mb, toks[k].span.begin}, &m)) {
          c.mention = m;
          c.cue = toks[k].span;
          c.cue_text = form;
        }
        break;
      }
      if (c.mention.kind != MentionKind::kNone) d.candidates.push_back(c);
    }
  }
  return d;
}

}  // namespace claims
