#include "claims/attribute/attributor.h"

namespace claims {

std::vector<Attributed> Attributor::Attribute(std::string_view text,
                                              const Detection& detection) const {
  std::vector<Attributed> out;
  std::optional<std::string> last;
  for (const auto& c : detection.candidates) {
    Attributed a;
    a.candidate = c;
    a.mention = std::string(c.mention.span.View(text));
    if (c.mention.kind == MentionKind::kName || c.mention.kind == MentionKind::kOrg) {
      std::string_view name = c.mention.name.View(text);
      const Speaker* s = lex_.MatchSpeaker(name);
      a.speaker = s ? s->name : std::string(name);
      if (s && !s->role.empty()) a.role = s->role;
      last = a.speaker;
    } else if (c.mention.kind == MentionKind::kPronoun) {
      a.speaker = last;
    }
    if (!c.mention.role.empty()) a.role = c.mention.role;
    out.push_back(std::move(a));
  }
  (void)rules_;
  return out;
}

}  // namespace claims
