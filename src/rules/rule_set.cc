#include "claims/rules/rule_set.h"

#include <algorithm>
#include <atomic>
#include <cctype>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <thread>

#include "claims/rules/lexicon.h"

namespace claims {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

std::string Lower(std::string_view s) {
  std::string out(s);
  for (auto& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

// Patterns compiled ahead of RuleFile::Patterns, on several threads: compiling is most
// of the time a load takes (a counted repetition such as ".{0,200}" alone costs about
// a millisecond), and the patterns do not depend on each other. Patterns() takes its
// regex from here when it is ready and compiles it itself otherwise, so what it reports
// and in which order does not depend on the number of threads.
class RegexCache {
 public:
  void Add(std::string pattern, RegexOptions options) {
    entries_.push_back({std::move(pattern), options, nullptr});
  }

  // Compiles every pattern added, on `threads` threads (the calling one included),
  // longest pattern first so that the costliest ones do not come last.
  void Compile(int threads) {
    std::vector<size_t> order(entries_.size());
    for (size_t i = 0; i < order.size(); ++i) order[i] = i;
    std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) {
      return entries_[a].pattern.size() > entries_[b].pattern.size();
    });
    std::atomic<size_t> next{0};
    auto work = [&] {
      for (size_t k; (k = next.fetch_add(1)) < order.size();) {
        Entry& e = entries_[order[k]];
        try {
          e.re = std::make_unique<Regex>(e.pattern, e.options);
        } catch (...) {
          // Left to Patterns(), which compiles it again and reports what happens.
        }
      }
    };
    std::vector<std::thread> pool;
    for (int i = 1; i < threads && static_cast<size_t>(i) < entries_.size(); ++i) {
      pool.emplace_back(work);
    }
    work();
    for (auto& t : pool) t.join();
  }

  // The compiled `pattern`, or null when it was not compiled ahead. Each entry is
  // handed out once.
  std::unique_ptr<Regex> Take(const std::string& pattern, const RegexOptions& options) {
    for (Entry& e : entries_) {
      if (e.re && e.pattern == pattern && e.options.case_insensitive == options.case_insensitive &&
          e.options.max_mem == options.max_mem) {
        return std::move(e.re);
      }
    }
    return nullptr;
  }

 private:
  struct Entry {
    std::string pattern;
    RegexOptions options;
    std::unique_ptr<Regex> re;
  };
  std::vector<Entry> entries_;
};

// One parsed rule file, with what is needed to point at a line.
class RuleFile {
 public:
  // `text` is the file's content; `readable` false reports the file as unreadable.
  RuleFile(std::string name, std::string text, const std::string& read_error,
           std::vector<std::string>* errors)
      : name_(std::move(name)), errors_(errors), text_(std::move(text)) {
    if (!read_error.empty()) {
      errors_->push_back(name_ + ":1: " + read_error);
      return;
    }
    try {
      json_ = json::parse(text_, nullptr, true, /*ignore_comments=*/true);
      ok_ = json_.is_object();
      if (!ok_) errors_->push_back(name_ + ":1: top level must be a JSON object");
    } catch (const json::exception& e) {
      size_t pos = 0;
      if (const auto* pe = dynamic_cast<const json::parse_error*>(&e)) {
        pos = pe->byte > 0 ? pe->byte - 1 : 0;
      }
      std::string msg = e.what();
      // Drop nlohmann's "[json.exception.parse_error.101] parse error at line x, column y: "
      // prefix; the position is given in our own format.
      // Other refusals ("[json.exception.out_of_range.406] number overflow parsing '1e999'")
      // keep what follows the bracket.
      if (auto k = msg.find(": syntax error"); k != std::string::npos) {
        msg = msg.substr(k + 2);
      } else if (auto b = msg.find("] "); b != std::string::npos) {
        msg = msg.substr(b + 2);
      }
      errors_->push_back(name_ + ":" + LineCol(pos) + ": " + msg);
    }
  }

  // Patterns of this file are compiled with this memory budget each (see Load).
  void set_pattern_mem(int64_t bytes) { pattern_mem_ = bytes; }
  // Where Patterns() looks for regexes compiled ahead (may be null).
  void set_cache(RegexCache* cache) { cache_ = cache; }

