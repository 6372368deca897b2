// libFuzzer harness over rule-file loading.
//
// The first input byte picks one of the rule files; the rest replaces its text. The
// other files are stubs ("{}"), cheap to load, so the time goes into the fuzzed file
// (each file is parsed and loaded on its own). RuleSet::LoadFromMemory must either
// return a rule set or report errors, never crash, hang or take unbounded memory,
// whatever the file holds (bad JSON, wrong types, huge or pathological patterns).
//
//   fuzz/run.sh rules 600       # see fuzz/run.sh for building and running
#include <cstddef>
#include <cstdint>
#include <iterator>
#include <map>
#include <string>
#include <vector>

#include "claims/rules/rule_set.h"

namespace {

constexpr const char* kFiles[] = {"cues.json",     "roles.json",        "outlets.json",
                                  "dates.json",    "sections.json",     "boilerplate.json",
                                  "speakers.json", "abbreviations.json"};

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  std::map<std::string, std::string> files;
  for (const char* f : kFiles) files[f] = "{}";
  files[kFiles[data[0] % std::size(kFiles)]] =
      std::string(reinterpret_cast<const char*>(data + 1), size - 1);
  std::vector<std::string> errors;
  auto rules = claims::RuleSet::LoadFromMemory(files, &errors);
  if ((rules == nullptr) == errors.empty()) __builtin_trap();  // errors iff no rule set
  return 0;
}
