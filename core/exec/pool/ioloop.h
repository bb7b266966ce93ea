#pragma once

// poll() over the descriptors of a set of peers, plus a wake-up another thread can ring.

#include <poll.h>

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace corescope::pool {

/// One round of waiting: add() the descriptors to watch, wait(), then ask which are ready.
/// With openWake(), wake() (from any thread, e.g. a std::stop_callback) ends a wait() at once.
/// Knows nothing of processes or frames. Not thread-safe except wake().
class IoLoop final {
public:
    IoLoop() = default;
    ~IoLoop();
    IoLoop(const IoLoop &) = delete;
    IoLoop &operator=(const IoLoop &) = delete;

    /// Creates the wake-up (an eventfd). False with `error` when it could not.
    bool openWake(std::string &error);
    /// Ends the current or the next wait() with Woken. Thread-safe, async-signal-safe.
    void wake() const;

    /// Forgets the descriptors of the last round.
    void clear();
    /// Watches `fd` for reading (and end of stream), and for room to write when `wantWrite`.
    /// Returns its index for readable() / writable() / ready().
    std::size_t add(int fd, bool wantWrite);
    /// How many descriptors were added this round.
    std::size_t size() const { return m_fds.size() - m_first; }

    enum class Wait : std::uint8_t {
        Ready,          ///< some descriptors are ready, or the time ran out (none is)
        Woken,          ///< wake() was called (its count is consumed); nothing else is looked at
        Interrupted,    ///< a signal interrupted the wait (EINTR): start the round again
        Failed,         ///< poll() failed: errno says why
    };
    /// Waits up to `timeoutMs` (-1: no limit).
    Wait wait(int timeoutMs);

    bool readable(std::size_t i) const { return (revents(i) & (POLLIN | POLLHUP | POLLERR)) != 0; }
    bool writable(std::size_t i) const { return (revents(i) & POLLOUT) != 0; }
    /// Any event at all (readable, hung up, error, invalid).
    bool ready(std::size_t i) const { return revents(i) != 0; }

    /// Whole milliseconds from now to `deadline`, rounded down; <= 0 when it has passed.
    static long long msUntil(std::chrono::steady_clock::time_point deadline);

private:
    short revents(std::size_t i) const { return m_fds[m_first + i].revents; }

    std::vector<pollfd> m_fds;   // the wake-up first (when open), then the added ones
    std::size_t m_first = 0;
    int m_wakeFd = -1;
};

} // namespace corescope::pool
