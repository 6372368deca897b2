#include "terminal.h"

#include <unistd.h>

#include <cstdlib>

namespace claims {

void AddColorOption(CLI::App* cmd, std::string* mode) {
  cmd->add_option("--color", *mode,
                  "Color: auto (on a terminal, unless NO_COLOR is set), always or never")
      ->check(CLI::IsMember({"auto", "always", "never"}));
}

bool UseColor(const std::string& mode) {
  if (mode == "always") return true;
  if (mode == "never") return false;
  const char* no_color = std::getenv("NO_COLOR");
  if (no_color && *no_color) return false;
  const char* term = std::getenv("TERM");
  if (term && std::string(term) == "dumb") return false;
  return ::isatty(STDOUT_FILENO) == 1;
}

}  // namespace claims
