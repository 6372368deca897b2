// Output: where a command writes its records.
//
// To stdout, or with a path to a temporary file beside it that is renamed over the
// path only when the run completes (Commit), so an interrupted run never leaves a
// half-written file; SIGINT and SIGTERM remove the temporary file. A closed pipe
// (`claims extract corpus | head`) is detected on write: Write returns false and the
// command ends quietly.
//
//   claims::Output out(options.output);   // "" or "-" for stdout
//   if (!out.Write(chunk)) return 0;      // reader went away
//   out.Commit();                          // throws StartupError on failure
#ifndef CLAIMS_CLI_OUTPUT_H_
#define CLAIMS_CLI_OUTPUT_H_

#include <string>
#include <string_view>

namespace claims {

class Output {
 public:
  explicit Output(const std::string& path);
  ~Output();
  Output(const Output&) = delete;
  Output& operator=(const Output&) = delete;

  // Buffers and writes; false once the reader has gone (EPIPE).
  bool Write(std::string_view data);
  // Flushes, and for a file renames the temporary file over the target.
  void Commit();
  bool closed() const { return closed_; }
  bool is_terminal() const;

 private:
  bool Flush();
  int fd_ = 1;
  std::string path_;
  std::string tmp_;
  std::string buf_;
  bool closed_ = false;
  bool committed_ = false;
};

// Ignores SIGPIPE so a closed pipe shows as EPIPE on write.
void IgnoreSigpipe();

}  // namespace claims

#endif  // CLAIMS_CLI_OUTPUT_H_
