// The Sweep tab's results: the speedup and efficiency charts side by side, the table of the
// measured points, the Amdahl fit per mode with its predictions (checked against MPI rank
// counts beyond this host), and the note on what makes the numbers doubtful (short runs,
// unreliable fits).
#pragma once

#include "core/engine/sweep.h"

#include <QWidget>

class QLabel;
class QScrollArea;
class QSplitter;
class QTableWidget;

namespace corescope::gui {

class SpeedupChart;

class SweepResultsView final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SweepResultsView)
public:
    /// The worker counts a prediction is made for.
    static constexpr int kPredictAt[] = {8, 16, 64};

    explicit SweepResultsView(QWidget *parent = nullptr);

    /// Every chart and table shows `sweep` (an empty one: "no sweep yet").
    void setSweep(const SweepResult &sweep);
    void setPresentationMode(bool on);

    SpeedupChart *speedupChart() const { return m_speedup; }
    SpeedupChart *efficiencyChart() const { return m_efficiency; }
    QTableWidget *pointsTable() const { return m_points; }
    QTableWidget *fitTable() const { return m_fits; }
    /// The divider between the charts and the tables, as QSplitter saves it (remembered across
    /// launches: the tables show a few rows by default, more where one drags it).
    QByteArray splitterState() const;
    /// False, and nothing changed, for a state that is not a saved one.
    bool restoreSplitterState(const QByteArray &state);
    /// Hidden when nothing makes the numbers doubtful.
    QLabel *warningLabel() const { return m_warnings; }
    /// MPI ranks beyond this host's cores: predicted beside measured; hidden without them.
    QLabel *beyondHostLabel() const { return m_beyondHost; }

Q_SIGNALS:
    /// A chart was right-clicked: the panel offers its export menu there.
    void exportMenuRequested(const QPoint &globalPos);

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void retranslate();
    /// The warnings' box as tall as its text, up to kWarningLines lines; it scrolls beyond.
    void fitWarningsHeight();
    void showPoints(const SweepResult &sweep);
    void showFits(const SweepResult &sweep);
    void showWarnings(const SweepResult &sweep);
    void showBeyondHost(const SweepResult &sweep);

    /// A sweep of many short points on few cores can have eight warnings: shown whole, they
    /// left the tables below the charts a row's height at 1400x900.
    static constexpr int kWarningLines = 4;
    QScrollArea *m_warningsBox = nullptr;
    QLabel *m_warnings = nullptr;
    SpeedupChart *m_speedup = nullptr;
    SpeedupChart *m_efficiency = nullptr;
    QTableWidget *m_points = nullptr;
    QLabel *m_fitCaption = nullptr;
    QTableWidget *m_fits = nullptr;
    QLabel *m_beyondHost = nullptr;
    QSplitter *m_split = nullptr;
};

} // namespace corescope::gui
