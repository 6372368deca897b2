// `claims eval --gold GOLD.jsonl PATH...`: extraction scored against gold records.
#ifndef CLAIMS_CLI_EVAL_COMMAND_H_
#define CLAIMS_CLI_EVAL_COMMAND_H_

#include <CLI/CLI.hpp>
#include <iosfwd>
#include <string>
#include <vector>

#include "record_source.h"

namespace claims {

struct EvalRunOptions {
  ArticleSource articles;
  std::string gold;
  std::string from;   // score these records instead of extracting the articles
  std::string types;  // comma list; empty: all
  double match = 0.8;
  bool verbose = false;
};

void SetupEval(CLI::App& app, EvalRunOptions& opts);
// Returns the exit code: 0, or 1 when some articles failed.
int RunEval(const EvalRunOptions& opts, std::ostream& out, std::ostream& err);

}  // namespace claims

#endif  // CLAIMS_CLI_EVAL_COMMAND_H_
