#include "app/gui/sweeppanel.h"

#include "app/charts/chartexport.h"
#include "app/charts/qcpinclude.h"
#include "app/charts/runlabel.h"
#include "app/charts/speedupchart.h"
#include "app/gui/savedfile.h"
#include "app/gui/sweepform.h"
#include "app/gui/sweepresultsview.h"
#include "app/i18n/language.h"
#include "app/jobs/jobrunner.h"
#include "core/engine/runjob.h"
#include "core/io/csvwriter.h"
#include "core/io/sweepreport.h"
#include "core/util/duration.h"

#include <QCoreApplication>
#include <QDir>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QProgressBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace corescope::gui {

namespace {

QString fromStd(const std::string &text)
{
    return QString::fromStdString(text);
}

QString secondsText(double s)
{
    return durationText(s);
}

// A saved sweep's status ("ok", "cancelled", "failed", "running": SweepResult::status, the
// report's machine-readable word) as the panel says it.
QString statusText(const std::string &status)
{
    if (status == "ok")
        return SweepPanel::tr("complete");
    if (status == "cancelled")
        return SweepPanel::tr("cancelled");
    if (status == "failed")
        return SweepPanel::tr("failed");
    if (status == "running")
        return SweepPanel::tr("not finished");
    return fromStd(status);
}

// "12 s", "3 min 20 s": an estimate, rounded for people.
QString etaText(double seconds)
{
    const auto s = static_cast<long long>(std::ceil(seconds));
    if (s < 60)
        return QCoreApplication::translate("corescope::gui::SweepPanel", "%1 s").arg(s);
    return QCoreApplication::translate("corescope::gui::SweepPanel", "%1 min %2 s")
        .arg(s / 60)
        .arg(s % 60);
}

int pointsDone(const SweepResult &sweep, int repeats)
{
    int done = 0;
    for (const SweepPoint &p : sweep.points)
        if (int(p.wallSeconds.size()) >= repeats || !p.error.empty())
            ++done;
    return done;
}

} // namespace

SweepPanel::SweepPanel(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("sweepPanel"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 6, 0, 0);
    layout->setSpacing(6);

    m_banner = new QLabel(this);
    m_banner->setObjectName(QStringLiteral("sweepSavedBanner"));
    m_banner->setStyleSheet(QStringLiteral(
        "#sweepSavedBanner { background: #e3f2fd; border: 1px solid #64b5f6; border-radius: 4px;"
        " padding: 6px 10px; color: #0d2a4a; }"));
    m_banner->setWordWrap(true);
    m_banner->hide();
    layout->addWidget(m_banner);

    m_form = new SweepForm(this);
    connect(m_form->startButton(), &QPushButton::clicked, this, &SweepPanel::start);
    connect(m_form->cancelButton(), &QPushButton::clicked, this, &SweepPanel::cancel);
    connect(m_form, &SweepForm::workersChecked, this, [this](const QString &problem) {
        showError(problem);
        updateControls();
    });
    layout->addWidget(m_form);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("sweepError"));
    m_error->setStyleSheet(QStringLiteral("#sweepError { color: #b00020; font-weight: bold; }"));
    m_error->setWordWrap(true);
    m_error->hide();
    layout->addWidget(m_error);

    auto *progressRow = new QHBoxLayout;
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("sweepProgress"));
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_sayFormat = [] { return tr("no sweep yet"); };
    m_progress->setTextVisible(true);
    m_progress->setMaximumWidth(320);
    m_progress->setMinimumWidth(120);
    m_progressLabel = new QLabel(this);
    m_sayLabel = [] { return tr("Choose modes and worker counts, then Start Sweep."); };
    m_progressLabel->setObjectName(QStringLiteral("sweepProgressLabel"));
    // Its text grows with the run's description: it must never widen the window.
    m_progressLabel->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_progressLabel->setMinimumWidth(0);
    progressRow->addWidget(m_progress);
    progressRow->addWidget(m_progressLabel, 1);
    m_export = new QPushButton(this);
    m_export->setObjectName(QStringLiteral("sweepExport"));
    connect(m_export, &QPushButton::clicked, this,
            [this] { showExportMenu(m_export->mapToGlobal(QPoint(0, m_export->height()))); });
    progressRow->addWidget(m_export);
    layout->addLayout(progressRow);

    m_results = new SweepResultsView(this);
    connect(m_results, &SweepResultsView::exportMenuRequested, this, &SweepPanel::showExportMenu);
    layout->addWidget(m_results, 1);

    retranslate();
    showResult(SweepResult{});
    m_sweep.reset();
    updateControls();
}

