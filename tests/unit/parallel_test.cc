#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <stdexcept>
#include <string>
#include <thread>

#include "claims/parallel.h"

namespace claims {
namespace {

std::vector<int> RunPool(int jobs, int n, int stop_after = -1) {
  int next = 0;
  std::vector<int> got;
  RunOrdered<int, int>(
      jobs, 8,
      [&](int* in) {
        if (next >= n) return false;
        *in = next++;
        return true;
      },
      [](int& in) {
        // Uneven work so results finish out of order.
        std::this_thread::sleep_for(std::chrono::microseconds((in * 7919) % 300));
        return in * 2;
      },
      [&](int& out) {
        got.push_back(out);
        return stop_after < 0 || static_cast<int>(got.size()) < stop_after;
      });
  return got;
}

TEST(RunOrdered, KeepsInputOrderForAnyJobs) {
  std::vector<int> want;
  for (int i = 0; i < 200; ++i) want.push_back(2 * i);
  for (int jobs : {1, 2, 3, 8}) EXPECT_EQ(RunPool(jobs, 200), want) << jobs;
}

TEST(RunOrdered, StopsWhenSinkRefuses) {
  auto got = RunPool(4, 1000, 10);
  ASSERT_EQ(got.size(), 10u);
  EXPECT_EQ(got.back(), 18);
}

// The sink may run on any of the threads, but never on two at once, and it sees
// every result exactly once.
TEST(RunOrdered, SinkCallsNeverOverlap) {
  for (int jobs : {2, 3, 8}) {
    int next = 0;
    std::atomic<int> in_sink{0};
    int overlaps = 0;
    std::vector<int> got;
    RunOrdered<int, int>(
        jobs, 4,
        [&](int* in) {
          if (next >= 500) return false;
          *in = next++;
          return true;
        },
        [](int& in) {
          std::this_thread::sleep_for(std::chrono::microseconds((in * 104729) % 50));
          return in;
        },
        [&](int& out) {
          if (in_sink.fetch_add(1) != 0) ++overlaps;
          std::this_thread::sleep_for(std::chrono::microseconds(out % 20));
          got.push_back(out);
          in_sink.fetch_sub(1);
          return true;
        });
    EXPECT_EQ(overlaps, 0) << jobs;
    ASSERT_EQ(got.size(), 500u) << jobs;
    for (size_t i = 0; i < got.size(); ++i) ASSERT_EQ(got[i], static_cast<int>(i)) << jobs;
  }
}

TEST(RunOrdered, EmptyInput) { EXPECT_TRUE(RunPool(3, 0).empty()); }

// An exception in any callback reaches the caller after the threads are joined
// (a write error in the sink used to end the process through std::terminate).
TEST(RunOrdered, RethrowsExceptionsOfWorkSinkAndNext) {
  for (int jobs : {1, 2, 4}) {
    for (const char* where : {"next", "work", "sink"}) {
      int next = 0;
      std::vector<int> got;
      auto run = [&] {
        RunOrdered<int, int>(
            jobs, 8,
            [&](int* in) {
              if (std::string(where) == "next" && next == 50) throw std::runtime_error("next");
              if (next >= 1000) return false;
              *in = next++;
              return true;
            },
            [&](int& in) {
              if (std::string(where) == "work" && in == 50) throw std::runtime_error("work");
              return in;
            },
            [&](int& out) {
              if (std::string(where) == "sink" && out == 50) throw std::runtime_error("sink");
              got.push_back(out);
              return true;
            });
      };
      EXPECT_THROW(run(), std::runtime_error) << jobs << " " << where;
      EXPECT_LE(got.size(), 50u) << jobs << " " << where;
      for (size_t i = 0; i < got.size(); ++i) EXPECT_EQ(got[i], static_cast<int>(i));
    }
  }
}

}  // namespace
}  // namespace claims
