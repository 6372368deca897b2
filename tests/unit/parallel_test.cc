#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
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

TEST(RunOrdered, EmptyInput) { EXPECT_TRUE(RunPool(3, 0).empty()); }

}  // namespace
}  // namespace claims