void SweepPanel::sayProgress()
{
    if (m_sayFormat)
        m_progress->setFormat(m_sayFormat());
    if (m_sayLabel)
        m_progressLabel->setText(m_sayLabel());
}

void SweepPanel::retranslate()
{
    sayProgress();
    m_export->setText(tr("E&xport…"));
    m_export->setToolTip(tr("Write the speedup or efficiency chart as PNG, SVG or PDF, or the "
                            "points as CSV (right-click a chart for the same)"));
}

void SweepPanel::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        // The progress line (in retranslate()), the points, fits and the charts' titles are
        // said again now (the form and the results view say their own texts).
        if (m_sweep)
            showResult(*m_sweep);
        updateControls();
    }
}

SweepPanel::~SweepPanel() = default;   // a runner of our own is a child: it joins the sweep

void SweepPanel::setJobRunner(jobs::JobRunner *runner)
{
    if (m_runner == runner)
        return;
    if (m_runner)
        disconnect(m_runner, nullptr, this, nullptr);
    m_runner = runner;
    connect(m_runner, &jobs::JobRunner::sweepProgressed, this, &SweepPanel::onSweepProgressed);
    connect(m_runner, &jobs::JobRunner::sweepFinished, this, &SweepPanel::onSweepFinished);
}

jobs::JobRunner *SweepPanel::runner()
{
    if (!m_runner)
        setJobRunner(new jobs::JobRunner(this));
    return m_runner;
}

void SweepPanel::setWorkload(std::shared_ptr<const Workload> workload)
{
    m_workload = std::move(workload);
    m_form->setNativeRefusal(m_workload ? nativeRefusal(*m_workload) : std::string());
    updateControls();
}

void SweepPanel::setBaseOptionsProvider(std::function<RunOptions()> provider)
{
    m_baseOptions = std::move(provider);
}

void SweepPanel::setBlockedReason(const QString &reason)
{
    m_blocked = reason;
    updateControls();
}

void SweepPanel::followRuntime(Runtime runtime)
{
    m_form->followRuntime(runtime);
}

QCheckBox *SweepPanel::modeBox(Mode mode, bool gil, Runtime runtime) const
{
    return m_form->modeBox(mode, gil, runtime);
}

QLineEdit *SweepPanel::workersEdit() const
{
    return m_form->workersEdit();
}

QSpinBox *SweepPanel::repeatsBox() const
{
    return m_form->repeatsBox();
}

QCheckBox *SweepPanel::warmUpBox() const
{
    return m_form->warmUpBox();
}

QPushButton *SweepPanel::startButton() const
{
    return m_form->startButton();
}

QPushButton *SweepPanel::cancelButton() const
{
    return m_form->cancelButton();
}

QLabel *SweepPanel::warningLabel() const
{
    return m_results->warningLabel();
}

QLabel *SweepPanel::beyondHostLabel() const
{
    return m_results->beyondHostLabel();
}

SpeedupChart *SweepPanel::speedupChart() const
{
    return m_results->speedupChart();
}

SpeedupChart *SweepPanel::efficiencyChart() const
{
    return m_results->efficiencyChart();
}

QTableWidget *SweepPanel::pointsTable() const
{
    return m_results->pointsTable();
}

QTableWidget *SweepPanel::fitTable() const
{
    return m_results->fitTable();
}

QByteArray SweepPanel::splitterState() const
{
    return m_results->splitterState();
}

bool SweepPanel::restoreSplitterState(const QByteArray &state)
{
    return m_results->restoreSplitterState(state);
}

std::optional<SweepSpec> SweepPanel::spec(QString *error) const
{
    const auto failWith = [error](const QString &text) {
        if (error)
            *error = text;
        return std::nullopt;
    };
    if (!m_workload)
        return failWith(tr("No workload is loaded."));
    SweepSpec spec;
    spec.workload = m_workload;
    if (QString problem; !m_form->readPlan(spec, &problem))
        return failWith(problem);
    if (m_baseOptions)
        spec.base = m_baseOptions();
    spec.base.sampleHz = 0;   // a sweep measures wall times; keep its runs undisturbed
    spec.base.workers = 1;
    if (const std::string problem = spec.validate(); !problem.empty())
        return failWith(i18n::engineText(problem));
    return spec;
}

