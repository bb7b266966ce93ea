#pragma once

#include "core/trace/taskrecord.h"

#include <QWidget>

#include <memory>
#include <vector>

class QCustomPlot;

namespace corescope::gui {

/// Per-core utilization, live: one line per logical core (0-100 %) over a scrolling window of
/// the last seconds, plus the average as a thick line. With many cores (lines would tangle,
/// > 8) it switches to a heat strip: one row per core, colour = utilization.
class CpuChart final : public QWidget {
    Q_OBJECT
public:
    explicit CpuChart(QWidget *parent = nullptr);
    ~CpuChart() override;

    /// Starts over for a run on a machine with `cores` logical cores.
    void clear(int cores);
    /// Appends samples (t in ns from run start, cores 0..1) and queues one replot.
    void addSamples(const std::vector<CpuSample> &samples);
    /// Shows a whole finished run instead of the scrolling window.
    void showWholeRun();
    void setWindowSeconds(double seconds);
    void setTitle(const QString &title, const QString &subtitle);
    void setPresentationMode(bool on);   ///< big fonts, thick lines, high contrast
    QCustomPlot *plot() const { return m_plot; }

protected:
    /// On QEvent::LanguageChange: axis titles, legend and title in the new language.
    void changeEvent(QEvent *event) override;

private:
    QCustomPlot *m_plot = nullptr;
    struct State;
    std::unique_ptr<State> m_state;
};

} // namespace corescope::gui