  // Adds to `cache` the patterns Patterns() may compile, with the options it will use.
  void AddPatternsTo(RegexCache* cache) const {
    if (!ok_) return;
    for (const auto& [key, value] : json_.items()) {
      if (!value.is_array()) continue;
      for (const auto& e : value) {
        if (!e.is_object() || !e.contains("pattern") || !e["pattern"].is_string()) continue;
        bool ci = e.contains("case_insensitive") && e["case_insensitive"] == true;
        cache->Add(e["pattern"].get<std::string>(),
                   RegexOptions{.case_insensitive = ci, .max_mem = pattern_mem_});
      }
    }
  }

  // Entries with a "pattern" in the top-level arrays: what Patterns() may compile.
  size_t CountPatterns() const {
    size_t n = 0;
    if (!ok_) return 0;
    for (const auto& [key, value] : json_.items()) {
      if (!value.is_array()) continue;
      for (const auto& e : value) n += e.is_object() && e.contains("pattern") ? 1 : 0;
    }
    return n;
  }

  bool ok() const { return ok_; }
  const json& root() const { return json_; }
  const std::string& name() const { return name_; }

  // Line of the first occurrence of `"id": "<id>"` (or of the bare string), for messages.
  int LineOf(std::string_view id) const {
    std::string needle;
    needle.append(1, '"').append(id).append(1, '"');
    size_t p = text_.find("\"id\": " + needle);
    if (p == std::string::npos) p = text_.find(needle);
    if (p == std::string::npos) return 1;
    return 1 +
           static_cast<int>(std::count(text_.begin(), text_.begin() + static_cast<long>(p), '\n'));
  }

  void Error(std::string_view id, const std::string& message) const {
    errors_->push_back(name_ + ":" + std::to_string(LineOf(id)) + ": " + std::string(id) + ": " +
                       message);
  }

  // Array member `key` (empty array when absent and not required).
  const json& Array(const json& obj, const char* key, bool required = false) const {
    static const json kEmpty = json::array();
    if (!obj.contains(key)) {
      if (required) errors_->push_back(name_ + ":1: missing required array \"" + key + "\"");
      return kEmpty;
    }
    if (!obj[key].is_array()) {
      errors_->push_back(name_ + ":" + std::to_string(LineOf(key)) + ": \"" + key +
                         "\" must be an array");
      return kEmpty;
    }
    return obj[key];
  }

  std::string String(const json& obj, const char* key, std::string_view id, bool required) const {
    if (obj.contains(key) && obj[key].is_string()) return obj[key].get<std::string>();
    if (required) Error(id, std::string("missing string field \"") + key + "\"");
    return {};
  }

  // Optional integer member `key` in [lo, hi]; anything else is reported and ignored.
  void Int(const json& obj, const char* key, int lo, int hi, int* out) const {
    if (!obj.is_object() || !obj.contains(key)) return;
    const json& v = obj[key];
    if (!v.is_number_integer() || v.get<int64_t>() < lo || v.get<int64_t>() > hi) {
      errors_->push_back(name_ + ":" + std::to_string(LineOf(key)) + ": \"" + key +
                         "\" must be an integer from " + std::to_string(lo) + " to " +
                         std::to_string(hi));
      return;
    }
    *out = static_cast<int>(v.get<int64_t>());
  }

  std::vector<std::string> Strings(const json& obj, const char* key) const {
    std::vector<std::string> out;
    for (const auto& v : Array(obj, key)) {
      if (v.is_string()) {
        out.push_back(v.get<std::string>());
      } else {
        errors_->push_back(name_ + ":" + std::to_string(LineOf(key)) + ": \"" + key +
                           "\" must hold strings");
      }
    }
    return out;
  }

  // Compiles entries {id, pattern, example[s]} of array `key`; checks ids are unique
  // and every pattern matches its examples.
  std::vector<PatternRule> Patterns(const char* key, std::unordered_set<std::string>* ids,
                                    bool case_insensitive = false) const {
    std::vector<PatternRule> out;
    if (!ok_) return out;
    for (const auto& e : Array(json_, key)) {
      if (!e.is_object()) {
        errors_->push_back(name_ + ":" + std::to_string(LineOf(key)) + ": \"" + key +
                           "\" entries must be objects");
        continue;
      }
      std::string id = String(e, "id", key, true);
      std::string pat = String(e, "pattern", id, true);
      if (id.empty() || pat.empty()) continue;
      if (!ids->insert(id).second) Error(id, "duplicate id");
      bool ci =
          case_insensitive || (e.contains("case_insensitive") && e["case_insensitive"] == true);
      RegexOptions options{.case_insensitive = ci, .max_mem = pattern_mem_};
      std::unique_ptr<Regex> re = cache_ ? cache_->Take(pat, options) : nullptr;
      if (!re) re = std::make_unique<Regex>(pat, options);
      if (!re->ok()) {
        Error(id, "pattern does not compile: " + re->error());
        continue;
      }
      std::vector<std::string> examples;
      if (e.contains("example") && e["example"].is_string()) examples.push_back(e["example"]);
      for (const auto& x : Strings(e, "examples")) examples.push_back(x);
      if (examples.empty()) Error(id, "needs an \"example\" the pattern matches");
      for (const auto& x : examples) {
        if (!re->PartialMatch(x)) Error(id, "pattern does not match its example \"" + x + "\"");
      }
      out.push_back({id, std::move(re)});
    }
    return out;
  }

