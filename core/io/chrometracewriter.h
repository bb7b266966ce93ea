#pragma once

#include "core/trace/runresult.h"

#include <ostream>
#include <string>

namespace corescope {

/// Writes `run` as a Chrome Trace Event JSON file (see FORMATS.md) that opens in
/// ui.perfetto.dev, chrome://tracing and speedscope:
/// - process 1 is the run; worker N (0-based id N-1) is thread N, named
///   "worker N (pid P)" and sorted in worker order;
/// - each task that ran is a complete ("X") slice named after the kernel on its worker's
///   thread, args {index, input, result}; a task cut short by a dying worker or a cancel ends
///   where its worker did and has args.state;
/// - worker start-up (spawn requested -> ready) is a "start-up" slice on the worker's thread;
///   a worker that died has an instant "worker died" with the reason;
/// - emulated-GIL waits are slices on their own thread per worker (tid 1000 + N, "worker N
///   GIL wait"; 10000 + N from 1000 workers on), so they never partly overlap the task slices;
/// - per-core utilization is a counter "cpu" with one series per core (core0, core1, ... in %).
/// Times are exact microseconds (ns / 1000) from the run's start; events of one thread are in
/// time order and never partly overlap. Returns false when the stream failed.
bool writeChromeTrace(const RunResult &run, std::ostream &out);

/// Writes the trace to `path` through a temporary file renamed into place. Returns empty on
/// success, else a sentence naming the path.
std::string writeChromeTraceFile(const RunResult &run, const std::string &path);

} // namespace corescope
