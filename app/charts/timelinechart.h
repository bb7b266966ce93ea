#pragma once

#include "core/trace/runrecorder.h"

#include <QWidget>

#include <memory>
#include <vector>

class QCustomPlot;

namespace corescope::gui {

/// One row per worker (thread or process, labelled with its pid), one bar per task from start
/// to end, worker start-up as its own bar, GIL waits as a different shade, and a lane showing
/// when each result was handed back. Grows live; zoom and pan with the mouse; fit-to-run.
/// Draws only what is visible and merges bars thinner than a pixel, so a million tasks stay
/// smooth.
class TimelineChart final : public QWidget {
    Q_OBJECT
public:
    explicit TimelineChart(QWidget *parent = nullptr);
    ~TimelineChart() override;

    /// Starts over for a run of `workload` with `options` (number of lanes, labels).
    void clear(std::shared_ptr<const Workload> workload, const RunOptions &options);
    /// Appends what a snapshot brought; keeps following the run's end unless the user zoomed.
    void addSnapshot(const RunSnapshot &snapshot);
    /// Shows a whole saved run at once.
    void setRun(const RunResult &run);
    void fitToRun();
    /// The run that was followed live has ended: its exact hand-back times replace the
    /// estimates (TimelineData::settleHandedBack), and its workload as the run left it (a
    /// Python function's results known to be bools) names the results.
    void settleRunEnd(const RunResult &run);
    void setTitle(const QString &title, const QString &subtitle);
    void setPresentationMode(bool on);
    /// Presentation mode on a short page (a 720p projector under a lesson): no subtitle (the
    /// diagnosis' header names the run), for room for the lanes.
    void setShortOfRoom(bool on);
    /// While a file is drawn (exportPlot): the whole chart, subtitle included; false puts the
    /// screen's back.
    void setExporting(bool on);
    QCustomPlot *plot() const { return m_plot; }
    /// Every how many lanes one is labelled at the last replot (1: each worker named).
    int laneLabelStep() const;

Q_SIGNALS:
    /// The user clicked a task bar.
    void taskClicked(quint32 index);

protected:
    /// A tooltip asked for over a bar (the pointer resting on it) shows that bar's details,
    /// not the chart's own tooltip: the details stay while the pointer rests.
    bool event(QEvent *event) override;
    /// On QEvent::LanguageChange: axis titles, legend and title in the new language.
    void changeEvent(QEvent *event) override;

private:
    QCustomPlot *m_plot = nullptr;
    struct State;
    std::unique_ptr<State> m_state;
};

} // namespace corescope::gui