 private:
  std::string LineCol(size_t pos) const {
    pos = std::min(pos, text_.size());
    int line = 1, col = 1;
    for (size_t i = 0; i < pos; ++i) {
      if (text_[i] == '\n') {
        ++line;
        col = 1;
      } else {
        ++col;
      }
    }
    return std::to_string(line) + ":" + std::to_string(col);
  }

  std::string name_;
  std::vector<std::string>* errors_;
  std::string text_;
  json json_;
  bool ok_ = false;
  int64_t pattern_mem_ = RegexOptions{}.max_mem;
  RegexCache* cache_ = nullptr;
};

Gender ParseGender(const std::string& g) {
  if (g == "m" || g == "male") return Gender::kMale;
  if (g == "f" || g == "female") return Gender::kFemale;
  return Gender::kUnknown;
}

void LoadCues(const RuleFile& f, RuleSet* r) {
  std::unordered_set<std::string> ids;
  const json& root = f.root();
  auto load_verbs = [&](const char* key, std::vector<CueVerb>* out) {
    for (const auto& e : f.Array(root, key, true)) {
      std::string id = f.String(e, "id", key, true);
      if (id.empty()) continue;
      if (!ids.insert(id).second) f.Error(id, "duplicate id");
      bool bare = e.contains("bare_clause") && e["bare_clause"] == true;
      bool quotes_only = e.contains("quotes_only") && e["quotes_only"] == true;
      auto forms = f.Strings(e, "forms");
      if (forms.empty()) f.Error(id, "needs \"forms\"");
      for (auto& form : forms) out->push_back({id, Lower(form), bare, quotes_only});
    }
    std::stable_sort(out->begin(), out->end(), [](const CueVerb& a, const CueVerb& b) {
      return a.form.size() > b.form.size();
    });
  };
  load_verbs("verbs", &r->verbs);
  load_verbs("participles", &r->participles);
  r->according = f.Patterns("according", &ids);
  r->opinion = f.Patterns("opinion", &ids);
  r->back_references = f.Patterns("back_references", &ids);
  r->alias_clauses = f.Patterns("alias_clauses", &ids);
  r->document_speakers = f.Patterns("document_speakers", &ids);
  r->complementizers = f.Strings(root, "complementizers");
  std::stable_sort(r->complementizers.begin(), r->complementizers.end(),
                   [](const auto& a, const auto& b) { return a.size() > b.size(); });
  for (auto& w : f.Strings(root, "glued_words")) r->glued_words.push_back(Lower(w));
  for (auto& w : f.Strings(root, "title_cue_words")) r->title_cue_words.insert(Lower(w));
  for (auto& w : f.Strings(root, "characterising_participles")) {
    r->characterising_participles.insert(Lower(w));
  }
  for (auto& w : f.Strings(root, "characterising_verbs")) r->characterising_verbs.insert(Lower(w));
  for (auto& w : f.Strings(root, "second_predicates")) r->second_predicates.insert(Lower(w));
  for (auto& w : f.Strings(root, "denied_objects")) r->denied_objects.insert(Lower(w));
  for (auto& w : f.Strings(root, "commentary_participles")) {
    r->commentary_participles.insert(Lower(w));
  }
  for (auto& w : f.Strings(root, "speech_markers")) r->speech_markers.insert(Lower(w));
  for (auto& w : f.Strings(root, "clause_markers")) r->clause_markers.insert(Lower(w));
  for (auto& w : f.Strings(root, "audience_words")) r->audience_words.insert(Lower(w));
  f.Int(root, "min_direct_words", 0, 1000, &r->min_direct_words);
}

void LoadSpeakers(const RuleFile& f, RuleSet* r, std::vector<std::string>* errors) {
  std::unordered_set<std::string> ids;
  std::unordered_map<std::string, std::string> alias_owner;
  for (const auto& e : f.Array(f.root(), "speakers", true)) {
    Speaker s;
    s.id = f.String(e, "id", "speakers", true);
    s.name = f.String(e, "name", s.id, true);
    if (s.id.empty() || s.name.empty()) continue;
    if (!ids.insert(s.id).second) f.Error(s.id, "duplicate id");
    s.aliases = f.Strings(e, "aliases");
    s.aliases.insert(s.aliases.begin(), s.name);
    s.gender = ParseGender(f.String(e, "gender", s.id, false));
    s.role = f.String(e, "role", s.id, false);
    s.is_org = f.String(e, "kind", s.id, false) == "org";
    for (const auto& a : s.aliases) {
      auto [it, fresh] = alias_owner.emplace(Lower(a), s.id);
      if (!fresh && it->second != s.id) {
        f.Error(s.id, "alias \"" + a + "\" is already claimed by speaker " + it->second);
      }
    }
    r->speakers.push_back(std::move(s));
  }
  const json& fz = f.root().contains("fuzzy") ? f.root()["fuzzy"] : json::object();
  f.Int(fz, "max_distance", 0, 4, &r->fuzzy_max_distance);
  f.Int(fz, "min_length", 1, 1000, &r->fuzzy_min_length);
  (void)errors;
}

void LoadRoles(const RuleFile& f, RuleSet* r) {
  const json& root = f.root();
  auto set = [&](const char* key, std::unordered_set<std::string>* out) {
    for (auto& w : f.Strings(root, key)) out->insert(Lower(w));
  };
  set("role_words", &r->role_words);
  set("role_modifiers", &r->role_modifiers);
  // An optional object of strings: lower-case key -> value.
  auto strings = [&](const char* key, bool lower_values,
                     std::unordered_map<std::string, std::string>* out) {
    if (!root.contains(key)) return;
    if (!root[key].is_object()) {
      f.Error(key, "must be an object");
      return;
    }
    for (auto& [k, v] : root[key].items()) {
      if (!v.is_string()) {
        f.Error(key, "\"" + k + "\" must be a string");
        continue;
      }
      (*out)[Lower(k)] = lower_values ? Lower(v.get<std::string>()) : v.get<std::string>();
    }
  };
  strings("capital_states", false, &r->capital_states);
  strings("side_states", false, &r->side_states);
  // Abbreviated titles are role words, and read as the words they abbreviate.
  strings("title_abbreviations", true, &r->title_abbreviations);
  for (const auto& [abbreviation, title] : r->title_abbreviations) {
    r->role_words.insert(abbreviation);
  }
  set("female_first_names", &r->female_first_names);
  set("male_first_names", &r->male_first_names);
  set("org_words", &r->org_words);
  set("intro_words", &r->intro_words);
  set("adverbs", &r->adverbs);
  set("not_names", &r->not_names);
  set("honorifics", &r->honorifics);
  set("speaking_places", &r->speaking_places);
  set("name_particles", &r->name_particles);
  set("prepositions", &r->prepositions);
  set("function_words", &r->function_words);
  set("past_role_words", &r->past_role_words);
  set("quantifiers", &r->quantifiers);
  set("delegate_words", &r->delegate_words);
  set("demonyms", &r->demonyms);
  set("org_back_references", &r->org_back_references);
  set("company_words", &r->company_words);
  set("statement_words", &r->statement_words);
  set("document_words", &r->document_words);
  set("collective_groups", &r->collective_groups);
  set("sited_bodies", &r->sited_bodies);
  set("counterpart_nouns", &r->counterpart_nouns);
  set("nationality_adjectives", &r->nationality_adjectives);
  set("name_suffixes", &r->name_suffixes);
  set("spokes_words", &r->spokes_words);
  set("org_pronouns", &r->org_pronouns);
  r->female_surname_suffixes = f.Strings(root, "female_surname_suffixes");
  std::unordered_set<std::string> ids;
  for (const auto& e : f.Array(root, "nominals", true)) {
    Nominal n;
    n.id = f.String(e, "id", "nominals", true);
    n.head = Lower(f.String(e, "head", n.id, true));
    if (n.id.empty() || n.head.empty()) continue;
    if (!ids.insert(n.id).second) f.Error(n.id, "duplicate id");
    for (auto& c : f.Strings(e, "compatible")) n.compatible.push_back(Lower(c));
    if (n.compatible.empty()) n.compatible.push_back(n.head);
    r->nominals.push_back(std::move(n));
  }
  std::stable_sort(r->nominals.begin(), r->nominals.end(), [](const Nominal& a, const Nominal& b) {
    return a.head.size() > b.head.size();
  });
  if (root.contains("pronouns") && root["pronouns"].is_object()) {
    for (auto& [k, v] : root["pronouns"].items()) {
      r->pronouns[Lower(k)] = ParseGender(v.is_string() ? v.get<std::string>() : "");
    }
  }
}

// An outlet's name as FindOutlet compares it: ASCII lower case, a leading "the" dropped.
std::string OutletKey(std::string_view name) {
  if (name.size() > 4 && EqualsFolded(name.substr(0, 4), "the ")) name.remove_prefix(4);
  std::string key(name);
  for (char& c : key) c = FoldAscii(c);
  return key;
}

void LoadOutlets(const RuleFile& f, RuleSet* r) {
  std::unordered_set<std::string> ids;
  for (const auto& e : f.Array(f.root(), "outlets", true)) {
    Outlet o;
    o.id = f.String(e, "id", "outlets", true);
    o.name = f.String(e, "name", o.id, true);
    if (o.id.empty() || o.name.empty()) continue;
    if (!ids.insert(o.id).second) f.Error(o.id, "duplicate id");
    o.aliases = f.Strings(e, "aliases");
    o.aliases.insert(o.aliases.begin(), o.name);
    for (const auto& a : o.aliases) r->outlet_index.emplace(OutletKey(a), r->outlets.size());
    r->outlets.push_back(std::move(o));
  }
  r->credits = f.Patterns("credits", &ids);
  for (auto& w : f.Strings(f.root(), "edition_suffixes")) r->edition_suffixes.push_back(Lower(w));
  for (auto& w : f.Strings(f.root(), "masthead_words")) r->masthead_words.insert(Lower(w));
  for (auto& w : f.Strings(f.root(), "publication_words")) r->publication_words.insert(Lower(w));
}

void LoadDates(const RuleFile& f, RuleSet* r) {
  const json& root = f.root();
  auto map = [&](const char* key, std::unordered_map<std::string, int>* out) {
    if (!root.contains(key) || !root[key].is_object()) {
      f.Error(key, "missing object");
      return;
    }
    for (auto& [k, v] : root[key].items()) {
      if (v.is_number_integer()) (*out)[Lower(k)] = v.get<int>();
    }
  };
  map("months", &r->months);
  map("weekdays", &r->weekdays);
  map("relative_days", &r->relative_days);
  std::unordered_set<std::string> ids;
  r->full_dates = f.Patterns("full_dates", &ids);
  r->partial_dates = f.Patterns("partial_dates", &ids);
  r->month_years = f.Patterns("month_years", &ids);
}

void LoadSections(const RuleFile& f, RuleSet* r) {
  std::unordered_set<std::string> ids;
  r->header_fields = f.Patterns("header_fields", &ids);
  r->datelines = f.Patterns("datelines", &ids);
  r->outlet_markers = f.Patterns("outlet_markers", &ids);
  r->publisher_lines = f.Patterns("publisher_lines", &ids);
  r->publisher_names = f.Patterns("publisher_names", &ids);
  r->publisher_credits = f.Patterns("publisher_credits", &ids);
  r->comment_start = f.Patterns("comment_start", &ids);
  r->comment_header = f.Patterns("comment_header", &ids);
  r->comment_item = f.Patterns("comment_item", &ids);
  r->signatures = f.Patterns("signatures", &ids);
  f.Int(f.root(), "heading_max_words", 1, 1000, &r->heading_max_words);
}

void LoadBoilerplate(const RuleFile& f, RuleSet* r) {
  std::unordered_set<std::string> ids;
  r->boilerplate_lines = f.Patterns("lines", &ids);
  r->injected = f.Patterns("injected", &ids);
}

void LoadAbbreviations(const RuleFile& f, RuleSet* r) {
  for (auto& a : f.Strings(f.root(), "abbreviations")) r->abbreviations.insert(a);
}

}  // namespace

