#include "app/gui/mainwindow.h"

#include "app/charts/chartexport.h"
#include "app/charts/cpuchart.h"
#include "app/charts/speedupchart.h"
#include "app/charts/sweepchartdata.h"
#include "app/charts/timelinechart.h"
#include "app/gui/comparewindow.h"
#include "app/gui/controlpanel.h"
#include "app/gui/diagnosispanel.h"
#include "app/gui/eventloopprobe.h"
#include "app/gui/lessonguide.h"
#include "app/gui/lessonpanel.h"
#include "app/gui/messagebanner.h"
#include "app/gui/runexplanation.h"
#include "app/gui/runfeed.h"
#include "app/gui/runstatusbar.h"
#include "app/gui/savedfile.h"
#include "app/gui/sweeppanel.h"
#include "app/models/taskmodel.h"
#include "app/models/tasksortproxy.h"
#include "core/sample/cpusampler.h"
#include "core/trace/chrometrace.h"
#include "core/trace/csvwriter.h"
#include "core/trace/reportwriter.h"
#include "core/util/duration.h"
#include "core/workload/catalog.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QElapsedTimer>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QSplitter>
#include <QStandardPaths>
#include <QStyle>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

#include "app/charts/qcpinclude.h"

#include <algorithm>

namespace corescope::gui {

namespace {

constexpr auto kDefaultWorkload = "primes50";

QString fromStd(const std::string &text)
{
    return QString::fromStdString(text);
}

std::string toPath(const QString &path)
{
    return QFile::encodeName(path).toStdString();
}

QString modeText(const RunOptions &options)
{
    return QString::fromStdString(options.label());
}

bool isWorkloadFile(const QUrl &url)
{
    return url.isLocalFile()
        && url.toLocalFile().endsWith(QLatin1String(".json"), Qt::CaseInsensitive);
}

} // namespace

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent)
{
    setObjectName(QStringLiteral("mainWindow"));
    setAcceptDrops(true);
    setDockOptions(QMainWindow::AnimatedDocks | QMainWindow::AllowTabbedDocks);
    m_normalFont = font();
    // Charts name the machine they were measured on (read once: it does not change).
    const MachineInfo machine = MachineInfo::current();
    m_machineText = machine.cpuModel.empty()
        ? tr("%1 logical cores").arg(logicalCoreCount())
        : tr("%1, %2 logical cores").arg(fromStd(machine.cpuModel)).arg(logicalCoreCount());

    m_feed = new RunFeed(this);
    connect(m_feed, &RunFeed::dataAvailable, this, &MainWindow::drainFeed);
    m_drainTimer.setSingleShot(true);
    m_drainTimer.setInterval(0);
    connect(&m_drainTimer, &QTimer::timeout, this, &MainWindow::drainFeed);
    m_probe = new EventLoopProbe(this);

    createActions();
    createCentralArea();
    createSweepActions();
    createControlsDock();
    createMenus();
    m_lessonGuide = new LessonGuide(this, m_lessonsMenu, m_lessonPanel, m_diagnosisPanel);
    loadCatalog();
    restoreSettings();
    updateActions();
}

MainWindow::~MainWindow()
{
    // The feed (a child) cancels and joins the run when it is destroyed.
    m_drainTimer.stop();
    m_probe->stop();
}

// --- Construction ----------------------------------------------------------------------

