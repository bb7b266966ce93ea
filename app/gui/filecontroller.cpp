// Everything behind the File menu and the export actions. One file over 600 lines on purpose:
// its three sections (workloads, saved runs and sweeps, exports) share the window's parts, the
// remembered directories and the banner, and each reads top to bottom as the menu does.
#include "app/gui/filecontroller.h"

#include "app/charts/chartexport.h"
#include "app/charts/cpuchart.h"
#include "app/charts/qcpinclude.h"
#include "app/charts/runlabel.h"
#include "app/charts/speedupchart.h"
#include "app/charts/timelinechart.h"
#include "app/gui/comparewindow.h"
#include "app/gui/controlpanel.h"
#include "app/gui/labsession.h"
#include "app/gui/messagebanner.h"
#include "app/gui/savedfile.h"
#include "app/gui/settings.h"
#include "app/gui/sweeppanel.h"
#include "app/i18n/language.h"
#include "core/io/chrometracewriter.h"
#include "core/io/csvwriter.h"
#include "core/io/reportwriter.h"
#include "core/io/sweepreport.h"
#include "core/workload/catalog.h"
#include "core/workload/workloadparser.h"

#include <QAction>
#include <QContextMenuEvent>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QStandardPaths>
#include <QStyle>
#include <QTabWidget>

namespace corescope::gui {

namespace {

// What a writer in core/io said went wrong ("cannot write PATH: why"), in the language.
QString writeError(const std::string &error)
{
    return i18n::engineText(error);
}

std::string toPath(const QString &path)
{
    return QFile::encodeName(path).toStdString();
}

} // namespace

FileController::FileController(Parts parts, QObject *parent)
    : QObject(parent), m_parts(std::move(parts))
{
    createActions();
    updateRecentMenu();
    watchChart(Chart::Cores, m_parts.cpuChart);
    watchChart(Chart::Timeline, m_parts.timelineChart, {m_parts.fitTimelineAction});
    watchChart(Chart::Speedup, m_parts.speedupChart);
    connect(m_parts.session, &LabSession::runEnded, this, &FileController::updateActions);
    connect(m_parts.sweepPanel, &SweepPanel::sweepShown, this, &FileController::updateActions);
    connect(m_parts.tabs, &QTabWidget::currentChanged, this, &FileController::updateActions);
}

void FileController::createActions()
{
    QWidget *window = m_parts.window;
    const auto icon = [window](const char *theme, QStyle::StandardPixmap fallback) {
        return QIcon::fromTheme(QString::fromLatin1(theme), window->style()->standardIcon(fallback));
    };

    m_openAction = new QAction(icon("document-open", QStyle::SP_DialogOpenButton), QString(), this);
    m_openAction->setShortcut(QKeySequence::Open);
    connect(m_openAction, &QAction::triggered, this, &FileController::onOpenTriggered);
    m_recentMenu = new QMenu(window);
    m_recentMenu->setToolTipsVisible(true);

    m_saveAction = new QAction(icon("document-save", QStyle::SP_DialogSaveButton), QString(), this);
    m_saveAction->setShortcut(QKeySequence::Save);
    connect(m_saveAction, &QAction::triggered, this, &FileController::onSaveTriggered);

    m_compareAction = new QAction(this);
    m_compareAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));
    connect(m_compareAction, &QAction::triggered, this, [this] { openCompare(); });

    m_exportDialogAction = new QAction(icon("document-export", QStyle::SP_DialogSaveButton),
                                       QString(), this);
    m_exportDialogAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    connect(m_exportDialogAction, &QAction::triggered, this, [this] {
        if (m_parts.tabs->currentWidget() == m_parts.sweepPanel) {
            m_parts.sweepPanel->exportButton()->click();   // the sweep's charts and points
            return;
        }
        const bool results = m_parts.tabs->currentWidget() == m_parts.resultsPage;
        openExportDialog(results ? -1 : static_cast<int>(currentChart()));
    });

    for (const ExportDialog::Format format :
         {ExportDialog::Format::Png, ExportDialog::Format::Svg, ExportDialog::Format::Pdf}) {
        auto *action = new QAction(this);
        connect(action, &QAction::triggered, this, [this, format] { exportChartAs(format); });
        m_exportChartActions << action;
    }
    for (const ExportDialog::Format format : {ExportDialog::Format::Csv,
                                              ExportDialog::Format::JsonReport,
                                              ExportDialog::Format::ChromeTrace}) {
        auto *action = new QAction(this);
        connect(action, &QAction::triggered, this, [this, format] { exportDataAs(format); });
        m_exportDataActions << action;
    }
    retranslate();
}

