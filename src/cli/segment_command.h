// `claims segment FILE...`: the blocks of each article as JSON Lines.
#ifndef CLAIMS_CLI_SEGMENT_COMMAND_H_
#define CLAIMS_CLI_SEGMENT_COMMAND_H_

#include <CLI/CLI.hpp>
#include <iosfwd>
#include <string>
#include <vector>

namespace claims {

struct SegmentRunOptions {
  std::vector<std::string> paths;
  std::string rules_dir;
  bool sentences = false;
  int preview = 60;
};

void SetupSegment(CLI::App& app, SegmentRunOptions& opts);
int RunSegment(const SegmentRunOptions& opts, std::ostream& out, std::ostream& err);

}  // namespace claims

#endif  // CLAIMS_CLI_SEGMENT_COMMAND_H_
