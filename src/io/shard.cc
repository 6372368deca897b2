#include "claims/io/shard.h"

#include <charconv>

namespace claims {
namespace {

bool ParseNumber(std::string_view s, uint32_t* out) {
  if (s.empty() || s.size() > 9) return false;
  for (char c : s) {
    if (c < '0' || c > '9') return false;
  }
  auto [ptr, ec] = std::from_chars(s.data(), s.data() + s.size(), *out);
  return ec == std::errc() && ptr == s.data() + s.size();
}

}  // namespace

bool ParseShard(std::string_view spec, Shard* shard, std::string* error) {
  size_t slash = spec.find('/');
  uint32_t k = 0, n = 0;
  if (slash == std::string_view::npos || !ParseNumber(spec.substr(0, slash), &k) ||
      !ParseNumber(spec.substr(slash + 1), &n)) {
    *error = "must be K/N, e.g. 2/3";
    return false;
  }
  if (n < 1 || n > kMaxShards) {
    *error = "N must be from 1 to " + std::to_string(kMaxShards);
    return false;
  }
  if (k < 1 || k > n) {
    *error = "K must be from 1 to N (" + std::to_string(n) + ")";
    return false;
  }
  shard->index = k;
  shard->count = n;
  return true;
}

uint64_t ShardHash(std::string_view name) {
  uint64_t h = 14695981039346656037ULL;
  for (unsigned char c : name) {
    h ^= c;
    h *= 1099511628211ULL;
  }
  return h;
}

bool InShard(std::string_view name, const Shard& shard) {
  if (shard.count <= 1) return true;
  return ShardHash(name) % shard.count == shard.index - 1;
}

}  // namespace claims
