#pragma once

#include "app/charts/speedupchartdata.h"
#include "core/analysis/speedup.h"
#include "core/exec/runoptions.h"
#include "core/trace/runresult.h"

#include <QHash>
#include <QString>

#include <memory>
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
    /// The same for a whole run (ignored unless it ended well); a serial run may become the
    /// baseline run the diagnosis compares with (see baselineRun()).
    void add(const QString &workloadKey, std::shared_ptr<const RunResult> run);
    /// The serial run whose wall time is closest to baselineSeconds(), or null: the
    /// diagnosis ("why this speedup?") measures other runs against it.
    std::shared_ptr<const RunResult> baselineRun(const QString &workloadKey) const;
    void clear(const QString &workloadKey);
    int runCount(const QString &workloadKey) const;

    bool hasBaseline(const QString &workloadKey) const;
    /// The median of the serial runs' wall times, or 0 without one.
    double baselineSeconds(const QString &workloadKey) const;
    /// One series per mode, points sorted by workers: the median speedup of the runs at that
    /// worker count, with the slowest and the fastest as whiskers. Empty without a baseline.
    std::vector<SpeedupSeries> series(const QString &workloadKey) const;

private:
    QHash<QString, std::vector<TimedRun>> m_runs;
    QHash<QString, std::shared_ptr<const RunResult>> m_baselineRuns;
};

} // namespace corescope::gui