void SweepPanel::showError(const QString &text)
{
    m_error->setText(text);
    m_error->setVisible(!text.isEmpty());
}

bool SweepPanel::start()
{
    if (m_job != 0)
        return false;
    if (!m_blocked.isEmpty()) {
        showError(tr("Cannot start the sweep: %1.").arg(m_blocked));
        return false;
    }
    QString error;
    auto sweepSpec = spec(&error);
    if (!sweepSpec) {
        showError(error);
        return false;
    }
    std::string problem;
    const quint64 job = runner()->startSweep(std::move(*sweepSpec), &problem);
    if (job == 0) {
        showError(fromStd(problem));
        return false;
    }
    showError(QString());
    m_savedFrom.clear();
    m_banner->hide();
    m_job = job;
    m_elapsed.start();
    updateControls();
    Q_EMIT sweepStarted();
    return true;
}

void SweepPanel::cancel()
{
    if (m_job == 0)
        return;
    m_runner->cancel();
    m_sayLabel = [] { return tr("Cancelling after the current run…"); };
    sayProgress();
}

void SweepPanel::onSweepProgressed(quint64 job, const SweepJob::Progress &progress,
                                   const std::shared_ptr<const SweepResult> &sweep)
{
    if (job != m_job)
        return;
    if (sweep)
        showResult(*sweep);   // a run ended: new points
    if (m_sweep)
        updateProgress(progress, *m_sweep);   // else only the ETA moves
}

void SweepPanel::onSweepFinished(quint64 job, const SweepJob::Progress &progress,
                                 const std::shared_ptr<const SweepResult> &sweep)
{
    if (job != m_job)
        return;
    m_job = 0;
    showResult(*sweep);
    updateProgress(progress, *m_sweep);
    updateControls();
    Q_EMIT sweepFinished();
}

void SweepPanel::updateProgress(const SweepJob::Progress &progress, const SweepResult &sweep)
{
    const int total = int(sweep.points.size());
    const int done = pointsDone(sweep, sweep.spec.repeats);
    m_progress->setRange(0, std::max(1, progress.runsTotal));
    m_progress->setValue(std::min(progress.runsDone, progress.runsTotal));
    // Kept as what describes the progress, said again after a language switch.
    m_sayFormat = [done, total] { return tr("%1 / %2 points").arg(done).arg(total); };
    const double elapsed = double(m_elapsed.elapsed()) / 1000.0;
    if (m_job != 0) {
        m_sayLabel = [progress, elapsed] {
            QString text = tr("Run %1 of %2")
                               .arg(std::min(progress.runsDone + 1, progress.runsTotal))
                               .arg(progress.runsTotal);
            if (!progress.current.empty())
                text += QStringLiteral(" · ") + i18n::engineText(progress.current);
            if (progress.runsDone > 0) {
                const double left =
                    elapsed / progress.runsDone * (progress.runsTotal - progress.runsDone);
                text += tr(" · about %1 left").arg(etaText(left));
            }
            return text;
        };
    } else if (sweep.status == "ok") {
        m_sayLabel = [total, elapsed] {
            return tr("Done: %1 points in %2.").arg(total).arg(secondsText(elapsed));
        };
    } else if (sweep.status == "cancelled") {
        m_sayLabel = [done, total] {
            return tr("Cancelled: %1 of %2 points finished; they stay on the charts.")
                .arg(done)
                .arg(total);
        };
    } else if (sweep.status == "failed") {
        m_sayLabel = [error = sweep.error] { return tr("Failed: %1").arg(i18n::engineText(error)); };
    }
    sayProgress();
}