namespace {

struct Part {
  const char* file;
  void (*load)(const RuleFile&, RuleSet*);
};

void LoadSpeakersPart(const RuleFile& f, RuleSet* r) { LoadSpeakers(f, r, nullptr); }

constexpr Part kParts[] = {
    {"cues.json", LoadCues},
    {"roles.json", LoadRoles},
    {"outlets.json", LoadOutlets},
    {"dates.json", LoadDates},
    {"sections.json", LoadSections},
    {"boilerplate.json", LoadBoilerplate},
    {"abbreviations.json", LoadAbbreviations},
    {"speakers.json", LoadSpeakersPart},
};

// Reads a rule file of at most kMaxRuleFileSize bytes; returns "" or the problem.
std::string ReadRuleFile(const fs::path& path, std::string* text) {
  std::error_code ec;
  if (!fs::is_regular_file(path, ec)) return "cannot read rule file";
  auto size = fs::file_size(path, ec);
  if (ec) return "cannot read rule file: " + ec.message();
  if (size > kMaxRuleFileSize) {
    return "rule file larger than " + std::to_string(kMaxRuleFileSize >> 20) + " MiB";
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) return "cannot read rule file";
  std::stringstream ss;
  ss << in.rdbuf();
  *text = ss.str();
  return "";
}

// Parses every file, shares the regex budget among all patterns, then fills the set.
std::unique_ptr<const RuleSet> LoadParts(
    std::string dir, const std::vector<std::pair<std::string, std::string>>& texts_and_errors,
    std::vector<std::string>* errors, int threads) {
  auto r = std::make_unique<RuleSet>();
  r->dir = std::move(dir);
  size_t before = errors->size();
  std::vector<std::unique_ptr<RuleFile>> files;
  size_t patterns = 0;
  for (size_t i = 0; i < std::size(kParts); ++i) {
    const auto& [text, read_error] = texts_and_errors[i];
    files.push_back(std::make_unique<RuleFile>(kParts[i].file, text, read_error, errors));
    patterns += files.back()->CountPatterns();
  }
  // Every compiled pattern may use up to its max_mem (program and DFA caches), so the
  // sum of the budgets bounds what the rules can take, whoever wrote them.
  int64_t each = RegexOptions{}.max_mem;
  if (patterns > 0)
    each = std::min<int64_t>(each, kRulesRegexBudget / static_cast<int64_t>(patterns));
  if (each < kMinPatternMem) {
    errors->push_back(files[0]->name() + ":1: " + std::to_string(patterns) +
                      " patterns in the rules: the regex memory budget of " +
                      std::to_string(kRulesRegexBudget >> 20) + " MiB allows at most " +
                      std::to_string(kRulesRegexBudget / kMinPatternMem));
    return nullptr;
  }
  for (auto& f : files) f->set_pattern_mem(each);
  RegexCache cache;
  if (threads > 1) {
    for (auto& f : files) {
      f->AddPatternsTo(&cache);
      f->set_cache(&cache);
    }
    cache.Compile(threads);
  }
  for (size_t i = 0; i < files.size(); ++i) {
    if (files[i]->ok()) kParts[i].load(*files[i], r.get());
  }
  if (errors->size() != before) return nullptr;
  for (std::vector<PatternRule>* list : RuleSet::PatternLists(*r)) {
    if (list->empty()) continue;
    r->filters.push_back(
        std::make_unique<PatternFilter>(std::vector<const std::vector<PatternRule>*>{list}));
    for (auto& rule : *list) rule.list_filter = r->filters.back().get();
  }
  return r;
}

}  // namespace

