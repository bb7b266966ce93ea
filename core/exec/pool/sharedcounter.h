#pragma once

// The shared_counter kernel's counter in memory shared with the worker processes (the syncs of
// counterInSharedMemory(): SharedMemory and SharedMemoryLocked): a memory file each worker maps
// (app/worker/main.cpp).

#include <atomic>
#include <cstdint>
#include <string>

namespace corescope::pool {

/// A lock-free 64-bit atomic in a memory file (memfd, close-on-exec); the file's descriptor is
/// what a worker inherits. Owns the mapping and the descriptor.
class SharedCounter final {
public:
    SharedCounter() = default;
    ~SharedCounter();
    SharedCounter(const SharedCounter &) = delete;
    SharedCounter &operator=(const SharedCounter &) = delete;

    /// Creates the file and maps it, starting at 0. False with `error` when it could not.
    bool create(std::string &error);
    /// The memory file; -1 before create().
    int fd() const { return m_fd; }
    /// What the workers added up so far; 0 before create().
    std::uint64_t value() const { return m_counter ? m_counter->load() : 0; }
    bool created() const { return m_counter != nullptr; }

private:
    int m_fd = -1;
    std::atomic<std::uint64_t> *m_counter = nullptr;
};

} // namespace corescope::pool
