// claims: rule-driven claim and quote extraction from news articles.
#include <CLI/CLI.hpp>
#include <iostream>

#include "claims/cli/error.h"
#include "common.h"
#include "extract_command.h"
#include "segment_command.h"
#include "to_jsonl_command.h"
#include "toolbox_commands.h"

int main(int argc, char** argv) {
  CLI::App app{"claims: who said what, when, where - claim and quote extraction from news"};
  app.set_version_flag("-V,--version", claims::VersionString());
  app.require_subcommand(1);
  app.footer("Run 'claims COMMAND --help' for the options and examples of a command.");
  claims::ExtractRunOptions extract;
  claims::SegmentRunOptions segment;
  claims::SetupExtract(app, extract);
  claims::SetupSegment(app, segment);
  claims::ToolboxCommands toolbox;
  toolbox.Setup(app);
  claims::ToJsonlRunOptions to_jsonl;
  claims::SetupToJsonl(app, to_jsonl);
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    int code = app.exit(e);
    return code == 0 ? 0 : claims::kExitCannotStart;
  }
  try {
    if (app.got_subcommand("extract")) return claims::RunExtract(extract, std::cerr);
    if (app.got_subcommand("segment")) return claims::RunSegment(segment, std::cout, std::cerr);
    if (int code; toolbox.Run(app, &code)) return code;
    if (app.got_subcommand("to-jsonl")) return claims::RunToJsonl(to_jsonl, std::cerr);
  } catch (const claims::StartupError& e) {
    std::cerr << "claims: " << e.what() << "\n";
    return claims::kExitCannotStart;
  }
  return claims::kExitCannotStart;
}
