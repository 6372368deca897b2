// `claims show FILE...`: an article in the terminal with its claims highlighted.
#ifndef CLAIMS_CLI_SHOW_COMMAND_H_
#define CLAIMS_CLI_SHOW_COMMAND_H_

#include <CLI/CLI.hpp>
#include <iosfwd>
#include <string>
#include <vector>

namespace claims {

struct ShowRunOptions {
  std::vector<std::string> paths;
  std::string rules_dir;
  std::string color = "auto";
};

void SetupShow(CLI::App& app, ShowRunOptions& opts);
// Returns the exit code: 0, or 1 when some articles could not be read.
int RunShow(const ShowRunOptions& opts, std::ostream& out, std::ostream& err);

}  // namespace claims

#endif  // CLAIMS_CLI_SHOW_COMMAND_H_
