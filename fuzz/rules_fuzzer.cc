// libFuzzer harness over rule-file loading.
//
// The first input byte picks one of the rule files; the rest replaces its text while
// the other files keep the project's own rules. RuleSet::LoadFromMemory must either
// return a rule set or report errors, never crash, hang or take unbounded memory,
// whatever the file holds (bad JSON, wrong types, huge or pathological patterns).
//
//   fuzz/run.sh rules 600       # see fuzz/run.sh for building and running
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include "claims/rules/rule_set.h"

namespace {

constexpr const char* kFiles[] = {"cues.json",     "roles.json",       "outlets.json",
                                  "dates.json",    "sections.json",    "boilerplate.json",
                                  "speakers.json", "abbreviations.json"};

// libFuzzer's entry points are free functions, so the base rules live here.
std::map<std::string, std::string>* base = nullptr;

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  base = new std::map<std::string, std::string>;
  for (const char* f : kFiles) {
    std::ifstream in(std::filesystem::path(CLAIMS_RULES_DIR) / f, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    (*base)[f] = ss.str();
  }
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  std::map<std::string, std::string> files = *base;
  files[kFiles[data[0] % std::size(kFiles)]] = std::string(reinterpret_cast<const char*>(data + 1), size - 1);
  std::vector<std::string> errors;
  auto rules = claims::RuleSet::LoadFromMemory(files, &errors);
  if ((rules == nullptr) == errors.empty()) __builtin_trap();  // errors iff no rule set
  return 0;
}
