#include "core/analysis/speedup.h"

#include "core/analysis/scaling.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <numeric>

namespace corescope {

WallStats wallStats(std::vector<double> wallSeconds)
{
    WallStats s;
    if (wallSeconds.empty())
        return s;
    std::vector<double> &v = wallSeconds;
    std::sort(v.begin(), v.end());
    const std::size_t n = v.size();
    s.median = n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
    s.min = v.front();
    s.max = v.back();
    s.mean = std::accumulate(v.begin(), v.end(), 0.0) / double(n);
    double ss = 0;
    for (double x : v)
        ss += (x - s.mean) * (x - s.mean);
    s.stddev = n > 1 ? std::sqrt(ss / double(n - 1)) : 0.0;
    return s;
}

SpeedupStats speedupStats(double baselineSeconds, const WallStats &wall, int workers)
{
    SpeedupStats s;
    s.speedup = speedup(baselineSeconds, wall.median);
    s.low = speedup(baselineSeconds, wall.max);
    s.high = speedup(baselineSeconds, wall.min);
    s.efficiency = efficiency(s.speedup, workers);
    s.karpFlatt = karpFlatt(s.speedup, workers);
    return s;
}

TimedRun TimedRun::of(const RunOptions &options, double wallSeconds)
{
    TimedRun run;
    run.mode = options.mode;
    run.gil = options.mode == Mode::Threads && options.gil && options.runtime == Runtime::Native;
    run.runtime = options.runtime;
    run.workers = options.mode == Mode::Serial ? 1 : options.workers;
    run.wallSeconds = wallSeconds;
    return run;
}

double serialBaselineSeconds(const std::vector<TimedRun> &runs, Runtime runtime)
{
    std::vector<double> serial;
    for (const TimedRun &run : runs)
        if (run.mode == Mode::Serial && run.runtime == runtime)
            serial.push_back(run.wallSeconds);
    return wallStats(std::move(serial)).median;
}

std::vector<SpeedupCurve> speedupCurves(const std::vector<TimedRun> &runs)
{
    struct Key {
        Mode mode;
        bool gil;
        Runtime runtime;
    };
    const Key order[] = {{Mode::Serial, false, Runtime::Native},
                         {Mode::Threads, true, Runtime::Native},
                         {Mode::Threads, false, Runtime::Native},
                         {Mode::Processes, false, Runtime::Native},
                         {Mode::Serial, false, Runtime::Python},
                         {Mode::Threads, false, Runtime::Python},
                         {Mode::Processes, false, Runtime::Python}};
    std::vector<SpeedupCurve> curves;
    for (const Key &key : order) {
        // Each runtime against its own serial runs: Python's threads against Python's loop.
        const double baseline = serialBaselineSeconds(runs, key.runtime);
        if (baseline <= 0.0)
            continue;
        std::map<int, std::vector<double>> wallsByWorkers;
        for (const TimedRun &run : runs)
            if (run.mode == key.mode && run.gil == key.gil && run.runtime == key.runtime)
                wallsByWorkers[run.workers].push_back(run.wallSeconds);
        if (wallsByWorkers.empty())
            continue;
        SpeedupCurve curve{key.mode, key.gil, key.runtime, {}};
        for (auto &[workers, walls] : wallsByWorkers) {
            SpeedupCurve::Point point;
            point.workers = workers;
            point.wall = wallStats(std::move(walls));
            point.speedup = speedupStats(baseline, point.wall, workers);
            curve.points.push_back(point);
        }
        curves.push_back(std::move(curve));
    }
    return curves;
}

} // namespace corescope
