#include "app/gui/mainwindow.h"

#include "app/charts/cpuchart.h"
#include "app/charts/runlabel.h"
#include "app/charts/speedupchart.h"
#include "app/charts/timelinechart.h"
#include "app/gui/controlpanel.h"
#include "app/gui/diagnosispanel.h"
#include "app/gui/lessonguide.h"
#include "app/gui/lessonpanel.h"
#include "app/gui/livepage.h"
#include "app/gui/messagebanner.h"
#include "app/gui/presentationmode.h"
#include "app/gui/pythonpanel.h"
#include "app/gui/resultspage.h"
#include "app/gui/runexplanation.h"
#include "app/gui/runstatusbar.h"
#include "app/gui/speeduppage.h"
#include "app/gui/sweeppanel.h"
#include "app/gui/workloaddrop.h"
#include "app/models/taskmodel.h"
#include "core/engine/runjob.h"
#include "core/sample/cpusampler.h"

#include <QAction>
#include <QCloseEvent>
#include <QDockWidget>
#include <QEvent>
#include <QGuiApplication>
#include <QScreen>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace corescope::gui {

namespace {

constexpr auto kDefaultWorkload = "primes50";

} // namespace

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent)
{
    setObjectName(QStringLiteral("mainWindow"));
    setDockOptions(QMainWindow::AnimatedDocks | QMainWindow::AllowTabbedDocks);
    m_session = new LabSession(this);

    m_menus = new WindowMenus(this, &m_settings);   // the actions first: the pages take some
    createCentralArea();
    createControlsDock();
    m_files = new FileController({this, m_session, &m_settings, m_banner, m_controls, m_sweepPanel,
                                  m_tabs, m_speedupPage, m_results, cpuChart(), timelineChart(),
                                  speedupChart(), m_menus->fitTimelineAction()},
                                 this);
    new WorkloadDrop(this, m_files);
    m_controls->setActions(m_menus->runAction(), m_menus->cancelAction(), m_files->openAction());
    addActions({m_files->openAction(), m_files->exportDialogAction(), m_files->saveAction(),
                m_files->compareAction()});
    m_presentation = new PresentationMode(this, m_controlsDock, [this](bool on) {
        m_live->setPresentationMode(on);
        // Under 1000 px (a 720p projector) the charts need the diagnosis' lines: it starts
        // folded to its header (one click opens it); a taller screen keeps it open.
        const QScreen *screen = this->screen();
        m_diagnosisPanel->setCollapsed(on && screen && screen->availableGeometry().height() < 1000);
        m_speedupPage->setPresentationMode(on);
        m_sweepPanel->setPresentationMode(on);
        m_results->setPresentationMode(on);
    });
    connect(m_presentation, &PresentationMode::toggled, m_menus->presentationAction(),
            &QAction::setChecked);
    m_menus->createMenus(m_files, m_controlsDock, m_pythonDock);

    connect(m_session, &LabSession::workloadChanged, this, &MainWindow::onWorkloadChanged);
    connect(m_session, &LabSession::runStarted, this, &MainWindow::onRunStarted);
    connect(m_session, &LabSession::runProgressed, m_status, &RunStatusBar::update);
    connect(m_session, &LabSession::savedRunOpened, m_status,
            [this](const std::shared_ptr<const RunResult> &run) { m_status->start(run->tasks.size()); });
    connect(m_session, &LabSession::runEnded, this, &MainWindow::onRunEnded);
    m_launcher = new RunLauncher({this, m_session, m_sweepPanel, m_banner}, this);
    connect(m_launcher, &RunLauncher::waitingChanged, this, &MainWindow::updateActions);
    connect(m_session, &LabSession::savedStateChanged, this, &MainWindow::updateWindowTitle);
    connect(m_session, &LabSession::raceFinished, this,
            [this](const std::shared_ptr<const RunResult> &first,
                   const std::shared_ptr<const RunResult> &second) {
                if (m_raceWindow)
                    m_raceWindow->close();   // one race on the screen: the latest
                m_raceWindow = new RaceWindow(first, second, this);
                m_raceWindow->setAttribute(Qt::WA_DeleteOnClose);
                m_raceWindow->show();
                Q_EMIT raceShown(m_raceWindow);
            });
    m_lessonGuide = new LessonGuide(
        {m_session, m_files, m_controls, m_banner, m_menus->lessonsMenu(), m_lessonPanel,
         m_diagnosisPanel,
         [this](const RunOptions &options) { return startRun(options); },
         [this](const RunOptions &first, const RunOptions &second) {
             return startRace(first, second);
         },
         [this] { showTab(LiveTab); }},
        this);
    connect(m_sweepPanel, &SweepPanel::sweepStarted, this, &MainWindow::updateActions);
    connect(m_sweepPanel, &SweepPanel::sweepFinished, this, &MainWindow::updateActions);

    retranslateUi();   // also lists the shipped workloads, in the current language
    restoreSettings();
    // The Sweep tab's default modes are those of the runtime chosen beside Mode.
    m_sweepPanel->followRuntime(m_controls->options().runtime);
    connect(m_controls, &ControlPanel::optionsChanged, this,
            [this] { m_sweepPanel->followRuntime(m_controls->options().runtime); });
    updateActions();
}