void FileController::retranslate()
{
    m_openAction->setText(tr("&Open…"));
    m_openAction->setIconText(tr("Open workload file…"));
    m_openAction->setToolTip(tr("Open a workload JSON file (Ctrl+O); you can also drop one on "
                                "the window"));
    m_openAction->setStatusTip(m_openAction->toolTip());
    m_recentMenu->setTitle(tr("Open &Recent"));
    m_saveAction->setToolTip(tr("Save the last run (or, on the Sweep tab, the last sweep) as a "
                                "report that File > Open shows again without re-running, on "
                                "any machine (Ctrl+S)"));
    m_compareAction->setText(tr("Co&mpare…"));
    m_compareAction->setToolTip(tr("Two saved runs or sweeps side by side: overlaid speedup "
                                   "curves, timelines one above the other (Ctrl+Shift+M)"));
    m_exportDialogAction->setText(tr("&Export…"));
    m_exportDialogAction->setToolTip(tr("Export the current chart or the run's data (Ctrl+E)"));

    const QString chartTexts[] = {tr("Chart as &PNG…"), tr("Chart as &SVG…"), tr("Chart as P&DF…")};
    const ExportDialog::Format chartFormats[] = {
        ExportDialog::Format::Png, ExportDialog::Format::Svg, ExportDialog::Format::Pdf};
    for (int i = 0; i < 3; ++i) {
        m_exportChartActions[i]->setText(chartTexts[i]);
        m_exportChartActions[i]->setToolTip(tr("Write the chart you are looking at as %1")
                                                .arg(ExportDialog::formatName(chartFormats[i])));
    }
    const QString dataTexts[][2] = {
        {tr("Tasks as &CSV…"), tr("One row per task of the last run: input, result, worker, times")},
        {tr("Run as &JSON report…"),
         tr("The whole last run (workload, options, machine, tasks, samples) as one JSON "
            "document")},
        {tr("Run as Chrome &trace…"),
         tr("A Chrome Trace Event file of the last run: open it in ui.perfetto.dev")}};
    for (int i = 0; i < 3; ++i) {
        m_exportDataActions[i]->setText(dataTexts[i][0]);
        m_exportDataActions[i]->setToolTip(dataTexts[i][1]);
    }
    updateActions();
    updateRecentMenu();
}

void FileController::updateActions()
{
    for (QAction *action : std::as_const(m_exportDataActions))
        action->setEnabled(m_parts.session->lastResult() != nullptr);
    m_saveAction->setEnabled(saveTarget() != SaveTarget::Nothing);
    m_saveAction->setText(saveTarget() == SaveTarget::Sweep ? tr("&Save Sweep…") : tr("&Save Run…"));
}

QString FileController::documentsDirectory() const
{
    const QString directory = m_parts.settings->lastDirectory();
    return directory.isEmpty()
        ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
        : directory;
}

// --- Workloads ---------------------------------------------------------------------------

bool FileController::selectShipped(const QString &idOrName)
{
    const LabSession::Shipped *shipped = m_parts.session->findShipped(idOrName);
    if (!shipped)
        return false;
    m_parts.session->setWorkload(shipped->workload, shipped->id, false);
    return true;
}