std::unique_ptr<const RuleSet> RuleSet::Load(const std::string& dir,
                                             std::vector<std::string>* errors, int threads) {
  if (!fs::is_directory(dir)) {
    errors->push_back(dir + ": rules folder not found");
    return nullptr;
  }
  std::vector<std::pair<std::string, std::string>> texts;
  for (const auto& p : kParts) {
    std::string text;
    std::string err = ReadRuleFile(fs::path(dir) / p.file, &text);
    texts.emplace_back(std::move(text), std::move(err));
  }
  return LoadParts(dir, texts, errors, threads);
}

std::unique_ptr<const RuleSet> RuleSet::LoadFromMemory(
    const std::map<std::string, std::string>& files, std::vector<std::string>* errors,
    int threads) {
  std::vector<std::pair<std::string, std::string>> texts;
  for (const auto& p : kParts) {
    auto it = files.find(p.file);
    if (it == files.end()) {
      texts.emplace_back("", "cannot read rule file");
    } else if (it->second.size() > kMaxRuleFileSize) {
      texts.emplace_back(
          "", "rule file larger than " + std::to_string(kMaxRuleFileSize >> 20) + " MiB");
    } else {
      texts.emplace_back(it->second, "");
    }
  }
  return LoadParts("", texts, errors, threads);
}

