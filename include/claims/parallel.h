// RunOrdered: a small worker pool whose results come out in input order.
//
// `next` hands out inputs one at a time (called under a lock, so it may read a
// stream); `work` runs on `jobs` threads (the calling thread and jobs - 1 others);
// `sink` receives the results strictly in the order `next` produced them, one at a time
// (never two at once), on whichever thread finds the next result ready: a thread that
// finishes a document writes it, and any that follow it in order, itself, so no thread
// waits to be woken for each result. At most `window` results are in flight, so memory
// stays flat however many inputs there are. When `sink` returns false (a closed pipe),
// no new work starts and the call returns. When `next`, `work` or `sink` throws, no new
// work starts, the threads are joined, and the first exception is rethrown to the
// caller (never std::terminate).
//
//   claims::RunOrdered<Input, Result>(jobs, 4 * jobs,
//       [&](Input* in) { return NextInput(in); },
//       [&](Input& in) { return Process(in); },
//       [&](Result& r) { return Write(r); });
#ifndef CLAIMS_PARALLEL_H_
#define CLAIMS_PARALLEL_H_

#include <condition_variable>
#include <cstddef>
#include <exception>
#include <functional>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

namespace claims {

// `next`, `work` and `sink` are any callables of the shapes bool(In*), Out(In&) and
// bool(Out&): taken as they are (no std::function), so a call of RunOrdered allocates
// nothing for them and calls them directly.
template <typename In, typename Out, typename Next, typename Work, typename Sink>
void RunOrdered(int jobs, size_t window, Next&& next, Work&& work, Sink&& sink) {
  if (jobs <= 1) {
    In in;
    while (next(&in)) {
      Out out = work(in);
      if (!sink(out)) return;
    }
    return;
  }
  if (window < static_cast<size_t>(jobs)) window = static_cast<size_t>(jobs);
  std::mutex mu;
  std::condition_variable can_take;
  // Finished results not yet written, input number n at n % window: at most `window`
  // inputs are in flight (from `written` on), so no two share a slot.
  std::vector<std::optional<Out>> ready(window);
  size_t produced = 0, written = 0;
  bool exhausted = false, stop = false;
  bool writing = false;      // a thread is in `sink`; it writes whatever follows too
  std::exception_ptr error;  // the first exception of next, work or sink

  // Called with `mu` held.
  auto fail = [&](std::exception_ptr e) {
    if (!error) error = e;
    stop = true;
    can_take.notify_all();
  };
  // Called with `lock` held: writes the results that are next in order, unless another
  // thread is writing (it goes on with them when its own write is done).
  auto drain = [&](std::unique_lock<std::mutex>& lock) {
    if (writing) return;
    writing = true;
    while (!stop) {
      std::optional<Out>& slot = ready[written % window];
      if (!slot) break;
      Out out = std::move(*slot);
      slot.reset();
      lock.unlock();
      bool go_on = false;
      std::exception_ptr e;
      try {
        go_on = sink(out);
      } catch (...) {
        e = std::current_exception();
      }
      lock.lock();
      ++written;
      can_take.notify_all();
      if (e) {
        fail(e);
        break;
      }
      if (!go_on) {
        stop = true;
        can_take.notify_all();
        break;
      }
    }
    writing = false;
  };
  auto worker = [&] {
    std::unique_lock<std::mutex> lock(mu);
    while (true) {
      drain(lock);
      can_take.wait(lock, [&] { return stop || exhausted || produced - written < window; });
      if (stop || exhausted) break;
      In in;
      bool got = false;
      try {
        got = next(&in);
      } catch (...) {
        fail(std::current_exception());
        break;
      }
      if (!got) {
        exhausted = true;
        can_take.notify_all();
        break;
      }
      size_t seq = produced++;
      lock.unlock();
      std::optional<Out> out;
      std::exception_ptr e;
      try {
        out.emplace(work(in));
      } catch (...) {
        e = std::current_exception();
      }
      lock.lock();
      if (e) {
        fail(e);
        break;
      }
      ready[seq % window].emplace(std::move(*out));
    }
    // Results finished by others while this one was working may be next in order.
    drain(lock);
  };
  std::vector<std::thread> threads;
  threads.reserve(static_cast<size_t>(jobs - 1));
  for (int i = 1; i < jobs; ++i) threads.emplace_back(worker);
  worker();
  for (auto& t : threads) t.join();
  if (error) std::rethrow_exception(error);
}

}  // namespace claims

#endif  // CLAIMS_PARALLEL_H_
