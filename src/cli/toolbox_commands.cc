#include "toolbox_commands.h"

#include <iostream>

namespace claims {

void ToolboxCommands::Setup(CLI::App& app) {
  SetupDiff(app, diff_);
  SetupSpeakers(app, speakers_);
  SetupShow(app, show_);
  SetupEval(app, eval_);
  SetupRules(app, rules_);
}

bool ToolboxCommands::Run(const CLI::App& app, int* exit_code) const {
  if (app.got_subcommand("diff")) {
    *exit_code = RunDiff(diff_, std::cout);
  } else if (app.got_subcommand("speakers")) {
    *exit_code = RunSpeakers(speakers_, std::cout, std::cerr);
  } else if (app.got_subcommand("show")) {
    *exit_code = RunShow(show_, std::cout, std::cerr);
  } else if (app.got_subcommand("eval")) {
    *exit_code = RunEval(eval_, std::cout, std::cerr);
  } else if (app.got_subcommand("rules")) {
    *exit_code = RunRules(rules_, std::cout, std::cerr);
  } else {
    return false;
  }
  return true;
}

}  // namespace claims
