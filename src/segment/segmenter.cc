#include "claims/segment/segmenter.h"

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <cstring>

#include "claims/rules/lexicon.h"

namespace claims {
namespace {

bool IsSpace(char c) { return c == ' ' || c == '\n' || c == '\t'; }
bool IsUpper(char c) { return c >= 'A' && c <= 'Z'; }

// The length of a list bullet (a UTF-8 symbol) and the space after it at the start of
// `line`: the symbol's, 0 when the line opens with none or nothing follows it.
size_t BulletLength(std::string_view line) {
  if (line.empty() || static_cast<unsigned char>(line[0]) != 0xE2) return 0;  // all of them
  for (std::string_view b :
       {"\u2022", "\u25AA", "\u25CF", "\u25E6", "\u25BA", "\u25A0", "\u2023", "\u25B8"}) {
    if (line.starts_with(b) && line.size() > b.size() + 1 && IsSpace(line[b.size()])) {
      return b.size();
    }
  }
  return 0;
}

// A line of the text without its newline, trimmed of surrounding spaces.
struct Line {
  Span span;  // trimmed
  Span raw;   // untrimmed, without the newline
  int indent = 0;
};

std::vector<Line> SplitLines(std::string_view text) {
  std::vector<Line> lines;
  size_t pos = 0;
  while (pos <= text.size()) {
    size_t nl = text.find('\n', pos);
    if (nl == std::string_view::npos) nl = text.size();
    size_t b = pos, e = nl;
    int indent = 0;
    while (b < e && IsSpace(text[b])) {
      ++b;
      ++indent;
    }
    while (e > b && IsSpace(text[e - 1])) --e;
    lines.push_back({Span{static_cast<uint32_t>(b), static_cast<uint32_t>(e)},
                     Span{static_cast<uint32_t>(pos), static_cast<uint32_t>(nl)}, indent});
    if (nl == text.size()) break;
    pos = nl + 1;
  }
  return lines;
}

int CountWords(std::string_view s) {
  int n = 0;
  bool in = false;
  for (char c : s) {
    bool w = !IsSpace(c);
    if (w && !in) ++n;
    in = w;
  }
  return n;
}

bool EndsSentence(std::string_view s) {
  while (!s.empty() && (s.back() == '"' || s.back() == '\'' || s.back() == ')' || s.back() == ']' ||
                        IsSpace(s.back()))) {
    s.remove_suffix(1);
  }
  return !s.empty() && (s.back() == '.' || s.back() == '!' || s.back() == '?' || s.back() == ':' ||
                        s.back() == ';');
}

// The first position in [i, end) of `text` holding a quotation mark, or `end`.
uint32_t NextQuote(std::string_view text, uint32_t i, uint32_t end) {
  if (i >= end) return end;
  const void* q = std::memchr(text.data() + i, '"', end - i);
  return q ? static_cast<uint32_t>(static_cast<const char*>(q) - text.data()) : end;
}

// The first position in [i, end) of `text` holding a quotation mark or one of . ! ?, or
// `end`. Text is read eight bytes at a time: (w - 0x01..) & ~w & 0x80.. is non-zero iff
// some byte of w is zero, so w ^ (c * 0x01..) flags the bytes equal to c.
uint32_t NextQuoteOrStop(std::string_view text, uint32_t i, uint32_t end) {
  constexpr uint64_t kOnes = 0x0101010101010101, kHigh = 0x8080808080808080;
  auto zero_byte = [](uint64_t w) { return (w - kOnes) & ~w & kHigh; };
  for (; i + 8 <= end; i += 8) {
    uint64_t w;
    std::memcpy(&w, text.data() + i, 8);
    if (zero_byte(w ^ (kOnes * '"')) | zero_byte(w ^ (kOnes * '.')) | zero_byte(w ^ (kOnes * '!')) |
        zero_byte(w ^ (kOnes * '?'))) {
      break;
    }
  }
  for (; i < end; ++i) {
    char c = text[i];
    if (c == '"' || c == '.' || c == '!' || c == '?') return i;
  }
  return end;
}

// The first of the rules `may` (indices into `rules`, ascending) that matches.
const PatternRule* FirstMatchOf(const std::vector<PatternRule>& rules, std::span<const int> may,
                                std::string_view text, size_t pos, std::vector<Span>* groups,
                                bool anchored) {
  for (int i : may) {
    const PatternRule& r = rules[static_cast<size_t>(i)];
    if (anchored ? r.re->MatchAt(text, pos, groups) : r.re->Find(text, pos, groups)) return &r;
  }
  return nullptr;
}

const PatternRule* FirstMatch(const std::vector<PatternRule>& rules, std::string_view text,
                              size_t pos, std::vector<Span>* groups, bool anchored) {
  std::vector<int> may;
  MayMatch(rules, text, pos, anchored, &may);
  return FirstMatchOf(rules, may, text, pos, groups, anchored);
}

Span Group(const PatternRule& r, const std::vector<Span>& g, const char* name) {
  int i = r.re->GroupIndex(name);
  if (i < 0 || static_cast<size_t>(i) >= g.size()) return {};
  return g[static_cast<size_t>(i)];
}

// Whether the lines after `li` hold the prose of an article rather than comments: 1,000
// bytes or more before the first comment header or numbered item.
bool ProseFollows(const RuleSet& rules, std::string_view text, const std::vector<Line>& lines,
                  size_t li) {
  size_t bytes = 0;
  for (size_t k = li + 1; k < lines.size() && bytes < kProseBeforeComment; ++k) {
    if (lines[k].span.empty()) continue;
    std::string_view ls = lines[k].span.View(text);
    if (FirstMatch(rules.comment_item, ls, 0, nullptr, true) ||
        FirstMatch(rules.comment_header, ls, 0, nullptr, true)) {
      return false;
    }
    bytes += ls.size();
  }
  return bytes >= kProseBeforeComment;
}

}  // namespace

const char* BlockKindName(BlockKind kind) {
  switch (kind) {
    case BlockKind::kTitle:
      return "title";
    case BlockKind::kStandfirst:
      return "standfirst";
    case BlockKind::kHeaderField:
      return "header";
    case BlockKind::kDateline:
      return "dateline";
    case BlockKind::kHeading:
      return "heading";
    case BlockKind::kParagraph:
      return "paragraph";
    case BlockKind::kBlockQuote:
      return "blockquote";
    case BlockKind::kCaption:
      return "caption";
    case BlockKind::kBoilerplate:
      return "boilerplate";
    case BlockKind::kComment:
      return "comment";
  }
  return "?";
}

std::string CleanText(std::string_view text, Span span, const std::vector<Span>& cuts) {
  uint32_t end = std::min<uint32_t>(span.end, static_cast<uint32_t>(text.size()));
  if (span.begin >= end) return {};
  // The text only shrinks: it is written into a buffer of the span's size.
  std::string out(end - span.begin, '\0');
  char* const first = out.data();
  char* o = first;
  bool space = false;
  size_t ci = 0;
  uint32_t i = span.begin;
  while (i < end) {
    while (ci < cuts.size() && cuts[ci].end <= i) ++ci;
    if (ci < cuts.size() && cuts[ci].Contains(i)) {
      space = o != first;
      i = cuts[ci].end;
      continue;
    }
    // Up to where the current cut begins or ends no byte is in a cut.
    uint32_t stop = end;
    if (ci < cuts.size()) stop = std::min({stop, cuts[ci].begin, cuts[ci].end});
    for (; i < stop; ++i) {
      char c = text[i];
      if (IsSpace(c)) {
        space = o != first;
        continue;
      }
      if (space) *o++ = ' ';
      space = false;
      *o++ = c;
    }
  }
  out.resize(static_cast<size_t>(o - first));
  return out;
}

std::vector<Span> Segmenter::SplitSentences(std::string_view text, Span span,
                                            const std::vector<Span>& cuts) const {
  std::vector<Span> out;
  // Room for sentences of about a hundred bytes, so most blocks need no regrowth.
  out.reserve(span.size() / 96 + 1);
  uint32_t start = span.begin;
  bool in_quote = false;
  // The positions inside cuts, as sorted disjoint runs: a paragraph may hold thousands
  // of cuts and of sentences.
  std::vector<Span> runs;
  if (!cuts.empty()) {
    std::vector<Span> sorted = cuts;
    std::sort(sorted.begin(), sorted.end());
    for (Span c : sorted) {
      if (c.empty()) continue;
      if (!runs.empty() && c.begin <= runs.back().end) {
        runs.back().end = std::max(runs.back().end, c.end);
      } else {
        runs.push_back(c);
      }
    }
  }
  // The end of the cut run holding `i`, or `i` when no cut holds it.
  auto cut_end = [&](uint32_t i) {
    auto it = std::upper_bound(runs.begin(), runs.end(), i,
                               [](uint32_t p, Span r) { return p < r.begin; });
    if (it == runs.begin() || i >= std::prev(it)->end) return i;
    return std::prev(it)->end;
  };
  auto push = [&](uint32_t b, uint32_t e) {
    // Leading spaces and cut text are skipped (a cut run at once).
    while (b < e) {
      if (IsSpace(text[b])) {
        ++b;
      } else if (uint32_t ce = cut_end(b); ce > b) {
        b = std::min(ce, e);
      } else {
        break;
      }
    }
    while (e > b && IsSpace(text[e - 1])) --e;
    if (e > b) out.push_back(Span{b, e});
  };
  for (uint32_t i = span.begin; i < span.end; ++i) {
    // Only quotation marks, and outside quotes sentence punctuation, matter below.
    i = in_quote ? NextQuote(text, i, span.end) : NextQuoteOrStop(text, i, span.end);
    if (i >= span.end) break;
    char c = text[i];
    if (c == '"') {
      // Opening when at start or after space/bracket; closing otherwise.
      bool opening = i == span.begin || IsSpace(text[i - 1]) || text[i - 1] == '(' ||
                     text[i - 1] == '[' || text[i - 1] == '-';
      bool was_open = in_quote;
      in_quote = opening;
      // A closing mark right after a full stop ends the sentence when a new one starts:
      // 'the "Ukrainian direction." According to her, ...'
      if (was_open && !opening && i > span.begin &&
          (text[i - 1] == '.' || text[i - 1] == '!' || text[i - 1] == '?')) {
        uint32_t n = i + 1;
        while (n < span.end && IsSpace(text[n])) ++n;
        // (Or a new quotation starts: '... confrontation." "NATO continues ...'.)
        bool next_quote = n + 1 < span.end && text[n] == '"' && IsUpper(text[n + 1]);
        if (n > i + 1 && n < span.end && (IsUpper(text[n]) || next_quote)) {
          push(start, i + 1);
          start = i + 1;
        }
      }
      continue;
    }
    if (in_quote) continue;
    if (c != '.' && c != '!' && c != '?') continue;
    // Extend over a run of terminal punctuation and closing marks.
    uint32_t e = i + 1;
    while (e < span.end && (text[e] == '.' || text[e] == '!' || text[e] == '?')) ++e;
    while (e < span.end && (text[e] == '"' || text[e] == '\'' || text[e] == ')' || text[e] == ']'))
      ++e;
    if (e < span.end && !IsSpace(text[e])) {
      // Two sentences glued at a full stop ("in his nightly video address.Turkish
      // President ..."), as the tokenizer reads them: from the letters before the dot.
      if (c == '.' && e == i + 1) {
        uint32_t part = i;
        while (part > span.begin && i - part < 3 &&
               std::isalpha(static_cast<unsigned char>(text[part - 1]))) {
          --part;
        }
        if (GluedSentenceAt(text, part, i)) {
          push(start, e);
          start = e;
        }
      }
      continue;
    }
    // Next non-space must start a sentence: upper case, digit, quote, dash or bracket.
    uint32_t n = e;
    while (n < span.end && IsSpace(text[n])) ++n;
    if (n < span.end) {
      char nc = text[n];
      bool starter = IsUpper(nc) || std::isdigit(static_cast<unsigned char>(nc)) || nc == '"' ||
                     nc == '\'' || nc == '-' || nc == '(' || nc == '[' ||
                     static_cast<unsigned char>(nc) >= 0x80;
      if (!starter) continue;
    }
    if (c == '.' && e == i + 1) {
      // Word before the dot: abbreviation or initial?
      uint32_t w = i;
      while (w > span.begin && !IsSpace(text[w - 1]) && text[w - 1] != '(' && text[w - 1] != '"')
        --w;
      std::string_view word = text.substr(w, i - w);
      if (word.size() == 1 && IsUpper(word[0])) continue;  // initial: "J. R. Smith"
      if (rules_.abbreviations.count(std::string(word))) continue;
      if (!word.empty() && std::isdigit(static_cast<unsigned char>(word.back())) && n < span.end &&
          std::isdigit(static_cast<unsigned char>(text[n]))) {
        continue;  // "3. 5" lists
      }
    }
    push(start, e);
    start = e;
    i = e - 1;
  }
  push(start, span.end);
  return out;
}

Segmentation Segmenter::Segment(std::string_view text) const {
  SegmentState state;
  return Segment(text, &state);
}

Segmentation Segmenter::Segment(std::string_view text, SegmentState* state) const {
  Segmentation seg;
  std::vector<Line> lines = SplitLines(text);
  std::vector<Span> groups;
  FilterHits line_hits;
  bool in_comments = state->in_comments;
  bool seen_body = state->in_body;  // a paragraph or dateline has been seen
  bool seen_title = state->in_body;
  size_t body_bytes = state->body_bytes;  // bytes of paragraphs, counted up to a bound
  int comment_base_indent = state->comment_base_indent;

  auto add = [&](BlockKind k, Span s, std::string rule = {}) -> Block& {
    Block b;
    b.kind = k;
    b.span = s;
    b.rule = std::move(rule);
    seg.blocks.push_back(std::move(b));
    return seg.blocks.back();
  };

  for (size_t li = 0; li < lines.size(); ++li) {
    Line ln = lines[li];
    if (ln.span.empty()) continue;
    std::string_view s = ln.span.View(text);

    if (in_comments) {
      // A comment opens at a numbered item followed by a header line, or at a header
      // line; everything until the next opening belongs to it.
      const PatternRule* item = FirstMatch(rules_.comment_item, text, ln.span.begin, nullptr, true);
      size_t hdr_line = li;
      if (item && li + 1 < lines.size()) hdr_line = li + 1;
      const PatternRule* hdr = nullptr;
      std::vector<Span> hg;
      for (size_t k = li; k <= hdr_line && !hdr; ++k) {
        if (lines[k].span.empty()) continue;
        std::string_view ls = lines[k].span.View(text);
        if (const PatternRule* r = FirstMatch(rules_.comment_header, ls, 0, &hg, true)) {
          hdr = r;
          hdr_line = k;
        }
      }
      if (hdr || item) {
        if (comment_base_indent < 0) comment_base_indent = ln.indent;
        Block& b = add(BlockKind::kComment, ln.span, hdr ? hdr->id : item->id);
        b.level = std::max(0, (ln.indent - comment_base_indent) / 2);
        if (hdr) {
          std::string_view hs = lines[hdr_line].span.View(text);
          Span a = Group(*hdr, hg, "author"), t = Group(*hdr, hg, "ts");
          b.author = std::string(a.View(hs));
          b.timestamp = std::string(t.View(hs));
          // "Name (Real name)": keep the display name.
          li = hdr_line;
        }
        b.span.end = lines[li].span.end;
        continue;
      }
      if (!seg.blocks.empty() && seg.blocks.back().kind == BlockKind::kComment) {
        seg.blocks.back().span.end = ln.span.end;
      } else {
        add(BlockKind::kComment, ln.span, "comment.text");
      }
      continue;
    }

    line_filter_.MayMatch(s, 0, false, &line_hits);
    if (const PatternRule* r =
            FirstMatchOf(rules_.comment_start, line_hits.Of(0), s, 0, nullptr, false)) {
      // Comments follow an article. Above it, "Comments" is a link in the page's toolbar
      // ("Share / Comments"): little body text before it, and the article's prose after.
      add(BlockKind::kBoilerplate, ln.span, r->id);
      in_comments =
          body_bytes >= kBodyBytesBeforeComments || !ProseFollows(rules_, text, lines, li);
      continue;
    }
    if (const PatternRule* r =
            FirstMatchOf(rules_.boilerplate_lines, line_hits.Of(1), s, 0, nullptr, false)) {
      add(BlockKind::kBoilerplate, ln.span, r->id);
      continue;
    }

    uint32_t pos = ln.span.begin;
    // Header fields at the start of the line (possibly glued to body text).
    if (const PatternRule* r = FirstMatchOf(rules_.header_fields, line_hits.Of(3),
                                            text.substr(0, ln.span.end), pos, &groups, true)) {
      Span whole = groups[0];
      Span value = Group(*r, groups, "value");
      Block& b =
          add(BlockKind::kHeaderField, Span{pos, value.empty() ? whole.end : value.end}, r->id);
      b.value = value;
      size_t dot = r->id.find('.');
      size_t dot2 = r->id.find('.', dot + 1);
      b.field =
          r->id.substr(dot + 1, dot2 == std::string::npos ? std::string::npos : dot2 - dot - 1);
      pos = whole.end;
      while (pos < ln.span.end && IsSpace(text[pos])) ++pos;
      if (pos >= ln.span.end) continue;
    }
    // Dateline. The line's filter answers for it at the start of the line.
    std::vector<int> may_dateline;
    if (pos != ln.span.begin) {
      MayMatch(rules_.datelines, text.substr(0, ln.span.end), pos, true, &may_dateline);
    }
    if (const PatternRule* r = FirstMatchOf(
            rules_.datelines,
            pos == ln.span.begin ? line_hits.Of(4) : std::span<const int>(may_dateline),
            text.substr(0, ln.span.end), pos, &groups, true)) {
      Span whole = groups[0];
      uint32_t e = whole.end;
      while (e > pos && IsSpace(text[e - 1])) --e;
      add(BlockKind::kDateline, Span{pos, e}, r->id);
      seen_body = true;
      pos = whole.end;
      if (pos >= ln.span.end) continue;
    }
    Span body{pos, ln.span.end};
    // A list item's bullet is no part of its text: "\u2022 According to the chancellor, ...".
    if (size_t n = BulletLength(text.substr(body.begin, body.size())); n > 0) {
      body.begin += static_cast<uint32_t>(n);
      while (body.begin < body.end && IsSpace(text[body.begin])) ++body.begin;
    }
    // Hard-wrapped text: a line that does not end a sentence continues on the next line
    // when that one starts in lower case ("... the minister\nsaid that ...").
    while (li + 1 < lines.size() && !lines[li + 1].span.empty() &&
           !EndsSentence(Span{body.begin, lines[li].span.end}.View(text))) {
      char next = text[lines[li + 1].span.begin];
      if (!(next >= 'a' && next <= 'z')) break;
      ++li;
      body.end = lines[li].span.end;
    }
    std::string_view bs = body.View(text);
    bool terminal = EndsSentence(bs);
    // Words are counted only for the tests that need them.
    int counted_words = -1;
    auto words = [&] {
      if (counted_words < 0) counted_words = CountWords(bs);
      return counted_words;
    };

    if (!seen_title && !seen_body && seg.blocks.empty() == false &&
        seg.blocks.back().kind == BlockKind::kHeaderField) {
      // Text glued after a header field is body text.
      seen_body = true;
    }
    if (!seen_title && !seen_body) {
      // A headline has no final full stop, or is short; a first line that reads as a
      // sentence of body text is not taken for one.
      if (!terminal || words() <= 12) {
        add(BlockKind::kTitle, body);
        seen_title = true;
        continue;
      }
    }
    if (seen_title && !seen_body && seg.blocks.back().kind == BlockKind::kTitle) {
      // A line right after the title without final punctuation, or followed by a
      // dateline, is a standfirst.
      bool next_dateline = false;
      for (size_t k = li + 1; k < lines.size(); ++k) {
        if (lines[k].span.empty()) continue;
        next_dateline = FirstMatch(rules_.datelines, text.substr(0, lines[k].span.end),
                                   lines[k].span.begin, &groups, true) != nullptr;
        break;
      }
      if ((!terminal && words() >= 6) || next_dateline) {
        Block& b = add(BlockKind::kStandfirst, body);
        b.sentences = SplitSentences(text, body, {});
        continue;
      }
    }
    if (!terminal && words() <= rules_.heading_max_words) {
      add(BlockKind::kHeading, body);
      continue;
    }
    seen_body = true;
    body_bytes = std::min(body_bytes + body.size(), kBodyBytesBeforeComments);
    Block& b = add(BlockKind::kParagraph, body);
    // Injected links inside running text.
    // The line's filter answers for the body when they are the same text: a match from
    // the body start on, with the line break or space before it as context, is a match
    // of the line on its own.
    std::vector<int> may;
    if (body == ln.span) {
      may.assign(line_hits.Of(2).begin(), line_hits.Of(2).end());
    } else {
      MayMatch(rules_.injected, text.substr(0, body.end), body.begin, false, &may);
    }
    for (int ri : may) {
      const PatternRule& r = rules_.injected[static_cast<size_t>(ri)];
      size_t at = body.begin;
      std::vector<Span> g;
      while (at < body.end && r.re->Find(text.substr(0, body.end), at, &g)) {
        Span lead = Group(r, g, "lead");
        if (lead.empty()) lead = g[0];
        // The headline runs until a function word opens the real text again.
        std::vector<Token> toks = Tokenize(text, Span{lead.end, body.end}, 20);
        uint32_t cut_end = lead.end;
        size_t n = 0;
        for (const auto& t : toks) {
          if (t.kind == Token::kPunct && (text[t.span.begin] == '.' || text[t.span.begin] == '!' ||
                                          text[t.span.begin] == '?')) {
            cut_end = t.span.end;
            break;
          }
          if (n >= 2 && t.kind == Token::kWord && t.capitalized &&
              rules_.function_words.count(ToLower(t.span.View(text)))) {
            break;
          }
          cut_end = t.span.end;
          if (++n >= 20) break;
        }
        while (cut_end < body.end && IsSpace(text[cut_end])) ++cut_end;
        b.cuts.push_back(Span{lead.begin, cut_end});
        at = cut_end > at ? cut_end : at + 1;
      }
    }
    std::sort(b.cuts.begin(), b.cuts.end());
    b.sentences = SplitSentences(text, body, b.cuts);
  }
  MarkBlockQuotes(text, &seg);
  state->in_body = true;
  state->in_comments = in_comments;
  state->body_bytes = body_bytes;
  state->comment_base_indent = comment_base_indent;
  return seg;
}

namespace {

// Whether a line ends one sentence and opens another: a stop after a word of two letters or
// more, a space and a capital.
bool HoldsSentenceBreak(std::string_view line) {
  for (size_t at = line.find(". "); at != std::string_view::npos; at = line.find(". ", at + 1)) {
    if (at >= 2 && std::islower(static_cast<unsigned char>(line[at - 1])) &&
        std::islower(static_cast<unsigned char>(line[at - 2])) && at + 2 < line.size() &&
        line[at + 2] >= 'A' && line[at + 2] <= 'Z') {
      return true;
    }
  }
  return false;
}

}  // namespace

// Block quotes are paragraphs set apart without quotation marks and known by what
// follows them: a caption line with a name and a title, a caption glued to the end of
// the paragraph itself, or a short attribution line ("Said the minister.").
void Segmenter::MarkBlockQuotes(std::string_view text, Segmentation* seg) const {
  // Blocks move one by one to the output, a trailing caption right after its block:
  // inserting captions in place would shift all the blocks after them each time.
  std::vector<Block> in = std::move(seg->blocks);
  std::vector<Block>& blocks = seg->blocks;
  blocks.clear();
  blocks.reserve(in.size());
  auto has_quote_marks = [&](const Block& b) {
    return b.span.View(text).find('"') != std::string_view::npos;
  };
  for (Block& next : in) {
    blocks.push_back(std::move(next));
    size_t i = blocks.size() - 1;
    Block& b = blocks[i];
    Block* prev = i > 0 && blocks[i - 1].kind == BlockKind::kParagraph ? &blocks[i - 1] : nullptr;
    // A caption line under a paragraph that reads as speech (or under a line of two
    // sentences or more with no stop at its end: "We face a crisis. The drumbeat of war is
    // sounding loud").
    Block* quote = prev;
    if (!quote && b.kind == BlockKind::kHeading && i > 0 &&
        blocks[i - 1].kind == BlockKind::kHeading &&
        HoldsSentenceBreak(blocks[i - 1].span.View(text))) {
      quote = &blocks[i - 1];
    }
    Span whole, name, role;
    if (b.kind == BlockKind::kHeading && quote && !has_quote_marks(*quote) &&
        lex_.ParseCaption(text, b.span, &whole, &name, &role) && whole.begin == b.span.begin &&
        // (Or a paragraph of two sentences or more whose last has no stop, as a pull quote
        // is set: "... What it cannot do is demand that states give up their rights".)
        (lex_.IsSpeechLike(text, quote->span) ||
         (!EndsSentence(quote->span.View(text)) && HoldsSentenceBreak(quote->span.View(text))))) {
      b.kind = BlockKind::kCaption;
      b.rule = "caption.name_role";
      if (quote != prev) quote->sentences = SplitSentences(text, quote->span, quote->cuts);
      quote->kind = BlockKind::kBlockQuote;
      quote->rule = "blockquote.caption";
      continue;
    }
    // The signature of an embedded post under the post: "- Jane Doe (@janedoe) March 3,
    // 2022".
    if (b.kind == BlockKind::kBoilerplate && prev && !rules_.signatures.empty()) {
      std::vector<Span> g;
      std::string_view upto = text.substr(0, b.span.end);
      if (const PatternRule* r =
              FirstMatch(rules_.signatures, upto, b.span.begin, &g, /*anchored=*/true)) {
        Span author = Group(*r, g, "author");
        if (!author.empty()) {
          b.kind = BlockKind::kCaption;
          b.rule = r->id;
          b.value = author;
          prev->kind = BlockKind::kBlockQuote;
          prev->rule = "blockquote.signature";
        }
      }
      continue;
    }
    if (b.kind != BlockKind::kParagraph) continue;
    // A short attribution line under an unquoted paragraph. A line ending in a colon
    // leads in to what follows ("In a statement, the minister said:").
    Mention m;
    Span cue, clause;
    std::string_view line = b.span.View(text);
    while (!line.empty() && IsSpace(line.back())) line.remove_suffix(1);
    if (prev && !has_quote_marks(*prev) && b.sentences.size() <= 1 && !line.ends_with(':') &&
        lex_.ParseAttributionLine(text, b.span, &m, &cue, &clause)) {
      b.kind = BlockKind::kCaption;
      b.rule = "caption.attribution";
      prev->kind = BlockKind::kBlockQuote;
      prev->rule = "blockquote.attribution";
      continue;
    }
    // A caption glued to the end of the paragraph: "... for everyone Antony Blinken US
    // Secretary of State". The paragraph must not end a sentence and the quoted part
    // must be more than a few words.
    std::string_view bs = b.span.View(text);
    if (EndsSentence(bs) || has_quote_marks(b)) continue;
    if (!lex_.ParseCaption(text, b.span, &whole, &name, &role) || whole.begin <= b.span.begin) {
      continue;
    }
    uint32_t quote_end = whole.begin;
    while (quote_end > b.span.begin && IsSpace(text[quote_end - 1])) --quote_end;
    if (CountWords(text.substr(b.span.begin, quote_end - b.span.begin)) < 5) continue;
    Block caption;
    caption.kind = BlockKind::kCaption;
    caption.span = whole;
    caption.rule = "caption.trailing";
    b.kind = BlockKind::kBlockQuote;
    b.rule = "blockquote.trailing_caption";
    b.span.end = quote_end;
    std::vector<Span> cuts;
    for (Span c : b.cuts) {
      if (c.begin < quote_end) cuts.push_back(Span{c.begin, std::min(c.end, quote_end)});
    }
    b.cuts = cuts;
    b.sentences = SplitSentences(text, b.span, b.cuts);
    blocks.push_back(std::move(caption));
  }
}

}  // namespace claims