void MainWindow::createActions()
{
    const auto icon = [this](const char *theme, QStyle::StandardPixmap fallback) {
        return QIcon::fromTheme(QString::fromLatin1(theme), style()->standardIcon(fallback));
    };

    m_openAction = new QAction(icon("document-open", QStyle::SP_DialogOpenButton),
                               tr("&Open…"), this);
    m_openAction->setIconText(tr("Open workload file…"));
    m_openAction->setShortcut(QKeySequence::Open);
    m_openAction->setToolTip(tr("Open a workload JSON file (Ctrl+O); you can also drop one on "
                                "the window"));
    m_openAction->setStatusTip(m_openAction->toolTip());
    connect(m_openAction, &QAction::triggered, this, &MainWindow::onOpenTriggered);

    m_exportDialogAction = new QAction(icon("document-export", QStyle::SP_DialogSaveButton),
                                       tr("&Export…"), this);
    m_exportDialogAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_exportDialogAction->setToolTip(tr("Export the current chart or the run's data (Ctrl+E)"));
    connect(m_exportDialogAction, &QAction::triggered, this, [this] {
        if (m_tabs->currentWidget() == m_sweepPanel) {
            m_sweepPanel->exportButton()->click();   // the sweep's charts and points
            return;
        }
        openExportDialog(m_tabs->currentIndex() == ResultsTab ? -1 : static_cast<int>(currentChart()));
    });

    const struct {
        ExportDialog::Format format;
        QString text;
    } chartFormats[] = {{ExportDialog::Format::Png, tr("Chart as &PNG…")},
                        {ExportDialog::Format::Svg, tr("Chart as &SVG…")},
                        {ExportDialog::Format::Pdf, tr("Chart as P&DF…")}};
    for (const auto &entry : chartFormats) {
        auto *action = new QAction(entry.text, this);
        action->setToolTip(tr("Write the chart you are looking at as %1")
                               .arg(ExportDialog::formatName(entry.format)));
        const ExportDialog::Format format = entry.format;
        connect(action, &QAction::triggered, this, [this, format] { exportChartAs(format); });
        m_exportChartActions << action;
    }
    const struct {
        ExportDialog::Format format;
        QString text;
        QString tip;
    } dataFormats[] = {
        {ExportDialog::Format::Csv, tr("Tasks as &CSV…"),
         tr("One row per task of the last run: input, result, worker, times")},
        {ExportDialog::Format::JsonReport, tr("Run as &JSON report…"),
         tr("The whole last run (workload, options, machine, tasks, samples) as one JSON "
            "document")},
        {ExportDialog::Format::ChromeTrace, tr("Run as Chrome &trace…"),
         tr("A Chrome Trace Event file of the last run: open it in ui.perfetto.dev")}};
    for (const auto &entry : dataFormats) {
        auto *action = new QAction(entry.text, this);
        action->setToolTip(entry.tip);
        const ExportDialog::Format format = entry.format;
        connect(action, &QAction::triggered, this, [this, format] { exportDataAs(format); });
        m_exportDataActions << action;
    }

    m_quitAction = new QAction(icon("application-exit", QStyle::SP_DialogCloseButton),
                               tr("&Quit"), this);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    m_quitAction->setToolTip(tr("Cancel any run and close Corescope (Ctrl+Q)"));
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_runAction = new QAction(icon("media-playback-start", QStyle::SP_MediaPlay), tr("&Run"),
                              this);
    m_runAction->setIconText(tr("Run"));
    m_runAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    m_runAction->setToolTip(tr("Run the workload with these options (Ctrl+R)"));
    connect(m_runAction, &QAction::triggered, this, &MainWindow::onRunTriggered);

    m_cancelAction = new QAction(icon("process-stop", QStyle::SP_MediaStop), tr("&Cancel"),
                                 this);
    m_cancelAction->setIconText(tr("Cancel"));
    m_cancelAction->setShortcut(QKeySequence(Qt::Key_Escape));
    m_cancelAction->setToolTip(tr("Stop the run now; finished results stay (Esc)"));
    connect(m_cancelAction, &QAction::triggered, this, &MainWindow::onCancelTriggered);

    m_baselineAction = new QAction(tr("Run &Serial Baseline"), this);
    m_baselineAction->setToolTip(tr("Run the workload serially: the speedup chart measures "
                                    "every other run against this one"));
    connect(m_baselineAction, &QAction::triggered, this, &MainWindow::onBaselineTriggered);

    m_presentationAction = new QAction(icon("view-fullscreen", QStyle::SP_TitleBarMaxButton),
                                       tr("&Presentation Mode"), this);
    m_presentationAction->setCheckable(true);
    m_presentationAction->setShortcut(QKeySequence(Qt::Key_F11));
    m_presentationAction->setToolTip(tr("Full screen with large fonts, thick lines and high "
                                        "contrast, for a projector (F11)"));
    connect(m_presentationAction, &QAction::toggled, this, &MainWindow::setPresentationMode);

    m_fitTimelineAction = new QAction(tr("&Fit Timeline to Run"), this);
    m_fitTimelineAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    m_fitTimelineAction->setToolTip(tr("Zoom the timeline out to the whole run (Ctrl+0)"));

    // The window owns the shortcuts even while the side panel is hidden.
    addActions({m_openAction, m_exportDialogAction, m_quitAction, m_runAction, m_cancelAction,
                m_presentationAction, m_fitTimelineAction});
}

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

    // Live: the cores above, the timeline below, both growing as the run goes.
    m_liveSplitter = new QSplitter(Qt::Vertical, m_tabs);
    m_liveSplitter->setObjectName(QStringLiteral("liveSplitter"));
    m_liveSplitter->setChildrenCollapsible(false);
    m_cpuChart = new CpuChart(m_liveSplitter);
    m_cpuChart->setObjectName(QStringLiteral("cpuChart"));
    m_cpuChart->setToolTip(tr("Per-core utilization: one line per logical core, the thick line "
                              "is the average. Right-click to export."));
    m_cpuChart->setMinimumHeight(160);
    m_timeline = new TimelineChart(m_liveSplitter);
    m_timeline->setObjectName(QStringLiteral("timelineChart"));
    m_timeline->setToolTip(tr("One row per worker, one bar per task. Hover a bar for its "
                              "details, drag to pan, scroll to zoom, right-click to export or "
                              "fit the whole run."));
    m_timeline->setMinimumHeight(200);
    m_liveSplitter->addWidget(m_cpuChart);
    m_liveSplitter->addWidget(m_timeline);
    m_liveSplitter->setStretchFactor(0, 2);
    m_liveSplitter->setStretchFactor(1, 3);
    m_tabs->addTab(m_liveSplitter, tr("&Live: cores and timeline"));
    m_tabs->setTabToolTip(LiveTab, tr("Per-core utilization and the per-worker task timeline, "
                                      "live (Ctrl+1)"));
    m_tabs->addTab(createSpeedupPage(), tr("&Speedup"));
    m_tabs->setTabToolTip(SpeedupTab, tr("Every finished run of this workload against the "
                                         "serial run (Ctrl+2)"));
    m_tabs->addTab(createResultsPage(), tr("R&esults"));
    m_tabs->setTabToolTip(ResultsTab, tr("One row per finished task, sortable (Ctrl+3)"));
    m_sweepPanel = new SweepPanel(m_tabs);   // wired in createSweepActions()
    m_tabs->addTab(m_sweepPanel, tr("S&weep"));
    m_tabs->setTabToolTip(m_tabs->indexOf(m_sweepPanel),
                          tr("Speedup and efficiency over modes and worker counts, measured "
                             "in one go (Run > Sweep…, Ctrl+Shift+R)"));
    layout->addWidget(m_tabs, 1);
    m_diagnosisPanel = new DiagnosisPanel(central);   // "why this speedup?" after each run
    layout->addWidget(m_diagnosisPanel);

    m_status = new RunStatusBar(central);
    layout->addWidget(m_status);
    setCentralWidget(central);

    m_cpuChart->clear(logicalCoreCount());
    connect(m_timeline, &TimelineChart::taskClicked, this, &MainWindow::onTimelineTaskClicked);
    connect(m_fitTimelineAction, &QAction::triggered, m_timeline, &TimelineChart::fitToRun);

    // Right-click anywhere on a chart exports it; a click makes it the one Ctrl+E exports.
    for (QWidget *chart : {static_cast<QWidget *>(m_cpuChart), static_cast<QWidget *>(m_timeline),
                           static_cast<QWidget *>(m_speedup)}) {
        chart->installEventFilter(this);
        if (QCustomPlot *plot = chart->findChild<QCustomPlot *>())
            plot->installEventFilter(this);
    }
}

QWidget *MainWindow::createSpeedupPage()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 6, 0, 0);

    m_baselineBar = new QFrame(page);
    m_baselineBar->setObjectName(QStringLiteral("baselineBar"));
    m_baselineBar->setStyleSheet(QStringLiteral(
        "#baselineBar { background: #fff8e1; border: 1px solid #ffb300; border-radius: 4px; }"
        "#baselineBar QLabel { color: #3e2a00; }"));
    auto *barLayout = new QHBoxLayout(m_baselineBar);
    barLayout->setContentsMargins(10, 6, 6, 6);
    m_baselineLabel = new QLabel(m_baselineBar);
    m_baselineLabel->setObjectName(QStringLiteral("baselineLabel"));
    m_baselineLabel->setWordWrap(true);
    m_baselineButton = new QPushButton(tr("Run &serial baseline"), m_baselineBar);
    m_baselineButton->setObjectName(QStringLiteral("baselineButton"));
    m_baselineButton->setToolTip(m_baselineAction->toolTip());
    connect(m_baselineButton, &QPushButton::clicked, m_baselineAction, &QAction::trigger);
    barLayout->addWidget(m_baselineLabel, 1);
    barLayout->addWidget(m_baselineButton);
    layout->addWidget(m_baselineBar);

    m_speedup = new SpeedupChart(page);
    m_speedup->setObjectName(QStringLiteral("speedupChart"));
    m_speedup->setToolTip(tr("Speedup = serial time / this time, one series per mode; the "
                             "dashed line is ideal scaling. Hover a point for its efficiency; "
                             "right-click to export."));
    layout->addWidget(m_speedup, 1);

    auto *footer = new QHBoxLayout;
    m_runsLabel = new QLabel(page);
    m_runsLabel->setObjectName(QStringLiteral("runsLabel"));
    m_runsLabel->setToolTip(tr("Runs that ended well count; cancelled and failed runs do not"));
    m_clearRunsButton = new QPushButton(tr("Forget these runs"), page);
    m_clearRunsButton->setToolTip(tr("Start this workload's speedup chart over"));
    connect(m_clearRunsButton, &QPushButton::clicked, this, &MainWindow::onClearRunsTriggered);
    footer->addWidget(m_runsLabel, 1);
    footer->addWidget(m_clearRunsButton);
    layout->addLayout(footer);
    return page;
}

QWidget *MainWindow::createResultsPage()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 6, 0, 0);

    m_taskModel = new TaskModel(this);
    m_taskProxy = new TaskSortProxy(this);
    m_taskProxy->setSourceModel(m_taskModel);

    m_table = new QTableView(page);
    m_table->setObjectName(QStringLiteral("resultsTable"));
    m_table->setModel(m_taskProxy);
    m_table->setToolTip(tr("One row per finished task, in the order they finished. Click a "
                           "column header to sort."));
    m_table->setAlternatingRowColors(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setWordWrap(false);
    m_table->setCornerButtonEnabled(false);
    // A million rows: fixed row heights and no per-row header keep the view O(visible rows).
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->installEventFilter(this);   // resized: the input column takes the spare width
    m_table->horizontalHeader()->setHighlightSections(false);
    // Task order until the user asks for another (no sort column: no sorting work at all).
    m_table->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_table->setSortingEnabled(true);
    resizeTableColumns();
    layout->addWidget(m_table);
    applyPresentationToTable();
    return page;
}

