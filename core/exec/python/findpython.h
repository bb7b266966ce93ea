#pragma once

// Finding what a Python run runs: the interpreter (probePython, cached per path), Corescope's
// driver script (pythonDriverPath) and a workload's own Python file beside it.

#include <chrono>
#include <optional>
#include <string>

namespace corescope {

/// The interpreter a Python run would use, and what it is.
struct PythonProbe {
    std::string interpreter;   ///< absolute path, when found
    std::string version;       ///< "3.11.2", when it ran
    std::string mpi4py;        ///< mpi4py's version when it can import it, else empty
    /// Empty when usable; else one sentence a person can act on: what was looked for, and how
    /// to install it (Debian: python3) or which option names another.
    std::string error;
};

/// `given` (RunOptions::pythonPath) when not empty, else python3 on PATH; runs it once to read
/// its version (Python 3.9 or newer). Results are cached per path: the window asks often.
PythonProbe probePython(const std::string &given);
/// The same, asked now and not cached, waiting at most `timeout` for the answer: an
/// interpreter that does not answer in time is killed with every process it started (its
/// process group), and the probe says it did not report its version. probePython waits 10 s
/// (times kSanitizerSlowdown in sanitizer builds).
PythonProbe probePythonUncached(const std::string &given, std::chrono::milliseconds timeout);
/// What probePython(given) answered before, without running anything; empty when it has not
/// been asked yet (the window probes in the background and shows "checking" meanwhile).
std::optional<PythonProbe> cachedPythonProbe(const std::string &given);

/// The driver script (python/corescope_driver.py next to the executable, or installed under
/// ../share/corescope/python/ from the executable's folder, as `cmake --install` lays it out);
/// empty with `error` when it is in neither place.
std::string pythonDriverPath(std::string &error);

/// A workload's own Python file as a path Python can open: `path` itself, or for a shipped
/// workload (a resource, ":/workloads/NAME") its copy in workloads/ beside `driverPath`; empty
/// with `error` when that file is missing.
std::string pythonWorkloadFile(const std::string &path, const std::string &driverPath,
                               std::string &error);

} // namespace corescope
