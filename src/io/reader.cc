#include "claims/io/reader.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdint>
#include <cstring>
#include <filesystem>
#include <iostream>
#include <system_error>

namespace claims {
namespace {

namespace fs = std::filesystem;

bool MatchesAny(const std::vector<std::string>& globs, std::string_view name) {
  for (const auto& g : globs) {
    if (GlobMatch(g, name)) return true;
  }
  return false;
}

void Walk(const fs::path& dir, const InputOptions& options, std::vector<Input>* out,
          std::vector<InputError>* errors) {
  std::error_code ec;
  fs::directory_iterator it(dir, ec);
  if (ec) {
    errors->push_back({dir.string(), "cannot read folder: " + ec.message()});
    return;
  }
  std::vector<fs::directory_entry> entries;
  for (; it != fs::directory_iterator(); it.increment(ec)) {
    if (ec) {
      errors->push_back({dir.string(), "cannot read folder: " + ec.message()});
      break;
    }
    entries.push_back(*it);
  }
  std::sort(entries.begin(), entries.end(),
            [](const auto& a, const auto& b) { return a.path().native() < b.path().native(); });
  for (const auto& e : entries) {
    std::error_code sec;
    // symlink_status: a symlinked folder is never followed, so loops cannot happen;
    // a symlink to a regular file is read like the file.
    fs::file_status ls = e.symlink_status(sec);
    if (sec) continue;
    if (fs::is_directory(ls)) {
      Walk(e.path(), options, out, errors);
      continue;
    }
    fs::file_status st = ls;
    if (fs::is_symlink(ls)) {
      st = e.status(sec);
      if (sec || !fs::is_regular_file(st)) continue;
    }
    if (!fs::is_regular_file(st)) continue;  // FIFOs, sockets, devices
    if (!MatchesAny(options.globs, e.path().filename().string())) continue;
    out->push_back({e.path().string(), e.path().string(), false});
  }
}

}  // namespace

bool GlobMatch(std::string_view p, std::string_view s) {
  size_t pi = 0, si = 0, star = std::string_view::npos, mark = 0;
  while (si < s.size()) {
    if (pi < p.size() && p[pi] == '[') {
      size_t close = p.find(']', pi + 1);
      if (close != std::string_view::npos) {
        bool neg = pi + 1 < close && (p[pi + 1] == '!' || p[pi + 1] == '^');
        bool hit = false;
        for (size_t k = pi + 1 + (neg ? 1 : 0); k < close; ++k) {
          if (k + 2 < close && p[k + 1] == '-') {
            if (s[si] >= p[k] && s[si] <= p[k + 2]) hit = true;
            k += 2;
          } else if (p[k] == s[si]) {
            hit = true;
          }
        }
        if (hit != neg) {
          pi = close + 1;
          ++si;
          continue;
        }
      }
    } else if (pi < p.size() && (p[pi] == '?' || p[pi] == s[si])) {
      ++pi;
      ++si;
      continue;
    }
    if (pi < p.size() && p[pi] == '*') {
      star = pi++;
      mark = si;
      continue;
    }
    if (star != std::string_view::npos) {
      pi = star + 1;
      si = ++mark;
      continue;
    }
    return false;
  }
  while (pi < p.size() && p[pi] == '*') ++pi;
  return pi == p.size();
}

std::vector<Input> ListInputs(const std::vector<std::string>& paths, const InputOptions& options,
                              std::vector<InputError>* errors) {
  std::vector<Input> out;
  for (const auto& p : paths) {
    if (p == "-") {
      out.push_back({"-", "", true});
      continue;
    }
    std::error_code ec;
    fs::file_status st = fs::status(p, ec);
    if (ec || !fs::exists(st)) {
      errors->push_back({p, "no such file or folder"});
      continue;
    }
    if (fs::is_directory(st)) {
      Walk(p, options, &out, errors);
    } else if (fs::is_regular_file(st)) {
      out.push_back({p, p, false});
    } else {
      errors->push_back({p, "not a regular file (FIFO, socket or device): skipped"});
    }
  }
  return out;
}

bool ReadStream(std::istream& in, size_t limit, std::string* out) {
  out->clear();
  char buf[1 << 16];
  while (in.read(buf, sizeof buf) || in.gcount() > 0) {
    out->append(buf, static_cast<size_t>(in.gcount()));
    if (out->size() > limit) return false;
  }
  return true;
}

Status ValidateText(std::string_view b) {
  const auto* s = reinterpret_cast<const unsigned char*>(b.data());
  size_t n = b.size();
  size_t i = 0;
  while (i < n) {
    // ASCII is read eight bytes at a time: a word with no NUL byte and no byte above
    // 0x7F needs no further look.
    constexpr uint64_t kOnes = 0x0101010101010101, kHigh = 0x8080808080808080;
    while (i + 8 <= n) {
      uint64_t w;
      std::memcpy(&w, s + i, 8);
      // (w - 0x01..) & ~w & kHigh is non-zero iff some byte is zero.
      if (((w | ((w - kOnes) & ~w)) & kHigh) != 0) break;
      i += 8;
    }
    if (i >= n) break;
    unsigned char c = s[i];
    if (c < 0x80) {
      if (c == 0) return Status::Error("binary file (NUL byte at " + std::to_string(i) + ")");
      ++i;
      continue;
    }
    size_t len = 0;
    uint32_t cp = 0;
    if ((c & 0xE0) == 0xC0) {
      len = 2;
      cp = c & 0x1F;
    } else if ((c & 0xF0) == 0xE0) {
      len = 3;
      cp = c & 0x0F;
    } else if ((c & 0xF8) == 0xF0) {
      len = 4;
      cp = c & 0x07;
    } else {
      return Status::Error("invalid UTF-8 at byte " + std::to_string(i));
    }
    if (i + len > n) return Status::Error("invalid UTF-8 at byte " + std::to_string(i));
    for (size_t k = 1; k < len; ++k) {
      if ((s[i + k] & 0xC0) != 0x80) {
        return Status::Error("invalid UTF-8 at byte " + std::to_string(i));
      }
      cp = (cp << 6) | (s[i + k] & 0x3F);
    }
    bool overlong =
        (len == 2 && cp < 0x80) || (len == 3 && cp < 0x800) || (len == 4 && cp < 0x10000);
    if (overlong || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
      return Status::Error("invalid UTF-8 at byte " + std::to_string(i));
    }
    i += len;
  }
  return Status();
}

Status ReadInput(const Input& input, const InputOptions& options, Document* doc) {
  doc->name = input.name;
  if (input.is_stdin) {
    if (!ReadStream(std::cin, options.max_doc_size, &doc->bytes)) {
      return Status::Error("document larger than --max-doc-size (" +
                           std::to_string(options.max_doc_size) + " bytes)");
    }
  } else {
    // The bytes a reused document still holds are left in place until the file's size
    // is known: resizing over them writes zeros only past them, and the read then
    // overwrites them all. A file refused before it is read is left with no bytes.
    auto fail = [&](Status st) {
      doc->bytes.clear();
      return st;
    };
    // O_NONBLOCK: a path that turned into a FIFO between listing and reading must not
    // block the run; fstat then rejects it.
    int fd = ::open(input.path.c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK);
    if (fd < 0) return fail(Status::Error(std::string("cannot open: ") + std::strerror(errno)));
    struct stat st;
    if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
      ::close(fd);
      return fail(Status::Error("not a regular file"));
    }
    if (static_cast<size_t>(st.st_size) > options.max_doc_size) {
      ::close(fd);
      return fail(Status::Error("document larger than --max-doc-size (" +
                                std::to_string(st.st_size) + " > " +
                                std::to_string(options.max_doc_size) + " bytes)"));
    }
    doc->bytes.resize(static_cast<size_t>(st.st_size));
    size_t got = 0;
    while (got < doc->bytes.size()) {
      ssize_t r = ::read(fd, doc->bytes.data() + got, doc->bytes.size() - got);
      if (r < 0) {
        if (errno == EINTR) continue;
        int err = errno;
        ::close(fd);
        return Status::Error(std::string("cannot read: ") + std::strerror(err));
      }
      if (r == 0) break;
      got += static_cast<size_t>(r);
    }
    doc->bytes.resize(got);
    ::close(fd);
  }
  return ValidateText(doc->bytes);
}

}  // namespace claims
