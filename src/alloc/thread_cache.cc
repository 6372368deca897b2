// A cache of small freed blocks in front of malloc, one per thread, behind the global
// operator new and delete.
//
// Extracting a document allocates and frees a few hundred small blocks (tokens,
// strings, regex scratch), most of them again for the next document. glibc's own
// per-thread cache keeps only 7 blocks of each size; past that, malloc and free go to
// the arena, and take its lock whenever more than one thread runs. Here each thread
// keeps up to kMaxPerClass freed blocks of each 16-byte size class up to kLargest bytes
// (and at most kMaxBytes in all) and hands them out again without a lock. Larger
// blocks, and blocks past those limits, go to malloc and free directly. A thread's
// cache is given back to malloc when the thread ends.
//
// Blocks keep malloc's layout, so a block freed on another thread than the one that
// allocated it is simply cached (or freed) there. The class of a block being freed is
// read from its usable size: a block in class k always has room for k * kGrain bytes.
//
// Sanitizer builds leave this file out, so that ASan sees every allocation and free.
#include <malloc.h>

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <new>

namespace {

constexpr size_t kGrain = 16;      // size classes are multiples of this
constexpr size_t kLargest = 1024;  // largest request served from the cache
constexpr size_t kClasses = kLargest / kGrain + 1;
constexpr uint32_t kMaxPerClass = 512;
constexpr size_t kMaxBytes = size_t{2} << 20;

struct FreeBlock {
  FreeBlock* next;
};

enum class State : uint8_t { kUnused, kLive, kClosed };

// Trivially constructible and destructible, so that reaching it costs no guard; the
// Closer below empties it when the thread ends.
struct Cache {
  FreeBlock* head[kClasses];
  uint32_t count[kClasses];
  size_t bytes;
  State state;
};

constinit thread_local Cache t_cache{};

void Close() {
  Cache& c = t_cache;
  for (size_t k = 0; k < kClasses; ++k) {
    while (FreeBlock* b = c.head[k]) {
      c.head[k] = b->next;
      std::free(b);
    }
    c.count[k] = 0;
  }
  c.bytes = 0;
  // Blocks freed later in the thread's exit (other thread-local destructors) go to
  // free() directly.
  c.state = State::kClosed;
}

struct Closer {
  ~Closer() { Close(); }
};

// Arranges for the cache to be emptied when the calling thread ends.
void Open() {
  static thread_local Closer closer;
  (void)&closer;
  t_cache.state = State::kLive;
}

inline size_t ClassOf(size_t n) { return n == 0 ? 1 : (n + kGrain - 1) / kGrain; }

void* Allocate(size_t n) {
  if (n <= kLargest) {
    size_t k = ClassOf(n);
    Cache& c = t_cache;
    if (FreeBlock* b = c.head[k]) {
      c.head[k] = b->next;
      --c.count[k];
      c.bytes -= k * kGrain;
      return b;
    }
    n = k * kGrain;
  }
  while (true) {
    if (void* p = std::malloc(n)) return p;
    std::new_handler handler = std::get_new_handler();
    if (!handler) throw std::bad_alloc();
    handler();
  }
}

// Caches `p` as a block of class `k` (0 when it is too large to cache).
void Release(void* p, size_t k) {
  Cache& c = t_cache;
  if (k == 0 || k >= kClasses || c.state == State::kClosed || c.count[k] >= kMaxPerClass ||
      c.bytes + k * kGrain > kMaxBytes) {
    std::free(p);
    return;
  }
  if (c.state == State::kUnused) Open();
  auto* b = static_cast<FreeBlock*>(p);
  b->next = c.head[k];
  c.head[k] = b;
  ++c.count[k];
  c.bytes += k * kGrain;
}

void Free(void* p) {
  if (!p) return;
  size_t k = ::malloc_usable_size(p) / kGrain;
  Release(p, k < kClasses ? k : 0);
}

void FreeSized(void* p, size_t n) {
  if (!p) return;
  // Requests up to kLargest were given a block of their class (or of a larger one).
  Release(p, n <= kLargest ? ClassOf(n) : 0);
}

}  // namespace

void* operator new(size_t n) { return Allocate(n); }
void* operator new[](size_t n) { return Allocate(n); }
void* operator new(size_t n, const std::nothrow_t&) noexcept {
  try {
    return Allocate(n);
  } catch (...) {
    return nullptr;
  }
}
void* operator new[](size_t n, const std::nothrow_t&) noexcept {
  try {
    return Allocate(n);
  } catch (...) {
    return nullptr;
  }
}
void operator delete(void* p) noexcept { Free(p); }
void operator delete[](void* p) noexcept { Free(p); }
void operator delete(void* p, size_t n) noexcept { FreeSized(p, n); }
void operator delete[](void* p, size_t n) noexcept { FreeSized(p, n); }
void operator delete(void* p, const std::nothrow_t&) noexcept { Free(p); }
void operator delete[](void* p, const std::nothrow_t&) noexcept { Free(p); }