bool FileController::loadWorkload(const QString &idOrPath)
{
    if (selectShipped(idOrPath))
        return true;
    if (QFileInfo::exists(idOrPath) || idOrPath.endsWith(QLatin1String(".json"), Qt::CaseInsensitive)
        || idOrPath.contains(QLatin1Char('/')))
        return openFile(idOrPath);
    // Neither a shipped workload nor a file: the catalog's error names the shipped ids.
    const auto resolved = resolveWorkload(idOrPath.toStdString());
    if (const auto *error = std::get_if<WorkloadError>(&resolved)) {
        m_parts.banner->showMessage(
            MessageBanner::Kind::Error,
            tr("No workload called “%1”: %2").arg(idOrPath, i18n::workloadErrorText(*error)));
        return false;
    }
    return openFile(idOrPath);
}

bool FileController::openFile(const QString &path)
{
    if (isSavedFile(path))
        return openSavedFile(path);   // a saved run or sweep, not a workload
    const QFileInfo info(path);
    const auto current = m_parts.session->workload();
    const QString error = useWorkloadFile(path, true);
    if (!error.isEmpty()) {
        const QString keeps = current
            ? tr(" “%1” stays loaded.").arg(workloadName(*current))
            : QString();
        m_parts.banner->showMessage(
            MessageBanner::Kind::Error,
            tr("Could not open the workload “%1”.%2\n%3").arg(info.fileName(), keeps, error));
        return false;
    }
    if (m_parts.banner->kind() == MessageBanner::Kind::Error)
        m_parts.banner->clearMessage();   // the file that failed before is fixed now
    return true;
}

QString FileController::useWorkloadFile(const QString &path, bool remember)
{
    const QFileInfo info(path);
    const QString absolute = info.absoluteFilePath();
    auto loaded = loadWorkloadFile(toPath(absolute));
    if (auto *error = std::get_if<WorkloadError>(&loaded)) {
        if (remember && !info.exists()) {
            m_parts.settings->removeRecentFile(absolute);
            updateRecentMenu();
        }
        // The list shows what is loaded, not what was clicked.
        m_parts.controls->setCurrentWorkload(m_parts.session->workloadKey());
        return i18n::workloadErrorText(*error);
    }
    auto workload = std::make_shared<const Workload>(std::move(std::get<Workload>(loaded)));
    if (remember) {
        m_parts.settings->addRecentFile(absolute);
        m_parts.settings->setLastDirectory(info.absolutePath());
        updateRecentMenu();
    }
    m_parts.controls->addWorkload(absolute,
                                  tr("%1 (%2)").arg(workloadName(*workload), info.fileName()),
                                  workloadDescription(*workload), true);
    m_parts.session->setWorkload(std::move(workload), absolute, true);
    return {};
}

void FileController::onOpenTriggered()
{
    const QString path = QFileDialog::getOpenFileName(
        m_parts.window, tr("Open Workload"), documentsDirectory(),
        tr("Workload files (*.json);;All files (*)"));
    if (!path.isEmpty())
        openFile(path);
}

void FileController::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList files = m_parts.settings->recentFiles();
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
        m_parts.settings->clearRecentFiles();
        updateRecentMenu();
    });
}

// --- Saved runs and sweeps, comparison ----------------------------------------------------

FileController::SaveTarget FileController::saveTarget() const
{
    const SweepPanel *sweeps = m_parts.sweepPanel;
    const bool haveSweep = sweeps->sweep() && !sweeps->sweep()->points.empty();
    if (haveSweep && m_parts.tabs->currentWidget() == sweeps)
        return SaveTarget::Sweep;
    if (m_parts.session->lastResult())
        return SaveTarget::Run;
    return haveSweep ? SaveTarget::Sweep : SaveTarget::Nothing;
}