MainWindow::~MainWindow() = default;   // the session (a child) cancels and joins a run

// --- Construction ----------------------------------------------------------------------

void MainWindow::createCentralArea()
{
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(6, 6, 6, 2);
    layout->setSpacing(6);

    m_banner = new MessageBanner(central);
    layout->addWidget(m_banner);
    m_lessonPanel = new LessonPanel(central);   // the lesson picked in the Lessons menu
    layout->addWidget(m_lessonPanel);

    m_tabs = new QTabWidget(central);
    m_tabs->setObjectName(QStringLiteral("chartTabs"));
    m_tabs->setDocumentMode(true);
    m_live = new LivePage(m_session, m_tabs);
    m_tabs->addTab(m_live, QString());
    m_speedupPage = new SpeedupPage(m_session, m_menus->baselineAction(), m_tabs);
    connect(m_speedupPage, &SpeedupPage::serialBaselineRequested, this,
            [this](Runtime runtime) { startSerialBaseline(runtime); });
    m_tabs->addTab(m_speedupPage, QString());
    m_results = new ResultsPage(m_session, m_tabs);
    m_tabs->addTab(m_results, QString());
    m_sweepPanel = new SweepPanel(m_tabs);
    m_sweepPanel->setJobRunner(m_session->jobRunner());   // a run and a sweep never overlap
    m_sweepPanel->setBaseOptionsProvider([this] { return m_controls->options(); });
    m_tabs->addTab(m_sweepPanel, QString());
    layout->addWidget(m_tabs, 1);
    m_diagnosisPanel = new DiagnosisPanel(central);   // "why this speedup?" after each run
    layout->addWidget(m_diagnosisPanel);
    m_status = new RunStatusBar(central);
    layout->addWidget(m_status);
    setCentralWidget(central);

    connect(timelineChart(), &TimelineChart::taskClicked, m_results, &ResultsPage::selectTask);
    connect(m_menus->fitTimelineAction(), &QAction::triggered, timelineChart(),
            &TimelineChart::fitToRun);
    connect(m_tabs, &QTabWidget::currentChanged, this, &MainWindow::updateActions);
    connect(m_tabs, &QTabWidget::currentChanged, m_diagnosisPanel,
            [this](int tab) { m_diagnosisPanel->setSuppressed(tab == SweepTab); });
    // When the Speedup tab's bar asks for a missing baseline, above, the diagnosis does not ask
    // again below it. (After the page's own refresh: it was connected to the session first.)
    const auto offerBaselineOnce = [this] {
        m_diagnosisPanel->setBaselineOfferedAbove(m_tabs->currentIndex() == SpeedupTab
                                                  && m_speedupPage->offersBaseline());
    };
    connect(m_tabs, &QTabWidget::currentChanged, m_diagnosisPanel, offerBaselineOnce);
    connect(m_session, &LabSession::historyChanged, m_diagnosisPanel, offerBaselineOnce);
    connect(m_session, &LabSession::workloadChanged, m_diagnosisPanel, offerBaselineOnce);
}

