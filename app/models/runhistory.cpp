#include "app/models/runhistory.h"

#include <algorithm>
#include <cmath>
#include <map>

namespace corescope::gui {

namespace {

double median(std::vector<double> values)
{
    if (values.empty())
        return 0.0;
    std::sort(values.begin(), values.end());
    const std::size_t mid = values.size() / 2;
    return values.size() % 2 ? values[mid] : (values[mid - 1] + values[mid]) / 2.0;
}

} // namespace

QString RunHistory::seriesName(Mode mode, bool gil)
{
    return QString::fromLatin1(executionLabel(mode, gil));
}

void RunHistory::add(const QString &workloadKey, const RunOptions &options, double wallSeconds)
{
    if (!(wallSeconds > 0.0))
        return;
    Run run;
    run.mode = options.mode;
    // The GIL only exists in threads mode; serial runs one worker whatever the spin box says.
    run.gil = options.mode == Mode::Threads && options.gil;
    run.workers = options.mode == Mode::Serial ? 1 : options.workers;
    run.wallSeconds = wallSeconds;
    m_runs[workloadKey].push_back(run);
}

void RunHistory::add(const QString &workloadKey, std::shared_ptr<const RunResult> run)
{
    if (!run || run->status != RunStatus::Ok || run->wallNs <= 0)
        return;
    const double wall = static_cast<double>(run->wallNs) / 1e9;
    add(workloadKey, run->options, wall);
    if (run->options.mode != Mode::Serial)
        return;
    // Keep one whole serial run (a million-task run is big): the one nearest the median the
    // speedup chart uses, so the diagnosis and the chart agree.
    const double target = baselineSeconds(workloadKey);
    const auto kept = m_baselineRuns.constFind(workloadKey);
    if (kept == m_baselineRuns.constEnd() || !*kept
        || std::abs(wall - target)
            <= std::abs(static_cast<double>((*kept)->wallNs) / 1e9 - target))
        m_baselineRuns.insert(workloadKey, std::move(run));
}

std::shared_ptr<const RunResult> RunHistory::baselineRun(const QString &workloadKey) const
{
    return m_baselineRuns.value(workloadKey);
}

void RunHistory::clear(const QString &workloadKey)
{
    m_runs.remove(workloadKey);
    m_baselineRuns.remove(workloadKey);
}

int RunHistory::runCount(const QString &workloadKey) const
{
    const auto it = m_runs.constFind(workloadKey);
    return it == m_runs.constEnd() ? 0 : static_cast<int>(it->size());
}

double RunHistory::baselineSeconds(const QString &workloadKey) const
{
    const auto it = m_runs.constFind(workloadKey);
    if (it == m_runs.constEnd())
        return 0.0;
    std::vector<double> serial;
    for (const Run &run : *it)
        if (run.mode == Mode::Serial)
            serial.push_back(run.wallSeconds);
    return median(std::move(serial));
}

bool RunHistory::hasBaseline(const QString &workloadKey) const
{
    return baselineSeconds(workloadKey) > 0.0;
}

std::vector<SpeedupSeries> RunHistory::series(const QString &workloadKey) const
{
    const double baseline = baselineSeconds(workloadKey);
    const auto it = m_runs.constFind(workloadKey);
    if (baseline <= 0.0 || it == m_runs.constEnd())
        return {};

    // Series in teaching order, so colours and legend entries stay put from run to run.
    struct Key {
        Mode mode;
        bool gil;
    };
    const Key order[] = {{Mode::Serial, false}, {Mode::Threads, true}, {Mode::Threads, false},
                         {Mode::Processes, false}};
    std::vector<SpeedupSeries> result;
    for (const Key &key : order) {
        std::map<int, std::vector<double>> wallsByWorkers;
        for (const Run &run : *it)
            if (run.mode == key.mode && run.gil == key.gil)
                wallsByWorkers[run.workers].push_back(run.wallSeconds);
        if (wallsByWorkers.empty())
            continue;
        SpeedupSeries series;
        series.name = seriesName(key.mode, key.gil);
        for (auto &[workers, walls] : wallsByWorkers) {
            const auto [fastest, slowest] = std::minmax_element(walls.begin(), walls.end());
            SpeedupPoint point;
            point.workers = workers;
            point.wallSeconds = median(walls);
            point.speedup = baseline / point.wallSeconds;
            point.low = baseline / *slowest;
            point.high = baseline / *fastest;
            series.points.push_back(point);
        }
        result.push_back(std::move(series));
    }
    return result;
}

} // namespace corescope::gui
