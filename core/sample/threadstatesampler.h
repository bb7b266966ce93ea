#pragma once

#include "core/trace/taskrecord.h"

#include <condition_variable>
#include <cstdint>
#include <functional>
#include <mutex>
#include <span>
#include <string>
#include <thread>
#include <vector>

namespace corescope {

/// Whether a thread is running, from /proc/PID/task/TID/stat: its third field is the state,
/// 'R' for running or runnable. Reads `fd` (that file, kept open) from offset 0 into `buffer`.
/// Returns 'R', 'S', 'D' ... or 0 when it cannot be read (the thread has ended).
char readThreadState(int fd, char *buffer, std::size_t size);

/// The state letter in the text of a stat file ("1234 (name) R 1 ..."): the first non-space
/// after the last ')' (a thread's name may hold spaces and parentheses). 0 when malformed.
char threadStateOf(std::string_view stat);

/// A thread's schedstat (/proc/PID/task/TID/schedstat, or /proc/thread-self/schedstat): its
/// time on a CPU and its time runnable but waiting for one, in ns, so far. -1 each when it
/// cannot be read (the thread has ended).
struct SchedStat {
    std::int64_t onCpuNs = -1;
    std::int64_t waitingNs = -1;
};
/// Reads `fd` (that file, kept open) from offset 0 into `buffer`.
SchedStat readSchedStat(int fd, char *buffer, std::size_t size);
/// readSchedStat's onCpuNs.
std::int64_t readThreadCpuNs(int fd, char *buffer, std::size_t size);

/// Samples some threads of another process (Python's threads) at a fixed rate on its own
/// thread and turns the time each ran into sampled GilHold slices. Under a GIL only the holder
/// runs, so the slices show who held it, to about one sampling period.
///
/// "Ran" is measured by the thread's on-CPU time (schedstat): at each reading, the time it
/// gained since the last one is placed just before the reading; such pieces that touch (within
/// one period) make one slice. The state letter of /proc/PID/task/TID/stat ('R') is the
/// fallback for a kernel without schedstat, but it also says R for a thread that waits for a
/// core: on a loaded machine two threads are "R" together for tens of ms around a hand-over.
///
/// Linux only (/proc); elsewhere no thread can be added and nothing is sampled.
class ThreadStateSampler {
public:
    /// The sampling period: 1 ms (1000 Hz; the slices are meant for >= 500 Hz). One sweep
    /// costs one pread() per thread (`corescope-bench figures --only gil_sampler`).
    static constexpr std::int64_t kPeriodNs = 1'000'000;
    /// A slice stays open this long after its end: the kernel adds a running thread's on-CPU
    /// time at each scheduler tick (1-10 ms), so a reading can show time that ran well before it.
    static constexpr std::int64_t kCloseAfterNs = 50'000'000;

    /// Receives finished slices, on the sampler's thread, a sweep's worth at a time.
    using Sink = std::function<void(std::span<const GilHold>)>;
    /// The run's clock for an absolute CLOCK_MONOTONIC time (slices are stamped in run time
    /// when they are handed over, so a clock moved before that is honoured).
    using ToRunNs = std::function<std::int64_t(std::int64_t monoNs)>;

    ThreadStateSampler(Sink sink, ToRunNs toRun, std::int64_t periodNs = kPeriodNs);
    ~ThreadStateSampler();   ///< stops (closing open slices) and joins
    ThreadStateSampler(const ThreadStateSampler &) = delete;
    ThreadStateSampler &operator=(const ThreadStateSampler &) = delete;

    /// Starts sampling `tid` of `pid` as worker `worker`; starts the sampling thread on the
    /// first call. False when its stat file cannot be opened. Any thread.
    bool addThread(int worker, std::int32_t pid, std::int32_t tid);
    /// Stops sampling: every open slice is handed over before it returns. Safe to call more
    /// than once. (While sampling, a slice is handed over once the next one of its thread
    /// begins, or kCloseAfterNs after it ended.)
    void stop();

    /// Sweeps taken so far and their mean duration (the cost of one sweep), for the bench.
    std::uint64_t sweeps() const;
    std::int64_t meanSweepNs() const;
    /// The longest time between the starts of two sweeps in a row: how far a slice can be off
    /// (the period asked, or more when the machine kept the sampler waiting). 0 before two.
    std::int64_t longestGapNs() const;

private:
    struct Watched {
        int worker = -1;
        int fd = -1;                  // schedstat, or stat when `byState`
        bool byState = false;         // the fallback: state letters, not on-CPU time
        std::int64_t lastCpuNs = -1;  // on-CPU time at the last reading
        std::int64_t sliceStart = -1; // absolute; -1 = no slice open
        std::int64_t sliceEnd = -1;
    };
    void loop();
    void sweep(std::vector<GilHold> &out);
    void extend(Watched &w, std::int64_t from, std::int64_t to, std::vector<GilHold> &out);
    void close(Watched &w, std::vector<GilHold> &out);

    Sink m_sink;
    ToRunNs m_toRun;
    const std::int64_t m_periodNs;
    mutable std::mutex m_mutex;
    std::condition_variable m_wake;
    std::vector<Watched> m_watched;   // under m_mutex
    bool m_stopRequested = false;
    std::uint64_t m_sweeps = 0;
    std::int64_t m_sweepNsTotal = 0;
    std::int64_t m_lastSweepNs = -1;
    std::int64_t m_longestGapNs = 0;
    std::thread m_thread;
};

} // namespace corescope
