// Errors that stop a command before any article is read (bad flags, rules, paths of
// the output), and the exit codes.
//
// Exit codes: 0 all went well, 1 some inputs failed (each reported on stderr),
// 2 could not start (usage or rule errors). Only main() catches StartupError.
#ifndef CLAIMS_CLI_ERROR_H_
#define CLAIMS_CLI_ERROR_H_

#include <stdexcept>
#include <string>

namespace claims {

inline constexpr int kExitOk = 0;
inline constexpr int kExitSomeFailed = 1;
inline constexpr int kExitCannotStart = 2;

class StartupError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

}  // namespace claims

#endif  // CLAIMS_CLI_ERROR_H_
