#pragma once

#include "core/trace/taskrecord.h"

#include <QWidget>

#include <cstdint>
#include <memory>
#include <vector>

class QCPAxis;
class QCustomPlot;

namespace corescope::gui {

/// Per-core utilization, live: one line per logical core (0-100 %) drawn over the average (a
/// thick translucent band under them, so a core at 100 % stays visible on it). The time axis
/// spans the run: its samples while it goes, the whole run after; or, shared with another chart
/// (`shareTimeAxisWith`), whatever that chart shows. With many cores (lines would tangle, > 8)
/// it switches to a heat strip: one row per core, colour = utilization. A run too short for
/// two samples says so on the chart. MPI runs: other hosts' samples (CpuSample::host) add a
/// group of rows per host after this machine's cores (dashed lines, "host · core N"), each at
/// its latest reading when this machine's next sample comes.
class CpuChart final : public QWidget {
    Q_OBJECT
public:
    explicit CpuChart(QWidget *parent = nullptr);
    ~CpuChart() override;

    /// Starts over for a run on a machine with `cores` logical cores, sampled `sampleHz` times
    /// a second (0: not sampled).
    void clear(int cores, int sampleHz = 20);
    /// Appends samples (t in ns from run start, cores 0..1, any host) and queues one replot.
    void addSamples(const std::vector<CpuSample> &samples);
    /// The run ended after `wallNs`: shows it whole (unless the time axis is shared) and, when
    /// it was too short for two samples, says so on the chart.
    void showWholeRun(std::int64_t wallNs = -1);
    /// From now on the time axis is `axis`'s: one range both ways (zoom and pan together), one
    /// unit, and this chart stops following the run on its own (`axis`'s chart does).
    void shareTimeAxisWith(QCPAxis *axis);
    void setTitle(const QString &title, const QString &subtitle);
    void setPresentationMode(bool on);   ///< big fonts, thick lines, high contrast
    /// Presentation mode on a short page (a 720p projector under a lesson): the time axis'
    /// numbers are left to the timeline below, which repeats them, for room for the data.
    void setShortOfRoom(bool on);
    /// Many cores: a heat strip (one row per core) above the average, which needs its height.
    bool isHeatStrip() const;
    /// While a file is drawn (exportPlot): the whole chart, with what the screen leaves out
    /// in presentation mode (subtitle, time label and numbers); false puts the screen's back.
    void setExporting(bool on);
    QCustomPlot *plot() const { return m_plot; }
    /// The note drawn over the plot ("too short to sample at 20 Hz ..."), empty when none.
    QString note() const;

protected:
    /// On QEvent::LanguageChange: axis titles, legend and title in the new language.
    void changeEvent(QEvent *event) override;

private:
    QCustomPlot *m_plot = nullptr;
    struct State;
    std::unique_ptr<State> m_state;
};

} // namespace corescope::gui
