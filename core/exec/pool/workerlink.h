#pragma once

// The pool's side of one corescope-worker: the one piece of core/exec/pool/ that speaks the
// worker's protocol (Configure, Chunk, Shutdown out; Hello, Results in) and writes its results
// into the run's records. The coordinator (core/exec/processpoolexecutor.cpp) decides when.

#include "core/exec/pool/dispatchwindow.h"
#include "core/exec/pool/framechannel.h"
#include "core/exec/pool/inflight.h"
#include "core/exec/pool/subprocess.h"
#include "core/trace/runrecorder.h"

#include <cstdint>
#include <string>
#include <vector>

namespace corescope::pool {

/// One worker process as the pool sees it: its process and channel, its record, what it was
/// sent and has not reported, and where it is in its life (ready, told to go, timed out). Plain
/// state the coordinator reads and sets; the methods below encode and decode its messages.
/// Not thread-safe: the engine thread only.
/// "task 3 (input 5)": a task of `workload` as the pools' messages name it.
std::string taskText(const Workload &workload, std::uint32_t index);

struct WorkerLink {
    // Tasks at least this long are shown as running, live (as the thread pool does).
    static constexpr std::int64_t kLongTaskNs = 200'000;
    // Live worker counters (tasks done, busy time) are refreshed at most this often.
    static constexpr std::int64_t kRecordUpdateNs = 20'000'000;

    WorkerRecord record;
    Subprocess proc;                      // the process and our end of its socket pair
    FrameChannel channel;
    InFlight inFlight;                    // sent and not yet reported
    bool hello = false;                   // it said Hello: ready
    bool shutdownSent = false;
    bool gotChunk = false;                // process per task: its one chunk was sent
    bool timedOut = false;                // killed by the pool: its task ran past the timeout
    std::int64_t shutdownAtNs = 0;
    std::int64_t lastUpdateNs = 0;        // when its record last went to the recorder
    std::int64_t runningShown = -1;       // task index last given to setRunning, or -1
    bool relayedOpen = false;             // an MPI rank: no process of ours, its stream is open
    /// Its clock minus ours (MPI ranks on other hosts): subtracted from every time it reports.
    std::int64_t clockOffsetNs = 0;
    std::int64_t lastPongNs = 0;          // the worker's clock in its last Pong (Intake::Pong)

    /// "worker 3 (pid 1234)", or for an MPI rank "rank 4 on node2 (pid 1234)", for messages.
    std::string name() const;
    /// `how` it ended ("killed by signal 11 (SIGSEGV)") and what it was doing then: "... while
    /// running task 3 (input 5)", "... before it was ready, with ... sent to it", "... while
    /// idle" or "... before it was ready". `task` names the task it was running ("" for none).
    std::string whenEnded(const std::string &how, const std::string &task) const;

    /// Queues Configure: the workload's kernel and parameters, and the work scale.
    void sendConfigure(const Workload &workload, double scale);
    /// Queues `chunk` (as several frames when it is larger than one frame allows) and puts it
    /// in flight at `nowNs`. `scratch` is reused for the inputs.
    void sendChunk(TaskRange chunk, const Workload &workload, int arity, std::int64_t nowNs,
                   std::vector<TaskInput> &scratch);
    /// Queues Shutdown: finish what was sent, report it, exit.
    void sendShutdown(std::int64_t nowNs);

    enum class Intake : std::uint8_t {
        NeedMore,   ///< no complete frame left
        Hello,      ///< it is ready (record.tid, record.readyNs set)
        Results,    ///< task records written; their indices appended to `finished`
        Pong,       ///< the answer to a Ping: lastPongNs set
        Broken,     ///< it broke the protocol; `cause` says how ("sent a second Hello"). Results
                    ///< before the bad record were still taken (and appended to `finished`)
    };
    /// Takes the next frame that arrived. A worker reports its tasks in the order it was sent
    /// them; anything else is a broken worker (which also keeps a bad index from touching the
    /// records).
    Intake takeFrame(RunRecorder &recorder, std::vector<std::uint32_t> &finished,
                     std::string &cause);
    /// Takes frames until one needs its caller or none is left, for both the pool and MPI
    /// mode: the tasks they finish are published to the recorder (and counted in `reported`;
    /// `scratch` is reused), a Hello hands the record over. Returns NeedMore, Pong or Broken
    /// (`cause` says how; what arrived before the bad record was still published).
    Intake takeFrames(RunRecorder &recorder, std::vector<std::uint32_t> &scratch,
                      std::uint64_t &reported, std::string &cause);

    /// For long tasks (or before its first unit is done), tells the recorder which task it is
    /// on, so the UI can draw it live, as the thread pool does; else clearRunning().
    void showRunning(RunRecorder &recorder);
    /// Tells the recorder it is on no task (once).
    void clearRunning(RunRecorder &recorder);
    /// Hands its record to the recorder: when `force`d, else at most every kRecordUpdateNs.
    void updateRecord(RunRecorder &recorder, bool force);

    /// Marks the task it was running as failed by this worker: its span on the timeline runs
    /// from when it could have started to when the death was seen (record.exitNs).
    /// Precondition: it has a task in flight.
    void recordFailedTask(RunRecorder &recorder) const;
    /// Marks the task it is running as `state` when the pool stops it: Killed when the run
    /// failed elsewhere (another worker died, the pool broke), Cancelled when the run was
    /// cancelled. Its span runs from its start, as recordFailedTask() tells it, to `stoppedAtNs`.
    /// Returns its index, or -1 when it was on no task it had started (not ready, nothing in
    /// flight, or its task already recorded).
    std::int64_t recordStoppedTask(RunRecorder &recorder, std::int64_t stoppedAtNs,
                                   TaskState state) const;
};

} // namespace corescope::pool
