#include "claims/annotate/annotator.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>

#include "claims/rules/lexicon.h"

namespace claims {
namespace {

bool Leap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }
int DaysIn(int y, int m) {
  static const int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return m == 2 && Leap(y) ? 29 : kDays[m - 1];
}

bool IsDigitByte(char c) { return c >= '0' && c <= '9'; }

// Days since 1970-01-01 (civil calendar), and back.
long ToDays(const Date& d) {
  int y = d.year - (d.month <= 2);
  long era = (y >= 0 ? y : y - 399) / 400;
  long yoe = y - era * 400;
  long doy = (153 * (d.month + (d.month > 2 ? -3 : 9)) + 2) / 5 + d.day - 1;
  long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

Date FromDays(long z) {
  z += 719468;
  long era = (z >= 0 ? z : z - 146096) / 146097;
  long doe = z - era * 146097;
  long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  long y = yoe + era * 400;
  long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  long mp = (5 * doy + 2) / 153;
  Date d;
  d.day = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
  d.month = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  d.year = static_cast<int>(y + (d.month <= 2));
  return d;
}

bool IsAsciiDigit(char c) { return c >= '0' && c <= '9'; }

std::optional<Date> ParseIso(std::string_view s) {
  Date d;
  // The usual YYYY-MM-DD is read directly (as sscanf would read it); anything else
  // goes through sscanf.
  static constexpr size_t kDigits[] = {0, 1, 2, 3, 5, 6, 8, 9};
  if (s.size() >= 10 && s[4] == '-' && s[7] == '-' &&
      std::all_of(std::begin(kDigits), std::end(kDigits),
                  [&](size_t k) { return IsAsciiDigit(s[k]); })) {
    auto num = [&](size_t at, size_t n) {
      int v = 0;
      for (size_t k = at; k < at + n; ++k) v = v * 10 + (s[k] - '0');
      return v;
    };
    d.year = num(0, 4);
    d.month = num(5, 2);
    d.day = num(8, 2);
    if (!d.valid()) return std::nullopt;
    return d;
  }
  if (s.size() < 10 || std::sscanf(std::string(s.substr(0, 10)).c_str(), "%4d-%2d-%2d", &d.year,
                                   &d.month, &d.day) != 3) {
    return std::nullopt;
  }
  if (!d.valid()) return std::nullopt;
  return d;
}

int MonthOf(const RuleSet& rules, std::string_view m) {
  if (m.empty()) return 0;
  if (m[0] >= '0' && m[0] <= '9') return std::atoi(std::string(m).c_str());
  auto it = rules.months.find(ToLower(m));
  return it == rules.months.end() ? 0 : it->second;
}

Span Group(const PatternRule& r, const std::vector<Span>& g, const char* name) {
  int i = r.re->GroupIndex(name);
  if (i < 0 || static_cast<size_t>(i) >= g.size()) return {};
  return g[static_cast<size_t>(i)];
}

// All dates with a year in `span` of `text`, trying the rules `may` of `list`
// (rules.full_dates, or rules.month_years, whose dates fall on the first of the month).
void DatesOf(const RuleSet& rules, const std::vector<PatternRule>& list, std::span<const int> may,
             std::string_view text, Span span, std::vector<Date>* out) {
  std::string_view s = span.View(text);
  std::vector<Span> g;
  for (int i : may) {
    const PatternRule& r = list[static_cast<size_t>(i)];
    size_t pos = 0;
    while (pos < s.size() && r.re->Find(s, pos, &g)) {
      Date d;
      d.year = std::atoi(std::string(Group(r, g, "year").View(s)).c_str());
      d.month = MonthOf(rules, Group(r, g, "month").View(s));
      std::string_view day = Group(r, g, "day").View(s);
      d.day = day.empty() ? 1 : std::atoi(std::string(day).c_str());
      if (d.valid()) out->push_back(d);
      pos = g[0].end > pos ? g[0].end : pos + 1;
    }
  }
}

// The year a copyright line of the page gives ("© EFE 2024.", "Copyright 2024 ..."):
// the latest year within 40 bytes after the mark, in the last blocks; 0 for none.
int CopyrightYear(std::string_view text, const Segmentation& seg) {
  int year = 0;
  size_t from = seg.blocks.size() > 8 ? seg.blocks.size() - 8 : 0;
  for (size_t i = from; i < seg.blocks.size(); ++i) {
    std::string_view bt = seg.blocks[i].span.View(text).substr(0, 400);
    for (std::string_view mark : {"\u00a9", "Copyright", "COPYRIGHT", "(c) "}) {
      for (size_t p = bt.find(mark); p != std::string_view::npos; p = bt.find(mark, p + 1)) {
        // Each run of exactly four digits.
        std::string_view near = bt.substr(p + mark.size(), 40);
        for (size_t k = 0, e; k < near.size(); k = e + 1) {
          for (e = k; e < near.size() && IsDigitByte(near[e]);) ++e;
          int y = e - k == 4 ? std::atoi(std::string(near.substr(k, 4)).c_str()) : 0;
          if (y >= 1990 && y <= 2100) year = std::max(year, y);
        }
      }
    }
  }
  return year;
}

// The publisher a line names: the known outlet its opening words name ("Guardian News &
// Media" is the Guardian), else the name as written; null when it is empty.
std::optional<std::string> PublisherName(const RuleSet& rules, std::string_view name) {
  auto trim = [&] {
    while (!name.empty() && (name.back() == ' ' || name.back() == ',' || name.back() == '.')) {
      name.remove_suffix(1);
    }
  };
  trim();
  // A company's legal form is no part of its name: "Example Media Inc", "Editorial
  // Perfil S" (of "S.A."), "Example Observer Corporation", "Example Media Pty Ltd".
  for (int forms = 0; forms < 2; ++forms) {
    size_t sp = name.rfind(' ');
    if (sp == std::string_view::npos) break;
    std::string_view last = name.substr(sp + 1);
    if (last.size() != 1 && !IsLegalForm(last)) break;
    name = name.substr(0, sp);
    trim();
  }
  // "Copyright ..." is no name, nor is "All" of "© 2024 All rights reserved.", nor "All
  // Rights Reserved".
  if (name.empty() || EqualsFolded(name.substr(0, std::min<size_t>(name.size(), 9)), "copyright") ||
      EqualsFolded(name, "all") ||
      EqualsFolded(name.substr(0, std::min<size_t>(name.size(), 10)), "all rights")) {
    return std::nullopt;
  }
  for (std::string_view head = name;;) {
    if (const Outlet* o = rules.FindOutlet(head)) return o->name;
    size_t sp = head.rfind(' ');
    if (sp == std::string_view::npos) break;
    head = head.substr(0, sp);
  }
  // A site's suffix is part of the name only of an outlet known by it ("Gazeta.Ru"):
  // "Example.com" is Example.
  size_t sp = name.find(' ');
  std::string_view first = name.substr(0, sp);
  if (size_t dot = first.find('.'); dot != std::string_view::npos && dot > 0) {
    std::string out(first.substr(0, dot));
    if (sp != std::string_view::npos) out += name.substr(sp);
    return out;
  }
  return std::string(name);
}

// The page's first line when it may be a name: two to five capitalized words ("The
// Example Times"); empty otherwise.
std::string_view PageName(const Segmentation& seg, std::string_view text) {
  if (seg.blocks.empty()) return {};
  std::string_view first = seg.blocks.front().span.View(text);
  first = first.substr(0, first.find('\n'));
  while (!first.empty() && first.back() == ' ') first.remove_suffix(1);
  std::vector<Token> w = Tokenize(first, Span{0, static_cast<uint32_t>(first.size())});
  bool name = w.size() >= 2 && w.size() <= 5 && first.size() <= 60;
  for (const Token& k : w) name = name && k.kind == Token::kWord && k.capitalized;
  return name ? first : std::string_view();
}

// Whether `text` holds the site address `name` spells ("theexampleedgeasia.com" for "The
// Example Edge Asia"): its letters and digits in lower case, then a dot and a letter.
bool SpellsAddress(std::string_view text, std::string_view name) {
  std::string host;
  for (char c : name) {
    if (std::isalnum(static_cast<unsigned char>(c))) host.push_back(FoldAscii(c));
  }
  if (host.size() < 6) return false;
  for (size_t at = text.find(host); at != std::string_view::npos; at = text.find(host, at + 1)) {
    size_t end = at + host.size();
    if ((at == 0 || !std::isalnum(static_cast<unsigned char>(text[at - 1]))) &&
        end + 1 < text.size() && text[end] == '.' &&
        std::isalpha(static_cast<unsigned char>(text[end + 1]))) {
      return true;
    }
  }
  return false;
}

// Whether the page's name comes back twice below its first line, once in the footer (its
// last 400 bytes): "... told The Example Island", "All Rights Reserved. The Example Island".
// A known outlet that a part of a copyright line names on its own, between stops or
// commas: '© JSC "Business News Media", 1999-2022. Vedomosti. All rights reserved.'
const Outlet* KnownOutletPart(const RuleSet& rules, std::string_view line) {
  size_t from = 0;
  while (from < line.size()) {
    size_t end = line.find_first_of(".,|", from);
    if (end == std::string_view::npos) end = line.size();
    std::string_view part = line.substr(from, end - from);
    while (!part.empty() && part.front() == ' ') part.remove_prefix(1);
    while (!part.empty() && part.back() == ' ') part.remove_suffix(1);
    if (!part.empty() && part.size() <= 40) {
      if (const Outlet* o = rules.FindOutlet(part)) return o;
    }
    from = end + 1;
  }
  return nullptr;
}

bool SignsFooter(std::string_view text, std::string_view name) {
  size_t first = text.find(name);
  if (first == std::string_view::npos) return false;
  int again = 0;
  bool footer = false;
  for (size_t at = text.find(name, first + name.size()); at != std::string_view::npos;
       at = text.find(name, at + name.size())) {
    ++again;
    footer = footer || at + 400 >= text.size();
  }
  return again >= 2 && footer;
}

// Whether a line of `text` opens with `name` and says it is a publication: "The Example
// Continent is an independent, pan-African weekly newspaper".
bool DescribedAsPublication(const RuleSet& rules, std::string_view text, std::string_view name) {
  if (rules.publication_words.empty()) return false;
  std::string opening(name);
  opening += " is ";
  for (size_t at = text.find(opening); at != std::string_view::npos;
       at = text.find(opening, at + 1)) {
    if (at > 0 && text[at - 1] != '\n') continue;
    // The next dozen words, up to the end of the sentence.
    std::string_view rest = text.substr(at + opening.size(), 120);
    rest = rest.substr(0, std::min(rest.find('.'), rest.find('\n')));
    std::string word;
    for (size_t i = 0; i <= rest.size(); ++i) {
      if (i < rest.size() && std::isalpha(static_cast<unsigned char>(rest[i]))) {
        word.push_back(FoldAscii(rest[i]));
        continue;
      }
      if (rules.publication_words.count(word)) return true;
      word.clear();
    }
  }
  return false;
}

// Whether a line holds a date and little else: five words of letters at most ("3
// January 2024", "Sat 24 Feb 2024 17.10 GMT", "Thursday, March 4, 2024 at 5 pm EST").
bool DateLine(std::string_view line) {
  auto letter = [](char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); };
  int words = 0;
  for (size_t i = 0; i < line.size();) {
    while (i < line.size() && !letter(line[i])) ++i;
    if (i >= line.size()) break;
    ++words;
    while (i < line.size() && letter(line[i])) ++i;
  }
  return words <= 5;
}

// All full dates (with a year) in `span` of `text`.
void FullDates(const RuleSet& rules, std::string_view text, Span span, std::vector<Date>* out) {
  std::vector<int> may;
  MayMatch(rules.full_dates, span.View(text), 0, false, &may);
  DatesOf(rules, rules.full_dates, may, text, span, out);
}

// The months with a year ("February 2022") in `span` of `text`, on their first day.
void MonthYears(const RuleSet& rules, std::string_view text, Span span, std::vector<Date>* out) {
  std::vector<int> may;
  MayMatch(rules.month_years, span.View(text), 0, false, &may);
  DatesOf(rules, rules.month_years, may, text, span, out);
}

}  // namespace

