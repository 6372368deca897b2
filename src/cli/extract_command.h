// `claims extract PATH...`: the main job.
#ifndef CLAIMS_CLI_EXTRACT_COMMAND_H_
#define CLAIMS_CLI_EXTRACT_COMMAND_H_

#include <CLI/CLI.hpp>
#include <iosfwd>
#include <string>
#include <vector>

namespace claims {

struct ExtractRunOptions {
  std::vector<std::string> paths;
  std::vector<std::string> globs;
  std::string output;
  std::string format = "jsonl";
  bool pretty = false;
  int jobs = 0;  // 0: all cores
  std::string rules_dir;
  std::string date;
  std::string outlet;
  size_t max_doc_size = size_t{64} << 20;
  size_t section_size = size_t{1} << 20;
  bool stats = false;
  std::string input_format = "text";  // text | jsonl
  std::string shard;                  // "K/N"; empty: every document
};

void SetupExtract(CLI::App& app, ExtractRunOptions& opts);
// Returns the exit code.
int RunExtract(const ExtractRunOptions& opts, std::ostream& err);

}  // namespace claims

#endif  // CLAIMS_CLI_EXTRACT_COMMAND_H_
