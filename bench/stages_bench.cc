// Micro-benchmarks of the pipeline stages on the sample corpus.
//
//   cmake --preset bench && cmake --build build-bench -j2
//   build-bench/bench/claims_bench --benchmark_min_time=1
//
// Every benchmark walks all articles of corpus/ per iteration and reports bytes of
// input per second, so the stages can be compared with each other and with the
// end-to-end rate of bench/run_bench.sh. Each stage gets the output of the previous
// stages computed once, outside the timed loop.
#include <benchmark/benchmark.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <memory>
#include <string>
#include <vector>

#include "claims/annotate/annotator.h"
#include "claims/attribute/attributor.h"
#include "claims/detect/detector.h"
#include "claims/emit/record.h"
#include "claims/io/reader.h"
#include "claims/normalize/normalizer.h"
#include "claims/pipeline.h"
#include "claims/rules/lexicon.h"
#include "claims/rules/rule_set.h"
#include "claims/segment/segmenter.h"

namespace claims {
namespace {

// The rules, the stages built from them, and every corpus article carried through
// each stage once.
struct Fixture {
  std::unique_ptr<const RuleSet> rules;
  std::unique_ptr<Lexicon> lexicon;
  std::unique_ptr<Segmenter> segmenter;
  std::unique_ptr<Detector> detector;
  std::unique_ptr<Attributor> attributor;
  std::unique_ptr<Annotator> annotator;
  std::unique_ptr<Extractor> extractor;
  std::vector<Input> inputs;
  std::vector<Document> docs;
  std::vector<NormalizedText> normalized;
  std::vector<Segmentation> segmented;
  std::vector<Detection> detected;
  std::vector<std::vector<Record>> records;
  int64_t bytes = 0;

