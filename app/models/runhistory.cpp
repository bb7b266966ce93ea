#include "app/models/runhistory.h"

#include "app/charts/runlabel.h"
#include "core/analysis/scaling.h"

#include <algorithm>
#include <cmath>

namespace corescope::gui {

void RunHistory::add(const QString &workloadKey, const RunOptions &options, double wallSeconds)
{
    if (!(wallSeconds > 0.0))
        return;
    m_runs[workloadKey].push_back(TimedRun::of(options, wallSeconds));
}

void RunHistory::add(const QString &workloadKey, std::shared_ptr<const RunResult> run,
                     std::optional<TaskCompute> compute)
{
    if (!run || run->status != RunStatus::Ok || run->wallNs <= 0)
        return;
    const double wall = static_cast<double>(run->wallNs) / 1e9;
    add(workloadKey, run->options, wall);
    const Runtime runtime = run->options.runtime;
    const QString key = runtimeKey(workloadKey, runtime);
    if (compute)
        m_lastCompute.insert(key, std::move(*compute));
    if (run->options.mode != Mode::Serial)
        return;
    // Keep one whole serial run per runtime (a million-task run is big): the one nearest the
    // median the speedup chart uses, so the diagnosis and the chart agree.
    const double target = serialBaselineSeconds(m_runs.value(workloadKey), runtime);
    const auto kept = m_baselineRuns.constFind(key);
    if (kept == m_baselineRuns.constEnd() || !*kept
        || std::abs(wall - target)
            <= std::abs(static_cast<double>((*kept)->wallNs) / 1e9 - target))
        m_baselineRuns.insert(key, std::move(run));
}

QString RunHistory::runtimeKey(const QString &workloadKey, Runtime runtime)
{
    return workloadKey + QLatin1Char('\n') + QString::fromLatin1(runtimeName(runtime));
}

std::shared_ptr<const RunResult> RunHistory::baselineRun(const QString &workloadKey,
                                                         Runtime runtime) const
{
    return m_baselineRuns.value(runtimeKey(workloadKey, runtime));
}

std::optional<Finding> RunHistory::otherRuntime(const QString &workloadKey,
                                                const std::optional<TaskCompute> &mine) const
{
    if (!mine)
        return std::nullopt;
    const Runtime other = mine->runtime == Runtime::Native ? Runtime::Python : Runtime::Native;
    const auto theirs = lastCompute(workloadKey, other);
    if (!theirs)
        return std::nullopt;
    return runtimeComparison(*mine, *theirs);
}

std::optional<TaskCompute> RunHistory::lastCompute(const QString &workloadKey,
                                                   Runtime runtime) const
{
    const auto it = m_lastCompute.constFind(runtimeKey(workloadKey, runtime));
    if (it == m_lastCompute.constEnd())
        return std::nullopt;
    return *it;
}

void RunHistory::clear(const QString &workloadKey)
{
    m_runs.remove(workloadKey);
    for (const Runtime runtime : {Runtime::Native, Runtime::Python}) {
        m_baselineRuns.remove(runtimeKey(workloadKey, runtime));
        m_lastCompute.remove(runtimeKey(workloadKey, runtime));
    }
}

int RunHistory::runCount(const QString &workloadKey) const
{
    const auto it = m_runs.constFind(workloadKey);
    return it == m_runs.constEnd() ? 0 : static_cast<int>(it->size());
}

int RunHistory::runCount(const QString &workloadKey, Runtime runtime) const
{
    const auto it = m_runs.constFind(workloadKey);
    if (it == m_runs.constEnd())
        return 0;
    return static_cast<int>(std::count_if(it->begin(), it->end(), [runtime](const TimedRun &run) {
        return run.runtime == runtime;
    }));
}

double RunHistory::baselineSeconds(const QString &workloadKey) const
{
    // The native serial runs', else the Python runtime's: each runtime's curves are measured
    // against its own (speedupCurves).
    const double native = baselineSeconds(workloadKey, Runtime::Native);
    return native > 0.0 ? native : baselineSeconds(workloadKey, Runtime::Python);
}

double RunHistory::baselineSeconds(const QString &workloadKey, Runtime runtime) const
{
    const auto it = m_runs.constFind(workloadKey);
    return it == m_runs.constEnd() ? 0.0 : serialBaselineSeconds(*it, runtime);
}

bool RunHistory::hasBaseline(const QString &workloadKey) const
{
    return baselineSeconds(workloadKey) > 0.0;
}

std::vector<SpeedupSeries> RunHistory::series(const QString &workloadKey) const
{
    const auto it = m_runs.constFind(workloadKey);
    if (it == m_runs.constEnd())
        return {};
    std::vector<SpeedupSeries> result;
    for (const SpeedupCurve &curve : speedupCurves(*it)) {
        SpeedupSeries series;
        series.name = executionText(curve.mode, curve.gil, curve.runtime);
        for (const SpeedupCurve::Point &p : curve.points)
            series.points.push_back(SpeedupPoint{p.workers, p.speedup.speedup, p.speedup.low,
                                                 p.speedup.high, p.wall.median,
                                                 isShortRun(p.wall.median)});
        result.push_back(std::move(series));
    }
    return result;
}

} // namespace corescope::gui
