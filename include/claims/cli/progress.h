// Progress: a one-line progress report on a terminal's stderr for long runs.
//
// Shown only when enabled (stderr is a terminal) and only once the run has lasted
// `delay`; then redrawn in place at most four times a second:
//
//   claims: 1200/5000 documents, 12.4 MB/s        (total known)
//   claims: 1200 documents, 12.4 MB/s              (JSON Lines: total unknown)
//
// Before another line goes to stderr, Clear() wipes the progress line; Finish() wipes
// it at the end, so a finished run leaves nothing of it behind. Never drawn when
// stderr is a file or a pipe. Not thread-safe: call from the thread that writes stderr.
//
//   claims::Progress progress(std::cerr, ::isatty(2), inputs.size());
//   progress.Update(docs_done, bytes_done);
//   progress.Clear(); std::cerr << "claims: x.txt: binary file\n";
//   progress.Finish();
#ifndef CLAIMS_CLI_PROGRESS_H_
#define CLAIMS_CLI_PROGRESS_H_

#include <chrono>
#include <cstddef>
#include <ostream>

namespace claims {

class Progress {
 public:
  using Clock = std::chrono::steady_clock;

  Progress(std::ostream& err, bool enabled, size_t total,
           std::chrono::milliseconds delay = std::chrono::milliseconds(1000));
  Progress(const Progress&) = delete;
  Progress& operator=(const Progress&) = delete;

  // Reports `docs` documents and `bytes` bytes done; `now` is for tests.
  void Update(size_t docs, size_t bytes, Clock::time_point now = Clock::now());
  // Wipes the progress line if one is shown.
  void Clear();
  void Finish() { Clear(); }

 private:
  std::ostream& err_;
  bool enabled_;
  size_t total_;
  std::chrono::milliseconds delay_;
  Clock::time_point start_;
  Clock::time_point last_draw_;
  bool shown_ = false;
};

}  // namespace claims

#endif  // CLAIMS_CLI_PROGRESS_H_
