#pragma once

#include "app/gui/controlpanel.h"
#include "app/gui/filecontroller.h"
#include "app/gui/labsession.h"
#include "app/gui/livepage.h"
#include "app/gui/presentationmode.h"
#include "app/gui/racewindow.h"
#include "app/gui/resultspage.h"
#include "app/gui/runlauncher.h"
#include "app/gui/settings.h"
#include "app/gui/speeduppage.h"
#include "app/gui/windowmenus.h"

#include <QMainWindow>
#include <QPointer>

#include <memory>
#include <optional>

class QDockWidget;
class QMenu;
class QPushButton;
class QTabWidget;
class QTableView;

namespace corescope::gui {

class CpuChart;
class DiagnosisPanel;
class LessonGuide;
class LessonPanel;
class MessageBanner;
class PythonPanel;
class RunStatusBar;
class SpeedupChart;
class SweepPanel;
class TaskModel;
class TaskSortProxy;
class TimelineChart;

/// The desktop lab: pick a workload and how to run it, press Run, and watch the cores, the
/// per-worker timeline, the results and the speedup fill in.
///
/// The window only arranges: the LabSession holds the workload, the runs and their history;
/// the pages (Live, Speedup, Results, Sweep) and panels observe it; the FileController opens,
/// saves and exports; PresentationMode dresses the window for a projector; WindowMenus holds
/// the actions and menus, RunLauncher starts runs, WorkloadDrop takes dropped files. What is
/// left here is the layout, the side panel, the settings and the run's status.
class MainWindow final : public QMainWindow {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)
public:
    using Chart = FileController::Chart;
    using SaveTarget = FileController::SaveTarget;
    enum Tab : int { LiveTab, SpeedupTab, ResultsTab, SweepTab };
    /// Room left for the window's frame when a first window is bounded by a small screen.
    static constexpr int kFrameAllowance = 48;

    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    LabSession *session() const { return m_session; }
    FileController *files() const { return m_files; }

    // --- Workloads (File > Open, Open Recent and drag-and-drop all come here) -------------
    bool openFile(const QString &path) { return m_files->openFile(path); }
    bool loadWorkload(const QString &idOrPath) { return m_files->loadWorkload(idOrPath); }
    std::shared_ptr<const Workload> workload() const { return m_session->workload(); }
    QString workloadKey() const { return m_session->workloadKey(); }

    // --- Runs -------------------------------------------------------------------------------
    RunOptions runOptions() const { return m_controls->options(); }
    void setRunOptions(const RunOptions &options) { m_controls->setOptions(options); }
    /// Starts a run of the current workload with the panel's options (or `options`). When a
    /// run is going it asks first (see setAskBeforeReplacingRun); false when nothing started.
    /// A Python run whose interpreter is still being checked (PythonFinder) waits for the
    /// answer without freezing the window, then starts: true, and waitingForPython() says so
    /// until then; Cancel drops it.
    bool startRun();
    bool startRun(const RunOptions &options);
    /// A serial run with the side panel's options, on `runtime` (default: the one chosen).
    bool startSerialBaseline(std::optional<Runtime> runtime = std::nullopt);
    /// A race (a lesson's Race button): a run with `first`, then one with `second`, then the
    /// race window with both (raceShown()). Asks first as startRun() does.
    bool startRace(const RunOptions &first, const RunOptions &second);
    bool waitingForPython() const { return m_launcher->isWaitingForPython(); }
    /// The last race's window while it is open, else null.
    RaceWindow *raceWindow() const { return m_raceWindow; }
    void cancelRun();
    bool isRunning() const { return m_session->isRunning(); }
    quint64 currentRunId() const { return m_session->currentRunId(); }
    std::shared_ptr<const RunResult> lastResult() const { return m_session->lastResult(); }
    const RunHistory &history() const { return m_session->history(); }
    QString runWorkloadKey() const { return m_session->runWorkloadKey(); }
    /// When false, starting a run while one is going cancels it without asking (tests,
    /// scripted demos).
    void setAskBeforeReplacingRun(bool ask) { m_launcher->setAskBeforeReplacing(ask); }