  Fixture() {
    std::vector<std::string> errors;
    rules = RuleSet::Load(CLAIMS_RULES_DIR, &errors);
    if (!rules) {
      for (const auto& e : errors) std::cerr << e << "\n";
      std::abort();
    }
    lexicon = std::make_unique<Lexicon>(*rules);
    segmenter = std::make_unique<Segmenter>(*rules, *lexicon);
    detector = std::make_unique<Detector>(*rules, *lexicon);
    attributor = std::make_unique<Attributor>(*rules, *lexicon);
    annotator = std::make_unique<Annotator>(*rules);
    extractor = std::make_unique<Extractor>(*rules, ExtractOptions{});
    InputOptions io;
    std::vector<InputError> list_errors;
    inputs = ListInputs({std::string(CLAIMS_SOURCE_DIR) + "/corpus"}, io, &list_errors);
    for (const auto& in : inputs) {
      Document doc;
      if (!ReadInput(in, io, &doc).ok()) continue;
      bytes += static_cast<int64_t>(doc.bytes.size());
      normalized.push_back(Normalize(doc.bytes));
      segmented.push_back(segmenter->Segment(normalized.back().text));
      detected.push_back(detector->Detect(normalized.back(), segmented.back()));
      records.emplace_back();
      extractor->Extract(doc, &records.back());
      docs.push_back(std::move(doc));
    }
  }
};

const Fixture& F() {
  static const Fixture* f = new Fixture();
  return *f;
}

void Done(benchmark::State& state) { state.SetBytesProcessed(state.iterations() * F().bytes); }

// Start-up: loading and compiling the rules (on 1 or 2 threads), then building the
// stages from them.
void BM_LoadRules(benchmark::State& state) {
  int threads = static_cast<int>(state.range(0));
  for (auto _ : state) {
    std::vector<std::string> errors;
    benchmark::DoNotOptimize(RuleSet::Load(CLAIMS_RULES_DIR, &errors, threads));
  }
}
BENCHMARK(BM_LoadRules)->Arg(1)->Arg(2)->Unit(benchmark::kMillisecond)->UseRealTime();

void BM_BuildExtractor(benchmark::State& state) {
  for (auto _ : state) {
    Extractor ex(*F().rules, ExtractOptions{});
    benchmark::DoNotOptimize(&ex);
  }
}
BENCHMARK(BM_BuildExtractor)->Unit(benchmark::kMillisecond);

void BM_Read(benchmark::State& state) {
  InputOptions io;
  Document doc;
  for (auto _ : state) {
    for (const auto& in : F().inputs) {
      ReadInput(in, io, &doc);
      benchmark::DoNotOptimize(doc.bytes.data());
    }
  }
  Done(state);
}
BENCHMARK(BM_Read);

void BM_Validate(benchmark::State& state) {
  for (auto _ : state) {
    for (const auto& d : F().docs) benchmark::DoNotOptimize(ValidateText(d.bytes).ok());
  }
  Done(state);
}
BENCHMARK(BM_Validate);

void BM_Normalize(benchmark::State& state) {
  for (auto _ : state) {
    for (const auto& d : F().docs) benchmark::DoNotOptimize(Normalize(d.bytes));
  }
  Done(state);
}
BENCHMARK(BM_Normalize);

void BM_Segment(benchmark::State& state) {
  for (auto _ : state) {
    for (const auto& nt : F().normalized) benchmark::DoNotOptimize(F().segmenter->Segment(nt.text));
  }
  Done(state);
}
BENCHMARK(BM_Segment);

void BM_Detect(benchmark::State& state) {
  const Fixture& f = F();
  for (auto _ : state) {
    for (size_t i = 0; i < f.normalized.size(); ++i) {
      benchmark::DoNotOptimize(f.detector->Detect(f.normalized[i], f.segmented[i]));
    }
  }
  Done(state);
}
BENCHMARK(BM_Detect);

void BM_Attribute(benchmark::State& state) {
  const Fixture& f = F();
  for (auto _ : state) {
    for (size_t i = 0; i < f.normalized.size(); ++i) {
      benchmark::DoNotOptimize(f.attributor->Attribute(f.normalized[i].text, f.detected[i]));
    }
  }
  Done(state);
}
BENCHMARK(BM_Attribute);

void BM_AnnotateDocument(benchmark::State& state) {
  const Fixture& f = F();
  for (auto _ : state) {
    for (size_t i = 0; i < f.normalized.size(); ++i) {
      benchmark::DoNotOptimize(
          f.annotator->AnnotateDocument(f.docs[i], f.normalized[i].text, f.segmented[i]));
    }
  }
  Done(state);
}
BENCHMARK(BM_AnnotateDocument);

// Statement dates and credited outlets of every candidate, as the extractor asks.
void BM_AnnotateClaims(benchmark::State& state) {
  const Fixture& f = F();
  std::optional<std::string> published = "2022-02-01";
  for (auto _ : state) {
    for (size_t i = 0; i < f.normalized.size(); ++i) {
      for (const auto& c : f.detected[i].candidates) {
        std::string_view s = c.sentence.View(f.normalized[i].text);
        benchmark::DoNotOptimize(f.annotator->StatementDate(s, published));
        benchmark::DoNotOptimize(f.annotator->CreditedOutlet(s));
      }
    }
  }
  Done(state);
}
BENCHMARK(BM_AnnotateClaims);

void BM_Emit(benchmark::State& state) {
  std::string out;
  for (auto _ : state) {
    out.clear();
    for (const auto& rs : F().records) {
      for (const auto& r : rs) {
        AppendJson(r, &out);
        out.push_back('\n');
      }
    }
    benchmark::DoNotOptimize(out.data());
  }
  Done(state);
}
BENCHMARK(BM_Emit);

void BM_AssignIds(benchmark::State& state) {
  for (auto _ : state) {
    for (const auto& rs : F().records) {
      std::vector<Record> copy = rs;
      AssignIds(&copy);
      benchmark::DoNotOptimize(copy.data());
    }
  }
  Done(state);
}
BENCHMARK(BM_AssignIds);

// The whole pipeline of one document, as a worker thread runs it (without reading).
void BM_Extract(benchmark::State& state) {
  const Fixture& f = F();
  std::vector<Record> out;
  for (auto _ : state) {
    for (const auto& d : f.docs) {
      out.clear();
      f.extractor->Extract(d, &out);
      benchmark::DoNotOptimize(out.data());
    }
  }
  Done(state);
}
BENCHMARK(BM_Extract);

}  // namespace
}  // namespace claims

BENCHMARK_MAIN();