QString FileController::saveTo(const QString &path)
{
    switch (saveTarget()) {
    case SaveTarget::Run:
        return writeError(writeRunReportFile(*m_parts.session->lastResult(), toPath(path)));
    case SaveTarget::Sweep:
        return writeError(writeSweepReportFile(*m_parts.sweepPanel->sweep(), toPath(path)));
    case SaveTarget::Nothing:
        break;
    }
    return tr("there is no finished run or sweep to save yet");
}

void FileController::onSaveTriggered()
{
    const SaveTarget target = saveTarget();
    if (target == SaveTarget::Nothing)
        return;
    const bool sweep = target == SaveTarget::Sweep;
    const QString suggested = QDir(documentsDirectory())
                                  .filePath(QStringLiteral("%1-%2.json")
                                                .arg(exportStem(), sweep ? QStringLiteral("sweep")
                                                                         : QStringLiteral("run")));
    const QString path = QFileDialog::getSaveFileName(
        m_parts.window, sweep ? tr("Save the Sweep") : tr("Save the Run"), suggested,
        sweep ? tr("Corescope sweep report (*.json)") : tr("Corescope run report (*.json)"));
    if (path.isEmpty())
        return;
    const QString error = saveTo(path);
    if (!error.isEmpty()) {
        m_parts.banner->showMessage(MessageBanner::Kind::Error, tr("Could not save: %1").arg(error));
        return;
    }
    m_parts.settings->setLastDirectory(QFileInfo(path).absolutePath());
    m_parts.settings->addRecentFile(QFileInfo(path).absoluteFilePath());
    updateRecentMenu();
    m_parts.banner->showMessage(MessageBanner::Kind::Info,
                                (sweep ? tr("Saved the sweep to %1. File > Open shows it again, "
                                            "on any machine, without re-running.")
                                       : tr("Saved the run to %1. File > Open shows it again, on "
                                            "any machine, without re-running."))
                                    .arg(QDir::toNativeSeparators(path)));
}

bool FileController::openSavedFile(const QString &path)
{
    const QFileInfo info(path);
    auto loaded = loadSavedFile(path);
    MessageBanner *banner = m_parts.banner;
    if (const auto *error = std::get_if<QString>(&loaded)) {
        banner->showMessage(MessageBanner::Kind::Error,
                            tr("Could not open the saved file “%1”.\n%2").arg(info.fileName(), *error));
        return false;
    }
    const SavedFile &saved = std::get<SavedFile>(loaded);
    if (saved.kind == SavedFile::Kind::Run && m_parts.session->isRunning()) {
        banner->showMessage(MessageBanner::Kind::Warning,
                            tr("A run is going: cancel it (Esc) before opening the saved run "
                               "“%1”.").arg(info.fileName()));
        return false;
    }
    if (m_parts.sweepPanel->isRunning()) {
        banner->showMessage(MessageBanner::Kind::Warning,
                            tr("A sweep is going: cancel it before opening “%1”.").arg(info.fileName()));
        return false;
    }
    m_parts.settings->addRecentFile(saved.path);
    m_parts.settings->setLastDirectory(info.absolutePath());
    updateRecentMenu();
    if (saved.kind == SavedFile::Kind::Sweep) {
        // The list follows the sweep's workload, so that Start Sweep measures it again.
        banner->clearMessage();
        const QString workloadNote =
            saved.sweep->workload ? adoptSavedWorkload(*saved.sweep->workload) : QString();
        m_parts.sweepPanel->showSweep(*saved.sweep, info.fileName());
        m_parts.tabs->setCurrentWidget(m_parts.sweepPanel);
        showSavedBanner(tr("Showing the %1 (%2), opened without re-running.")
                            .arg(saved.banner(), info.fileName()),
                        workloadNote);
        updateActions();
        return true;
    }
    banner->clearMessage();
    // The panel first: what the run's end says (its failure) must not be replaced after it.
    const QString workloadNote = adoptSavedRun(*saved.run);
    // The same widgets a live run fills, all at once; the window says how the run ended.
    m_parts.session->showSavedRun(saved.run, saved.path, saved.banner());
    showSavedBanner(tr("Showing a %1 (%2), opened without re-running.")
                        .arg(saved.banner(), info.fileName()),
                    workloadNote);
    return true;
}

