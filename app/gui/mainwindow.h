#pragma once

#include "app/gui/exportdialog.h"
#include "app/jobs/snapshotqueue.h"
#include "app/gui/settings.h"
#include "app/models/runhistory.h"
#include "core/trace/runrecorder.h"

#include <QHash>
#include <QMainWindow>
#include <QPointer>
#include <QTimer>

#include <memory>
#include <vector>

class QAction;
class QCustomPlot;
class QDockWidget;
class QLabel;
class QMenu;
class QPushButton;
class QSplitter;
class QTabWidget;
class QTableView;

namespace corescope::jobs {
class JobRunner;
}

namespace corescope::gui {

class CompareWindow;
class ControlPanel;
class CpuChart;
class DiagnosisPanel;
class EventLoopProbe;
class LessonGuide;
class LessonPanel;
class MessageBanner;
class RunStatusBar;
class SpeedupChart;
class SweepPanel;
class TaskModel;
class TaskSortProxy;
class TimelineChart;

/// The desktop lab: pick a workload and how to run it, press Run, and watch the cores, the
/// per-worker timeline, the results and the speedup fill in.
///
/// The engine runs on its own threads; a JobRunner pulls one batched snapshot per frame (~30 Hz)
/// off the GUI thread, and the window takes the data in bounded pieces within a time budget
/// per event-loop turn, so a million tiny tasks never turn into a million signals, nor into
/// one long freeze.
class MainWindow final : public QMainWindow {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)
public:
    enum class Chart { Cores, Timeline, Speedup };
    enum Tab : int { LiveTab, SpeedupTab, ResultsTab };
    /// GUI time spent on incoming run data per event-loop turn: the rest is for the user.
    static constexpr int kDrainBudgetMs = 8;
    /// Task records handed to the table and the timeline at once (one beginInsertRows each).
    static constexpr std::size_t kPieceTasks = 4096;

    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // --- Workloads ----------------------------------------------------------------------
    /// Loads a workload file (File > Open, Open Recent, drag-and-drop all come here). On an
    /// error the window says so, naming file:line:col, and keeps the current workload.
    bool openFile(const QString &path);
    /// A shipped workload by id or name ("primes50", "Seed primes (50)"), else a file.
    bool loadWorkload(const QString &idOrPath);
    /// The current workload (never null once the window is built).
    std::shared_ptr<const Workload> workload() const { return m_workload; }
    /// The current workload's key: a shipped id, or a file's absolute path.
    QString workloadKey() const { return m_workloadKey; }

    // --- Runs ---------------------------------------------------------------------------
    RunOptions runOptions() const;
    void setRunOptions(const RunOptions &options);
    /// Starts a run of the current workload with the panel's options (or `options`). When a
    /// run is going it asks first (see setAskBeforeReplacingRun); false when nothing started.
    bool startRun();
    bool startRun(const RunOptions &options);
    void cancelRun();
    bool isRunning() const;
    quint64 currentRunId() const { return m_runId; }
    /// The last run that ended (ok, cancelled or failed), or null.
    std::shared_ptr<const RunResult> lastResult() const { return m_lastResult; }
    /// When false, starting a run while one is going cancels it without asking (tests,
    /// scripted demos).
    void setAskBeforeReplacingRun(bool ask) { m_askBeforeReplacing = ask; }
    const RunHistory &history() const { return m_history; }

    // --- Export -------------------------------------------------------------------------
    /// Writes a chart as PNG / SVG / PDF (by suffix); empty on success, else the error.
    /// An empty `size` exports at the size shown, or 1600 x 900 for a chart not on screen.
    QString exportChart(Chart chart, const QString &path, QSize size = {});
    /// Writes the last run as CSV / JSON report / Chrome trace; empty on success.
    QString exportRunData(ExportDialog::Format format, const QString &path);

