// Regex and RegexSet: the only door to RE2 in the project.
//
// Patterns come from rule files and are compiled once when a RuleSet is loaded; the
// compiled objects are immutable and safe to share across threads. Every pattern is
// compiled with a memory budget (a rules folder from someone else cannot blow the
// memory) and without RE2's own logging: a bad pattern is reported by the loader as
// `file:line: id: error`.
//
//   claims::Regex re(R"((?P<name>\w+) said)", {.case_insensitive = true});
//   if (!re.ok()) return re.error();
//   std::vector<claims::Span> groups;
//   if (re.Find(text, 0, &groups)) { Span name = groups[re.GroupIndex("name")]; }
//
// Regex is heavy (it owns a compiled automaton): it deletes copy, and moves only
// through unique_ptr owners.
#ifndef CLAIMS_RULES_REGEX_H_
#define CLAIMS_RULES_REGEX_H_

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "claims/span.h"

namespace re2 {
class RE2;
}  // namespace re2

namespace claims {

struct RegexOptions {
  bool case_insensitive = false;
  int64_t max_mem = int64_t{8} << 20;  // bytes per compiled pattern
};

class Regex {
 public:
  explicit Regex(std::string_view pattern, RegexOptions options = {});
  ~Regex();
  Regex(const Regex&) = delete;
  Regex& operator=(const Regex&) = delete;

  bool ok() const;
  const std::string& error() const;
  const std::string& pattern() const { return pattern_; }
  bool case_insensitive() const { return case_insensitive_; }
  int NumGroups() const;                        // capturing groups, not counting group 0
  int GroupIndex(std::string_view name) const;  // -1 when absent

  // Leftmost match starting at or after `pos`. `groups` (if not null) receives
  // NumGroups()+1 spans, absolute in `text`; an unmatched group is {0,0} with
  // begin==end==0 (check with Matched()).
  bool Find(std::string_view text, size_t pos, std::vector<Span>* groups) const;
  // Match that must start exactly at `pos`; the pattern sees `pos` as the start of
  // the text (`^` matches there).
  bool MatchAt(std::string_view text, size_t pos, std::vector<Span>* groups) const;
  // Match of the whole of `text`.
  bool FullMatch(std::string_view text) const;
  // Any match anywhere in `text`.
  bool PartialMatch(std::string_view text) const;

 private:
  bool Match(std::string_view text, size_t pos, bool anchored, std::vector<Span>* groups) const;
  std::string pattern_;
  bool case_insensitive_ = false;
  std::unique_ptr<re2::RE2> re_;
  // The named groups and their indices, read without building a key string.
  std::vector<std::pair<std::string, int>> names_;
};

// Many patterns, one pass: which of them match somewhere in a text (or, anchored, at
// its start).
class RegexSet {
 public:
  explicit RegexSet(RegexOptions options = {}, bool anchored = false);
  ~RegexSet();
  RegexSet(const RegexSet&) = delete;
  RegexSet& operator=(const RegexSet&) = delete;

  // Returns the index of the pattern, or -1 with `error` set.
  int Add(std::string_view pattern, std::string* error);
  bool Compile();
  // Indices of matching patterns, sorted. Returns false when the set could not tell
  // (not compiled, or its DFA ran out of memory on this text): `hits` is then empty.
  bool Match(std::string_view text, std::vector<int>* hits) const;
  int size() const { return size_; }
  bool empty() const { return size_ == 0; }

 private:
  struct Impl;  // holds an RE2::Set (a nested class, so it cannot be forward-declared)
  std::unique_ptr<Impl> set_;
  int size_ = 0;
  bool compiled_ = false;
};

}  // namespace claims

#endif  // CLAIMS_RULES_REGEX_H_
