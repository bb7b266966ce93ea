#pragma once

#include "core/trace/runrecorder.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace corescope {

/// The one way a runtime whose tasks run elsewhere (another process, another interpreter, a
/// real Python pool) feeds a run's recorder. It turns the runtime's trace events into the
/// recorder's task and worker records, so the live charts, the table, the diagnosis, the
/// exports and saved runs work for that runtime unchanged: a new runtime is one Executor that
/// reads its own events and calls these, nothing else.
///
/// Times are absolute CLOCK_MONOTONIC nanoseconds, the clock every process of a Linux machine
/// shares, plus `clockOffsetNs` for a clock that is not ours (another host). When the runtime's
/// caller receives results itself (a Python API's iterator), the feed turns on
/// RunRecorder::setRuntimeHandsBack and handedBack() events say when.
///
/// One reader owns it (the runtime's I/O loop); it is not thread-safe. Events are collected
/// and published to readers in batches: call flush() after each batch read, never per task.
/// Every event call returns empty when accepted, else what is wrong with the event (an unknown
/// task or worker, a task finished twice, an end before its start): a runtime that sends one
/// is broken, and its executor fails the run with that sentence.
class TraceFeed {
public:
    /// `runtimeHandsBack`: handedBack() events decide hand-backs (see above).
    explicit TraceFeed(RunRecorder &recorder, bool runtimeHandsBack = false,
                       std::int64_t clockOffsetNs = 0);
    TraceFeed(const TraceFeed &) = delete;
    TraceFeed &operator=(const TraceFeed &) = delete;

    std::string workerStarted(int worker, std::int32_t pid, std::int32_t tid, std::int64_t monoNs);
    std::string workerReady(int worker, std::int64_t monoNs);
    /// MPI ranks: the worker's rank, its host, and its host's clock against ours (offset and
    /// its uncertainty, as estimated); the record only, the caller converts its times.
    std::string workerPlaced(int worker, int rank, std::string host, std::int64_t clockOffsetNs,
                             std::int64_t clockUncertaintyNs);
    /// `reason` empty for a normal exit, else e.g. "killed by signal 9 (SIGKILL)".
    std::string workerExited(int worker, std::int64_t monoNs, std::string reason = {});
    std::string taskStarted(int worker, std::uint32_t index, std::int64_t monoNs);
    std::string taskFinished(int worker, std::uint32_t index, std::int64_t startMonoNs,
                             std::int64_t endMonoNs, std::optional<std::uint64_t> result,
                             std::int64_t gilWaitNs = 0);   // -1: not measured
    // (result: none when the task returned a value that Corescope cannot hold)
    /// The task raised or its worker died running it: the run fails, naming the task, its input
    /// and `error`; results already finished stay. Without `failsRun`, only the task is marked:
    /// a Python task's exception fails the run when the API re-raises it (failTask), and the
    /// API picks which of several it re-raises.
    std::string taskFailed(int worker, std::uint32_t index, std::int64_t startMonoNs,
                           std::int64_t endMonoNs, const std::string &error, bool failsRun = true);
    /// The run fails, naming the task, its input and `error` (the first failure stands).
    void failTask(std::uint32_t index, const std::string &error);
    std::string handedBack(std::uint32_t index, std::int64_t monoNs);
    /// The run failed (`state` Killed) or was cancelled (Cancelled) at `monoNs`: every task
    /// that started and did not finish is recorded in that state, from its start to `monoNs`
    /// (or to its worker's exit, when that came first), on its worker; published at the next
    /// flush().
    void stopUnfinished(std::int64_t monoNs, TaskState state);

    /// Publishes what arrived since the last flush (finished tasks, then hand-backs, then the
    /// workers they changed).
    void flush();

    /// Run time (ns from the run's start) of an absolute monotonic time of the runtime's clock.
    std::int64_t toRunNs(std::int64_t monoNs) const;

private:
    WorkerRecord *worker(int id);
    std::string checkTask(int worker, std::uint32_t index, std::int64_t start, std::int64_t end);

    RunRecorder &m_recorder;
    std::int64_t m_offsetNs = 0;
    std::vector<WorkerRecord> m_workers;       // by id; id -1 = not started
    std::vector<std::uint8_t> m_changed;       // per worker, since the last flush
    std::vector<std::uint8_t> m_finished;      // per task
    std::vector<std::uint32_t> m_toPublish;
    struct Handed {
        std::uint32_t index;
        std::int64_t runNs;
    };
    std::vector<Handed> m_toHandBack;
    struct Started {
        int worker;
        std::uint32_t index;
        std::int64_t monoNs;
    };
    std::vector<Started> m_started;            // started and not (yet) seen to finish
    void forgetStarted(std::uint32_t index);
};

} // namespace corescope