namespace {

// `pattern` with every counted repetition left open above ("x{2,5}" -> "x{2,}",
// "x{3}" -> "x{3,}"): it matches wherever the pattern does, and big counts such as
// ".{0,200}" no longer cost thousands of automaton states in a set that only filters.
// Escapes and character classes are copied as they are.
std::string OpenRepetitions(const std::string& pattern) {
  std::string out;
  out.reserve(pattern.size());
  size_t i = 0;
  while (i < pattern.size()) {
    char c = pattern[i];
    if (c == '\\') {
      // An escape, with its braces (\x{263a}, \p{Greek}); \Q...\E quotes literally.
      size_t j = std::min(i + 2, pattern.size());
      char e = j > i + 1 ? pattern[i + 1] : '\0';
      if (e == 'Q') {
        size_t end = pattern.find("\\E", j);
        j = end == std::string::npos ? pattern.size() : end + 2;
      } else if ((e == 'x' || e == 'p' || e == 'P') && j < pattern.size() && pattern[j] == '{') {
        size_t end = pattern.find('}', j);
        j = end == std::string::npos ? pattern.size() : end + 1;
      }
      out.append(pattern, i, j - i);
      i = j;
      continue;
    }
    if (c == '[') {
      // A class runs to the first ']' that is not escaped, not its first member and not
      // the end of a [:name:] class.
      size_t j = i + 1;
      if (j < pattern.size() && pattern[j] == '^') ++j;
      if (j < pattern.size() && pattern[j] == ']') ++j;
      while (j < pattern.size() && pattern[j] != ']') {
        if (pattern[j] == '\\') {
          j += 2;
        } else if (pattern.compare(j, 2, "[:") == 0 &&
                   pattern.find(":]", j + 2) != std::string::npos) {
          j = pattern.find(":]", j + 2) + 2;
        } else {
          ++j;
        }
      }
      j = std::min(j + 1, pattern.size());
      out.append(pattern, i, j - i);
      i = j;
      continue;
    }
    if (c == '{') {
      size_t j = i + 1;
      while (j < pattern.size() && std::isdigit(static_cast<unsigned char>(pattern[j]))) ++j;
      size_t min_end = j;
      if (min_end > i + 1 && j < pattern.size() && (pattern[j] == ',' || pattern[j] == '}')) {
        if (pattern[j] == ',') ++j;
        while (j < pattern.size() && std::isdigit(static_cast<unsigned char>(pattern[j]))) ++j;
        if (j < pattern.size() && pattern[j] == '}') {
          out.append(pattern, i, min_end - i);
          out.append(",}");
          i = j + 1;
          continue;
        }
      }
    }
    out.push_back(c);
    ++i;
  }
  return out;
}

}  // namespace

