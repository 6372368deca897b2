#include "claims/cli/progress.h"

#include <cstdio>

namespace claims {

Progress::Progress(std::ostream& err, bool enabled, size_t total, std::chrono::milliseconds delay)
    : err_(err), enabled_(enabled), total_(total), delay_(delay), start_(Clock::now()) {}

void Progress::Update(size_t docs, size_t bytes, Clock::time_point now) {
  if (!enabled_ || now - start_ < delay_) return;
  if (shown_ && now - last_draw_ < std::chrono::milliseconds(250)) return;
  double secs = std::chrono::duration<double>(now - start_).count();
  double mbs = secs > 0 ? static_cast<double>(bytes) / 1e6 / secs : 0.0;
  char line[128];
  if (total_ > 0) {
    std::snprintf(line, sizeof line, "claims: %zu/%zu documents, %.1f MB/s", docs, total_, mbs);
  } else {
    std::snprintf(line, sizeof line, "claims: %zu documents, %.1f MB/s", docs, mbs);
  }
  // \r back to the start of the line, \033[K erases what a longer earlier line left.
  err_ << '\r' << line << "\033[K" << std::flush;
  shown_ = true;
  last_draw_ = now;
}

void Progress::Clear() {
  if (!shown_) return;
  err_ << "\r\033[K" << std::flush;
  shown_ = false;
}

}  // namespace claims
