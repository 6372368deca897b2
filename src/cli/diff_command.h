// `claims diff OLD.jsonl NEW.jsonl`: what changed between two extraction runs.
#ifndef CLAIMS_CLI_DIFF_COMMAND_H_
#define CLAIMS_CLI_DIFF_COMMAND_H_

#include <CLI/CLI.hpp>
#include <iosfwd>
#include <string>

namespace claims {

struct DiffRunOptions {
  std::string old_path;
  std::string new_path;
  std::string format = "jsonl";  // jsonl | text
  std::string color = "auto";
  double match = 0.8;
  bool spans = false;
};

void SetupDiff(CLI::App& app, DiffRunOptions& opts);
// Returns 0 when the files hold the same claims, 1 when they differ; throws
// StartupError (exit 2) when a file cannot be read.
int RunDiff(const DiffRunOptions& opts, std::ostream& out);

}  // namespace claims

#endif  // CLAIMS_CLI_DIFF_COMMAND_H_