namespace {

// The memory of a filter's set: kFilterMemPerPattern for each of its patterns.
int64_t FilterMem(size_t patterns) {
  return std::max<int64_t>(1, static_cast<int64_t>(patterns)) * kFilterMemPerPattern;
}

}  // namespace

PatternFilter::PatternFilter(std::vector<const std::vector<PatternRule>*> lists,
                             std::vector<bool> at_start)
    : at_start_(std::move(at_start)) {
  at_start_.resize(lists.size(), false);
  for (size_t k = 0; k < lists.size(); ++k) {
    for (const auto& r : *lists[k]) {
      // Each pattern keeps its own case folding inside the shared set.
      std::string p = OpenRepetitions(r.re->pattern());
      if (r.re->case_insensitive()) p = "(?i)" + p;
      // A rule tried at the start of the text matches there in a search too.
      if (at_start_[k]) p = "^(?:" + p + ")";
      patterns_.push_back(std::move(p));
    }
    ends_.push_back(patterns_.size());
  }
}

const RegexSet* PatternFilter::Set(bool anchored) const {
  int k = anchored ? 1 : 0;
  std::call_once(once_[k], [&] {
    // A text that exhausts the set's memory makes MayMatch list every rule rather than
    // fail.
    auto set =
        std::make_unique<RegexSet>(RegexOptions{.max_mem = FilterMem(patterns_.size())}, anchored);
    for (size_t i = 0; i < patterns_.size(); ++i) {
      if (set->Add(patterns_[i], nullptr) != static_cast<int>(i)) return;
    }
    if (set->Compile()) sets_[k] = std::move(set);
  });
  return sets_[k].get();
}

