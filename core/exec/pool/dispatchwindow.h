#pragma once

// Which tasks go out next: the process pool's queue of tasks not yet sent to any worker.

#include <cstdint>
#include <deque>
#include <span>

namespace corescope::pool {

/// A run of consecutive task indices.
struct TaskRange {
    std::uint32_t first = 0;
    std::uint32_t count = 0;
    friend bool operator==(const TaskRange &, const TaskRange &) = default;
};

/// Tasks 0 .. total-1, handed out a chunk (at most `chunksize` tasks) at a time: tasks given back
/// (a dead worker's unfinished ones) first, in the order given back, then the next ones in index
/// order. Every task is handed out exactly once, plus once more each time it is given back. It
/// does not care which worker takes a chunk, nor in which order chunks finish. Not thread-safe
/// (the pool's one thread).
class DispatchWindow final {
public:
    /// Precondition: chunksize >= 1, total < 2^32.
    DispatchWindow(std::uint64_t total, std::uint64_t chunksize);

    std::uint64_t total() const { return m_total; }
    std::uint64_t chunksize() const { return m_chunksize; }
    /// How many chunks the run has (given-back tasks aside): ceil(total / chunksize).
    std::uint64_t chunkCount() const { return (m_total + m_chunksize - 1) / m_chunksize; }

    /// Tasks left to hand out (given back or never sent).
    bool hasWork() const { return !m_givenBack.empty() || m_next < m_total; }
    /// Given-back tasks are waiting (they go to the workers with room before any new worker).
    bool hasGivenBack() const { return !m_givenBack.empty(); }

    /// The next chunk, never empty. Precondition: hasWork().
    TaskRange take();
    /// Tasks to hand out again before all others, in this order (a dead worker's unfinished
    /// tasks, in the order it was sent them).
    void giveBack(std::span<const TaskRange> ranges);

private:
    std::uint64_t m_total;
    std::uint64_t m_chunksize;
    std::uint64_t m_next = 0;               // first task never handed out
    std::deque<TaskRange> m_givenBack;
};

} // namespace corescope::pool
