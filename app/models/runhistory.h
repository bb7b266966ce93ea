#pragma once


#include "app/charts/speedupchartdata.h"
#include "core/analysis/diagnosis.h"
#include "core/analysis/speedup.h"
#include "core/exec/runoptions.h"
#include "core/trace/runresult.h"

#include <QHash>
#include <QString>

#include <memory>
#include <optional>
#include <vector>

namespace corescope::gui {

/// The finished runs of each workload this session, turned into speedup series (computed by
/// speedupCurves() in core/analysis): the serial runs are the baseline, and every other run
/// becomes a point (workers, serial time / its time) on its mode's series. "threads + GIL" is
/// a series of its own, so the class sees Python-like threads and native threads side by side.
class RunHistory final {
public:
    /// Records a run that ended well. `workloadKey` names the workload (its source path).
    void add(const QString &workloadKey, const RunOptions &options, double wallSeconds);
    /// The same for a whole run (ignored unless it ended well), with its taskCompute(); a
    /// serial run may become the baseline run the diagnosis compares with (see baselineRun()).
    void add(const QString &workloadKey, std::shared_ptr<const RunResult> run,
             std::optional<TaskCompute> compute);
    /// The serial run of `runtime` whose wall time is closest to that runtime's median serial
    /// time, or null: the diagnosis ("why this speedup?") measures that runtime's other runs
    /// against it (a Python run against Python's plain loop, never against C++).
    std::shared_ptr<const RunResult> baselineRun(const QString &workloadKey,
                                                 Runtime runtime = Runtime::Native) const;
    /// How long the tasks computed in the last run of `runtime` that computed (taskCompute),
    /// or nothing: a native run is compared with the last Python one, and back.
    std::optional<TaskCompute> lastCompute(const QString &workloadKey, Runtime runtime) const;
    /// A run's tasks (`mine`: its taskCompute()) against the last run of the other runtime
    /// that computed the same work (runtimeComparison): "each task computed 38x as long in
    /// Python", or nothing.
    std::optional<Finding> otherRuntime(const QString &workloadKey,
                                        const std::optional<TaskCompute> &mine) const;
    void clear(const QString &workloadKey);
    int runCount(const QString &workloadKey) const;
    /// The runs of one runtime only.
    int runCount(const QString &workloadKey, Runtime runtime) const;

    bool hasBaseline(const QString &workloadKey) const;
    /// The median of the serial runs' wall times (the native ones', else Python's), or 0
    /// without one.
    double baselineSeconds(const QString &workloadKey) const;
    /// The median of `runtime`'s serial runs, or 0: the baseline of that runtime's curves.
    double baselineSeconds(const QString &workloadKey, Runtime runtime) const;
    /// One series per mode, points sorted by workers: the median speedup of the runs at that
    /// worker count, with the slowest and the fastest as whiskers. Empty without a baseline.
    std::vector<SpeedupSeries> series(const QString &workloadKey) const;

private:
    QHash<QString, std::vector<TimedRun>> m_runs;
    static QString runtimeKey(const QString &workloadKey, Runtime runtime);
    QHash<QString, std::shared_ptr<const RunResult>> m_baselineRuns;   // by runtimeKey()
    QHash<QString, TaskCompute> m_lastCompute;                          // by runtimeKey()
};

} // namespace corescope::gui