std::string Date::Iso() const {
  if (year >= 0 && year <= 9999 && month >= 0 && month <= 99 && day >= 0 && day <= 99) {
    // What "%04d-%02d-%02d" writes for these, without the printf machinery.
    char out[10] = {static_cast<char>('0' + year / 1000),
                    static_cast<char>('0' + year / 100 % 10),
                    static_cast<char>('0' + year / 10 % 10),
                    static_cast<char>('0' + year % 10),
                    '-',
                    static_cast<char>('0' + month / 10),
                    static_cast<char>('0' + month % 10),
                    '-',
                    static_cast<char>('0' + day / 10),
                    static_cast<char>('0' + day % 10)};
    return std::string(out, sizeof out);
  }
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, month, day);
  return buf;
}

bool Date::valid() const {
  return year >= 1900 && year <= 2100 && month >= 1 && month <= 12 && day >= 1 &&
         day <= DaysIn(year, month);
}

namespace {

// The day of the week of `d`, 0 (Monday) to 6.
int WeekdayOf(const Date& d) {
  return static_cast<int>(((ToDays(d) % 7) + 7 + 3) % 7);  // 1970-01-01 was a Thursday (3)
}

}  // namespace

int Annotator::LeadWeekday(std::string_view text, size_t pos) const {
  size_t end = pos;
  while (end < text.size() && text[end] != '\n' && end < pos + 400) {
    if (text[end] == '.' && end + 1 < text.size() && text[end + 1] == ' ') break;
    ++end;
  }
  std::string low = ToLower(text.substr(pos, end - pos));
  for (size_t p = low.find("on "); p != std::string::npos; p = low.find("on ", p + 1)) {
    if (p > 0 && low[p - 1] != ' ') continue;
    std::string_view rest = std::string_view(low).substr(p + 3);
    for (const auto& [word, wd] : weekday_words_) {
      if (rest.starts_with(word)) return wd;
    }
  }
  return -1;
}

