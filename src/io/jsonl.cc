#include "claims/io/jsonl.h"

#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <limits>
#include <nlohmann/json.hpp>

#include "claims/emit/record.h"
#include "claims/io/reader.h"

namespace claims {
namespace {

using nlohmann::json;

// Reads optional string member `key` into `out`; absent and null leave it unset.
Status OptionalString(const json& obj, const char* key, std::optional<std::string>* out) {
  auto it = obj.find(key);
  if (it == obj.end() || it->is_null()) return Status();
  if (!it->is_string()) return Status::Error(std::string("\"") + key + "\" must be a string");
  *out = it->get<std::string>();
  return Status();
}

}  // namespace

bool IsIsoDate(std::string_view s) {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return false;
  for (size_t i = 0; i < s.size(); ++i) {
    if (i != 4 && i != 7 && (s[i] < '0' || s[i] > '9')) return false;
  }
  // A real calendar day: 2021-02-30 and 2021-13-05 are refused.
  auto num = [&](size_t b, size_t n) {
    int v = 0;
    for (size_t i = b; i < b + n; ++i) v = v * 10 + (s[i] - '0');
    return v;
  };
  int y = num(0, 4), m = num(5, 2), d = num(8, 2);
  static const int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (m < 1 || m > 12 || d < 1) return false;
  bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
  return d <= kDays[m - 1] + (m == 2 && leap ? 1 : 0);
}

size_t MaxJsonlLineSize(size_t max_doc_size) {
  constexpr size_t kMax = std::numeric_limits<size_t>::max();
  constexpr size_t kSlack = size_t{64} << 10;
  if (max_doc_size > (kMax - kSlack) / 3) return kMax;
  return 3 * max_doc_size + kSlack;
}

Status ParseJsonlDocument(std::string_view line, size_t max_doc_size, Document* doc) {
  *doc = Document();
  json j;
  try {
    j = json::parse(line.begin(), line.end());
  } catch (const json::parse_error& e) {
    // "[json.exception.parse_error.101] parse error at line 1, column 7: syntax error
    // while parsing value - invalid literal; last read: '{"id'": keep from "syntax error".
    std::string msg = e.what();
    if (auto k = msg.find(": syntax error"); k != std::string::npos) msg = msg.substr(k + 2);
    // The "last read" token can be most of the line: leave it out.
    if (auto k = msg.find("; last read"); k != std::string::npos) msg.resize(k);
    return Status::Error("not JSON at byte " + std::to_string(e.byte) + ": " + msg);
  } catch (const json::exception& e) {
    // Valid syntax the parser still refuses, e.g. a number too large for a double
    // ("[json.exception.out_of_range.406] number overflow parsing '1e999'").
    std::string msg = e.what();
    if (auto k = msg.find("] "); k != std::string::npos) msg = msg.substr(k + 2);
    if (msg.size() > 100) msg.resize(100);
    return Status::Error("not JSON: " + msg);
  }
  if (!j.is_object()) return Status::Error("not a JSON object");
  auto id = j.find("id");
  if (id == j.end()) return Status::Error("missing \"id\"");
  if (id->is_string()) {
    doc->name = id->get<std::string>();
  } else if (id->is_number_integer()) {
    doc->name = id->dump();
  } else {
    return Status::Error("\"id\" must be a string or an integer");
  }
  if (doc->name.empty()) return Status::Error("empty \"id\"");
  auto text = j.find("text");
  if (text == j.end()) return Status::Error("missing \"text\"");
  if (!text->is_string()) return Status::Error("\"text\" must be a string");
  // Take the text out of the parsed value instead of copying it.
  doc->bytes = std::move(text->get_ref<std::string&>());
  if (doc->bytes.size() > max_doc_size) {
    return Status::Error("document larger than --max-doc-size (" +
                         std::to_string(doc->bytes.size()) + " > " + std::to_string(max_doc_size) +
                         " bytes)");
  }
  for (const char* key : {"outlet", "date", "url"}) {
    std::optional<std::string>* field = key[0] == 'o'   ? &doc->outlet
                                        : key[0] == 'd' ? &doc->date
                                                        : &doc->url;
    if (Status st = OptionalString(j, key, field); !st.ok()) return st;
  }
  if (doc->date && !IsIsoDate(*doc->date)) {
    return Status::Error("\"date\" must be YYYY-MM-DD, got \"" + *doc->date + "\"");
  }
  if (doc->outlet && doc->outlet->empty()) doc->outlet.reset();
  if (Status st = ValidateText(doc->bytes); !st.ok()) return Status::Error("text: " + st.message());
  return Status();
}

void AppendJsonlDocument(const Document& doc, std::string* out) {
  out->append("{\"id\":");
  AppendJsonString(doc.name, out);
  out->append(",\"text\":");
  AppendJsonString(doc.bytes, out);
  if (doc.outlet) {
    out->append(",\"outlet\":");
    AppendJsonString(*doc.outlet, out);
  }
  if (doc.date) {
    out->append(",\"date\":");
    AppendJsonString(*doc.date, out);
  }
  if (doc.url) {
    out->append(",\"url\":");
    AppendJsonString(*doc.url, out);
  }
  out->append("}\n");
}

bool LineReader::Fill() {
  if (eof_) return false;
  while (true) {
    ssize_t n = ::read(fd_, buf_, sizeof buf_);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) {
      error_ = std::string("cannot read: ") + std::strerror(errno);
      eof_ = true;
      return false;
    }
    pos_ = 0;
    end_ = static_cast<size_t>(n);
    if (n == 0) eof_ = true;
    return n > 0;
  }
}

bool LineReader::Next(std::string* line, bool* too_long) {
  line->clear();
  *too_long = false;
  bool any = false;  // saw at least one byte (or the newline) of this line
  while (true) {
    if (pos_ == end_ && !Fill()) {
      if (!any) return false;
      break;  // last line without a newline
    }
    any = true;
    const char* start = buf_ + pos_;
    const void* nl = std::memchr(start, '\n', end_ - pos_);
    size_t len = nl ? static_cast<size_t>(static_cast<const char*>(nl) - start) : end_ - pos_;
    if (!*too_long) {
      if (line->size() + len > max_line_) {
        *too_long = true;
        line->clear();
        line->shrink_to_fit();
      } else {
        line->append(start, len);
      }
    }
    pos_ += len;
    if (nl) {
      ++pos_;
      break;
    }
  }
  ++line_number_;
  if (!line->empty() && line->back() == '\r') line->pop_back();
  return true;
}

}  // namespace claims
