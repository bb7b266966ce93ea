#pragma once

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <mutex>
#include <stop_token>

namespace corescope {

/// One global lock shaped like CPython's (3.2+) GIL, so native threads show Python's behaviour:
/// a thread that has waited one switch interval asks the holder to drop the lock; the holder
/// drops it at its next checkpoint and does not take it back until another thread has had it
/// (CPython's FORCE_SWITCHING). Waits (sleep, I/O) run without it.
class EmulatedGil {
public:
    explicit EmulatedGil(std::chrono::nanoseconds switchInterval) : m_interval(switchInterval) {}
    EmulatedGil(const EmulatedGil &) = delete;
    EmulatedGil &operator=(const EmulatedGil &) = delete;

    /// Blocks until this thread holds the GIL; false if `stop` was requested first.
    bool acquire(const std::stop_token &stop);
    void release();
    /// Cheap check for the holder's compute loop.
    bool dropRequested() const { return m_dropRequest.load(std::memory_order_relaxed); }
    /// The holder gives the GIL away (after a drop request) and takes it back after another
    /// thread had it. False if stopped while waiting to get it back.
    bool yield(const std::stop_token &stop);
    std::uint64_t switches() const;

private:
    const std::chrono::nanoseconds m_interval;
    mutable std::mutex m_mutex;
    std::condition_variable m_released;   // the GIL became free
    std::condition_variable m_switched;   // another thread took it
    bool m_locked = false;
    std::uint64_t m_switchNumber = 0;      // bumped on every acquisition
    std::atomic<bool> m_dropRequest{false};
};

} // namespace corescope