Annotator::Annotator(const RuleSet& rules) : rules_(rules) {
  weekday_words_.reserve(rules_.weekdays.size());
  for (const auto& [word, wd] : rules_.weekdays) weekday_words_.emplace_back(word, wd);
}

DocAnnotation Annotator::AnnotateDocument(const Document& doc, std::string_view text,
                                          const Segmentation& seg) const {
  DocAnnotation a;
  std::vector<Span> g;
  // Full dates written in the article outside comments, boilerplate and header fields.
  // Only a dateline without a year, or an article with no other date, needs them: they
  // are collected on first use.
  std::vector<Date> body_dates_storage;
  bool have_body_dates = false;
  auto body_dates = [&]() -> const std::vector<Date>& {
    if (!have_body_dates) {
      have_body_dates = true;
      for (const auto& b : seg.blocks) {
        if (b.kind == BlockKind::kComment || b.kind == BlockKind::kBoilerplate ||
            b.kind == BlockKind::kHeaderField || b.kind == BlockKind::kDateline) {
          continue;
        }
        FullDates(rules_, text, b.span, &body_dates_storage);
      }
    }
    return body_dates_storage;
  };
  // Outlet and date from the dateline.
  std::optional<Date> dateline_date;
  for (const auto& b : seg.blocks) {
    if (b.kind == BlockKind::kDateline) {
      for (const auto& r : rules_.datelines) {
        if (r.id != b.rule || !r.re->MatchAt(text, b.span.begin, &g)) continue;
        std::string_view outlet = Group(r, g, "outlet").View(text);
        if (!outlet.empty()) {
          const Outlet* o = rules_.FindOutlet(outlet);
          a.outlet = o ? o->name : std::string(outlet);
        } else {
          // The agency right after the dash: "VIENNA, June 8 - RIA Novosti. Western ...".
          std::string_view dl = b.span.View(text);
          while (!dl.empty() && (dl.back() == ' ' || dl.back() == '\n')) dl.remove_suffix(1);
          size_t from = b.span.end;
          while (from < text.size() && (text[from] == ' ' || text[from] == '\n')) ++from;
          size_t dot = text.find('.', from);
          if (!dl.empty() && dl.back() == '-' && dot != std::string_view::npos &&
              dot - from <= 40) {
            if (const Outlet* o = rules_.FindOutlet(text.substr(from, dot - from))) {
              a.outlet = o->name;
            }
          }
        }
        int month = MonthOf(rules_, Group(r, g, "month").View(text));
        int day = std::atoi(std::string(Group(r, g, "day").View(text)).c_str());
        std::string_view ys = Group(r, g, "year").View(text);
        if (month > 0 && day > 0) {
          Date d{0, month, day};
          if (!ys.empty()) {
            d.year = std::atoi(std::string(ys).c_str());
          } else {
            // A dateline without a year takes it from the article's own full dates (header
            // lines included; or, when it writes none, its months with a year): the year
            // of a date on the dateline's own day ("21 FEB 2023, 18:05" above "MOSCOW,
            // February 21."), else of the latest date, or the next one when that date
            // falls after the dateline's day in the calendar (a December date in a
            // January article).
            std::vector<Date> hints;
            for (const auto& bl : seg.blocks) {
              if (bl.kind == BlockKind::kComment || bl.kind == BlockKind::kBoilerplate ||
                  bl.kind == BlockKind::kDateline) {
                continue;
              }
              FullDates(rules_, text, bl.span, &hints);
            }
            if (hints.empty()) {
              for (const auto& bl : seg.blocks) {
                if (bl.kind == BlockKind::kComment || bl.kind == BlockKind::kBoilerplate) continue;
                MonthYears(rules_, text, bl.span, &hints);
              }
            }
            // Else the year of the page's copyright line ("© EFE 2024."): the year itself,
            // as its first day (no day of it falls before that, so none moves to the next).
            if (hints.empty()) {
              if (int y = CopyrightYear(text, seg); y > 0) hints.push_back(Date{y, 1, 1});
            }
            // The same day decades before the latest date is an anniversary ("April 4,
            // 1949" in an April 4 article), not the header's own date; of several, the
            // latest.
            int latest_year = 0;
            for (const auto& x : hints) latest_year = std::max(latest_year, x.year);
            const Date* same_day = nullptr;
            for (const auto& x : hints) {
              if (x.month == month && x.day == day && x.year + 10 >= latest_year &&
                  (!same_day || x.year > same_day->year)) {
                same_day = &x;
              }
            }
            if (same_day) {
              d.year = same_day->year;
            } else if (!hints.empty()) {
              Date latest = hints.front();
              for (const auto& x : hints) {
                if (ToDays(x) > ToDays(latest)) latest = x;
              }
              d.year = latest.year;
              Date same{latest.year, month, day};
              if (same.valid() && ToDays(same) < ToDays(latest)) d.year = latest.year + 1;
              // Wire copy tells the day of the week of the dateline's day ("SEOUL, Jan. 15
              // (Yonhap) -- ... on Thursday"): a year next to the guess whose day it is
              // wins over the guess, whose day it is not.
              int wd = LeadWeekday(text, b.span.end);
              if (wd >= 0 && d.valid() && WeekdayOf(d) != wd) {
                for (int delta : {1, -1}) {
                  Date other{d.year + delta, month, day};
                  if (other.valid() && WeekdayOf(other) == wd) {
                    d.year = other.year;
                    break;
                  }
                }
              }
            }
          }
          if (d.valid()) dateline_date = d;
        }
        break;
      }
      break;
    }
  }
  // Header fields. A date field above the article's first paragraph comes first, then a
  // line above it that is a date and nothing more ("3 January 2024"), then a date field
  // further down (below the article, "Published 5 December 2023" may date a related
  // story).
  std::optional<Date> header_date, late_header_date, heading_date, updated_date;
  bool in_body = false;
  for (const auto& b : seg.blocks) {
    // (A long headline with no final stop is no body yet.)
    if (b.kind == BlockKind::kParagraph && !b.span.empty()) {
      char last = text[b.span.end - 1];
      in_body =
          in_body || last == '.' || last == '!' || last == '?' || last == '"' || (last & 0x80) != 0;
    }
    // (Or right under the byline, wherever that stands: a summary and a photo caption above
    // it are no body yet.)
    bool under_byline = &b != &seg.blocks.front() && (&b - 1)->kind == BlockKind::kHeaderField &&
                        (&b - 1)->field == "author";
    if (b.kind == BlockKind::kHeading && (!in_body || under_byline) && !heading_date &&
        b.span.size() <= 80) {
      // (The date before an update's: "Sep 18, 2024 (updated: Sep 19, 2024)", "March 7,
      // 2024 at 5:12 pm | Updated March 8, 2024 at 9:40 am".)
      Span published = b.span;
      std::string lower = ToLower(b.span.View(text));
      if (size_t up = lower.find("updated"); up != std::string::npos && up > 0) {
        published.end = published.begin + static_cast<uint32_t>(up);
      }
      std::vector<Date> ds;
      FullDates(rules_, text, published, &ds);
      if (ds.size() == 1 && published.size() <= 40 && DateLine(published.View(text))) {
        heading_date = ds.front();
      }
    }
    if (b.kind != BlockKind::kHeaderField) continue;
    std::string_view v = b.value.View(text);
    std::optional<Date>& field_date = in_body ? late_header_date : header_date;
    // (An update's date only when nothing else dates the page: "Last Updated: ...".)
    auto updated = [&](Span label) {
      std::string lower = ToLower(label.View(text));
      return lower.find("updated") != std::string::npos ||
             lower.find("modified") != std::string::npos;
    };
    if (b.field == "date" && !header_date && !field_date) {
      std::optional<Date> d = ParseIso(v);
      if (!d) {
        std::vector<Date> ds;
        FullDates(rules_, text, b.value, &ds);
        if (!ds.empty()) d = ds.front();
      }
      if (!d) d = SlashedDate(text, seg, v);
      if (d && updated(Span{b.span.begin, b.value.begin})) {
        if (!updated_date) updated_date = d;
      } else if (d) {
        field_date = d;
      }
    } else if (b.field == "author" && !header_date && !field_date) {
      // A date on the byline's line after it: "By Jane Doe, Staff,Updated March 12, 2024".
      size_t eol = text.find('\n', b.span.end);
      Span rest{b.span.end,
                static_cast<uint32_t>(eol == std::string_view::npos ? text.size() : eol)};
      std::vector<Date> ds;
      if (rest.size() <= 80) FullDates(rules_, text, rest, &ds);
      if (ds.size() == 1) {
        if (!updated(rest)) {
          field_date = ds.front();
        } else if (!updated_date) {
          updated_date = ds.front();
        }
      }
    }
    if ((b.field == "source" || b.field == "author") && !a.outlet) {
      // "Source: Interfax"; a byline that names an outlet ("By The Moscow Times"), or an
      // outlet and the agency it writes with ("By Le Monde with AFP").
      const Outlet* o = rules_.FindOutlet(v);
      for (std::string_view sep : {" with ", " and ", " / "}) {
        size_t at = v.find(sep);
        if (!o && at != std::string_view::npos) o = rules_.FindOutlet(v.substr(0, at));
      }
      // Or a byline's last part after the writer's name: "By Jane Doe, political reporter,
      // Example News".
      if (!o && b.field == "author") {
        size_t eol = text.find('\n', b.value.end);
        std::string_view line =
            Span{b.value.end,
                 static_cast<uint32_t>(eol == std::string_view::npos ? text.size() : eol)}
                .View(text);
        while (!line.empty() && (line.back() == ' ' || line.back() == '\r')) line.remove_suffix(1);
        if (size_t comma = line.rfind(", "); comma != std::string_view::npos) {
          o = rules_.FindOutlet(line.substr(comma + 2));
        }
      }
      if (o) a.outlet = o->name;
    }
  }
  if (!header_date) header_date = heading_date ? heading_date : late_header_date;
  if (!header_date) header_date = updated_date;
  // A masthead: a line above the article that is an outlet's name ("Interfax"), opens
  // with one before a section or a place, or ends with one after a date.
  // (One word names an outlet called "The ..." only with its "The": "National" is a
  // section, not The National.)
  // (Nor when the page's first line is a newspaper's name, "Example Times", and the word is
  // a section under it: "Nation".)
  std::string_view paper = PageName(seg, text);
  if (!paper.empty() && !rules_.masthead_words.count(ToLower(paper.substr(paper.rfind(' ') + 1)))) {
    paper = {};
  }
  auto masthead = [&](std::string_view s) -> const Outlet* {
    const Outlet* o = rules_.FindOutlet(s);
    if (o && s.find(' ') == std::string_view::npos &&
        (o->name.starts_with("The ") || (!paper.empty() && s.data() != paper.data()))) {
      return nullptr;
    }
    return o;
  };
  // (Over the agency of the dateline: the masthead names the publisher, the dateline who
  // wrote the story, "Example Times" above "TAIPEI, June 13 (CNA) ...".)
  std::optional<std::string> dateline_outlet = std::move(a.outlet);
  a.outlet.reset();
  {
    for (const auto& b : seg.blocks) {
      if (b.kind == BlockKind::kParagraph || b.kind == BlockKind::kDateline ||
          b.kind == BlockKind::kComment) {
        break;
      }
      std::string_view lines = b.span.View(text);
      while (!lines.empty() && !a.outlet) {
        size_t nl = lines.find('\n');
        std::string_view line = lines.substr(0, nl);
        lines = nl == std::string_view::npos ? std::string_view() : lines.substr(nl + 1);
        while (!line.empty() && (line.front() == ' ' || line.front() == '\t'))
          line.remove_prefix(1);
        while (!line.empty() &&
               (line.back() == ' ' || line.back() == '\t' || line.back() == '\r')) {
          line.remove_suffix(1);
        }
        // The page's title ends with the outlet after a bar or a dash ("Rates held |
        // Business - Example Times"); a byline may set it between middle dots ("Jane Doe ·
        // Example News · Posted: ...").
        if (&b == &seg.blocks.front() && line.data() == b.span.View(text).data()) {
          for (std::string_view sep : {" | ", " - ", " \u2013 ", " \u2014 "}) {
            size_t at = line.rfind(sep);
            if (at == std::string_view::npos) continue;
            if (const Outlet* o = rules_.FindOutlet(line.substr(at + sep.size()))) {
              a.outlet = o->name;
              break;
            }
          }
          if (a.outlet) break;
        }
        // (With or without spaces around the dots: "Business reporter\u00b7Example
        // News\u00b7".)
        constexpr std::string_view kDot = "\u00b7";
        for (size_t at = line.find(kDot); at != std::string_view::npos && line.size() <= 200;) {
          size_t next = line.find(kDot, at + kDot.size());
          std::string_view part = line.substr(at + kDot.size(), next == std::string_view::npos
                                                                    ? std::string_view::npos
                                                                    : next - at - kDot.size());
          while (!part.empty() && part.front() == ' ') part.remove_prefix(1);
          while (!part.empty() && part.back() == ' ') part.remove_suffix(1);
          if (const Outlet* o = part.empty() ? nullptr : rules_.FindOutlet(part)) {
            a.outlet = o->name;
            break;
          }
          at = next;
        }
        if (a.outlet) break;
        if (line.empty() || line.size() > 60) continue;
        // The whole line, or its first part before a section ("KYODO NEWS | Business",
        // "ANSA English > Politics") or a place ("BBC News, Lagos").
        std::string_view head = line;
        for (std::string_view sep : {" | ", " > ", ", ", ". ", " - "}) {
          size_t at = head.find(sep);
          if (at != std::string_view::npos) head = head.substr(0, at);
        }
        while (!head.empty() && head.back() == ' ') head.remove_suffix(1);
        // (Not the first section of a menu: "Nation | Editorial | Opinion | ...".)
        size_t bars = 0;
        for (size_t at = line.find(" | "); at != std::string_view::npos;
             at = line.find(" | ", at + 3)) {
          ++bars;
        }
        if (bars >= 3) head = line;
        // Or the site's address ("Example.com"), or a byline's last part after a bar ("By
        // Jane Doe | Example News").
        if (line.find(' ') == std::string_view::npos && line.find('.') != std::string_view::npos &&
            line.find('.') > 1) {
          head = line.substr(0, line.find('.'));
        }
        const Outlet* o = nullptr;
        if (size_t bar = line.rfind(" | ");
            bar != std::string_view::npos && line.size() > 3 && line.substr(0, 3) == "By ") {
          o = rules_.FindOutlet(line.substr(bar + 3));
        }
        // Its last part after a date ("Saturday August 26 2023, 6.00pm BST, The Times").
        std::string_view tail;
        if (size_t at = line.rfind(", ");
            at != std::string_view::npos && line.find_first_of("0123456789") < at) {
          tail = line.substr(at + 2);
        }
        if (!o) o = masthead(line);
        if (!o && head.size() < line.size() && head.size() <= 40) o = masthead(head);
        if (!o && !tail.empty()) o = masthead(tail);
        if (o) a.outlet = o->name;
      }
      if (a.outlet) break;
    }
  }
  if (!a.outlet) a.outlet = std::move(dateline_outlet);
  // An agency marker in the first paragraphs, when a glued line hid the dateline:
  // "... opens new tabKYIV, Sept 6 (Reuters) - ...".
  if (!a.outlet && !rules_.outlet_markers.empty()) {
    std::vector<Span> g;
    int paragraphs = 0;
    for (const auto& b : seg.blocks) {
      if (b.kind == BlockKind::kComment) break;
      if (b.kind == BlockKind::kParagraph && ++paragraphs > 2) break;
      std::string_view bt = b.span.View(text);
      for (const auto& r : rules_.outlet_markers) {
        if (!r.re->Find(bt, 0, &g)) continue;
        if (const Outlet* o = rules_.FindOutlet(Group(r, g, "outlet").View(bt))) {
          a.outlet = o->name;
          break;
        }
      }
      if (a.outlet) break;
    }
  }
  // A line in which the publisher names itself ("Jane Doe is a correspondent at
  // Politico."), taken only for a known outlet; else a line that names the publisher,
  // known or not (a copyright line, "European Commission - Press release"). Such lines
  // open or close an article, or stand in it as boilerplate: the first and last few
  // blocks and the boilerplate between are read, up to 200 bytes each, in one pass for
  // both lists.
  if (!a.outlet && (!rules_.publisher_lines.empty() || !rules_.publisher_names.empty() ||
                    !rules_.publisher_credits.empty())) {
    // The blocks above the reader comments, and the first block of the comments, which is
    // often the site's own ("... sign in or create your <outlet> account").
    size_t end = 0;
    while (end < seg.blocks.size() && seg.blocks[end].kind != BlockKind::kComment) ++end;
    if (end < seg.blocks.size()) ++end;
    std::vector<Span> g;
    FilterHits hits;
    std::optional<std::string> named;     // the first publisher name
    std::optional<std::string> credited;  // the first outlet a credit names
    // The head: the first four blocks, and any more up to the article's second paragraph
    // (the first is often a standfirst, and a newsletter sign-up may follow the byline).
    // The tail: the last six.
    size_t head = 0;
    for (int paragraphs = 0; head < end; ++head) {
      if (seg.blocks[head].kind == BlockKind::kParagraph && ++paragraphs == 2) break;
    }
    head = std::max<size_t>(4, head + 1);
    for (size_t i = 0; i < end && !a.outlet; ++i) {
      // In between, only boilerplate: a newsletter sign-up set inside the article.
      if (i >= head && i + 6 < end && seg.blocks[i].kind != BlockKind::kBoilerplate) continue;
      // A short line, or the opening of a paragraph ("Hello and welcome to ...").
      std::string_view bt = seg.blocks[i].span.View(text).substr(0, 200);
      publisher_filter_.MayMatch(bt, 0, false, &hits);
      for (int k : hits.Of(0)) {
        const PatternRule& r = rules_.publisher_lines[static_cast<size_t>(k)];
        if (!r.re->Find(bt, 0, &g)) continue;
        if (const Outlet* o = rules_.FindOutlet(Group(r, g, "outlet").View(bt))) {
          a.outlet = o->name;
          break;
        }
      }
      for (int k : hits.Of(1)) {
        if (named || a.outlet) break;
        const PatternRule& r = rules_.publisher_names[static_cast<size_t>(k)];
        if (r.re->Find(bt, 0, &g)) {
          named = PublisherName(rules_, Group(r, g, "outlet").View(bt));
          if (const Outlet* o = KnownOutletPart(rules_, bt); o && !rules_.FindOutlet(*named)) {
            named = o->name;
          }
        }
      }
      for (int k : hits.Of(2)) {
        if (credited || a.outlet) break;
        const PatternRule& r = rules_.publisher_credits[static_cast<size_t>(k)];
        if (!r.re->Find(bt, 0, &g)) continue;
        if (const Outlet* o = rules_.FindOutlet(Group(r, g, "outlet").View(bt))) credited = o->name;
      }
    }
    // The page's footer, below the reader comments: its last three lines.
    // (One may give a known outlet's postal address, "THE EXAMPLE POST 1625 K STREET,
    // ...": the outlet, not the company a copyright names, is the publisher.)
    const Outlet* addressed = nullptr;
    std::string_view rest = text;
    for (int lines = 0; !a.outlet && !addressed && lines < 3 && !rest.empty();) {
      while (!rest.empty() && (rest.back() == '\n' || rest.back() == ' ')) rest.remove_suffix(1);
      size_t nl = rest.rfind('\n');
      std::string_view line = nl == std::string_view::npos ? rest : rest.substr(nl + 1);
      rest = nl == std::string_view::npos ? std::string_view() : rest.substr(0, nl);
      if (line.empty()) continue;
      ++lines;
      line = line.substr(0, 200);
      if (size_t number = line.find_first_of("0123456789");
          number != std::string_view::npos && number > 2 && number <= 40 &&
          line[number - 1] == ' ' && line.find(',', number) != std::string_view::npos) {
        std::string_view name = line.substr(0, number - 1);
        if (name.find_first_of(",|:;") == std::string_view::npos)
          addressed = rules_.FindOutlet(name);
      }
      if (named) continue;
      // (A copyright line no pattern reads may still name a known outlet on its own.)
      if (line.starts_with("\u00a9") || line.starts_with("(c)") || line.starts_with("(C)") ||
          line.starts_with("Copyright")) {
        if (const Outlet* o = KnownOutletPart(rules_, line)) named = o->name;
      }
      for (const PatternRule& r : rules_.publisher_names) {
        if (named) break;
        if (r.re->Find(line, 0, &g)) {
          named = PublisherName(rules_, Group(r, g, "outlet").View(line));
          if (const Outlet* o = KnownOutletPart(rules_, line); o && !rules_.FindOutlet(*named)) {
            named = o->name;
          }
          break;
        }
      }
    }
    // The page's first line names the outlet when the page bears it out: the company a
    // copyright names is the paper's ("The Example Times Publications"), the site's
    // address spells it, or a line says it is a publication.
    if (!a.outlet) {
      std::string_view page = PageName(seg, text);
      // (The copyright's spelling of the same name wins over a masthead in capitals.)
      if (named && EqualsFolded(*named, page)) page = {};
      if (!page.empty() &&
          ((named && named->size() > page.size() + 1 && named->starts_with(page) &&
            (*named)[page.size()] == ' ') ||
           SpellsAddress(text, page) || DescribedAsPublication(rules_, text, page) ||
           SignsFooter(text, page))) {
        a.outlet = std::string(page);
      }
    }
    if (!a.outlet && addressed && !(named && rules_.FindOutlet(*named))) a.outlet = addressed->name;
    if (!a.outlet) a.outlet = named ? named : credited;
  }
  // Last, a newspaper's name as the page's first line: two to five capitalized words, the
  // last a masthead word ("Dhaka Tribune", "The Example Gleaner").
  if (!a.outlet && !rules_.masthead_words.empty()) {
    std::string_view first = PageName(seg, text);
    if (!first.empty() &&
        rules_.masthead_words.count(ToLower(first.substr(first.rfind(' ') + 1)))) {
      a.outlet = std::string(first);
    }
  }
  // A known outlet whose name has diacritics goes by the alias spelt without them when the
  // page writes it so, and never with them: "Hurriyet Daily News".
  if (a.outlet && text.find(*a.outlet) == std::string_view::npos) {
    const Outlet* o = rules_.FindOutlet(*a.outlet);
    if (o && o->name == *a.outlet && std::any_of(o->name.begin(), o->name.end(), [](char c) {
          return static_cast<unsigned char>(c) >= 0x80;
        })) {
      for (const std::string& alias : o->aliases) {
        if (alias != o->name && SameLetters(alias, o->name) &&
            text.find(alias) != std::string_view::npos) {
          a.outlet = alias;
          break;
        }
      }
    }
  }
  if (doc.date) {
    a.date = *doc.date;
    a.date_rule = "date.metadata";
  } else if (header_date) {
    a.date = header_date->Iso();
    a.date_rule = "date.header";
  } else if (dateline_date) {
    a.date = dateline_date->Iso();
    a.date_rule = "date.dateline";
  } else if (!body_dates().empty()) {
    // No dateline or header: the article is published no earlier than the latest full
    // date it writes.
    Date latest = body_dates().front();
    for (const auto& x : body_dates()) {
      if (ToDays(x) > ToDays(latest)) latest = x;
    }
    a.date = latest.Iso();
    a.date_rule = "date.latest_in_body";
  }
  if (doc.outlet) a.outlet = *doc.outlet;
  return a;
}

