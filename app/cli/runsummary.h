#pragma once

#include "core/exec/runoptions.h"
#include "core/trace/runresult.h"
#include "core/util/duration.h"
#include "core/workload/workload.h"

#include <QString>

#include <cstdint>
#include <string>

namespace corescope::cli {

/// How the command line writes durations: "1.23 s", "56.7 ms", "890 us" ("us": a terminal or
/// a log may not show UTF-8).
inline constexpr DurationFormat kDurationFormat{.asciiMicro = true};
/// A duration as the command line writes it: kDurationFormat, the unit in the command line's
/// language ("мс"), the number in the C spelling (a script may read it).
QString durationText(double seconds);
QString durationTextNs(std::int64_t ns);
/// The lines printed before a run: what runs, and how.
std::string headerText(const Workload &workload, const RunOptions &options);
/// The summary printed after a run: wall time, tasks/s, per-worker busy share, results checked.
std::string summaryText(const RunResult &result);

} // namespace corescope::cli