void FileController::showSavedBanner(const QString &showing, const QString &workloadNote)
{
    // Above what the opening said already (the run's own failure, a workload file that no
    // longer loads), which keeps its kind.
    MessageBanner *banner = m_parts.banner;
    const QString text = workloadNote.isEmpty() ? showing : showing + QLatin1Char(' ') + workloadNote;
    if (banner->text().isEmpty())
        banner->showMessage(MessageBanner::Kind::Info, text);
    else
        banner->showMessage(banner->kind(), text + QLatin1Char('\n') + banner->text());
}

QString FileController::adoptSavedRun(const RunResult &run)
{
    // As a saved sweep's plan shows in the Sweep tab: what the panel shows is how the run on
    // the screen was made, and Run makes it again (here, with this machine's interpreter).
    // What belongs to this machine stays: its interpreter, its mpirun and hostfile.
    const RunOptions here = m_parts.controls->options();
    RunOptions options = run.options;
    options.pythonPath = here.pythonPath;
    options.mpirunPath = here.mpirunPath;
    options.mpiHostfile = here.mpiHostfile;
    m_parts.controls->setOptions(options);
    return adoptSavedWorkload(*run.workload);
}

QString FileController::adoptSavedWorkload(const Workload &saved)
{
    const QString source = QString::fromStdString(saved.sourcePath);
    for (const LabSession::Shipped &shipped : m_parts.session->shipped()) {
        if (shipped.workload->sourcePath == saved.sourcePath
            && shipped.workload->taskCount() == saved.taskCount()) {
            if (m_parts.session->workloadKey() != shipped.id)
                m_parts.session->setWorkload(shipped.workload, shipped.id, false);
            return {};
        }
    }
    // A workload file: read again, as the list reads a file it is asked for (it may have been
    // edited since; its Python code, if any, runs only when Run is pressed), without touching
    // Open Recent. A path that now holds a saved run or sweep is no workload (and opening it
    // here could open saved files without end).
    const auto current = m_parts.session->workload();
    if (!source.startsWith(QLatin1String(":/")) && QFileInfo(source).isFile() && !isSavedFile(source)) {
        const QString error = useWorkloadFile(source, false);
        if (error.isEmpty())
            return {};
        return current ? tr("Its workload file no longer loads (%1): the side panel keeps “%2”.")
                             .arg(error, workloadName(*current))
                       : QString();
    }
    return current ? tr("Its workload “%1” is not on this machine: the side panel keeps “%2”, "
                        "the one loaded.")
                         .arg(workloadName(saved), workloadName(*current))
                   : QString();
}