void MainWindow::createControlsDock()
{
    m_controls = new ControlPanel;
    m_controls->setObjectName(QStringLiteral("controlPanel"));
    m_controls->setMachineCores(logicalCoreCount());
    connect(m_controls, &ControlPanel::workloadChosen, this, &MainWindow::onWorkloadChosen);

    m_controlsDock = new QDockWidget(this);
    m_controlsDock->setObjectName(QStringLiteral("controlsDock"));
    m_controlsDock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable
                                | QDockWidget::DockWidgetClosable);
    m_controlsDock->setWidget(m_controls);
    m_controlsDock->setMinimumWidth(300);
    addDockWidget(Qt::LeftDockWidgetArea, m_controlsDock);
    resizeDocks({m_controlsDock}, {340}, Qt::Horizontal);

    // The equivalent Python, on the right and hidden until asked for (View menu); the saved
    // window state brings it back as it was left.
    m_pythonPanel = new PythonPanel(m_session, m_controls);
    m_pythonPanel->setObjectName(QStringLiteral("pythonPanel"));
    m_pythonDock = new QDockWidget(tr("Python Equivalent"), this);
    m_pythonDock->setObjectName(QStringLiteral("pythonDock"));
    m_pythonDock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable
                              | QDockWidget::DockWidgetClosable);
    m_pythonDock->setWidget(m_pythonPanel);
    m_pythonDock->setMinimumWidth(360);
    addDockWidget(Qt::RightDockWidgetArea, m_pythonDock);
    m_pythonDock->hide();
    // Wide enough for the code's lines (about 90 columns) when first shown. Where that pushed
    // the window past its screen (a 1280-pixel projector has no room for a third column), the
    // dock floats at the screen's right edge instead and the window gets its width back.
    connect(m_pythonDock, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (!visible || m_pythonDock->isFloating())
            return;
        if (m_pythonDock->width() < 480)
            resizeDocks({m_pythonDock}, {std::min(640, width() / 3)}, Qt::Horizontal);
        QTimer::singleShot(0, this, [this] {
            const QRect room = screen() ? screen()->availableGeometry() : QRect();
            const int frame = frameGeometry().width() - width();
            if (!room.isValid() || !m_pythonDock->isVisible() || m_pythonDock->isFloating()
                || width() + frame <= room.width())
                return;
            m_pythonDock->setFloating(true);
            const QSize size(std::min(640, room.width() / 2), room.height() * 2 / 3);
            m_pythonDock->setGeometry(
                QRect(QPoint(room.right() + 1 - size.width(), room.top() + 40), size));
            // Once the layout has let the dock go (it may widen the window meanwhile).
            QTimer::singleShot(0, this, [this, width = room.width() - frame] {
                resize(width, height());
            });
        });
    });
}

void MainWindow::changeEvent(QEvent *event)
{
    QMainWindow::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
}

void MainWindow::retranslateUi()
{
    m_tabs->setTabText(LiveTab, tr("&Live: cores and timeline"));
    m_tabs->setTabToolTip(LiveTab, tr("Per-core utilization and the per-worker task timeline, "
                                      "live (Ctrl+1)"));
    m_tabs->setTabText(SpeedupTab, tr("&Speedup"));
    m_tabs->setTabToolTip(SpeedupTab, tr("Every finished run of this workload against the "
                                         "serial run (Ctrl+2)"));
    m_tabs->setTabText(ResultsTab, tr("R&esults"));
    m_tabs->setTabToolTip(ResultsTab, tr("One row per finished task, sortable (Ctrl+3)"));
    m_tabs->setTabText(SweepTab, tr("S&weep"));
    m_tabs->setTabToolTip(SweepTab, tr("Speedup and efficiency over modes and worker counts, "
                                       "measured in one go (Ctrl+4; Run > Sweep…, Ctrl+Shift+R)"));
    m_controlsDock->setWindowTitle(tr("Controls"));
    m_pythonDock->setWindowTitle(tr("Python Equivalent"));

    m_menus->retranslate();   // after the tabs: their entries in View take the tooltips
    m_files->retranslate();
    // The shipped workloads' names and the details of the one chosen, in the new language.
    for (const LabSession::Shipped &shipped : m_session->shipped())
        m_controls->addWorkload(shipped.id, workloadName(*shipped.workload),
                                workloadDescription(*shipped.workload), false);
    if (const auto workload = m_session->workload())
        m_controls->setWorkloadDetails(workloadDetails(*workload));
    if (m_lessonGuide)
        m_lessonGuide->retranslate();
    updateWindowTitle();
}

void MainWindow::restoreSettings()
{
    RunOptions defaults;
    defaults.mode = Mode::Processes;
    defaults.workers = std::clamp(logicalCoreCount(), 1, 8);
    m_controls->setOptions(m_settings.runOptions(defaults));

    if (!restoreGeometry(m_settings.windowGeometry())) {
        // 1440x900 where it fits; on a smaller screen (a 1366x768 laptop), what it has, less
        // room for the window's frame (the size set is the inside's; the frame is not known
        // before the window is shown).
        QSize size(1440, 900);
        if (const QScreen *screen = QGuiApplication::primaryScreen())
            size = size.boundedTo(screen->availableSize() - QSize(kFrameAllowance, kFrameAllowance));
        resize(size);
    }
    restoreState(m_settings.windowState());
    if (const QByteArray splitter = m_settings.liveSplitter(); !splitter.isEmpty())
        m_live->restoreState(splitter);
    if (const QByteArray splitter = m_settings.sweepSplitter(); !splitter.isEmpty())
        m_sweepPanel->restoreSplitterState(splitter);
    m_tabs->setCurrentIndex(std::clamp(m_settings.currentTab(), 0, m_tabs->count() - 1));

    // The last workload, else the seed primes; a file that went away falls back quietly to
    // the primes but says so.
    const QString last = m_settings.lastWorkload();
    if (last.isEmpty() || !loadWorkload(last)) {
        loadWorkload(QString::fromLatin1(kDefaultWorkload));
        if (!m_session->workload() && !m_session->shipped().empty())
            m_session->setWorkload(m_session->shipped().front().workload,
                                   m_session->shipped().front().id, false);
    }
}