std::optional<Date> Annotator::SlashedDate(std::string_view text, const Segmentation& seg,
                                           std::string_view value) const {
  // "08/02/2022" and nothing before it: two numbers of at most two digits and a year (of
  // four digits, or two: "5/18/22").
  auto number = [&](size_t* i, size_t most) {
    int n = 0;
    size_t from = *i;
    while (*i < value.size() && *i - from < most && IsAsciiDigit(value[*i])) {
      n = n * 10 + (value[(*i)++] - '0');
    }
    return *i > from ? n : -1;
  };
  size_t i = 0;
  int first = number(&i, 2);
  if (first < 1 || i >= value.size() || value[i++] != '/') return std::nullopt;
  int second = number(&i, 2);
  if (second < 1 || i >= value.size() || value[i++] != '/') return std::nullopt;
  size_t year_at = i;
  int year = number(&i, 4);
  if ((i - year_at != 4 && i - year_at != 2) || (i < value.size() && IsAsciiDigit(value[i]))) {
    return std::nullopt;
  }
  if (i - year_at == 2) year += 2000;  // "5/18/22"
  Date dmy{year, second, first}, mdy{year, first, second};
  if (first == second) return dmy.valid() ? std::optional<Date>(dmy) : std::nullopt;
  // A day above 12 tells the order by itself.
  if (dmy.valid() != mdy.valid()) return dmy.valid() ? dmy : mdy;
  // Else the day the article names with its month ("on Tuesday (8 February)") tells the
  // order, when it names one of the two and not the other.
  bool has_dmy = false, has_mdy = false;
  std::vector<Span> g;
  for (const auto& b : seg.blocks) {
    if (b.kind != BlockKind::kParagraph) continue;
    std::string_view s = b.span.View(text);
    for (const PatternRule& r : rules_.partial_dates) {
      for (size_t pos = 0; pos < s.size() && r.re->Find(s, pos, &g);
           pos = g[0].end > pos ? g[0].end : pos + 1) {
        int month = MonthOf(rules_, Group(r, g, "month").View(s));
        int day = std::atoi(std::string(Group(r, g, "day").View(s)).c_str());
        has_dmy = has_dmy || (month == dmy.month && day == dmy.day);
        has_mdy = has_mdy || (month == mdy.month && day == mdy.day);
      }
    }
  }
  if (has_dmy != has_mdy) {
    const Date& d = has_dmy ? dmy : mdy;
    if (d.valid()) return d;
  }
  return std::nullopt;
}

