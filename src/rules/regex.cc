#include "claims/rules/regex.h"

#include <re2/re2.h>
#include <re2/set.h>

#include <algorithm>

namespace claims {
namespace {

RE2::Options MakeOptions(const RegexOptions& o) {
  RE2::Options opts;
  opts.set_log_errors(false);
  opts.set_case_sensitive(!o.case_insensitive);
  opts.set_max_mem(o.max_mem);
  opts.set_encoding(RE2::Options::EncodingUTF8);
  return opts;
}

}  // namespace

Regex::Regex(std::string_view pattern, RegexOptions options)
    : pattern_(pattern),
      case_insensitive_(options.case_insensitive),
      re_(std::make_unique<re2::RE2>(re2::StringPiece(pattern.data(), pattern.size()),
                                     MakeOptions(options))) {
  for (const auto& [name, index] : re_->NamedCapturingGroups()) names_.emplace_back(name, index);
}

Regex::~Regex() = default;

bool Regex::ok() const { return re_->ok(); }
const std::string& Regex::error() const { return re_->error(); }
int Regex::NumGroups() const { return re_->NumberOfCapturingGroups(); }

int Regex::GroupIndex(std::string_view name) const {
  for (const auto& [n, index] : names_) {
    if (n == name) return index;
  }
  return -1;
}

bool Regex::Match(std::string_view text, size_t pos, bool anchored,
                  std::vector<Span>* groups) const {
  if (!re_->ok() || pos > text.size()) return false;
  int n = groups ? re_->NumberOfCapturingGroups() + 1 : 0;
  re2::StringPiece sp[32];
  std::vector<re2::StringPiece> big;
  re2::StringPiece* sub = sp;
  if (n > 32) {
    big.resize(static_cast<size_t>(n));
    sub = big.data();
  }
  // Anchored matches see `pos` as the start of the text, so `^` matches there;
  // unanchored searches see the whole text, so `\b` and `^` keep their context.
  size_t base = anchored ? pos : 0;
  re2::StringPiece input(text.data() + base, text.size() - base);
  if (anchored && n > 1) {
    // An anchored match with groups goes straight to RE2's backtracker, which clears a
    // bitmap as large as the pattern times the rest of the text before it looks at the
    // first byte. The DFA finds first whether and where the match ends; the groups are
    // then read from the match alone, as a match of all of it, with the text around it
    // still the context of ^, $ and \b. Of the matches that start here, the first by
    // priority is the one the DFA found, so the first by priority that ends where it
    // does is that same match: the groups are the ones a single call would give.
    if (!re_->Match(input, 0, input.size(), RE2::ANCHOR_START, sub, 1)) return false;
    size_t end = static_cast<size_t>(sub[0].data() - input.data()) + sub[0].size();
    // (Should the engines ever disagree, the single call decides.)
    if (!re_->Match(input, 0, end, RE2::ANCHOR_BOTH, sub, n) &&
        !re_->Match(input, 0, input.size(), RE2::ANCHOR_START, sub, n)) {
      return false;
    }
  } else if (!re_->Match(input, pos - base, input.size(),
                         anchored ? RE2::ANCHOR_START : RE2::UNANCHORED, sub, n)) {
    return false;
  }
  if (groups) {
    groups->assign(static_cast<size_t>(n), Span{});
    for (int i = 0; i < n; ++i) {
      if (sub[i].data() == nullptr) continue;
      auto b = static_cast<uint32_t>(sub[i].data() - text.data());
      (*groups)[static_cast<size_t>(i)] = Span{b, b + static_cast<uint32_t>(sub[i].size())};
    }
  }
  return true;
}

bool Regex::Find(std::string_view text, size_t pos, std::vector<Span>* groups) const {
  return Match(text, pos, false, groups);
}

bool Regex::MatchAt(std::string_view text, size_t pos, std::vector<Span>* groups) const {
  return Match(text, pos, true, groups);
}

bool Regex::FullMatch(std::string_view text) const {
  return re_->ok() && RE2::FullMatch(re2::StringPiece(text.data(), text.size()), *re_);
}

bool Regex::PartialMatch(std::string_view text) const {
  return re_->ok() && RE2::PartialMatch(re2::StringPiece(text.data(), text.size()), *re_);
}

struct RegexSet::Impl {
  Impl(const RE2::Options& o, bool anchored)
      : set(o, anchored ? RE2::ANCHOR_START : RE2::UNANCHORED) {}
  RE2::Set set;
};

RegexSet::RegexSet(RegexOptions options, bool anchored)
    : set_(std::make_unique<Impl>(MakeOptions(options), anchored)) {}

RegexSet::~RegexSet() = default;

int RegexSet::Add(std::string_view pattern, std::string* error) {
  std::string err;
  int idx = set_->set.Add(re2::StringPiece(pattern.data(), pattern.size()), &err);
  if (idx < 0 && error) *error = err;
  if (idx >= 0) ++size_;
  return idx;
}

bool RegexSet::Compile() {
  compiled_ = set_->set.Compile();
  return compiled_;
}

bool RegexSet::Match(std::string_view text, std::vector<int>* hits) const {
  hits->clear();
  if (!compiled_) return false;
  if (size_ == 0) return true;
  re2::StringPiece input(text.data(), text.size());
  RE2::Set::ErrorInfo info;
  // Most texts match none of the patterns. Asking first whether any pattern matches
  // stops at the earliest match and skips the per-call match set RE2 allocates when it
  // has to say which patterns matched.
  if (!set_->set.Match(input, nullptr, &info)) return info.kind == RE2::Set::kNoError;
  if (!set_->set.Match(input, hits, &info)) {
    hits->clear();
    return info.kind == RE2::Set::kNoError;  // no pattern matched
  }
  std::sort(hits->begin(), hits->end());
  return true;
}

}  // namespace claims