    // --- Sweeps, saved runs and comparison (File > Save, Open, Compare) -----------------
    /// What File > Save writes: the last run (run report), or the last sweep (sweep report)
    /// on the Sweep tab or when there is no run.
    enum class SaveTarget { Nothing, Run, Sweep };
    SaveTarget saveTarget() const;
    /// Writes what saveTarget() names to `path`; empty on success, else the error.
    QString saveTo(const QString &path);
    /// Opens a saved run (timeline, cores, table, status and diagnosis as they were) or a
    /// saved sweep (the Sweep tab) without re-running; openFile() sends reports here.
    bool openSavedFile(const QString &path);
    /// True while the window shows a run opened from a file; the banner says whose.
    bool isShowingSavedRun() const { return m_showingSaved; }
    /// "saved run from server-1, 2026-11-30 10:00", or empty.
    QString savedRunBanner() const { return m_savedBanner; }
    /// File > Compare: two saved files side by side (either may be empty: the window asks).
    CompareWindow *openCompare(const QString &a = {}, const QString &b = {});
    SweepPanel *sweepPanel() const { return m_sweepPanel; }

    // --- Presentation -------------------------------------------------------------------
    void setPresentationMode(bool on);
    bool isPresentationMode() const { return m_presentation; }
    void showTab(Tab tab);

    // --- Parts, for tests and for features that plug into the window -------------------
    ControlPanel *controls() const { return m_controls; }
    TaskModel *taskModel() const { return m_taskModel; }
    TaskSortProxy *taskProxy() const { return m_taskProxy; }
    QTableView *resultsTable() const { return m_table; }
    CpuChart *cpuChart() const { return m_cpuChart; }
    TimelineChart *timelineChart() const { return m_timeline; }
    SpeedupChart *speedupChart() const { return m_speedup; }
    RunStatusBar *runStatus() const { return m_status; }
    MessageBanner *messageBanner() const { return m_banner; }
    QTabWidget *tabs() const { return m_tabs; }
    QPushButton *baselineButton() const { return m_baselineButton; }
    /// Measures the event loop's worst delay during each run (started and stopped with it).
    EventLoopProbe *eventLoopProbe() const { return m_probe; }
    QMenu *fileMenu() const { return m_fileMenu; }
    QMenu *viewMenu() const { return m_viewMenu; }
    QMenu *lessonsMenu() const { return m_lessonsMenu; }
    LessonGuide *lessonGuide() const { return m_lessonGuide; }
    LessonPanel *lessonPanel() const { return m_lessonPanel; }
    DiagnosisPanel *diagnosisPanel() const { return m_diagnosisPanel; }
    /// The workload key of the current (or last) run.
    QString runWorkloadKey() const { return m_runWorkloadKey; }

Q_SIGNALS:
    void runStarted(quint64 runId);
    /// A run ended and the window shows its final state (table, charts, messages).
    void runEnded(quint64 runId);
    void workloadChanged();

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct ShippedWorkload {
        QString id;
        std::shared_ptr<const Workload> workload;
    };

    void createActions();
    void createSweepActions();
    void onSaveTriggered();
    void showSavedRun(std::shared_ptr<const RunResult> run, const QString &path,
                      const QString &banner);
    void createMenus();
    void createCentralArea();
    void createControlsDock();
    QWidget *createSpeedupPage();
    QWidget *createResultsPage();
    void loadCatalog();
    void restoreSettings();
    void saveSettings();

    void setWorkload(std::shared_ptr<const Workload> workload, const QString &key, bool isFile);
    bool selectShipped(const QString &idOrName);
    void onWorkloadChosen(const QString &key);
    void onOpenTriggered();
    void updateRecentMenu();
    void updateActions();
    void updateWindowTitle();
    QString workloadDetails(const Workload &workload) const;

    bool confirmReplaceRun();
    void onRunTriggered();
    void onBaselineTriggered();
    void onCancelTriggered();
    void onRunProgressed(quint64 job, std::shared_ptr<RunSnapshot> snapshot);
    void onRunFinished(quint64 job, std::shared_ptr<RunSnapshot> last,
                       std::shared_ptr<const RunResult> result);
    void drainFeed();
    void applyPiece(const RunSnapshot &piece);
    void finishRun(std::shared_ptr<const RunResult> result);
    void setChartTitles(const Workload &workload, const RunOptions &options);
    void updateSpeedup();
    void onClearRunsTriggered();