void PatternFilter::Scan(std::string_view text, size_t pos, bool anchored,
                         std::vector<int>* rules) const {
  rules->clear();
  if (pos > text.size()) return;
  if (patterns_.size() == 1) {
    // The caller tries a listed rule with its own regex, whose search answers as much as
    // a pass of the set would: listing the one rule saves that pass.
    rules->push_back(0);
    return;
  }
  // MatchAt sees `pos` as the start of the text. Find looks at one byte before `pos` for
  // context (\b, and ^ in multi-line mode); a match that starts there is allowed by the
  // set but not by Find, which is fine for a filter.
  std::string_view scan = anchored ? text.substr(pos) : text.substr(pos > 0 ? pos - 1 : 0);
  const RegexSet* set = Set(anchored);
  if (!set || !set->Match(scan, rules)) {
    rules->resize(patterns_.size());
    for (size_t i = 0; i < patterns_.size(); ++i) (*rules)[i] = static_cast<int>(i);
    return;
  }
  if (!anchored && pos > 0) {
    // The pass started one byte before `pos`, where the `at_start` rules were not tried.
    for (size_t k = 0; k < ends_.size(); ++k) {
      if (!at_start_[k]) continue;
      for (size_t i = k == 0 ? 0 : ends_[k - 1]; i < ends_[k]; ++i) {
        rules->push_back(static_cast<int>(i));
      }
    }
    std::sort(rules->begin(), rules->end());
    rules->erase(std::unique(rules->begin(), rules->end()), rules->end());
  }
}

void PatternFilter::MayMatch(std::string_view text, size_t pos, bool anchored,
                             FilterHits* hits) const {
  std::vector<int>& rules = hits->rules_;
  hits->ends_.assign(ends_.size(), 0);
  Scan(text, pos, anchored, &rules);
  // Global indices (ascending) to per-list ones.
  size_t h = 0;
  for (size_t k = 0; k < ends_.size(); ++k) {
    int first = k == 0 ? 0 : static_cast<int>(ends_[k - 1]);
    for (; h < rules.size() && rules[h] < static_cast<int>(ends_[k]); ++h) rules[h] -= first;
    hits->ends_[k] = h;
  }
}

void MayMatch(const std::vector<PatternRule>& list, std::string_view text, size_t pos,
              bool anchored, std::vector<int>* out) {
  out->clear();
  if (list.empty() || pos > text.size()) return;
  const PatternFilter* filter = list.front().list_filter;
  if (!filter) {
    for (size_t i = 0; i < list.size(); ++i) out->push_back(static_cast<int>(i));
    return;
  }
  if (filter->lists() == 1) {
    // The filter's own indices are the list's.
    filter->Scan(text, pos, anchored, out);
    return;
  }
  FilterHits hits;
  filter->MayMatch(text, pos, anchored, &hits);
  out->assign(hits.Of(0).begin(), hits.Of(0).end());
}

const Speaker* RuleSet::FindSpeakerById(std::string_view id) const {
  for (const auto& s : speakers) {
    if (s.id == id) return &s;
  }
  return nullptr;
}

const Outlet* RuleSet::FindOutlet(std::string_view name) const {
  // A leading "the" on either side does not count: "the Independent", "Moscow Times".
  if (name.empty() || name.size() > 80) return nullptr;
  std::string key = OutletKey(name);
  auto it = outlet_index.find(key);
  // An edition after the name does not count either: "LRT English", "Der Spiegel
  // International".
  for (size_t i = 0; it == outlet_index.end() && i < edition_suffixes.size(); ++i) {
    const std::string& e = edition_suffixes[i];
    if (key.size() > e.size() + 1 && key.ends_with(e) && key[key.size() - e.size() - 1] == ' ') {
      it = outlet_index.find(key.substr(0, key.size() - e.size() - 1));
    }
  }
  return it == outlet_index.end() ? nullptr : &outlets[it->second];
}

std::string FindRulesDir(const std::string& exe_path) {
  if (const char* env = std::getenv("CLAIMS_RULES"); env && *env) return env;
  std::error_code ec;
  fs::path exe = fs::canonical(exe_path.empty() ? "/proc/self/exe" : "/proc/self/exe", ec);
  if (!ec) {
    fs::path installed = exe.parent_path().parent_path() / "share" / "claims" / "rules";
    if (fs::is_directory(installed, ec)) return installed.string();
  }
  if (fs::is_directory("rules", ec)) return "rules";
  return "";
}

}  // namespace claims
