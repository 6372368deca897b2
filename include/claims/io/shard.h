// Shard: which documents one of N independent runs takes, so that N runs cover a
// corpus exactly once (`claims extract --shard K/N`).
//
// A document belongs to shard K of N (1 <= K <= N) when
//
//     FNV-1a-64(name) mod N == K - 1
//
// where `name` is the document's name as emitted in `doc`: the path as given on the
// command line, or the `id` of a JSON Lines document. FNV-1a 64 (offset basis
// 14695981039346656037, prime 1099511628211, over the name's bytes) is fixed by this
// contract, so the assignment is the same on every platform, compiler and release.
// Runs of one corpus must spell its paths the same way (`corpus/a.txt` and
// `./corpus/a.txt` are different names).
//
//   claims::Shard shard;
//   std::string error;
//   if (!claims::ParseShard("2/3", &shard, &error)) throw ...;
//   if (claims::InShard("corpus/a.txt", shard)) { /* this run takes it */ }
#ifndef CLAIMS_IO_SHARD_H_
#define CLAIMS_IO_SHARD_H_

#include <cstdint>
#include <string>
#include <string_view>

namespace claims {

struct Shard {
  uint32_t index = 1;  // K, 1-based
  uint32_t count = 1;  // N; 1/1 takes every document
};

// Largest N accepted by ParseShard.
inline constexpr uint32_t kMaxShards = 1000000;

// Parses "K/N" (decimal, 1 <= K <= N <= kMaxShards). On failure returns false and sets
// `error` to a message naming the problem.
bool ParseShard(std::string_view spec, Shard* shard, std::string* error);

// FNV-1a 64 of the bytes of `name`.
uint64_t ShardHash(std::string_view name);

// Whether the document called `name` belongs to `shard`.
bool InShard(std::string_view name, const Shard& shard);

}  // namespace claims

#endif  // CLAIMS_IO_SHARD_H_
