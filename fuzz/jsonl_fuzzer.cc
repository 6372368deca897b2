// libFuzzer harness over JSON Lines document parsing (`--input-format jsonl`).
//
// The input is one line. ParseJsonlDocument must accept it or give a reason, never
// crash; an accepted document written back with AppendJsonlDocument must parse to
// the same document (what `claims to-jsonl` writes, `claims extract` reads).
//
//   fuzz/run.sh jsonl 600       # see fuzz/run.sh for building and running
#include <cstddef>
#include <cstdint>
#include <string>

#include "claims/io/jsonl.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view line(reinterpret_cast<const char*>(data), size);
  claims::Document doc;
  if (!claims::ParseJsonlDocument(line, size_t{1} << 20, &doc).ok()) return 0;
  std::string again;
  claims::AppendJsonlDocument(doc, &again);
  if (again.empty() || again.back() != '\n') __builtin_trap();
  again.pop_back();
  claims::Document back;
  if (!claims::ParseJsonlDocument(again, size_t{1} << 20, &back).ok()) __builtin_trap();
  if (back.name != doc.name || back.bytes != doc.bytes || back.date != doc.date ||
      back.outlet != doc.outlet || back.url != doc.url) {
    __builtin_trap();
  }
  return 0;
}