void MainWindow::createControlsDock()
{
    m_controls = new ControlPanel;
    m_controls->setObjectName(QStringLiteral("controlPanel"));
    m_controls->setMachineCores(logicalCoreCount());
    m_controls->setActions(m_runAction, m_cancelAction, m_openAction);
    connect(m_controls, &ControlPanel::workloadChosen, this, &MainWindow::onWorkloadChosen);

    m_controlsDock = new QDockWidget(tr("Controls"), this);
    m_controlsDock->setObjectName(QStringLiteral("controlsDock"));
    m_controlsDock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable
                                | QDockWidget::DockWidgetClosable);
    m_controlsDock->setWidget(m_controls);
    m_controlsDock->setMinimumWidth(300);
    addDockWidget(Qt::LeftDockWidgetArea, m_controlsDock);
    resizeDocks({m_controlsDock}, {340}, Qt::Horizontal);
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(tr("&File"));
    m_fileMenu->setToolTipsVisible(true);
    m_fileMenu->addAction(m_openAction);
    m_recentMenu = m_fileMenu->addMenu(tr("Open &Recent"));
    m_recentMenu->setToolTipsVisible(true);
    m_fileMenu->addAction(m_saveAction);
    m_fileMenu->addAction(m_compareAction);
    m_fileMenu->addSeparator();
    QMenu *exportMenu = m_fileMenu->addMenu(tr("E&xport"));
    exportMenu->setToolTipsVisible(true);
    exportMenu->addActions(m_exportChartActions);
    exportMenu->addSeparator();
    exportMenu->addActions(m_exportDataActions);
    m_fileMenu->addAction(m_exportDialogAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quitAction);

    m_runMenu = menuBar()->addMenu(tr("&Run"));
    m_runMenu->setToolTipsVisible(true);
    m_runMenu->addAction(m_runAction);
    m_runMenu->addAction(m_cancelAction);
    m_runMenu->addSeparator();
    m_runMenu->addAction(m_baselineAction);
    m_runMenu->addAction(m_sweepAction);

    m_lessonsMenu = menuBar()->addMenu(tr("Lesso&ns"));   // filled by the LessonGuide

    m_viewMenu = menuBar()->addMenu(tr("&View"));
    m_viewMenu->setToolTipsVisible(true);
    m_viewMenu->addAction(m_presentationAction);
    QAction *controlsToggle = m_controlsDock->toggleViewAction();
    controlsToggle->setText(tr("&Controls Panel"));
    controlsToggle->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    controlsToggle->setToolTip(tr("Show or hide the side panel (Ctrl+L)"));
    addAction(controlsToggle);
    m_viewMenu->addAction(controlsToggle);
    m_viewMenu->addSeparator();
    const QString tabNames[] = {tr("&Live"), tr("&Speedup"), tr("R&esults")};
    for (int tab = LiveTab; tab <= ResultsTab; ++tab) {
        auto *action = new QAction(tabNames[tab], this);
        action->setShortcut(QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_1 + tab)));
        action->setToolTip(m_tabs->tabToolTip(tab));
        connect(action, &QAction::triggered, this, [this, tab] { showTab(static_cast<Tab>(tab)); });
        addAction(action);
        m_viewMenu->addAction(action);
    }
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(m_fitTimelineAction);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(tr("&About Corescope"));
    about->setMenuRole(QAction::AboutRole);
    connect(about, &QAction::triggered, this, [this] {
        QMessageBox::about(
            this, tr("About Corescope"),
            tr("<h3>Corescope %1</h3><p>See parallelism: run a workload serially, on threads "
               "or on processes and watch the cores, the per-worker timeline and the "
               "speedup.</p><p>Ctrl+R run · Esc cancel · Ctrl+O open · Ctrl+E export · "
               "F11 presentation mode</p>")
                .arg(QApplication::applicationVersion()));
    });
    QAction *aboutQt = help->addAction(tr("About &Qt"));
    aboutQt->setMenuRole(QAction::AboutQtRole);
    connect(aboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);
}

void MainWindow::loadCatalog()
{
    for (CatalogEntry &entry : shippedWorkloads()) {
        const QString id = fromStd(entry.id);
        auto workload = std::make_shared<const Workload>(std::move(entry.workload));
        m_controls->addWorkload(id, fromStd(workload->name), fromStd(workload->description),
                                false);
        m_shipped.push_back({id, std::move(workload)});
    }
}

void MainWindow::restoreSettings()
{
    RunOptions defaults;
    defaults.mode = Mode::Processes;
    defaults.workers = std::clamp(logicalCoreCount(), 1, 8);
    m_controls->setOptions(m_settings.runOptions(defaults));

    if (!restoreGeometry(m_settings.windowGeometry()))
        resize(1440, 900);
    restoreState(m_settings.windowState());
    if (const QByteArray splitter = m_settings.liveSplitter(); !splitter.isEmpty())
        m_liveSplitter->restoreState(splitter);
    m_tabs->setCurrentIndex(std::clamp(m_settings.currentTab(), 0, m_tabs->count() - 1));
    updateRecentMenu();

    // The last workload, else the seed primes; a file that went away falls back quietly to
    // the primes but says so.
    const QString last = m_settings.lastWorkload();
    if (last.isEmpty() || !loadWorkload(last)) {
        selectShipped(QString::fromLatin1(kDefaultWorkload));
        if (!m_workload && !m_shipped.empty())
            setWorkload(m_shipped.front().workload, m_shipped.front().id, false);
    }
}

void MainWindow::saveSettings()
{
    m_settings.setWindowGeometry(m_presentation ? m_geometryBeforePresentation : saveGeometry());
    m_settings.setWindowState(saveState());
    m_settings.setLiveSplitter(m_liveSplitter->saveState());
    m_settings.setCurrentTab(m_tabs->currentIndex());
    m_settings.setLastWorkload(m_workloadKey);
    m_settings.setRunOptions(m_controls->options());
    m_settings.sync();
}

// --- Workloads -------------------------------------------------------------------------

QString MainWindow::workloadDetails(const Workload &workload) const
{
    const QLocale locale;
    const auto tasks = workload.taskCount();
    const QString count = tasks == 1 ? tr("1 task")
                                     : tr("%1 tasks").arg(locale.toString(qulonglong(tasks)));
    return QStringLiteral("<b>%1</b><br><span style=\"color:palette(placeholder-text)\">%2 · "
                          "%3</span><p style=\"margin-top:4px\">%4</p>")
        .arg(fromStd(workload.name).toHtmlEscaped(),
             QString::fromLatin1(workload.kernelInfo().name), count,
             fromStd(workload.description).toHtmlEscaped());
}

void MainWindow::setWorkload(std::shared_ptr<const Workload> workload, const QString &key,
                             bool isFile)
{
    m_workload = std::move(workload);
    m_workloadKey = key;
    m_workloadIsFile = isFile;
    m_controls->setCurrentWorkload(key);
    m_controls->setWorkloadDetails(workloadDetails(*m_workload));
    updateWindowTitle();
    updateSpeedup();
    updateActions();
    Q_EMIT workloadChanged();
}