    // --- Files (see FileController) ---------------------------------------------------------
    QString exportChart(Chart chart, const QString &path, QSize size = {})
    {
        return m_files->exportChart(chart, path, size);
    }
    QString exportRunData(ExportDialog::Format format, const QString &path)
    {
        return m_files->exportRunData(format, path);
    }
    SaveTarget saveTarget() const { return m_files->saveTarget(); }
    QString saveTo(const QString &path) { return m_files->saveTo(path); }
    bool openSavedFile(const QString &path) { return m_files->openSavedFile(path); }
    CompareWindow *openCompare(const QString &a = {}, const QString &b = {})
    {
        return m_files->openCompare(a, b);
    }
    bool isShowingSavedRun() const { return m_session->isShowingSavedRun(); }
    QString savedRunBanner() const { return m_session->savedRunBanner(); }

    // --- Presentation -------------------------------------------------------------------------
    void setPresentationMode(bool on) { m_presentation->setEnabled(on); }
    bool isPresentationMode() const { return m_presentation->isEnabled(); }
    void showTab(Tab tab);

    // --- Parts (the lesson guide and tests reach the widgets through these) ------------------
    ControlPanel *controls() const { return m_controls; }
    LivePage *livePage() const { return m_live; }
    SpeedupPage *speedupPage() const { return m_speedupPage; }
    ResultsPage *resultsPage() const { return m_results; }
    SweepPanel *sweepPanel() const { return m_sweepPanel; }
    TaskModel *taskModel() const { return m_results->taskModel(); }
    TaskSortProxy *taskProxy() const { return m_results->taskProxy(); }
    QTableView *resultsTable() const { return m_results->table(); }
    CpuChart *cpuChart() const { return m_live->cpuChart(); }
    TimelineChart *timelineChart() const { return m_live->timelineChart(); }
    SpeedupChart *speedupChart() const { return m_speedupPage->chart(); }
    QPushButton *baselineButton() const { return m_speedupPage->baselineButton(); }
    RunStatusBar *runStatus() const { return m_status; }
    MessageBanner *messageBanner() const { return m_banner; }
    QTabWidget *tabs() const { return m_tabs; }
    EventLoopProbe *eventLoopProbe() const { return m_session->eventLoopProbe(); }
    QMenu *fileMenu() const { return m_menus->fileMenu(); }
    QMenu *viewMenu() const { return m_menus->viewMenu(); }
    QMenu *lessonsMenu() const { return m_menus->lessonsMenu(); }
    QMenu *languageMenu() const { return m_menus->languageMenu(); }
    /// View > Language: "" follows the system, else "en", "ko" or "ru"; remembered, and
    /// applied at once (every widget says its text again).
    void setLanguage(const QString &code) { m_menus->setLanguage(code); }
    LessonGuide *lessonGuide() const { return m_lessonGuide; }
    LessonPanel *lessonPanel() const { return m_lessonPanel; }
    DiagnosisPanel *diagnosisPanel() const { return m_diagnosisPanel; }

Q_SIGNALS:
    void runStarted(quint64 runId);
    /// A run ended and the window shows its final state (table, charts, messages).
    void runEnded(quint64 runId);
    void workloadChanged();
    /// A race ended and its window is shown.
    void raceShown(corescope::gui::RaceWindow *window);

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    /// Says every text the window itself owns again, in the current language.
    void retranslateUi();
    void createCentralArea();
    void createControlsDock();
    void restoreSettings();
    void saveSettings();

    void onWorkloadChanged();
    void onWorkloadChosen(const QString &key);
    void onRunStarted(quint64 runId);
    void onRunEnded(quint64 runId);
    void updateActions();
    void updateWindowTitle();

    Settings m_settings;
    LabSession *m_session = nullptr;
    FileController *m_files = nullptr;
    PresentationMode *m_presentation = nullptr;
    WindowMenus *m_menus = nullptr;
    RunLauncher *m_launcher = nullptr;

    ControlPanel *m_controls = nullptr;
    QDockWidget *m_controlsDock = nullptr;
    QDockWidget *m_pythonDock = nullptr;
    PythonPanel *m_pythonPanel = nullptr;
    MessageBanner *m_banner = nullptr;
    LessonPanel *m_lessonPanel = nullptr;
    DiagnosisPanel *m_diagnosisPanel = nullptr;
    LessonGuide *m_lessonGuide = nullptr;
    QTabWidget *m_tabs = nullptr;
    LivePage *m_live = nullptr;
    SpeedupPage *m_speedupPage = nullptr;
    ResultsPage *m_results = nullptr;
    SweepPanel *m_sweepPanel = nullptr;
    RunStatusBar *m_status = nullptr;
    QPointer<RaceWindow> m_raceWindow;
};

} // namespace corescope::gui
