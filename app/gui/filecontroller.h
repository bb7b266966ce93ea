#pragma once

#include "app/gui/exportdialog.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSize>

#include <memory>

class QAction;
class QCustomPlot;
class QMenu;
class QTabWidget;
class QWidget;

namespace corescope {
struct RunResult;
struct Workload;
}

namespace corescope::gui {

class CompareWindow;
class ControlPanel;
class CpuChart;
class SpeedupChart;
class TimelineChart;
class LabSession;
class MessageBanner;
class Settings;
class SweepPanel;

/// Everything the window reads and writes: File > Open (workloads, saved runs and sweeps, drag
/// and drop, Open Recent), Save, Compare, and Export (charts as PNG / SVG / PDF, the run as
/// CSV / JSON report / Chrome trace). It owns those actions and the Open Recent menu; the
/// window places them. Every outcome is said in the message banner.
class FileController final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FileController)
public:
    enum class Chart { Cores, Timeline, Speedup };
    /// What File > Save writes: the last run (run report), or the last sweep (sweep report)
    /// on the Sweep tab or when there is no run.
    enum class SaveTarget { Nothing, Run, Sweep };

    /// What the controller works with; all owned by the window.
    struct Parts {
        QWidget *window = nullptr;   ///< parent of the dialogs
        LabSession *session = nullptr;
        Settings *settings = nullptr;
        MessageBanner *banner = nullptr;
        ControlPanel *controls = nullptr;
        SweepPanel *sweepPanel = nullptr;
        QTabWidget *tabs = nullptr;
        QWidget *speedupPage = nullptr;   ///< on its tab, Ctrl+E means the speedup chart
        QWidget *resultsPage = nullptr;   ///< on its tab, Ctrl+E offers the run's data only
        CpuChart *cpuChart = nullptr;
        TimelineChart *timelineChart = nullptr;
        SpeedupChart *speedupChart = nullptr;
        QAction *fitTimelineAction = nullptr;   ///< offered on the timeline's menu
    };
    explicit FileController(Parts parts, QObject *parent = nullptr);

    QAction *openAction() const { return m_openAction; }
    QMenu *recentMenu() const { return m_recentMenu; }
    QAction *saveAction() const { return m_saveAction; }
    QAction *compareAction() const { return m_compareAction; }
    QAction *exportDialogAction() const { return m_exportDialogAction; }
    QList<QAction *> exportChartActions() const { return m_exportChartActions; }
    QList<QAction *> exportDataActions() const { return m_exportDataActions; }

    /// A shipped workload by id or name ("primes50", "Seed primes (50)"), else a file.
    bool loadWorkload(const QString &idOrPath);
    /// Loads a workload file, or shows a saved run or sweep. On an error the banner says so,
    /// naming file:line:col, and the current workload stays.
    bool openFile(const QString &path);
    /// Opens a saved run (as it was) or a saved sweep (the Sweep tab) without re-running.
    bool openSavedFile(const QString &path);
    SaveTarget saveTarget() const;
    /// Writes what saveTarget() names to `path`; empty on success, else the error.
    QString saveTo(const QString &path);
    /// Two saved files side by side (either may be empty: the window asks).
    CompareWindow *openCompare(const QString &a = {}, const QString &b = {});

    /// Writes a chart as PNG / SVG / PDF (by suffix); empty on success, else the error.
    /// An empty `size` exports at a slide's 1280 x 720; a PNG has exactly `size` x `scale`
    /// pixels.
    QString exportChart(Chart chart, const QString &path, QSize size = {}, double scale = 1.0);
    /// Writes the last run as CSV / JSON report / Chrome trace; empty on success.
    QString exportRunData(ExportDialog::Format format, const QString &path);
    QString chartName(Chart chart) const;
    /// The chart Ctrl+E and Export > Chart mean now: on the Live tab, the one last clicked.
    Chart currentChart() const;
    QCustomPlot *plotOf(Chart chart) const;
    /// Enables Save and the data exports as there is something to write.
    void updateActions();
    /// Says the actions' texts again, in the current language (View > Language).
    void retranslate();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Watched {
        Chart chart;
        QList<QAction *> extra;
    };
    void createActions();
    // Right-click on `owner` (a chart widget) opens its export menu, with `extra` actions
    // below; a click makes it the chart Ctrl+E and Export > Chart mean on the Live tab.
    void watchChart(Chart chart, QWidget *owner, const QList<QAction *> &extra = {});
    void showChartMenu(const Watched &watched, const QPoint &globalPos);
    void onOpenTriggered();
    void onSaveTriggered();
    void updateRecentMenu();
    bool selectShipped(const QString &idOrName);
    /// Reads a workload file and makes it the loaded one (and, with `remember`, a recent file);
    /// else the error, in words, and the loaded one stays.
    QString useWorkloadFile(const QString &path, bool remember);
    /// The side panel takes a saved run's workload and options, ready to run it again here as
    /// it was run. Returns a sentence for the banner when its workload is not here (the panel
    /// keeps the one loaded), else empty.
    QString adoptSavedRun(const RunResult &run);
    /// The side panel's part of adoptSavedRun(), for a saved run's or a saved sweep's workload.
    QString adoptSavedWorkload(const Workload &saved);
    /// "Showing a saved run ..." (and the workload's note) over what the banner says already.
    void showSavedBanner(const QString &showing, const QString &workloadNote);
    QString exportStem() const;
    QString exportDirectory() const;
    QString documentsDirectory() const;
    void openExportDialog(int chart);
    void exportChartAs(ExportDialog::Format format);
    void exportDataAs(ExportDialog::Format format);
    void reportExport(const QString &what, const QString &path, const QString &error);

    Parts m_parts;
    QAction *m_openAction = nullptr;
    QMenu *m_recentMenu = nullptr;
    QAction *m_saveAction = nullptr;
    QAction *m_compareAction = nullptr;
    QAction *m_exportDialogAction = nullptr;
    QList<QAction *> m_exportChartActions;
    QList<QAction *> m_exportDataActions;
    QPointer<CompareWindow> m_compareWindow;
    QHash<QObject *, Watched> m_charts;   // chart widgets and their plots
    Chart m_liveChart = Chart::Cores;     // the Live tab's chart the user last clicked
};

} // namespace corescope::gui