void SweepPanel::showSweep(const SweepResult &sweep, const QString &source)
{
    if (m_job != 0)
        return;
    m_savedFrom = tr("Saved sweep from %1, %2 — %3")
                      .arg(sweep.machine.hostname.empty()
                               ? QCoreApplication::translate("corescope::gui::SavedFile",
                                                             "an unnamed machine")
                               : fromStd(sweep.machine.hostname),
                           savedDate(sweep.startedAt), source);
    // The controls show the saved plan: Start Sweep measures the same here.
    m_form->showPlan(sweep.spec);
    // (That it was opened without re-running, the window's banner says.)
    m_banner->setText(m_savedFrom + tr(" (the core marker is that machine's %1 cores)")
                                        .arg(sweep.machine.logicalCores));
    m_banner->show();
    showResult(sweep);
    const int total = int(sweep.points.size());
    const int done = pointsDone(sweep, sweep.spec.repeats);
    m_progress->setRange(0, std::max(1, total));
    m_progress->setValue(done);
    m_sayFormat = [done, total] { return tr("%1 / %2 points").arg(done).arg(total); };
    m_sayLabel = [status = sweep.status, done, total] {
        return tr("Saved sweep (%1): %2 of %3 points.").arg(statusText(status)).arg(done).arg(total);
    };
    sayProgress();
    showError(QString());
}

QString SweepPanel::savedBanner() const
{
    return m_savedFrom;
}

void SweepPanel::showResult(const SweepResult &sweep)
{
    auto shown = std::make_shared<SweepResult>(sweep);
    m_sweep = shown;
    m_results->setSweep(sweep);
    Q_EMIT sweepShown();
}

void SweepPanel::updateControls()
{
    m_form->setState(m_job != 0, m_workload != nullptr, m_blocked);
}

QString SweepPanel::exportChart(Chart chart, const QString &path, QSize size)
{
    QCustomPlot *plot = chart == Chart::Speedup ? m_results->speedupChart()->plot()
                                                : m_results->efficiencyChart()->plot();
    // No size asked for: a slide's (exportPlot's default), not the strip shown on screen.
    return exportPlot(plot, path, size.width(), size.height());
}

QString SweepPanel::exportCsv(const QString &path)
{
    if (!m_sweep || m_sweep->points.empty())
        return tr("there is no sweep to export yet");
    return i18n::engineText(writeSweepCsvFile(*m_sweep, QFile::encodeName(path).toStdString()));
}

void SweepPanel::showExportMenu(const QPoint &globalPos)
{
    QMenu menu(this);
    const QString stem = m_sweep && m_sweep->workload && !m_sweep->workload->sourcePath.empty()
        ? QFileInfo(fromStd(m_sweep->workload->sourcePath)).completeBaseName()
        : QStringLiteral("sweep");
    const QString directory = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    const auto ask = [this, &directory](const QString &title, const QString &name, const QString &filter) {
        return QFileDialog::getSaveFileName(this, title, QDir(directory.isEmpty() ? QDir::homePath() : directory).filePath(name), filter);
    };
    const bool have = m_sweep && !m_sweep->points.empty();
    for (const auto &[chart, name] : {std::pair{Chart::Speedup, tr("Speedup")}, std::pair{Chart::Efficiency, tr("Efficiency")}}) {
        QAction *action = menu.addAction(tr("%1 Chart…").arg(name));
        action->setEnabled(have);
        const Chart which = chart;
        const QString title = name;
        connect(action, &QAction::triggered, this, [this, which, title, stem, ask] {
            const QString path = ask(tr("Export the %1 Chart").arg(title),
                                     QStringLiteral("%1-sweep-%2.png").arg(stem, title.toLower()),
                                     plotExportFilter());
            if (path.isEmpty())
                return;
            const QString error = exportChart(which, path);
            m_sayLabel = {};   // a one-off message: not said again
            m_progressLabel->setText(error.isEmpty() ? tr("Exported the %1 chart to %2").arg(title.toLower(), QDir::toNativeSeparators(path))
                                                     : tr("Could not export: %1").arg(error));
        });
    }
    menu.addSeparator();
    QAction *csv = menu.addAction(tr("Points as CSV…"));
    csv->setEnabled(have);
    connect(csv, &QAction::triggered, this, [this, stem, ask] {
        const QString path = ask(tr("Export the Sweep as CSV"), QStringLiteral("%1-sweep.csv").arg(stem),
                                 tr("CSV (*.csv)"));
        if (path.isEmpty())
            return;
        const QString error = exportCsv(path);
        m_sayLabel = {};
        m_progressLabel->setText(error.isEmpty() ? tr("Exported the points to %1").arg(QDir::toNativeSeparators(path))
                                                 : tr("Could not export: %1").arg(error));
    });
    menu.exec(globalPos);
}

void SweepPanel::setPresentationMode(bool on)
{
    m_results->setPresentationMode(on);
}

} // namespace corescope::gui