void MainWindow::saveSettings()
{
    m_settings.setWindowGeometry(m_presentation->normalGeometry());
    m_settings.setWindowState(m_presentation->normalState());
    m_settings.setLiveSplitter(m_live->baseState());
    m_settings.setSweepSplitter(m_sweepPanel->splitterState());
    m_settings.setCurrentTab(m_tabs->currentIndex());
    m_settings.setLastWorkload(m_session->workloadKey());
    m_settings.setRunOptions(m_controls->preferredOptions());
    m_settings.sync();
}

// --- Workloads -------------------------------------------------------------------------

void MainWindow::onWorkloadChanged()
{
    m_controls->setCurrentWorkload(m_session->workloadKey());
    m_controls->setWorkloadDetails(workloadDetails(*m_session->workload()));
    m_controls->setWorkloadTaskCount(m_session->workload()->taskCount());
    m_controls->setNativeRefusal(nativeRefusal(*m_session->workload()));
    m_sweepPanel->setWorkload(m_session->workload());
    updateWindowTitle();
    updateActions();
    Q_EMIT workloadChanged();
}

void MainWindow::onWorkloadChosen(const QString &key)
{
    if (key == m_session->workloadKey() && !m_session->workloadIsFile())
        return;
    // A file is read again: the teacher may have edited it since.
    loadWorkload(key);
}

void MainWindow::updateWindowTitle()
{
    const auto workload = m_session->workload();
    QString title = workload ? tr("Corescope — %1").arg(workloadName(*workload))
                             : QStringLiteral("Corescope");
    if (m_session->isShowingSavedRun())
        title += QStringLiteral(" — ") + m_session->savedRunBanner();
    setWindowTitle(title);
}

void MainWindow::updateActions()
{
    const bool haveWorkload = m_session->workload() != nullptr;
    // A sweep measures wall times: a run beside it would disturb both.
    const bool sweeping = m_sweepPanel->isRunning();
    m_menus->runAction()->setEnabled(haveWorkload && !sweeping);
    m_menus->baselineAction()->setEnabled(haveWorkload && !sweeping);
    m_menus->cancelAction()->setEnabled(isRunning() || waitingForPython());
    m_files->updateActions();
}

// --- Runs ------------------------------------------------------------------------------

bool MainWindow::startRun()
{
    return startRun(m_controls->options());
}

bool MainWindow::startSerialBaseline(std::optional<Runtime> runtime)
{
    RunOptions options = runOptions();
    options.mode = Mode::Serial;
    options.gil = false;
    if (runtime)
        options.runtime = *runtime;
    return startRun(options);
}

bool MainWindow::startRun(const RunOptions &requested)
{
    return m_launcher->launch(requested, nullptr);
}

bool MainWindow::startRace(const RunOptions &first, const RunOptions &second)
{
    return m_launcher->launch(first, &second);
}

void MainWindow::cancelRun()
{
    m_launcher->dropWaiting();
    if (!isRunning())
        return;
    m_session->cancelRun();
    m_status->setState([] { return tr("Cancelling…"); });
}

void MainWindow::onRunStarted(quint64 runId)
{
    m_banner->clearMessage();
    m_status->start(m_session->runWorkload()->taskCount());
    m_status->setState(
        [options = m_session->runOptions()] { return tr("Running %1…").arg(runLabel(options)); });
    m_sweepPanel->setBlockedReason(tr("a run is going (wait for it, or cancel it with Esc)"));
    updateActions();
    Q_EMIT runStarted(runId);
}

void MainWindow::onRunEnded(quint64 runId)
{
    const RunResult &run = *m_session->lastResult();
    const RunEndMessage message = runEndMessage(run, m_session->lastDigest());
    const auto ending = [run = m_session->lastResult(), digest = m_session->lastDigest()] {
        return runEndMessage(*run, digest);
    };
    m_status->finish([ending] { return ending().state; }, message.tasksEnded, run.tasks.size(),
                     run.wallNs, [ending] { return ending().progressTip; });
    if (!message.banner.isEmpty())
        m_banner->showMessage(message.kind, message.banner);
    m_sweepPanel->setBlockedReason(QString());
    updateActions();
    Q_EMIT runEnded(runId);
}

// --- Presentation and events ---------------------------------------------------------

void MainWindow::showTab(Tab tab)
{
    m_tabs->setCurrentIndex(tab);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSettings();
    // The run stops now; the JobRunner's destructor joins it, so no worker outlives us.
    m_session->cancelRun();
    event->accept();
}

} // namespace corescope::gui
