#pragma once

#include "app/gui/savedfile.h"

#include <QWidget>

#include <array>
#include <optional>

class QCustomPlot;
class QLabel;
class QPushButton;
class QStackedWidget;

namespace corescope::gui {

class SpeedupChart;
class TimelineChart;

/// Two saved runs or two saved sweeps side by side (laptop vs server, threads vs processes):
/// sweeps as overlaid speedup and efficiency curves, each file in its own line style and
/// named in the legend by machine and file; runs as two timelines one above the other on the
/// same time scale. Nothing is re-run. Every chart exports like the main window's.
class CompareWindow final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CompareWindow)
public:
    enum class Chart { Speedup, Efficiency, TimelineA, TimelineB };

    explicit CompareWindow(QWidget *parent = nullptr);

    /// Loads a saved file into slot 0 (A) or 1 (B); false with `error` when it cannot be read.
    bool setFile(int slot, const QString &path, QString *error = nullptr);
    /// Both at once; the message of the first that failed.
    bool openFiles(const QString &a, const QString &b, QString *error = nullptr);
    const std::optional<SavedFile> &file(int slot) const { return m_files[std::size_t(slot)]; }

    /// What is compared now: nothing yet, two runs, two sweeps, or a mix (which says so).
    enum class View { Empty, Runs, Sweeps, Mixed };
    View view() const { return m_view; }

    SpeedupChart *speedupChart() const { return m_speedup; }
    SpeedupChart *efficiencyChart() const { return m_efficiency; }
    TimelineChart *timeline(int slot) const { return m_timelines[std::size_t(slot)]; }
    QLabel *messageLabel() const { return m_message; }
    QCustomPlot *plotOf(Chart chart) const;
    /// Writes a chart as PNG / SVG / PDF by suffix; empty on success, else the error.
    QString exportChart(Chart chart, const QString &path, QSize size = {});

private:
    void onOpenClicked(int slot);
    void onExportClicked();
    void rebuild();
    QString legendName(int slot) const;

    std::array<std::optional<SavedFile>, 2> m_files;
    View m_view = View::Empty;
    QString m_lastDirectory;

    std::array<QLabel *, 2> m_fileLabels{};
    QLabel *m_message = nullptr;
    QStackedWidget *m_pages = nullptr;
    SpeedupChart *m_speedup = nullptr;
    SpeedupChart *m_efficiency = nullptr;
    std::array<TimelineChart *, 2> m_timelines{};
    QPushButton *m_export = nullptr;
};

} // namespace corescope::gui
