#pragma once

#include "core/trace/runresult.h"

#include <QWidget>

#include <memory>

class QLabel;

namespace corescope::gui {

class TimelineChart;
class WallTimeChart;

/// A race: two runs of one workload with two settings (a lesson's Race button,
/// LabSession::startRace), their timelines stacked on one time axis (zooming or panning one
/// moves the other; a double-click fits both to the longer run) and their wall times as
/// labelled bars beside them.
class RaceWindow final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RaceWindow)
public:
    RaceWindow(std::shared_ptr<const RunResult> first, std::shared_ptr<const RunResult> second,
               QWidget *parent = nullptr);

    /// 0: the first run's timeline (on top), 1: the second's.
    TimelineChart *timeline(int i) const { return m_timelines[i]; }
    WallTimeChart *wallTimes() const { return m_wallTimes; }
    const RunResult &run(int i) const { return *m_runs[i]; }
    /// The time range (seconds) both timelines show when the window opens: the longer run.
    double sharedEndSeconds() const { return m_endSeconds; }

private:
    void fitBoth();

    std::shared_ptr<const RunResult> m_runs[2];
    TimelineChart *m_timelines[2] = {nullptr, nullptr};
    WallTimeChart *m_wallTimes = nullptr;
    QLabel *m_heading = nullptr;
    double m_endSeconds = 0;
    bool m_syncing = false;
};

} // namespace corescope::gui
