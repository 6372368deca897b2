// Terminal helpers for the commands that color their output (diff, show).
#ifndef CLAIMS_CLI_TERMINAL_H_
#define CLAIMS_CLI_TERMINAL_H_

#include <CLI/CLI.hpp>
#include <string>

namespace claims {

// Adds `--color auto|always|never` (default auto) to `cmd`.
void AddColorOption(CLI::App* cmd, std::string* mode);

// Whether to write ANSI colors on stdout. "always" and "never" decide; "auto" colors
// only when stdout is a terminal, NO_COLOR is unset or empty (no-color.org) and TERM
// is not "dumb".
bool UseColor(const std::string& mode);

}  // namespace claims

#endif  // CLAIMS_CLI_TERMINAL_H_
