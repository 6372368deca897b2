// libFuzzer harness over the whole pipeline: bytes -> Document -> records -> JSON.
//
// The input is taken as a document's bytes. Like the CLI, bytes that are not text
// (ValidateText) are rejected before extraction; the first byte also decides whether
// --date/--outlet style defaults are given, so both annotation paths run. Every
// record must have a span inside the document and serialize to one JSON object that
// parses back; anything else traps.
//
//   fuzz/run.sh extract 600     # see fuzz/run.sh for building and running
#include <cstddef>
#include <cstdint>
#include <memory>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "claims/emit/record.h"
#include "claims/io/reader.h"
#include "claims/normalize/normalizer.h"
#include "claims/pipeline.h"

namespace {

struct Harness {
  std::unique_ptr<const claims::RuleSet> rules;
  std::unique_ptr<claims::Extractor> plain;
  std::unique_ptr<claims::Extractor> with_defaults;
};

// libFuzzer's entry points are free functions, so the loaded rules live here.
Harness* harness = nullptr;

void Check(bool ok) {
  if (!ok) __builtin_trap();
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  std::vector<std::string> errors;
  harness = new Harness;
  harness->rules = claims::RuleSet::Load(CLAIMS_RULES_DIR, &errors);
  Check(harness->rules != nullptr);
  harness->plain = std::make_unique<claims::Extractor>(*harness->rules, claims::ExtractOptions{});
  claims::ExtractOptions eo;
  eo.date = "2022-01-27";
  eo.outlet = "TASS";
  harness->with_defaults = std::make_unique<claims::Extractor>(*harness->rules, eo);
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view bytes(reinterpret_cast<const char*>(data), size);
  // The normalizer must survive any bytes, text or not.
  claims::NormalizedText nt = claims::Normalize(bytes);
  Check(nt.offsets.size() == nt.text.size() + 1);
  if (!claims::ValidateText(bytes).ok()) return 0;

  claims::Document doc;
  doc.name = "fuzz.txt";
  doc.bytes = std::string(bytes);
  const claims::Extractor& ex =
      (size > 0 && (data[0] & 1)) ? *harness->with_defaults : *harness->plain;
  std::vector<claims::Record> records;
  if (!ex.Extract(doc, &records).ok()) return 0;
  for (const auto& r : records) {
    Check(r.span.begin <= r.span.end && r.span.end <= size);
    std::string line;
    claims::AppendJson(r, &line);
    Check(line.find('\n') == std::string::npos);
    auto parsed = nlohmann::json::parse(line, nullptr, /*allow_exceptions=*/false);
    Check(parsed.is_object() && parsed.size() == 14);
  }
  return 0;
}
