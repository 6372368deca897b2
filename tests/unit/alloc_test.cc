// The per-thread cache behind operator new and delete (src/alloc/thread_cache.cc).
// These checks run on whatever allocator the build links: with sanitizers they check
// the sanitizer's, and the test of what a thread gives back is skipped.
#include <gtest/gtest.h>
#include <malloc.h>

#include <cstdint>
#include <cstring>
#include <memory>
#include <new>
#include <thread>
#include <vector>

namespace {

// A block filled with a pattern of its own, so that a block handed out twice, or
// overwritten by the cache's own bookkeeping, shows.
struct Filled {
  unsigned char* p;
  size_t n;
  unsigned char seed;
};

Filled Make(size_t n, unsigned char seed) {
  auto* p = static_cast<unsigned char*>(::operator new(n));
  for (size_t i = 0; i < n; ++i) p[i] = static_cast<unsigned char>(seed + i);
  return {p, n, seed};
}

bool Intact(const Filled& f) {
  for (size_t i = 0; i < f.n; ++i) {
    if (f.p[i] != static_cast<unsigned char>(f.seed + i)) return false;
  }
  return true;
}

TEST(ThreadCache, BlocksOfEverySizeAreAlignedDistinctAndKeepTheirBytes) {
  for (int round = 0; round < 3; ++round) {
    std::vector<Filled> live;
    for (size_t n = 0; n <= 2100; n += (n < 64 ? 1 : 7)) {
      live.push_back(Make(n, static_cast<unsigned char>(n + round)));
      EXPECT_EQ(reinterpret_cast<uintptr_t>(live.back().p) % __STDCPP_DEFAULT_NEW_ALIGNMENT__, 0u)
          << n;
    }
    // Free every other block, allocate the same sizes again, and check that no live
    // block was handed out twice or written to.
    std::vector<Filled> again;
    for (size_t i = 0; i < live.size(); i += 2) {
      ::operator delete(live[i].p, live[i].n);
      again.push_back(Make(live[i].n, static_cast<unsigned char>(live[i].seed ^ 0x5a)));
    }
    for (size_t i = 1; i < live.size(); i += 2) {
      EXPECT_TRUE(Intact(live[i])) << live[i].n;
      ::operator delete(live[i].p);  // unsized: the class is read from the block
    }
    for (const Filled& f : again) {
      EXPECT_TRUE(Intact(f)) << f.n;
      ::operator delete(f.p, f.n);
    }
  }
}

TEST(ThreadCache, BlocksFreedOnAnotherThreadAreReusedSafely) {
  // Producers allocate, consumers check and free: every block changes threads, and
  // both sides allocate again from what they cached.
  constexpr int kThreads = 4, kBlocks = 4000;
  std::vector<std::vector<Filled>> made(kThreads);
  std::vector<std::thread> threads;
  for (int t = 0; t < kThreads; ++t) {
    threads.emplace_back([&, t] {
      for (int i = 0; i < kBlocks; ++i) {
        made[t].push_back(Make(static_cast<size_t>(8 + (i * 37 + t * 11) % 1500),
                               static_cast<unsigned char>(i + t)));
      }
    });
  }
  for (auto& th : threads) th.join();
  threads.clear();
  std::vector<int> bad(kThreads, 0);
  for (int t = 0; t < kThreads; ++t) {
    threads.emplace_back([&, t] {
      const auto& mine = made[(t + 1) % kThreads];
      std::vector<Filled> fresh;
      for (const Filled& f : mine) {
        if (!Intact(f)) ++bad[t];
        ::operator delete(f.p, f.n);
        fresh.push_back(Make(f.n, static_cast<unsigned char>(f.seed + 1)));
      }
      for (const Filled& f : fresh) {
        if (!Intact(f)) ++bad[t];
        ::operator delete(f.p);
      }
    });
  }
  for (auto& th : threads) th.join();
  for (int t = 0; t < kThreads; ++t) EXPECT_EQ(bad[t], 0) << t;
}

TEST(ThreadCache, ContainersAndArraysWork) {
  std::vector<std::unique_ptr<std::string>> v;
  for (int i = 0; i < 3000; ++i) {
    v.push_back(std::make_unique<std::string>(static_cast<size_t>(i % 700), 'a' + i % 26));
  }
  for (int i = 0; i < 3000; ++i) {
    ASSERT_EQ(v[static_cast<size_t>(i)]->size(), static_cast<size_t>(i % 700));
    if (i % 700) {
      ASSERT_EQ((*v[static_cast<size_t>(i)])[0], 'a' + i % 26);
    }
  }
  auto* arr = new std::string[17];
  arr[16] = "last";
  EXPECT_EQ(arr[16], "last");
  delete[] arr;
  auto* raw = new (std::nothrow) char[100];
  ASSERT_NE(raw, nullptr);
  delete[] raw;
}

TEST(ThreadCache, AThreadGivesItsCacheBackWhenItEnds) {
#ifndef CLAIMS_THREAD_CACHE_BUILT
  GTEST_SKIP() << "built without the thread cache";
#else
  size_t before = mallinfo2().uordblks;
  std::thread([] {
    std::vector<void*> blocks;
    for (int i = 0; i < 2000; ++i) blocks.push_back(::operator new(512));
    for (void* p : blocks) ::operator delete(p);
  }).join();
  size_t after = mallinfo2().uordblks;
  // The thread cached hundreds of KB of freed blocks; once it ended they are free.
  EXPECT_LT(after, before + (size_t{64} << 10));
#endif
}

}  // namespace
