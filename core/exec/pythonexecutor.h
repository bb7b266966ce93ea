#pragma once

#include "core/exec/executor.h"

#include <optional>
#include <string>

namespace corescope {

/// The Python runtime: the run's tasks executed by a real CPython interpreter through Python's
/// own API (RunOptions::api), traced and streamed back live (docs/PYTHON_RUNTIME.md). The
/// driver script runs in a process group of its own; its events, and each pool worker's on a
/// connection of its own, become the recorder's records through a TraceFeed.
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
};

/// The interpreter a Python run would use, and what it is.
struct PythonProbe {
    std::string interpreter;   ///< absolute path, when found
    std::string version;       ///< "3.11.2", when it ran
    /// Empty when usable; else one sentence a person can act on: what was looked for, and how
    /// to install it (Debian: python3) or which option names another.
    std::string error;
};

/// `given` (RunOptions::pythonPath) when not empty, else python3 on PATH; runs it once to read
/// its version (Python 3.9 or newer). Results are cached per path: the window asks often.
PythonProbe probePython(const std::string &given);
/// What probePython(given) answered before, without running anything; empty when it has not
/// been asked yet (the window probes in the background and shows "checking" meanwhile).
std::optional<PythonProbe> cachedPythonProbe(const std::string &given);

/// The driver script (python/corescope_driver.py next to the executable, or installed under
/// ../share/corescope/python/ from the executable's folder, as `cmake --install` lays it out);
/// empty with `error` when it is in neither place.
std::string pythonDriverPath(std::string &error);

} // namespace corescope