bool Annotator::PublicationDay(const std::optional<std::string>& published, Date* out) {
  if (!published) return false;
  // A plain Date rather than std::optional<Date> out: GCC 12 warns about
  // maybe-uninitialized members through the optional.
  auto p = ParseIso(*published);
  if (!p) return false;
  *out = *p;
  return true;
}

std::optional<std::string> Annotator::StatementDate(
    std::string_view sentence, const std::optional<std::string>& published) const {
  Date pub_date;
  return StatementDate(sentence, PublicationDay(published, &pub_date) ? &pub_date : nullptr);
}

std::optional<std::string> Annotator::StatementDate(std::string_view sentence,
                                                    const Date* pub) const {
  std::vector<Span> g;
  Span all{0, static_cast<uint32_t>(sentence.size())};
  std::vector<Date> full;
  FilterHits hits;
  date_filter_.MayMatch(sentence, 0, false, &hits);
  DatesOf(rules_, rules_.full_dates, hits.Of(0), sentence, all, &full);
  if (!full.empty()) return full.front().Iso();
  for (int i : hits.Of(1)) {
    const PatternRule& r = rules_.partial_dates[static_cast<size_t>(i)];
    if (!r.re->Find(sentence, 0, &g)) continue;
    int month = MonthOf(rules_, Group(r, g, "month").View(sentence));
    int day = std::atoi(std::string(Group(r, g, "day").View(sentence)).c_str());
    if (!pub || month == 0) return std::nullopt;
    Date d{pub->year, month, day};
    if (!d.valid()) return std::nullopt;
    if (ToDays(d) > ToDays(*pub)) d.year -= 1;  // "on December 30" in a January article
    return d.Iso();
  }
  if (!pub) return std::nullopt;
  // The sentence in lower case, on the stack when it is short (most are).
  char low_buf[512];
  std::string low_heap;
  std::string_view low;
  if (sentence.size() <= sizeof low_buf) {
    for (size_t i = 0; i < sentence.size(); ++i) {
      char c = sentence[i];
      low_buf[i] = c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;  // FoldAscii
    }
    low = std::string_view(low_buf, sentence.size());
  } else {
    low_heap = ToLower(sentence);
    low = low_heap;
  }
  // The first of the phrases "on <weekday>", in their order, that the sentence holds:
  // each place "on " occurs is tried against the weekdays not yet beaten.
  size_t first = weekday_words_.size();
  for (size_t p = low.find("on "); p != std::string_view::npos && first > 0;
       p = low.find("on ", p + 1)) {
    std::string_view rest = low.substr(p + 3);
    for (size_t i = 0; i < first; ++i) {
      if (rest.starts_with(weekday_words_[i].first)) {
        first = i;
        break;
      }
    }
  }
  if (first < weekday_words_.size()) {
    int wd = weekday_words_[first].second;
    int back = (WeekdayOf(*pub) - wd + 7) % 7;
    return FromDays(ToDays(*pub) - back).Iso();
  }
  for (const auto& [word, delta] : rules_.relative_days) {
    size_t p = low.find(word);
    if (p == std::string_view::npos) continue;
    bool boundary = (p == 0 || low[p - 1] == ' ') &&
                    (p + word.size() == low.size() ||
                     !std::isalpha(static_cast<unsigned char>(low[p + word.size()])));
    if (!boundary) continue;
    return FromDays(ToDays(*pub) + delta).Iso();
  }
  return std::nullopt;
}

std::optional<std::string> Annotator::CreditedOutlet(std::string_view context) const {
  std::vector<Span> g;
  std::vector<int> may;
  MayMatch(rules_.credits, context, 0, false, &may);
  for (int i : may) {
    const PatternRule& r = rules_.credits[static_cast<size_t>(i)];
    size_t pos = 0;
    while (pos < context.size() && r.re->Find(context, pos, &g)) {
      std::string_view name = Group(r, g, "outlet").View(context);
      // The credited name must be a known outlet; try shorter prefixes too ("RIA News said").
      std::string n(name);
      while (!n.empty()) {
        if (const Outlet* o = rules_.FindOutlet(n)) return o->name;
        size_t sp = n.rfind(' ');
        if (sp == std::string::npos) break;
        n.resize(sp);
      }
      pos = g[0].end > pos ? g[0].end : pos + 1;
    }
  }
  return std::nullopt;
}

}  // namespace claims
