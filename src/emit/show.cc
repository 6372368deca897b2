#include "claims/emit/show.h"

#include <algorithm>
#include <map>
#include <optional>

namespace claims {
namespace {

// Foreground colors for speakers, most distinct first; reused round-robin.
constexpr const char* kSpeakerColors[] = {"36", "33", "35", "32", "34", "31",
                                          "96", "93", "95", "92", "94", "91"};
constexpr const char* kUnresolvedColor = "37;4";  // underlined grey

struct Event {
  uint32_t pos;
  bool open;     // false: close
  bool claim;    // false: dimmed block
  size_t index;  // into records or dimmed
  size_t rank;   // claims: place in reading order
};

}  // namespace

std::string RenderArticle(std::string_view text, const std::vector<Span>& dimmed,
                          const std::vector<Record>& records, bool color) {
  auto size = static_cast<uint32_t>(text.size());
  auto clip = [&](Span s) { return Span{std::min(s.begin, size), std::min(s.end, size)}; };

  // Claims in reading order; each speaker's color by first appearance.
  std::vector<size_t> order(records.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) {
    const Span& x = records[a].span;
    const Span& y = records[b].span;
    return x.begin != y.begin ? x.begin < y.begin : x.end > y.end;  // outer first
  });
  std::map<std::string, const char*> color_of;
  std::vector<std::string> speakers_in_order;
  std::map<std::string, size_t> claims_of;
  size_t unresolved = 0;
  for (size_t i : order) {
    const auto& sp = records[i].speaker;
    if (!sp) {
      ++unresolved;
      continue;
    }
    if (!color_of.count(*sp)) {
      color_of[*sp] = kSpeakerColors[speakers_in_order.size() % std::size(kSpeakerColors)];
      speakers_in_order.push_back(*sp);
    }
    ++claims_of[*sp];
  }
  auto color_for = [&](const Record& r) {
    return r.speaker ? color_of[*r.speaker] : kUnresolvedColor;
  };
  auto label_for = [](const Record& r) { return r.speaker ? *r.speaker : std::string("?"); };

  std::vector<Event> events;
  for (size_t k = 0; k < order.size(); ++k) {
    Span s = clip(records[order[k]].span);
    if (s.empty()) continue;
    events.push_back({s.begin, true, true, order[k], k});
    events.push_back({s.end, false, true, order[k], k});
  }
  for (size_t i = 0; i < dimmed.size(); ++i) {
    Span s = clip(dimmed[i]);
    if (s.empty()) continue;
    events.push_back({s.begin, true, false, i, 0});
    events.push_back({s.end, false, false, i, 0});
  }
  // At one position: closes before opens; dimmed blocks open outside claims and close
  // after them; inner claims close before outer ones.
  std::stable_sort(events.begin(), events.end(), [](const Event& a, const Event& b) {
    if (a.pos != b.pos) return a.pos < b.pos;
    if (a.open != b.open) return !a.open;
    if (a.claim != b.claim) return a.open ? !a.claim : a.claim;
    return a.open ? a.rank < b.rank : a.rank > b.rank;
  });

  std::string out;
  std::vector<size_t> open_claims;  // innermost last
  int dim_depth = 0;
  // With color the style is stateful: after every event, reset and re-apply what is
  // still open.
  auto restyle = [&] {
    if (!color) return;
    out += "\x1b[0m";
    if (dim_depth > 0) out += "\x1b[2m";
    if (!open_claims.empty())
      out += std::string("\x1b[") + color_for(records[open_claims.back()]) + "m";
  };
  uint32_t at = 0;
  for (const auto& e : events) {
    out.append(text.substr(at, e.pos - at));
    at = e.pos;
    if (e.claim) {
      const Record& r = records[e.index];
      if (e.open) {
        open_claims.push_back(e.index);
        if (!color) out += "[[";
      } else {
        // Closing crosswise overlaps is fine: the label names the speaker.
        auto it = std::find(open_claims.rbegin(), open_claims.rend(), e.index);
        if (it != open_claims.rend()) open_claims.erase(std::next(it).base());
        if (color) {
          out += std::string("\x1b[0;1;") + color_for(r) + "m [" + label_for(r) + "]";
        } else {
          out += "]]<" + label_for(r) + ">";
        }
      }
    } else {
      dim_depth += e.open ? 1 : -1;
      if (!color) out += e.open ? "{{" : "}}";
    }
    restyle();
  }
  out.append(text.substr(at));
  if (color) out += "\x1b[0m";
  if (!out.empty() && out.back() != '\n') out.push_back('\n');

  // Legend.
  out += "--\n";
  out += std::to_string(records.size()) + (records.size() == 1 ? " claim" : " claims");
  if (!speakers_in_order.empty() || unresolved) out += ":";
  bool first = true;
  for (const auto& sp : speakers_in_order) {
    out += first ? " " : ", ";
    first = false;
    std::string item = sp + " (" + std::to_string(claims_of[sp]) + ")";
    out += color ? std::string("\x1b[") + color_of[sp] + "m" + item + "\x1b[0m" : item;
  }
  if (unresolved) {
    out += first ? " " : ", ";
    out += "? (" + std::to_string(unresolved) + ")";
  }
  out += "\n";
  return out;
}

}  // namespace claims
