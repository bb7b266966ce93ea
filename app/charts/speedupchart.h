#pragma once

#include <QString>
#include <QWidget>

#include <memory>
#include <vector>

class QCustomPlot;

namespace corescope::gui {

/// One measured point: a run (or the median of repeated runs) at a worker count.
struct SpeedupPoint {
    int workers = 1;
    double speedup = 1.0;       ///< serial wall time / this wall time
    double low = 0.0;           ///< whiskers (min / max over repeats); equal to speedup if one run
    double high = 0.0;
    double wallSeconds = 0.0;
};

/// One line: a mode ("threads", "threads + GIL", "processes"), its points sorted by workers.
struct SpeedupSeries {
    QString name;
    std::vector<SpeedupPoint> points;
};

/// Speedup against the serial run: workers on x, speedup on y, one series per mode, the ideal
/// line (speedup = workers) and a marker at the machine's core count; efficiency on hover.
/// Without a baseline it says so in the plot (the window offers to run it).
class SpeedupChart final : public QWidget {
    Q_OBJECT
public:
    explicit SpeedupChart(QWidget *parent = nullptr);

    void setData(const std::vector<SpeedupSeries> &series, int machineCores, bool haveBaseline);
    void setTitle(const QString &title, const QString &subtitle);
    void setPresentationMode(bool on);
    QCustomPlot *plot() const { return m_plot; }

private:
    QCustomPlot *m_plot = nullptr;
    struct State;
    std::shared_ptr<State> m_state;     // shared_ptr: no destructor needed in this header
};

} // namespace corescope::gui
