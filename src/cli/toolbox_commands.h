// The commands around extract: diff, speakers, show, eval and rules lint, registered
// and dispatched together so main() stays a few lines.
//
//   claims::ToolboxCommands toolbox;
//   toolbox.Setup(app);                              // before app.parse()
//   if (int code; toolbox.Run(app, &code)) return code;  // after it
#ifndef CLAIMS_CLI_TOOLBOX_COMMANDS_H_
#define CLAIMS_CLI_TOOLBOX_COMMANDS_H_

#include <CLI/CLI.hpp>

#include "diff_command.h"
#include "eval_command.h"
#include "rules_command.h"
#include "show_command.h"
#include "speakers_command.h"

namespace claims {

class ToolboxCommands {
 public:
  ToolboxCommands() = default;
  // The subcommands keep pointers to the option structs below.
  ToolboxCommands(const ToolboxCommands&) = delete;
  ToolboxCommands& operator=(const ToolboxCommands&) = delete;

  void Setup(CLI::App& app);
  // Runs the command chosen on the parsed command line and sets `exit_code`; false
  // when the command is none of these. StartupError propagates to main().
  bool Run(const CLI::App& app, int* exit_code) const;

 private:
  DiffRunOptions diff_;
  SpeakersRunOptions speakers_;
  ShowRunOptions show_;
  EvalRunOptions eval_;
  RulesRunOptions rules_;
};

}  // namespace claims

#endif  // CLAIMS_CLI_TOOLBOX_COMMANDS_H_