bool MainWindow::selectShipped(const QString &idOrName)
{
    for (const ShippedWorkload &shipped : m_shipped) {
        if (shipped.id.compare(idOrName, Qt::CaseInsensitive) == 0
            || fromStd(shipped.workload->name).compare(idOrName, Qt::CaseInsensitive) == 0) {
            setWorkload(shipped.workload, shipped.id, false);
            return true;
        }
    }
    return false;
}

bool MainWindow::loadWorkload(const QString &idOrPath)
{
    if (selectShipped(idOrPath))
        return true;
    if (QFileInfo::exists(idOrPath) || idOrPath.endsWith(QLatin1String(".json"), Qt::CaseInsensitive)
        || idOrPath.contains(QLatin1Char('/')))
        return openFile(idOrPath);
    // Neither a shipped workload nor a file: the catalog's error names the shipped ids.
    const auto resolved = resolveWorkload(idOrPath.toStdString());
    if (const auto *error = std::get_if<WorkloadError>(&resolved)) {
        m_banner->showMessage(MessageBanner::Kind::Error,
                              tr("No workload called “%1”: %2")
                                  .arg(idOrPath, fromStd(error->toString())));
        return false;
    }
    return openFile(idOrPath);
}

bool MainWindow::openFile(const QString &path)
{
    if (isSavedFile(path))
        return openSavedFile(path);   // a saved run or sweep, not a workload
    const QFileInfo info(path);
    const QString absolute = info.absoluteFilePath();
    auto loaded = loadWorkloadFile(toPath(absolute));
    if (auto *error = std::get_if<WorkloadError>(&loaded)) {
        const QString keeps = m_workload
            ? tr(" “%1” stays loaded.").arg(fromStd(m_workload->name))
            : QString();
        m_banner->showMessage(MessageBanner::Kind::Error,
                              tr("Could not open the workload “%1”.%2\n%3")
                                  .arg(info.fileName(), keeps, fromStd(error->toString())));
        if (!info.exists()) {
            m_settings.removeRecentFile(absolute);
            updateRecentMenu();
        }
        // The list shows what is loaded, not what was clicked.
        m_controls->setCurrentWorkload(m_workloadKey);
        return false;
    }
    auto workload = std::make_shared<const Workload>(std::move(std::get<Workload>(loaded)));
    m_settings.addRecentFile(absolute);
    m_settings.setLastDirectory(info.absolutePath());
    updateRecentMenu();
    m_controls->addWorkload(absolute, tr("%1 (%2)").arg(fromStd(workload->name), info.fileName()),
                            fromStd(workload->description), true);
    if (m_banner->kind() == MessageBanner::Kind::Error)
        m_banner->clearMessage();   // the file that failed before is fixed now
    setWorkload(std::move(workload), absolute, true);
    return true;
}

void MainWindow::onWorkloadChosen(const QString &key)
{
    if (key == m_workloadKey && !m_workloadIsFile)
        return;
    if (!selectShipped(key))
        openFile(key);   // re-read: the teacher may have edited the file since
}

void MainWindow::onOpenTriggered()
{
    QString directory = m_settings.lastDirectory();
    if (directory.isEmpty())
        directory = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open Workload"), directory, tr("Workload files (*.json);;All files (*)"));
    if (!path.isEmpty())
        openFile(path);
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList files = m_settings.recentFiles();
    for (int i = 0; i < files.size(); ++i) {
        const QString &file = files.at(i);
        // &1 .. &8: each entry reachable by keyboard.
        QString name = QFileInfo(file).fileName();
        name.replace(QLatin1Char('&'), QStringLiteral("&&"));   // not a mnemonic
        QAction *action = m_recentMenu->addAction(QStringLiteral("&%1 %2").arg(i + 1).arg(name));
        action->setToolTip(file);
        connect(action, &QAction::triggered, this, [this, file] { openFile(file); });
    }
    if (files.isEmpty()) {
        QAction *none = m_recentMenu->addAction(tr("No recent files"));
        none->setEnabled(false);
        return;
    }
    m_recentMenu->addSeparator();
    QAction *clear = m_recentMenu->addAction(tr("&Clear List"));
    clear->setToolTip(tr("Forget the recently opened files"));
    connect(clear, &QAction::triggered, this, [this] {
        m_settings.clearRecentFiles();
        updateRecentMenu();
    });
}

void MainWindow::updateWindowTitle()
{
    QString title = m_workload ? tr("Corescope — %1").arg(fromStd(m_workload->name))
                               : QStringLiteral("Corescope");
    if (m_showingSaved)
        title += QStringLiteral(" — ") + m_savedBanner;
    setWindowTitle(title);
}

void MainWindow::updateActions()
{
    const bool running = isRunning();
    m_runAction->setEnabled(m_workload != nullptr);
    m_cancelAction->setEnabled(running);
    m_baselineAction->setEnabled(m_workload != nullptr);
    for (QAction *action : std::as_const(m_exportDataActions))
        action->setEnabled(m_lastResult != nullptr);
    // A sweep measures wall times: a run beside it would disturb both.
    const bool sweeping = m_sweepPanel && m_sweepPanel->isRunning();
    m_runAction->setEnabled(m_workload != nullptr && !sweeping);
    m_baselineAction->setEnabled(m_workload != nullptr && !sweeping);
    m_saveAction->setEnabled(saveTarget() != SaveTarget::Nothing);
    m_saveAction->setText(saveTarget() == SaveTarget::Sweep ? tr("&Save Sweep…") : tr("&Save Run…"));
}

// --- Runs ------------------------------------------------------------------------------

RunOptions MainWindow::runOptions() const
{
    return m_controls->options();
}

void MainWindow::setRunOptions(const RunOptions &options)
{
    m_controls->setOptions(options);
}

bool MainWindow::isRunning() const
{
    return m_feed->isRunning();
}

bool MainWindow::confirmReplaceRun()
{
    if (!isRunning() || !m_askBeforeReplacing)
        return true;
    const QString name = m_runWorkload ? fromStd(m_runWorkload->name) : QString();
    QMessageBox box(QMessageBox::Question, tr("A run is going"),
                    tr("“%1” is still running. Cancel it and start the new run?").arg(name),
                    QMessageBox::NoButton, this);
    QPushButton *restart = box.addButton(tr("Cancel It and &Start"), QMessageBox::AcceptRole);
    QPushButton *keep = box.addButton(tr("&Keep Running"), QMessageBox::RejectRole);
    box.setDefaultButton(keep);
    box.setEscapeButton(keep);
    box.exec();
    return box.clickedButton() == restart;
}

void MainWindow::onRunTriggered()
{
    startRun();
}

void MainWindow::onBaselineTriggered()
{
    RunOptions options = m_controls->options();
    options.mode = Mode::Serial;
    options.gil = false;
    startRun(options);
}

void MainWindow::onCancelTriggered()
{
    cancelRun();
}

bool MainWindow::startRun()
{
    return startRun(m_controls->options());
}

