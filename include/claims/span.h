// Half-open byte ranges and the small value types every stage shares.
//
// A Span is [begin, end) in bytes. Inside the pipeline spans index the normalized
// text of a document (see normalize/normalizer.h); the emit stage maps them back to
// byte offsets of the original file.
//
//   claims::Span s{4, 9};
//   std::string_view word = s.View(text);  // text.substr(4, 5)
#ifndef CLAIMS_SPAN_H_
#define CLAIMS_SPAN_H_

#include <cstdint>
#include <string>
#include <string_view>

namespace claims {

struct Span {
  uint32_t begin = 0;
  uint32_t end = 0;

  uint32_t size() const { return end > begin ? end - begin : 0; }
  bool empty() const { return end <= begin; }
  bool Contains(uint32_t pos) const { return pos >= begin && pos < end; }
  bool Contains(Span other) const { return other.begin >= begin && other.end <= end; }
  bool Overlaps(Span other) const { return other.begin < end && begin < other.end; }
  std::string_view View(std::string_view text) const {
    if (begin >= text.size()) return {};
    return text.substr(begin, size());
  }
  friend bool operator==(Span a, Span b) { return a.begin == b.begin && a.end == b.end; }
  friend bool operator<(Span a, Span b) {
    return a.begin != b.begin ? a.begin < b.begin : a.end < b.end;
  }
};

// A per-document outcome in the style of re2's ok()/error(): the driver reports the
// message as `claims: NAME: message` and goes on with the other documents.
class Status {
 public:
  Status() = default;
  static Status Error(std::string message) { return Status(std::move(message)); }
  bool ok() const { return message_.empty(); }
  const std::string& message() const { return message_; }

 private:
  explicit Status(std::string message) : message_(std::move(message)) {}
  std::string message_;
};

}  // namespace claims

#endif  // CLAIMS_SPAN_H_
