#include "claims/io/shard.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace claims {
namespace {

TEST(ShardHash, IsFnv1a64) {
  // Reference values of FNV-1a 64; the shard contract depends on them never changing.
  EXPECT_EQ(ShardHash(""), 0xcbf29ce484222325ULL);
  EXPECT_EQ(ShardHash("a"), 0xaf63dc4c8601ec8cULL);
  EXPECT_EQ(ShardHash("foobar"), 0x85944171f73967e8ULL);
}

TEST(ParseShard, AcceptsKOfN) {
  Shard s;
  std::string error;
  ASSERT_TRUE(ParseShard("2/3", &s, &error));
  EXPECT_EQ(s.index, 2u);
  EXPECT_EQ(s.count, 3u);
  ASSERT_TRUE(ParseShard("1/1", &s, &error));
  ASSERT_TRUE(ParseShard("1000000/1000000", &s, &error));
}

TEST(ParseShard, RejectsBadSyntaxAndRanges) {
  for (const char* bad : {"0/3", "4/3", "x", "", "1/", "/3", "1/0", "-1/3", "1/3/4", " 1/3",
                          "1/1000001", "1.5/3", "99999999999/3"}) {
    Shard s;
    std::string error;
    EXPECT_FALSE(ParseShard(bad, &s, &error)) << bad;
    EXPECT_FALSE(error.empty()) << bad;
  }
}

TEST(InShard, EveryNameInExactlyOneShard) {
  for (uint32_t n : {1u, 2u, 3u, 7u}) {
    std::vector<int> per_shard(n, 0);
    for (int i = 0; i < 300; ++i) {
      std::string name = "corpus/" + std::to_string(i) + ".txt";
      int hits = 0;
      for (uint32_t k = 1; k <= n; ++k) {
        if (InShard(name, Shard{k, n})) {
          ++hits;
          ++per_shard[k - 1];
        }
      }
      EXPECT_EQ(hits, 1) << name << " in " << n;
    }
    for (int c : per_shard) EXPECT_GT(c, 300 / static_cast<int>(n) / 2) << "unbalanced";
  }
  EXPECT_TRUE(InShard("foobar", Shard{static_cast<uint32_t>(1 + 0x85944171f73967e8ULL % 3), 3}));
}

}  // namespace
}  // namespace claims