bool MainWindow::startRun(const RunOptions &requested)
{
    if (!m_workload)
        return false;
    // Every way to start a run comes here (Run, the lesson's and the diagnosis' buttons): a run
    // beside a sweep would disturb both measurements.
    if (m_sweepPanel && m_sweepPanel->isRunning()) {
        m_banner->showMessage(MessageBanner::Kind::Warning,
                              tr("A sweep is running: cancel it on the Sweep tab, or wait for it "
                                 "to finish, before starting a run."));
        return false;
    }
    if (!confirmReplaceRun())
        return false;
    RunOptions options = requested;
    options.gil = options.mode == Mode::Threads && options.gil;
    options.processPerTask = options.mode == Mode::Processes && options.processPerTask;

    std::string error;
    const quint64 id = m_feed->start(m_workload, options, &error);
    if (const QString why = crashExplanation(*m_workload, options); id == 0 && !why.isEmpty()) {
        m_banner->showMessage(MessageBanner::Kind::Warning, why);   // an explanation
        return false;
    }
    if (id == 0) {
        m_banner->showMessage(MessageBanner::Kind::Error,
                              tr("“%1” cannot run %2: %3")
                                  .arg(fromStd(m_workload->name), modeText(options),
                                       fromStd(error)));
        return false;
    }
    m_runId = id;
    m_runWorkload = m_workload;
    m_runWorkloadKey = m_workloadKey;
    m_runOptions = options;
    m_banner->clearMessage();

    m_taskModel->reset(m_runWorkload);
    m_timeline->clear(m_runWorkload, options);
    m_cpuChart->clear(logicalCoreCount());
    setChartTitles(*m_runWorkload, options);
    m_status->start(m_runWorkload->taskCount());
    m_status->setState(tr("Running %1…").arg(modeText(options)));
    m_probe->start();
    updateActions();
    Q_EMIT runStarted(id);
    return true;
}

void MainWindow::cancelRun()
{
    if (!isRunning())
        return;
    m_feed->cancel();
    m_status->setState(tr("Cancelling…"));
}

void MainWindow::drainFeed()
{
    // Take what the feed has queued, piece by piece, until the budget is spent; then let the
    // event loop breathe (input, repaints) and come back for the rest.
    QElapsedTimer budget;
    budget.start();
    RunSnapshot piece;
    bool took = false;
    while (m_feed->take(piece, kPieceTasks)) {
        applyPiece(piece);
        took = true;
        if (budget.elapsed() >= kDrainBudgetMs)
            break;
    }
    // Once per turn, not per piece: a progress bar repaints itself at once when it moves.
    if (took)
        m_status->update(piece.tasksFinished, piece.tasksTotal, piece.elapsedNs);
    if (m_feed->hasQueued()) {
        m_drainTimer.start();
        return;
    }
    if (auto result = m_feed->takeResult())
        finishRun(std::move(result));
}

void MainWindow::applyPiece(const RunSnapshot &piece)
{
    m_taskModel->appendTasks(piece.newlyFinished);
    if (!piece.newlyHandedBack.empty())
        m_taskModel->markHandedBack(piece.newlyHandedBack);
    if (!piece.newSamples.empty())
        m_cpuChart->addSamples(piece.newSamples);
    m_timeline->addSnapshot(piece);
}

void MainWindow::finishRun(std::shared_ptr<const RunResult> result)
{
    m_probe->stop();
    m_lastResult = std::move(result);
    const RunResult &run = *m_lastResult;
    const std::uint64_t done = run.tasksDone();
    const std::uint64_t total = run.tasks.size();
    const QLocale locale;
    const QString wall = fromStd(formatDurationNs(run.wallNs));

    switch (run.status) {
    case RunStatus::Ok:
        m_status->finish(tr("Done in %1").arg(wall), done, total, run.wallNs);
        m_history.add(m_runWorkloadKey, m_lastResult);
        if (const std::uint64_t wrong = run.mismatches())
            m_banner->showMessage(
                MessageBanner::Kind::Warning,
                tr("%1 of %2 results differ from the values the workload expects: they are "
                   "marked ✗ in the Results tab.")
                    .arg(locale.toString(qulonglong(wrong)), locale.toString(qulonglong(total))));
        break;
    case RunStatus::Cancelled:
        m_status->finish(tr("Cancelled"), done, total, run.wallNs);
        m_banner->showMessage(MessageBanner::Kind::Info,
                              tr("Cancelled after %1 s with %2 of %3 tasks done. The finished "
                                 "tasks stay in the table and on the timeline.")
                                  .arg(locale.toString(double(run.wallNs) / 1e9, 'f', 2),
                                       locale.toString(qulonglong(done)),
                                       locale.toString(qulonglong(total))));
        break;
    case RunStatus::Failed:
    case RunStatus::Running: {
        m_status->finish(tr("Failed"), done, total, run.wallNs);
        QString text = tr("The run failed: %1").arg(fromStd(run.error));
        if (!text.endsWith(QLatin1Char('.')))
            text += QLatin1Char('.');
        text += QLatin1Char(' ')
            + (done == 1 ? tr("The 1 result computed before it stays in the table.")
                         : tr("The %1 results computed before it stay in the table.")
                               .arg(locale.toString(qulonglong(done))));
        m_banner->showMessage(MessageBanner::Kind::Error, text);
        if (run.failedTask >= 0)
            onTimelineTaskClicked(static_cast<quint32>(run.failedTask));
        break;
    }
    }

    m_cpuChart->showWholeRun();
    m_timeline->fitToRun();
    m_taskProxy->resort();
    updateSpeedup();
    updateActions();
    Q_EMIT runEnded(m_runId);
}

void MainWindow::setChartTitles(const Workload &workload, const RunOptions &options)
{
    const QString subtitle = QStringLiteral("%1 · %2 · %3")
                                 .arg(fromStd(workload.name), modeText(options), m_machineText);
    m_cpuChart->setTitle(tr("Per-core utilization"), subtitle);
    m_timeline->setTitle(tr("Task timeline"), subtitle);
}

void MainWindow::updateSpeedup()
{
    if (!m_workload)
        return;
    const QString name = fromStd(m_workload->name);
    const bool haveBaseline = m_history.hasBaseline(m_workloadKey);
    const int runs = m_history.runCount(m_workloadKey);
    const QString subtitle = haveBaseline
        ? tr("%1 · against the serial run (%2) · %3")
              .arg(name, fromStd(formatDuration(m_history.baselineSeconds(m_workloadKey))),
                   m_machineText)
        : tr("%1 · no serial run yet · %2").arg(name, m_machineText);
    m_speedup->setTitle(tr("Speedup"), subtitle);
    m_speedup->setData(m_history.series(m_workloadKey), logicalCoreCount(), haveBaseline);

    m_baselineBar->setVisible(!haveBaseline);
    m_baselineLabel->setText(
        runs == 0 ? tr("No runs of “%1” yet. Speedup is measured against a serial run: run "
                       "the baseline, then the same workload on threads or processes.")
                        .arg(name)
        : runs == 1
            ? tr("No serial run of “%1” yet, so the run you made has nothing to be compared "
                 "with. Run the serial baseline to see its speedup.")
                  .arg(name)
            : tr("No serial run of “%1” yet, so the %2 runs you made have nothing to be "
                 "compared with. Run the serial baseline to see their speedup.")
                  .arg(name)
                  .arg(runs));
    m_runsLabel->setText(runs == 0 ? tr("No finished runs of this workload yet.")
                         : runs == 1 ? tr("1 finished run of “%1” on this chart.").arg(name)
                                     : tr("%1 finished runs of “%2” on this chart.")
                                           .arg(runs)
                                           .arg(name));
    m_clearRunsButton->setEnabled(runs > 0);
}

void MainWindow::onClearRunsTriggered()
{
    m_history.clear(m_workloadKey);
    updateSpeedup();
}

