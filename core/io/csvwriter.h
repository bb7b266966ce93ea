#pragma once

#include "core/trace/runresult.h"

#include <ostream>
#include <string>

namespace corescope {

struct SweepResult;

/// The tasks CSV's header row: stable column names, units in the names.
inline constexpr std::string_view kTasksCsvHeader =
    "index,input,result,ok,state,worker,pid,tid,cpu_start,cpu_end,enqueue_ns,start_ns,end_ns,"
    "handed_back_ns,duration_ns,gil_wait_ns";

/// Writes one header row and one row per task (the `--csv` file), in task index order, per
/// RFC 4180: CRLF line ends, a field holding a comma or quote ("[1963309, 2265973]") quoted.
/// result is "true"/"false" or the decimal number, empty when the task did not finish; ok is
/// "true"/"false"; state is "pending"/"done"/"failed"/"killed" (running on another worker when the
/// pool broke: its start and the failure are its times)/"cancelled" (running when the run was
/// cancelled: its start and its stop are its times); worker is 0-based; times are ns from the
/// run's start; a time, worker, CPU, pid or tid that did not happen is an empty field.
/// Returns false when the stream failed.
bool writeTasksCsv(const RunResult &run, std::ostream &out);

/// Writes the CSV to `path` atomically (io::writeFileAtomically). Returns empty on success,
/// else a sentence naming the path.
std::string writeTasksCsvFile(const RunResult &run, const std::string &path);

/// The sweep CSV's header row, hyperfine's shape: one row per point.
inline constexpr std::string_view kSweepCsvHeader =
    "mode,workers,median_s,min_s,max_s,mean_s,stddev_s,speedup,efficiency,karp_flatt,runs,"
    "short_run";

/// One row per sweep point (label, workers, the statistics in seconds, speedup, efficiency,
/// Karp-Flatt empty when unknown, the number of runs, short_run "true" when the median run
/// took less than kShortRunSeconds: added last so readers by position keep working), CRLF
/// line ends.
std::string sweepCsv(const SweepResult &sweep);
/// Writes sweepCsv() to `path` atomically. Returns an empty string or the error.
std::string writeSweepCsvFile(const SweepResult &sweep, const std::string &path);

} // namespace corescope
