#pragma once

#include "core/exec/runoptions.h"

#include <optional>
#include <vector>

namespace corescope {

/// The wall times of repeated runs of one configuration, in seconds.
struct WallStats {
    double median = 0, min = 0, max = 0, mean = 0;
    double stddev = 0;   ///< sample standard deviation (n - 1); 0 for a single run
};
/// Summarises `wallSeconds`; all zero when there are none.
WallStats wallStats(std::vector<double> wallSeconds);

/// A configuration against the serial baseline (the median of the serial runs).
struct SpeedupStats {
    double speedup = 0;      ///< baseline / median wall time
    double low = 0;          ///< baseline / the slowest repeat
    double high = 0;         ///< baseline / the fastest repeat
    double efficiency = 0;   ///< speedup / workers
    std::optional<double> karpFlatt;
};
/// The speedups of a configuration with `workers` workers whose repeats took `wall`; all zero
/// for a configuration without a successful run (a zero median).
SpeedupStats speedupStats(double baselineSeconds, const WallStats &wall, int workers);

/// One finished run, as a speedup curve counts it.
struct TimedRun {
    Mode mode = Mode::Serial;
    bool gil = false;   ///< the emulated GIL; only in native threads mode
    Runtime runtime = Runtime::Native;
    int workers = 1;    ///< 1 for a serial run
    double wallSeconds = 0;

    /// A run of `options` that took `wallSeconds`: the GIL only counts in threads mode, and a
    /// serial run has one worker whatever the options say.
    static TimedRun of(const RunOptions &options, double wallSeconds);
};

/// One line of a speedup chart: a mode and its GIL, measured at several worker counts.
struct SpeedupCurve {
    struct Point {
        int workers = 1;
        WallStats wall;
        SpeedupStats speedup;
    };
    Mode mode = Mode::Serial;
    bool gil = false;
    Runtime runtime = Runtime::Native;
    std::vector<Point> points;   ///< sorted by workers
};

/// The median of the runtime's serial runs' wall times, or 0 without one.
double serialBaselineSeconds(const std::vector<TimedRun> &runs, Runtime runtime = Runtime::Native);
/// One curve per mode and runtime that has runs, in teaching order (serial, threads + GIL,
/// threads, processes; then Python's) so colours and legend entries stay put from run to run:
/// the runs at each worker count make one point. A runtime's curves need a serial run of that
/// runtime to measure against.
std::vector<SpeedupCurve> speedupCurves(const std::vector<TimedRun> &runs);

} // namespace corescope
