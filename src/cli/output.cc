#include "claims/cli/output.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <vector>

#include "claims/cli/error.h"

namespace claims {
namespace {

// The temporary file to remove if the run is interrupted; written before the signal
// handlers are installed and only read by them.
char g_tmp_path[4096];

extern "C" void RemoveTmpAndExit(int sig) {
  if (g_tmp_path[0]) ::unlink(g_tmp_path);
  std::signal(sig, SIG_DFL);
  std::raise(sig);
}

}  // namespace

void IgnoreSigpipe() { std::signal(SIGPIPE, SIG_IGN); }

Output::Output(const std::string& path) {
  if (path.empty() || path == "-") return;
  path_ = path;
  namespace fs = std::filesystem;
  fs::path target(path);
  fs::path dir = target.has_parent_path() ? target.parent_path() : fs::path(".");
  std::string tmp_name = ".";
  tmp_name.append(target.filename().string()).append(".tmp.XXXXXX");
  std::string pattern = (dir / tmp_name).string();
  std::vector<char> buf(pattern.begin(), pattern.end());
  buf.push_back('\0');
  fd_ = ::mkstemp(buf.data());
  if (fd_ < 0) {
    throw StartupError("cannot write " + path + ": " + std::strerror(errno));
  }
  tmp_ = buf.data();
  std::snprintf(g_tmp_path, sizeof g_tmp_path, "%s", tmp_.c_str());
  std::signal(SIGINT, RemoveTmpAndExit);
  std::signal(SIGTERM, RemoveTmpAndExit);
  std::signal(SIGHUP, RemoveTmpAndExit);
}

Output::~Output() {
  if (!tmp_.empty() && !committed_) {
    ::close(fd_);
    ::unlink(tmp_.c_str());
    g_tmp_path[0] = '\0';
  }
}

bool Output::is_terminal() const { return tmp_.empty() && ::isatty(1); }

bool Output::Flush() {
  size_t off = 0;
  while (off < buf_.size()) {
    ssize_t n = ::write(fd_, buf_.data() + off, buf_.size() - off);
    if (n < 0) {
      if (errno == EINTR) continue;
      if (errno == EPIPE) {
        closed_ = true;
        buf_.clear();
        return false;
      }
      throw StartupError(std::string("cannot write ") + (path_.empty() ? "stdout" : path_) + ": " +
                         std::strerror(errno));
    }
    off += static_cast<size_t>(n);
  }
  buf_.clear();
  return true;
}

bool Output::Write(std::string_view data) {
  if (closed_) return false;
  buf_.append(data);
  if (buf_.size() >= (1 << 16)) return Flush();
  return true;
}

void Output::Commit() {
  if (closed_) return;
  if (!Flush()) return;
  if (tmp_.empty()) return;
  if (::fsync(fd_) != 0 || ::close(fd_) != 0) {
    throw StartupError("cannot write " + path_ + ": " + std::strerror(errno));
  }
  // mkstemp creates 0600; give the result the usual permissions.
  mode_t mask = ::umask(0);
  ::umask(mask);
  ::chmod(tmp_.c_str(), 0666 & ~mask);
  if (::rename(tmp_.c_str(), path_.c_str()) != 0) {
    int err = errno;
    ::unlink(tmp_.c_str());
    throw StartupError("cannot write " + path_ + ": " + std::strerror(err));
  }
  committed_ = true;
  g_tmp_path[0] = '\0';
}

}  // namespace claims