void MainWindow::onTimelineTaskClicked(quint32 taskIndex)
{
    const int row = m_taskModel->rowOfTask(taskIndex);
    if (row < 0)
        return;
    const QModelIndex index = m_taskProxy->mapFromSource(m_taskModel->index(row, 0));
    m_table->selectRow(index.row());
    m_table->scrollTo(index, QAbstractItemView::PositionAtCenter);
}

// --- Export ----------------------------------------------------------------------------

QCustomPlot *MainWindow::plotOf(Chart chart) const
{
    switch (chart) {
    case Chart::Cores: return m_cpuChart->plot();
    case Chart::Timeline: return m_timeline->plot();
    case Chart::Speedup: return m_speedup->plot();
    }
    return nullptr;
}

QString MainWindow::chartName(Chart chart) const
{
    switch (chart) {
    case Chart::Cores: return tr("Per-core utilization");
    case Chart::Timeline: return tr("Task timeline");
    case Chart::Speedup: return tr("Speedup");
    }
    return {};
}

MainWindow::Chart MainWindow::currentChart() const
{
    return m_tabs->currentIndex() == SpeedupTab ? Chart::Speedup : m_liveChart;
}

QString MainWindow::exportStem() const
{
    QString stem = m_runWorkloadKey.isEmpty() ? m_workloadKey : m_runWorkloadKey;
    if (stem.contains(QLatin1Char('/')))
        stem = QFileInfo(stem).completeBaseName();
    return stem.isEmpty() ? QStringLiteral("corescope") : stem;
}

QString MainWindow::exportDirectory() const
{
    for (const QString &directory :
         {m_settings.exportDirectory(),
          QStandardPaths::writableLocation(QStandardPaths::PicturesLocation)}) {
        if (!directory.isEmpty() && QFileInfo(directory).isDir())
            return directory;
    }
    return QDir::homePath();
}

QString MainWindow::exportChart(Chart chart, const QString &path, QSize size)
{
    QCustomPlot *plot = plotOf(chart);
    if (!plot)
        return tr("the chart is not available");
    if (size.isEmpty()) {
        // As seen on screen, unless the chart was never laid out (another tab, a test).
        size = plot->isVisible() && plot->width() >= 400 && plot->height() >= 250
            ? plot->size()
            : QSize(1600, 900);
    }
    return exportPlot(plot, path, size.width(), size.height());
}

QString MainWindow::exportRunData(ExportDialog::Format format, const QString &path)
{
    if (!m_lastResult)
        return tr("there is no finished run to export yet");
    std::string error;
    switch (format) {
    case ExportDialog::Format::Csv:
        error = writeTasksCsvFile(*m_lastResult, toPath(path));
        break;
    case ExportDialog::Format::JsonReport:
        error = writeRunReportFile(*m_lastResult, toPath(path));
        break;
    case ExportDialog::Format::ChromeTrace:
        error = writeChromeTraceFile(*m_lastResult, toPath(path));
        break;
    default:
        return tr("%1 is a chart format, not a data format")
            .arg(ExportDialog::formatName(format));
    }
    return fromStd(error);
}

void MainWindow::reportExport(const QString &what, const QString &path, const QString &error)
{
    if (error.isEmpty()) {
        m_settings.setExportDirectory(QFileInfo(path).absolutePath());
        m_banner->showMessage(MessageBanner::Kind::Info,
                              tr("Exported %1 to %2").arg(what, QDir::toNativeSeparators(path)));
    } else {
        m_banner->showMessage(MessageBanner::Kind::Error,
                              tr("Could not export %1: %2").arg(what, error));
    }
}

void MainWindow::openExportDialog(int chart)
{
    const QStringList charts{chartName(Chart::Cores), chartName(Chart::Timeline),
                             chartName(Chart::Speedup)};
    ExportDialog dialog(charts, chart, m_lastResult != nullptr, exportDirectory(), exportStem(),
                        this);
    if (chart >= 0) {
        if (QCustomPlot *plot = plotOf(static_cast<Chart>(chart));
            plot && plot->isVisible() && plot->width() >= 400)
            dialog.setChartSize(plot->size());
    }
    if (dialog.exec() != QDialog::Accepted || dialog.path().isEmpty())
        return;
    const QString path = dialog.path();
    if (dialog.chart() >= 0) {
        const auto target = static_cast<Chart>(dialog.chart());
        reportExport(chartName(target).toLower(), path,
                     exportChart(target, path, dialog.chartSize()));
    } else {
        reportExport(tr("the run's data"), path, exportRunData(dialog.format(), path));
    }
}

void MainWindow::exportChartAs(ExportDialog::Format format)
{
    if (m_tabs->currentWidget() == m_sweepPanel) {
        // The Sweep tab's speedup chart; its Export… button offers the efficiency chart too.
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Export the Sweep's Speedup Chart"),
            QDir(exportDirectory()).filePath(QStringLiteral("%1-sweep-speedup.%2")
                                                 .arg(exportStem(), ExportDialog::suffix(format))),
            QStringLiteral("%1 (*.%2)").arg(ExportDialog::formatName(format), ExportDialog::suffix(format)));
        if (!path.isEmpty())
            reportExport(tr("the sweep's speedup chart"), path,
                         m_sweepPanel->exportChart(SweepPanel::Chart::Speedup, path));
        return;
    }
    const Chart chart = currentChart();
    const QString suggested = QDir(exportDirectory())
                                  .filePath(QStringLiteral("%1-%2.%3")
                                                .arg(exportStem(),
                                                     ExportDialog::fileTag(chartName(chart)),
                                                     ExportDialog::suffix(format)));
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export %1").arg(chartName(chart)), suggested,
        QStringLiteral("%1 (*.%2)").arg(ExportDialog::formatName(format),
                                        ExportDialog::suffix(format)));
    if (!path.isEmpty())
        reportExport(chartName(chart).toLower(), path, exportChart(chart, path));
}

void MainWindow::exportDataAs(ExportDialog::Format format)
{
    if (!m_lastResult)
        return;
    const QString suggested = QDir(exportDirectory())
                                  .filePath(QStringLiteral("%1-run.%2")
                                                .arg(exportStem(), ExportDialog::suffix(format)));
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export the run"), suggested,
        QStringLiteral("%1 (*.%2)").arg(ExportDialog::formatName(format),
                                        ExportDialog::suffix(format)));
    if (!path.isEmpty())
        reportExport(tr("the run's data"), path, exportRunData(format, path));
}

void MainWindow::showChartMenu(Chart chart, const QPoint &globalPos)
{
    QMenu menu(this);
    menu.setToolTipsVisible(true);
    QAction *exportAction = menu.addAction(tr("&Export %1…").arg(chartName(chart).toLower()));
    exportAction->setShortcut(m_exportDialogAction->shortcut());
    connect(exportAction, &QAction::triggered, this,
            [this, chart] { openExportDialog(static_cast<int>(chart)); });
    if (chart == Chart::Timeline) {
        menu.addSeparator();
        menu.addAction(m_fitTimelineAction);
    }
    menu.exec(globalPos);
}

// --- Presentation ----------------------------------------------------------------------

void MainWindow::showTab(Tab tab)
{
    m_tabs->setCurrentIndex(tab);
}

