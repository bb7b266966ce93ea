#pragma once

#include "core/exec/executor.h"
#include "core/exec/python/findpython.h"   // probePython, pythonDriverPath: for the callers

namespace corescope {

/// The Python runtime: the run's tasks executed by a real CPython interpreter through Python's
/// own API (RunOptions::api), traced and streamed back live (docs/PYTHON_RUNTIME.md). The
/// driver script runs in a session and process group of its own (under Linux's autogroup, as
/// nice as Corescope, or runNiceAbove() nicer: a window's); its events, and each pool worker's
/// on a connection of its own, become the recorder's records through a TraceFeed.
///
/// - Stop (cancel): the whole process group is killed and reaped within 300 ms; what finished
///   stays.
/// - A task that raises fails the run as Python's API does (the exception re-raised on
///   retrieval), naming the task, its input and the exception.
/// - A worker process that dies names its task and the signal faulthandler saw; with
///   concurrent.futures, Python's BrokenProcessPool; multiprocessing.Pool never returns the
///   dead worker's task, so the run is ended and says so (never a hang).
/// - taskTimeoutMs: a task running longer ends the run.
class PythonExecutor final : public Executor {
public:
    void run(RunRecorder &recorder, std::stop_token stop) override;

    /// How much nicer than Corescope's the runs' sessions run from now on (0 to 19; 0 at first),
    /// where the kernel groups sessions for scheduling (Linux's autogroup). Any thread.
    static void setRunNiceAbove(int nice);
    static int runNiceAbove();

    /// What the windows' LabSessions set while one is open: the window's thread, which has
    /// little to do but must do it within a frame, then gets a core when it wakes instead of
    /// waiting its turn behind the run's busy processes. Measured (corescope-gui-bench, a
    /// million records through Python's Pool.imap_unordered on 2 workers, this 2-core VM,
    /// alternating rows of three runs): at +0 the event loop's p99 delay was 7.5-8.8 ms and its
    /// worst 20-46 ms (five rows); at +3, +5 and +10 the p99 was 4.2-5.2 ms and the worst
    /// 7-17 ms (nine rows); the runs' times overlapped (1.99-2.84 s, 1.97-2.79 s). Not the
    /// command line's: there nothing waits for a frame, and yielding to Corescope's own reader
    /// cost a pool of tiny tasks (bench/python_overhead.py's Pool.map, five alternating rows of
    /// 16 repeats each) about 5 % of its traced time (medians of the rows' medians: 557 ms at
    /// +0, 587 ms at +5).
    static constexpr int kRunNiceAboveWindow = 5;
};

} // namespace corescope