    QCustomPlot *plotOf(Chart chart) const;
    QString chartName(Chart chart) const;
    Chart currentChart() const;
    QString exportStem() const;
    QString exportDirectory() const;
    void openExportDialog(int chart);
    void exportChartAs(ExportDialog::Format format);
    void exportDataAs(ExportDialog::Format format);
    void reportExport(const QString &what, const QString &path, const QString &error);
    void showChartMenu(Chart chart, const QPoint &globalPos);
    void onTimelineTaskClicked(quint32 taskIndex);
    void applyPresentationToTable();
    void resizeTableColumns();

    Settings m_settings;
    jobs::JobRunner *m_jobs = nullptr;
    jobs::SnapshotQueue m_queue;                     // arrived, not shown yet
    std::shared_ptr<const RunResult> m_endedResult;  // the run ended; shown once m_queue drains
    bool m_runGoing = false;                         // from startRun() until finishRun()
    QTimer m_drainTimer;
    EventLoopProbe *m_probe = nullptr;

    // Workload
    std::vector<ShippedWorkload> m_shipped;
    std::shared_ptr<const Workload> m_workload;
    QString m_workloadKey;
    bool m_workloadIsFile = false;

    // The current (or last) run
    quint64 m_runId = 0;
    std::shared_ptr<const Workload> m_runWorkload;
    QString m_runWorkloadKey;
    RunOptions m_runOptions;
    std::shared_ptr<const RunResult> m_lastResult;
    RunHistory m_history;
    bool m_askBeforeReplacing = true;
    QString m_machineText;   // "AMD EPYC, 2 logical cores", for chart subtitles

    // Widgets
    ControlPanel *m_controls = nullptr;
    QDockWidget *m_controlsDock = nullptr;
    MessageBanner *m_banner = nullptr;
    LessonPanel *m_lessonPanel = nullptr;
    DiagnosisPanel *m_diagnosisPanel = nullptr;
    LessonGuide *m_lessonGuide = nullptr;
    QTabWidget *m_tabs = nullptr;
    QSplitter *m_liveSplitter = nullptr;
    CpuChart *m_cpuChart = nullptr;
    TimelineChart *m_timeline = nullptr;
    SpeedupChart *m_speedup = nullptr;
    QWidget *m_baselineBar = nullptr;
    QLabel *m_baselineLabel = nullptr;
    QPushButton *m_baselineButton = nullptr;
    QLabel *m_runsLabel = nullptr;
    QPushButton *m_clearRunsButton = nullptr;
    QTableView *m_table = nullptr;
    TaskModel *m_taskModel = nullptr;
    TaskSortProxy *m_taskProxy = nullptr;
    RunStatusBar *m_status = nullptr;
    Chart m_liveChart = Chart::Cores;   // the Live tab's chart the user last clicked

    // Actions and menus
    QMenu *m_fileMenu = nullptr;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_runMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_lessonsMenu = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_exportDialogAction = nullptr;
    QList<QAction *> m_exportChartActions;
    QList<QAction *> m_exportDataActions;
    QAction *m_quitAction = nullptr;
    QAction *m_runAction = nullptr;
    QAction *m_cancelAction = nullptr;
    QAction *m_baselineAction = nullptr;
    QAction *m_presentationAction = nullptr;
    QAction *m_fitTimelineAction = nullptr;

    // Sweeps, saved files, comparison
    SweepPanel *m_sweepPanel = nullptr;
    QPointer<CompareWindow> m_compareWindow;
    QAction *m_saveAction = nullptr;
    QAction *m_compareAction = nullptr;
    QAction *m_sweepAction = nullptr;
    bool m_showingSaved = false;
    QString m_savedBanner;

    // Presentation mode
    bool m_presentation = false;
    QFont m_normalFont;
    QByteArray m_geometryBeforePresentation;
    bool m_wasMaximized = false;
};

} // namespace corescope::gui
