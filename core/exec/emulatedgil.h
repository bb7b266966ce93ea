#pragma once

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <mutex>
#include <stop_token>
#include <thread>

namespace corescope {

/// One global lock shaped like CPython's (3.2+) GIL, so native threads show Python's behaviour:
/// a thread that has waited one switch interval without the holder changing asks the holder to
/// drop the lock; the holder drops it at its next checkpoint and does not take it back until
/// another thread has had it (CPython's FORCE_SWITCHING). Waits (sleep, I/O) run without it.
///
/// With two CPU-bound threads each hold lasts about one switch interval (tests/tst_emulatedgil).
/// Threads are told apart by std::thread::id: give each run its own EmulatedGil, as the
/// executor does, so an id reused by a later thread is never compared with a finished one.
class EmulatedGil {
public:
    explicit EmulatedGil(std::chrono::nanoseconds switchInterval) : m_interval(switchInterval) {}
    EmulatedGil(const EmulatedGil &) = delete;
    EmulatedGil &operator=(const EmulatedGil &) = delete;

    /// Blocks until this thread holds the GIL; false if `stop` was requested first. Any thread.
    bool acquire(const std::stop_token &stop);
    /// The holder lets go (before a wait, or at the end of a task).
    void release();
    /// Cheap check for the holder's compute loop.
    bool dropRequested() const { return m_dropRequest.load(std::memory_order_relaxed); }
    /// The holder gives the GIL away (after a drop request) and takes it back after another
    /// thread had it, or after one switch interval in which nobody took it (the requester gave
    /// up). False if stopped while waiting to get it back.
    bool yield(const std::stop_token &stop);
    /// Changes of holder: acquisitions by a thread other than the previous holder, as CPython's
    /// switch_number counts them. The first acquisition ever is not one (there was no holder
    /// before), nor is a thread taking back the lock it released last (after a wait, or in
    /// yield() when nobody else took it). One thread alone: 0, however often it acquires.
    std::uint64_t switches() const;

private:
    using Clock = std::chrono::steady_clock;
    // acquire() with m_mutex held; the first drop request may go out at `firstRequestAt`.
    bool acquireLocked(std::unique_lock<std::mutex> &lock, const std::stop_token &stop,
                       Clock::time_point firstRequestAt);

    const std::chrono::nanoseconds m_interval;
    mutable std::mutex m_mutex;
    std::condition_variable m_released;   // the GIL became free
    std::condition_variable m_switched;   // another thread took it
    bool m_locked = false;
    std::thread::id m_lastHolder;          // none until the first acquisition
    std::uint64_t m_switches = 0;          // see switches()
    Clock::time_point m_acquiredAt;        // the holder's latest acquisition
    std::atomic<bool> m_dropRequest{false};
};

} // namespace corescope