void MainWindow::resizeTableColumns()
{
    // Widths in digits of the current font, so presentation mode keeps every header readable.
    const int digit = m_table->fontMetrics().horizontalAdvance(QLatin1Char('0'));
    constexpr int kDigits[TaskModel::ColumnCount] = {8, 24, 16, 14, 7, 9, 7, 11, 12};
    int others = 0;
    for (int column = 0; column < TaskModel::ColumnCount; ++column) {
        const int width = kDigits[column] * digit + 16;
        m_table->setColumnWidth(column, width);
        if (column != TaskModel::InputColumn)
            others += width;
    }
    // The input column (pairs can be long) takes whatever width is left over.
    const int spare = m_table->viewport()->width() - others;
    m_table->setColumnWidth(TaskModel::InputColumn,
                            std::max(kDigits[TaskModel::InputColumn] * digit + 16, spare));
}

void MainWindow::applyPresentationToTable()
{
    // High contrast and roomy rows on a projector; the platform's look otherwise.
    if (m_presentation) {
        QPalette palette = m_table->palette();
        palette.setColor(QPalette::Base, Qt::white);
        palette.setColor(QPalette::AlternateBase, QColor(0xe6, 0xe6, 0xe6));
        palette.setColor(QPalette::Text, Qt::black);
        palette.setColor(QPalette::Highlight, QColor(0x0d, 0x47, 0xa1));
        palette.setColor(QPalette::HighlightedText, Qt::white);
        m_table->setPalette(palette);
        m_table->setStyleSheet(QStringLiteral("QTableView { gridline-color: #404040; }"
                                              "QHeaderView::section { font-weight: bold; }"));
    } else {
        m_table->setPalette(QPalette());
        m_table->setStyleSheet(QString());
    }
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height()
                                                     + (m_presentation ? 12 : 8));
}

void MainWindow::setPresentationMode(bool on)
{
    if (on == m_presentation)
        return;
    m_presentation = on;
    {
        const QSignalBlocker blocker(m_presentationAction);
        m_presentationAction->setChecked(on);
    }
    QFont font = m_normalFont;
    if (on) {
        if (font.pointSizeF() > 0)
            font.setPointSizeF(std::max(font.pointSizeF() * 1.6, 16.0));
        else
            font.setPixelSize(std::max(font.pixelSize() * 8 / 5, 21));
    }
    setFont(font);
    applyPresentationToTable();
    // A widget styled by a style sheet keeps the font it had when the sheet was applied
    // (QStyleSheetStyle resolves it once), so the Run button, the banners and the table would
    // miss the new size: hand it to every widget that did not follow.
    for (QWidget *widget : findChildren<QWidget *>()) {
        QFont own = widget->font();
        if (font.pointSizeF() > 0 && own.pointSizeF() != font.pointSizeF()) {
            own.setPointSizeF(font.pointSizeF());
            widget->setFont(own);
        } else if (font.pointSizeF() <= 0 && own.pixelSize() != font.pixelSize()) {
            own.setPixelSize(font.pixelSize());
            widget->setFont(own);
        }
    }
    m_cpuChart->setPresentationMode(on);
    // Large titles, axes and legend need room, even under a lesson and a diagnosis.
    m_cpuChart->setMinimumHeight(on ? 250 : 160);
    m_timeline->setPresentationMode(on);
    m_speedup->setPresentationMode(on);
    m_sweepPanel->setPresentationMode(on);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height()
                                                     + (on ? 12 : 8));
    resizeTableColumns();

    if (on) {
        m_geometryBeforePresentation = saveGeometry();
        m_wasMaximized = isMaximized();
        resizeDocks({m_controlsDock}, {480}, Qt::Horizontal);
        showFullScreen();
    } else {
        resizeDocks({m_controlsDock}, {340}, Qt::Horizontal);
        if (m_wasMaximized)
            showMaximized();
        else {
            showNormal();
            restoreGeometry(m_geometryBeforePresentation);
        }
    }
}

// --- Sweeps, saved runs and comparison ------------------------------------------------

void MainWindow::createSweepActions()
{
    m_saveAction = new QAction(QIcon::fromTheme(QStringLiteral("document-save"),
                                                style()->standardIcon(QStyle::SP_DialogSaveButton)),
                               tr("&Save Run…"), this);
    m_saveAction->setShortcut(QKeySequence::Save);
    m_saveAction->setToolTip(tr("Save the last run (or, on the Sweep tab, the last sweep) as a "
                                "report that File > Open shows again without re-running, on "
                                "any machine (Ctrl+S)"));
    connect(m_saveAction, &QAction::triggered, this, &MainWindow::onSaveTriggered);

    m_compareAction = new QAction(tr("Co&mpare…"), this);
    m_compareAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));
    m_compareAction->setToolTip(tr("Two saved runs or sweeps side by side: overlaid speedup "
                                   "curves, timelines one above the other (Ctrl+Shift+M)"));
    connect(m_compareAction, &QAction::triggered, this, [this] { openCompare(); });

    m_sweepAction = new QAction(tr("S&weep…"), this);
    m_sweepAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    m_sweepAction->setToolTip(tr("Measure the workload over several modes and worker counts: "
                                 "the Sweep tab (Ctrl+Shift+R)"));
    connect(m_sweepAction, &QAction::triggered, this, [this] {
        m_tabs->setCurrentWidget(m_sweepPanel);
        m_sweepPanel->startButton()->setFocus();
    });
    addActions({m_saveAction, m_compareAction, m_sweepAction});

    m_sweepPanel->setBaseOptionsProvider([this] { return m_controls->options(); });
    connect(this, &MainWindow::workloadChanged, m_sweepPanel,
            [this] { m_sweepPanel->setWorkload(m_workload); });
    connect(this, &MainWindow::runStarted, m_sweepPanel, [this] {
        m_sweepPanel->setBlockedReason(tr("a run is going (wait for it, or cancel it with Esc)"));
        if (m_showingSaved) {
            m_showingSaved = false;
            m_savedBanner.clear();
            updateWindowTitle();
        }
    });
    connect(this, &MainWindow::runEnded, m_sweepPanel,
            [this] { m_sweepPanel->setBlockedReason(QString()); });
    connect(m_sweepPanel, &SweepPanel::sweepStarted, this, &MainWindow::updateActions);
    connect(m_sweepPanel, &SweepPanel::sweepFinished, this, &MainWindow::updateActions);
    connect(m_tabs, &QTabWidget::currentChanged, this, &MainWindow::updateActions);
}

MainWindow::SaveTarget MainWindow::saveTarget() const
{
    const bool haveSweep = m_sweepPanel && m_sweepPanel->sweep()
        && !m_sweepPanel->sweep()->points.empty();
    if (haveSweep && m_tabs->currentWidget() == m_sweepPanel)
        return SaveTarget::Sweep;
    if (m_lastResult)
        return SaveTarget::Run;
    return haveSweep ? SaveTarget::Sweep : SaveTarget::Nothing;
}

QString MainWindow::saveTo(const QString &path)
{
    switch (saveTarget()) {
    case SaveTarget::Run:
        return fromStd(writeRunReportFile(*m_lastResult, toPath(path)));
    case SaveTarget::Sweep:
        return fromStd(writeSweepReportFile(*m_sweepPanel->sweep(), toPath(path)));
    case SaveTarget::Nothing:
        break;
    }
    return tr("there is no finished run or sweep to save yet");
}

