// `claims to-jsonl PATH...`: articles as JSON Lines documents, one a line, for
// `claims extract --input-format jsonl` and for engines that split work by lines
// (GNU parallel --pipe, Hadoop Streaming, Spark's rdd.pipe). See docs/scale-out.md.
#ifndef CLAIMS_CLI_TO_JSONL_COMMAND_H_
#define CLAIMS_CLI_TO_JSONL_COMMAND_H_

#include <CLI/CLI.hpp>
#include <iosfwd>
#include <string>
#include <vector>

namespace claims {

struct ToJsonlRunOptions {
  std::vector<std::string> paths;
  std::vector<std::string> globs;
  std::string output;
  std::string outlet;
  std::string date;
  size_t max_doc_size = size_t{64} << 20;
};

void SetupToJsonl(CLI::App& app, ToJsonlRunOptions& opts);
// Returns the exit code.
int RunToJsonl(const ToJsonlRunOptions& opts, std::ostream& err);

}  // namespace claims

#endif  // CLAIMS_CLI_TO_JSONL_COMMAND_H_