CompareWindow *FileController::openCompare(const QString &a, const QString &b)
{
    if (!m_compareWindow) {
        m_compareWindow = new CompareWindow(m_parts.window);
        m_compareWindow->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_compareWindow->show();
    m_compareWindow->raise();
    QStringList files;
    if (!a.isEmpty())
        files << a;
    if (!b.isEmpty())
        files << b;
    if (files.isEmpty())
        files = QFileDialog::getOpenFileNames(m_compareWindow, tr("Compare Two Saved Runs or Sweeps"),
                                              documentsDirectory(),
                                              tr("Corescope reports (*.json);;All files (*)"));
    for (int slot = 0; slot < std::min<qsizetype>(2, files.size()); ++slot)
        m_compareWindow->setFile(slot, files.at(slot));
    return m_compareWindow;
}

// --- Export ------------------------------------------------------------------------------

QString FileController::chartName(Chart chart) const
{
    switch (chart) {
    case Chart::Cores: return tr("Per-core utilization");
    case Chart::Timeline: return tr("Task timeline");
    case Chart::Speedup: return tr("Speedup");
    }
    return {};
}

QString FileController::exportStem() const
{
    QString stem = m_parts.session->runWorkloadKey();
    if (stem.isEmpty())
        stem = m_parts.session->workloadKey();
    if (stem.contains(QLatin1Char('/')))
        stem = QFileInfo(stem).completeBaseName();
    return stem.isEmpty() ? QStringLiteral("corescope") : stem;
}

QString FileController::exportDirectory() const
{
    for (const QString &directory :
         {m_parts.settings->exportDirectory(),
          QStandardPaths::writableLocation(QStandardPaths::PicturesLocation)}) {
        if (!directory.isEmpty() && QFileInfo(directory).isDir())
            return directory;
    }
    return QDir::homePath();
}

QString FileController::exportChart(Chart chart, const QString &path, QSize size, double scale)
{
    QCustomPlot *plot = plotOf(chart);
    if (!plot)
        return tr("the chart is not available");
    // A file holds the whole chart: what presentation mode leaves out on screen (a subtitle,
    // the time labels the chart below repeats) is drawn in it.
    const bool live = chart == Chart::Cores || chart == Chart::Timeline;
    const auto exporting = [this, live](bool on) {
        if (!live)
            return;
        m_parts.cpuChart->setExporting(on);
        m_parts.timelineChart->setExporting(on);
    };
    exporting(true);
    // No size asked for: a slide's (exportPlot's default), never the screen's strip.
    const QString error = exportPlot(plot, path, size.width(), size.height(), scale);
    exporting(false);
    return error;
}

QString FileController::exportRunData(ExportDialog::Format format, const QString &path)
{
    const auto run = m_parts.session->lastResult();
    if (!run)
        return tr("there is no finished run to export yet");
    std::string error;
    switch (format) {
    case ExportDialog::Format::Csv:
        error = writeTasksCsvFile(*run, toPath(path));
        break;
    case ExportDialog::Format::JsonReport:
        error = writeRunReportFile(*run, toPath(path));
        break;
    case ExportDialog::Format::ChromeTrace:
        error = writeChromeTraceFile(*run, toPath(path));
        break;
    default:
        return tr("%1 is a chart format, not a data format")
            .arg(ExportDialog::formatName(format));
    }
    return writeError(error);
}

void FileController::reportExport(const QString &what, const QString &path, const QString &error)
{
    if (error.isEmpty()) {
        m_parts.settings->setExportDirectory(QFileInfo(path).absolutePath());
        m_parts.banner->showMessage(MessageBanner::Kind::Info,
                                    tr("Exported %1 to %2").arg(what, QDir::toNativeSeparators(path)));
    } else {
        m_parts.banner->showMessage(MessageBanner::Kind::Error,
                                    tr("Could not export %1: %2").arg(what, error));
    }
}

void FileController::openExportDialog(int chart)
{
    const QStringList charts{chartName(Chart::Cores), chartName(Chart::Timeline),
                             chartName(Chart::Speedup)};
    ExportDialog dialog(charts, chart, m_parts.session->lastResult() != nullptr,
                        exportDirectory(), exportStem(), m_parts.window);
    if (chart >= 0) {
        if (QCustomPlot *plot = plotOf(static_cast<Chart>(chart));
            plot && plot->isVisible() && plot->width() >= 400)
            dialog.setScreenSize(plot->size());
    }
    if (dialog.exec() != QDialog::Accepted || dialog.path().isEmpty())
        return;
    const QString path = dialog.path();
    if (dialog.chart() >= 0) {
        const auto target = static_cast<Chart>(dialog.chart());
        reportExport(chartName(target).toLower(), path,
                     exportChart(target, path, dialog.chartSize(), dialog.scale()));
    } else {
        reportExport(tr("the run's data"), path, exportRunData(dialog.format(), path));
    }
}

void FileController::exportChartAs(ExportDialog::Format format)
{
    const QString suffix = ExportDialog::suffix(format);
    const QString filter = QStringLiteral("%1 (*.%2)").arg(ExportDialog::formatName(format), suffix);
    if (m_parts.tabs->currentWidget() == m_parts.sweepPanel) {
        // The Sweep tab's speedup chart; its Export… button offers the efficiency chart too.
        const QString path = QFileDialog::getSaveFileName(
            m_parts.window, tr("Export the Sweep's Speedup Chart"),
            QDir(exportDirectory())
                .filePath(QStringLiteral("%1-sweep-speedup.%2").arg(exportStem(), suffix)),
            filter);
        if (!path.isEmpty())
            reportExport(tr("the sweep's speedup chart"), path,
                         m_parts.sweepPanel->exportChart(SweepPanel::Chart::Speedup, path));
        return;
    }
    const Chart chart = currentChart();
    const QString suggested = QDir(exportDirectory())
                                  .filePath(QStringLiteral("%1-%2.%3")
                                                .arg(exportStem(),
                                                     ExportDialog::fileTag(chartName(chart)),
                                                     suffix));
    const QString path = QFileDialog::getSaveFileName(
        m_parts.window, tr("Export %1").arg(chartName(chart)), suggested, filter);
    if (!path.isEmpty())
        reportExport(chartName(chart).toLower(), path, exportChart(chart, path));
}

void FileController::exportDataAs(ExportDialog::Format format)
{
    if (!m_parts.session->lastResult())
        return;
    const QString suffix = ExportDialog::suffix(format);
    const QString suggested =
        QDir(exportDirectory()).filePath(QStringLiteral("%1-run.%2").arg(exportStem(), suffix));
    const QString path = QFileDialog::getSaveFileName(
        m_parts.window, tr("Export the run"), suggested,
        QStringLiteral("%1 (*.%2)").arg(ExportDialog::formatName(format), suffix));
    if (!path.isEmpty())
        reportExport(tr("the run's data"), path, exportRunData(format, path));
}

void FileController::watchChart(Chart chart, QWidget *owner, const QList<QAction *> &extra)
{
    for (QObject *object : {static_cast<QObject *>(owner),
                            static_cast<QObject *>(owner->findChild<QCustomPlot *>())}) {
        if (!object)
            continue;
        m_charts.insert(object, {chart, extra});
        object->installEventFilter(this);
    }
}

QCustomPlot *FileController::plotOf(Chart chart) const
{
    switch (chart) {
    case Chart::Cores: return m_parts.cpuChart->plot();
    case Chart::Timeline: return m_parts.timelineChart->plot();
    case Chart::Speedup: return m_parts.speedupChart->plot();
    }
    return nullptr;
}

FileController::Chart FileController::currentChart() const
{
    return m_parts.tabs->currentWidget() == m_parts.speedupPage ? Chart::Speedup : m_liveChart;
}

bool FileController::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::ContextMenu && event->type() != QEvent::MouseButtonPress)
        return QObject::eventFilter(watched, event);
    const auto it = m_charts.constFind(watched);
    if (it == m_charts.cend())
        return QObject::eventFilter(watched, event);
    if (it->chart != Chart::Speedup)
        m_liveChart = it->chart;
    if (event->type() == QEvent::ContextMenu) {
        showChartMenu(*it, static_cast<QContextMenuEvent *>(event)->globalPos());
        return true;
    }
    return QObject::eventFilter(watched, event);
}

void FileController::showChartMenu(const Watched &watched, const QPoint &globalPos)
{
    QMenu menu(m_parts.window);
    menu.setToolTipsVisible(true);
    const Chart chart = watched.chart;
    QAction *exportAction = menu.addAction(tr("&Export %1…").arg(chartName(chart).toLower()));
    exportAction->setShortcut(m_exportDialogAction->shortcut());
    connect(exportAction, &QAction::triggered, this,
            [this, chart] { openExportDialog(static_cast<int>(chart)); });
    if (!watched.extra.isEmpty()) {
        menu.addSeparator();
        menu.addActions(watched.extra);
    }
    menu.exec(globalPos);
}

} // namespace corescope::gui