void MainWindow::onSaveTriggered()
{
    const SaveTarget target = saveTarget();
    if (target == SaveTarget::Nothing)
        return;
    const bool sweep = target == SaveTarget::Sweep;
    QString directory = m_settings.lastDirectory();
    if (directory.isEmpty())
        directory = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString suggested = QDir(directory).filePath(
        QStringLiteral("%1-%2.json").arg(exportStem(), sweep ? QStringLiteral("sweep") : QStringLiteral("run")));
    const QString path = QFileDialog::getSaveFileName(
        this, sweep ? tr("Save the Sweep") : tr("Save the Run"), suggested,
        sweep ? tr("Corescope sweep report (*.json)") : tr("Corescope run report (*.json)"));
    if (path.isEmpty())
        return;
    const QString error = saveTo(path);
    if (error.isEmpty()) {
        m_settings.setLastDirectory(QFileInfo(path).absolutePath());
        m_settings.addRecentFile(QFileInfo(path).absoluteFilePath());
        updateRecentMenu();
        m_banner->showMessage(MessageBanner::Kind::Info,
                              (sweep ? tr("Saved the sweep to %1. File > Open shows it again, "
                                          "on any machine, without re-running.")
                                     : tr("Saved the run to %1. File > Open shows it again, on "
                                          "any machine, without re-running."))
                                  .arg(QDir::toNativeSeparators(path)));
    } else {
        m_banner->showMessage(MessageBanner::Kind::Error, tr("Could not save: %1").arg(error));
    }
}

bool MainWindow::openSavedFile(const QString &path)
{
    const QFileInfo info(path);
    auto loaded = loadSavedFile(path);
    if (const auto *error = std::get_if<QString>(&loaded)) {
        m_banner->showMessage(MessageBanner::Kind::Error,
                              tr("Could not open the saved file “%1”.\n%2").arg(info.fileName(), *error));
        return false;
    }
    const SavedFile &saved = std::get<SavedFile>(loaded);
    if (saved.kind == SavedFile::Kind::Run && isRunning()) {
        m_banner->showMessage(MessageBanner::Kind::Warning,
                              tr("A run is going: cancel it (Esc) before opening the saved run "
                                 "“%1”.").arg(info.fileName()));
        return false;
    }
    if (m_sweepPanel->isRunning()) {
        m_banner->showMessage(MessageBanner::Kind::Warning,
                              tr("A sweep is going: cancel it before opening “%1”.").arg(info.fileName()));
        return false;
    }
    m_settings.addRecentFile(saved.path);
    m_settings.setLastDirectory(info.absolutePath());
    updateRecentMenu();
    if (saved.kind == SavedFile::Kind::Sweep) {
        m_sweepPanel->showSweep(*saved.sweep, info.fileName());
        m_tabs->setCurrentWidget(m_sweepPanel);
        m_banner->showMessage(MessageBanner::Kind::Info,
                              tr("Showing the %1 (%2), opened without re-running.")
                                  .arg(saved.banner(), info.fileName()));
        updateActions();
        return true;
    }
    showSavedRun(saved.run, saved.path, saved.banner());
    return true;
}

void MainWindow::showSavedRun(std::shared_ptr<const RunResult> run, const QString &path,
                              const QString &banner)
{
    m_banner->clearMessage();
    m_runWorkload = run->workload;
    // Its own key: a run from another machine never joins this machine's speedup history.
    m_runWorkloadKey = QStringLiteral("saved:") + path;
    m_runOptions = run->options;
    m_showingSaved = true;
    m_savedBanner = banner;

    // The same widgets a live run fills, all at once: rows in the order the tasks finished.
    std::vector<TaskRecord> finished;
    finished.reserve(run->tasks.size());
    for (const TaskRecord &t : run->tasks)
        if (t.state != TaskState::Pending)
            finished.push_back(t);
    std::stable_sort(finished.begin(), finished.end(), [](const TaskRecord &a, const TaskRecord &b) {
        return a.endNs < b.endNs;
    });
    m_taskModel->reset(m_runWorkload);
    m_taskModel->appendTasks(finished);
    if (!run->handOrder.empty())
        m_taskModel->markHandedBack(run->handOrder);
    m_cpuChart->clear(run->machine.logicalCores > 0 ? run->machine.logicalCores : logicalCoreCount());
    if (!run->samples.empty())
        m_cpuChart->addSamples(run->samples);
    m_timeline->setRun(*run);
    m_status->start(run->tasks.size());
    finishRun(run);

    // Titles name the machine the run was measured on, not this one.
    const QString subtitle = QStringLiteral("%1 · %2 · %3")
                                 .arg(m_runWorkload ? fromStd(m_runWorkload->name) : QString(),
                                      modeText(run->options), machineText(run->machine));
    m_cpuChart->setTitle(tr("Per-core utilization"), subtitle);
    m_timeline->setTitle(tr("Task timeline"), subtitle);
    const QString savedText = tr("Showing a %1 (%2), opened without re-running.")
                                  .arg(banner, QFileInfo(path).fileName());
    if (m_banner->text().isEmpty())
        m_banner->showMessage(MessageBanner::Kind::Info, savedText);
    else
        m_banner->showMessage(m_banner->kind(), savedText + QLatin1Char('\n') + m_banner->text());
    updateWindowTitle();
    updateActions();
}

CompareWindow *MainWindow::openCompare(const QString &a, const QString &b)
{
    if (!m_compareWindow) {
        m_compareWindow = new CompareWindow(this);
        m_compareWindow->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_compareWindow->show();
    m_compareWindow->raise();
    QStringList files;
    if (!a.isEmpty())
        files << a;
    if (!b.isEmpty())
        files << b;
    if (files.isEmpty()) {
        QString directory = m_settings.lastDirectory();
        if (directory.isEmpty())
            directory = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        files = QFileDialog::getOpenFileNames(m_compareWindow, tr("Compare Two Saved Runs or Sweeps"),
                                              directory, tr("Corescope reports (*.json);;All files (*)"));
    }
    for (int slot = 0; slot < std::min<qsizetype>(2, files.size()); ++slot)
        m_compareWindow->setFile(slot, files.at(slot));
    return m_compareWindow;
}

// --- Events ----------------------------------------------------------------------------

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSettings();
    // The run stops now; RunController's destructor joins it, so no worker outlives us.
    m_drainTimer.stop();
    m_feed->cancel();
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (std::any_of(urls.begin(), urls.end(), isWorkloadFile))
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    const auto it = std::find_if(urls.begin(), urls.end(), isWorkloadFile);
    if (it == urls.end())
        return;
    event->acceptProposedAction();
    openFile(it->toLocalFile());
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_table && event->type() == QEvent::Resize) {
        resizeTableColumns();
        return false;
    }
    if (event->type() == QEvent::ContextMenu || event->type() == QEvent::MouseButtonPress) {
        std::optional<Chart> chart;
        for (const Chart c : {Chart::Cores, Chart::Timeline, Chart::Speedup}) {
            QCustomPlot *plot = plotOf(c);
            QWidget *owner = c == Chart::Cores      ? static_cast<QWidget *>(m_cpuChart)
                : c == Chart::Timeline ? static_cast<QWidget *>(m_timeline)
                                       : static_cast<QWidget *>(m_speedup);
            if (watched == plot || watched == owner)
                chart = c;
        }
        if (chart) {
            if (*chart != Chart::Speedup)
                m_liveChart = *chart;
            if (event->type() == QEvent::ContextMenu) {
                showChartMenu(*chart, static_cast<QContextMenuEvent *>(event)->globalPos());
                return true;
            }
        }
    }
    return QMainWindow::eventFilter(watched, event);
}

} // namespace corescope::gui
