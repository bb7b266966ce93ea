#include "app/gui/sweeppanel.h"

#include "app/charts/chartexport.h"
#include "app/charts/qcpinclude.h"
#include "app/charts/runlabel.h"
#include "app/charts/speedupchart.h"
#include "app/charts/sweepchartdata.h"
#include "app/gui/pythonfinder.h"
#include "app/gui/savedfile.h"
#include "app/i18n/language.h"
#include "app/jobs/jobrunner.h"
#include "core/exec/pythonexecutor.h"
#include "core/io/csvwriter.h"
#include "core/io/sweepreport.h"
#include "core/sample/cpusampler.h"
#include "core/util/duration.h"

#include <QCheckBox>
#include <QDir>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableWidget>
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

// "12 s", "3 min 20 s": an estimate, rounded for people.
QString etaText(double seconds)
{
    const auto s = static_cast<long long>(std::ceil(seconds));
    if (s < 60)
        return QStringLiteral("%1 s").arg(s);
    return QStringLiteral("%1 min %2 s").arg(s / 60).arg(s % 60);
}

QTableWidgetItem *cell(const QString &text, bool number = true)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
    if (number)
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

QTableWidget *makeTable(const QStringList &headers, QWidget *parent)
{
    auto *table = new QTableWidget(0, int(headers.size()), parent);
    table->setHorizontalHeaderLabels(headers);
    table->verticalHeader()->hide();
    table->setAlternatingRowColors(true);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setStretchLastSection(true);
    return table;
}

// {1, 2, 3, 4, 8} -> "1-4,8": the text the workers field would have had.
QString workerListText(const std::vector<int> &counts)
{
    QStringList parts;
    for (std::size_t i = 0; i < counts.size();) {
        std::size_t j = i;
        while (j + 1 < counts.size() && counts[j + 1] == counts[j] + 1)
            ++j;
        parts << (j >= i + 2 ? QStringLiteral("%1-%2").arg(counts[i]).arg(counts[j])
                             : QString::number(counts[i]));
        if (j == i + 1)
            parts << QString::number(counts[j]);
        i = j + 1;
    }
    return parts.join(QLatin1Char(','));
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

    // The settings in one row: modes, worker counts, repeats, warm-up, Start / Cancel.
    auto *controls = new QHBoxLayout;
    controls->setSpacing(10);
    m_modesLabel = new QLabel(this);
    controls->addWidget(m_modesLabel);
    m_serial = new QCheckBox(this);
    m_serial->setChecked(true);
    m_serial->setEnabled(false);
    m_threads = new QCheckBox(this);
    m_threads->setChecked(true);
    m_gil = new QCheckBox(this);
    m_processes = new QCheckBox(this);
    m_processes->setChecked(true);
    // Python's own threads and processes (the Python runtime, with the side panel's API): each
    // measured against Python's serial loop, so one chart shows what native and Python do.
    m_pyThreads = new QCheckBox(this);
    m_pyProcesses = new QCheckBox(this);
    // Checked in the background (PythonFinder): the boxes are offered until it says no.
    auto updatePython = [this] {
        const auto python = PythonFinder::instance()->find({});
        m_pythonMissing = python ? fromStd(python->error) : QString();
    };
    updatePython();
    connect(PythonFinder::instance(), &PythonFinder::probed, this,
            [this, updatePython](const QString &path) {
                if (!path.isEmpty())
                    return;
                updatePython();
                retranslate();
                updateControls();
            });
    for (QCheckBox *box : {m_serial, m_threads, m_gil, m_processes, m_pyThreads, m_pyProcesses}) {
        controls->addWidget(box);
        connect(box, &QCheckBox::toggled, this, &SweepPanel::updateControls);
    }
    controls->addStretch(1);
    layout->addLayout(controls);
    // Two rows, so the tab never makes the window wider than the other tabs do.
    controls = new QHBoxLayout;
    controls->setSpacing(10);
    auto *workersLabel = new QLabel(this);
    m_workersLabel = workersLabel;
    m_workers = new QLineEdit(defaultWorkers(), this);
    m_workers->setObjectName(QStringLiteral("sweepWorkers"));
    m_workers->setMinimumWidth(m_workers->fontMetrics().horizontalAdvance(QStringLiteral("1-4,8,16_")));
    m_workers->setMaximumWidth(220);
    workersLabel->setBuddy(m_workers);
    connect(m_workers, &QLineEdit::textChanged, this, &SweepPanel::onWorkersEdited);
    controls->addWidget(workersLabel);
    controls->addWidget(m_workers);
    auto *repeatsLabel = new QLabel(this);
    m_repeatsLabel = repeatsLabel;
    m_repeats = new QSpinBox(this);
    m_repeats->setRange(1, 100);
    m_repeats->setValue(3);
    repeatsLabel->setBuddy(m_repeats);
    controls->addWidget(repeatsLabel);
    controls->addWidget(m_repeats);
    m_warmUp = new QCheckBox(this);
    m_warmUp->setChecked(true);
    controls->addWidget(m_warmUp);
    controls->addStretch(1);
    m_start = new QPushButton(this);
    m_start->setObjectName(QStringLiteral("sweepStart"));
    m_start->setDefault(true);
    connect(m_start, &QPushButton::clicked, this, &SweepPanel::start);
    m_cancel = new QPushButton(this);
    m_cancel->setObjectName(QStringLiteral("sweepCancel"));
    connect(m_cancel, &QPushButton::clicked, this, &SweepPanel::cancel);
    controls->addWidget(m_start);
    controls->addWidget(m_cancel);
    layout->addLayout(controls);

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

    m_warnings = new QLabel(this);
    m_warnings->setObjectName(QStringLiteral("sweepWarnings"));
    m_warnings->setStyleSheet(QStringLiteral(
        "#sweepWarnings { background: #fff8e1; border: 1px solid #ffb300; border-radius: 4px;"
        " padding: 4px 8px; color: #3e2a00; }"));
    m_warnings->setWordWrap(true);
    m_warnings->hide();
    layout->addWidget(m_warnings);

    auto *vertical = new QSplitter(Qt::Vertical, this);
    vertical->setChildrenCollapsible(false);
    auto *charts = new QSplitter(Qt::Horizontal, vertical);
    charts->setChildrenCollapsible(false);
    m_speedup = new SpeedupChart(charts);
    m_speedup->setObjectName(QStringLiteral("sweepSpeedupChart"));
    m_efficiency = new SpeedupChart(charts);
    m_efficiency->setObjectName(QStringLiteral("sweepEfficiencyChart"));
    m_efficiency->setMetric(SpeedupChart::Metric::Efficiency);
    charts->addWidget(m_speedup);
    charts->addWidget(m_efficiency);
    for (SpeedupChart *chart : {m_speedup, m_efficiency}) {
        chart->setContextMenuPolicy(Qt::CustomContextMenu);
        connect(chart, &QWidget::customContextMenuRequested, this,
                [this, chart](const QPoint &pos) { showExportMenu(chart->mapToGlobal(pos)); });
    }
    vertical->addWidget(charts);

    auto *tables = new QWidget(vertical);
    auto *tablesLayout = new QHBoxLayout(tables);
    tablesLayout->setContentsMargins(0, 0, 0, 0);
    m_points = makeTable(QStringList(9, QString()), tables);
    m_points->setObjectName(QStringLiteral("sweepPointsTable"));
    auto *fitBox = new QWidget(tables);
    auto *fitLayout = new QVBoxLayout(fitBox);
    fitLayout->setContentsMargins(0, 0, 0, 0);
    m_fitCaption = new QLabel(fitBox);
    m_fitCaption->setWordWrap(true);
    m_fits = makeTable(QStringList(2 + qsizetype(std::size(kPredictAt)), QString()), fitBox);
    m_fits->setObjectName(QStringLiteral("sweepFitTable"));
    fitLayout->addWidget(m_fitCaption);
    fitLayout->addWidget(m_fits, 1);
    tablesLayout->addWidget(m_points, 4);
    tablesLayout->addWidget(fitBox, 3);
    vertical->addWidget(tables);
    vertical->setStretchFactor(0, 3);
    vertical->setStretchFactor(1, 1);
    layout->addWidget(vertical, 1);

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
    m_modesLabel->setText(tr("Modes:"));
    m_serial->setText(tr("serial"));
    m_serial->setToolTip(tr("The serial baseline is always measured: every speedup is "
                            "serial time / parallel time"));
    m_threads->setText(tr("threads"));
    m_threads->setToolTip(tr("Native threads: they run in parallel"));
    m_gil->setText(tr("threads + GIL"));
    m_gil->setToolTip(tr("Threads under the emulated GIL, as Python's threads behave"));
    m_processes->setText(tr("processes"));
    m_processes->setToolTip(tr("One worker process each; results travel back through pipes"));
    m_pyThreads->setText(tr("Python threads"));
    m_pyProcesses->setText(tr("Python processes"));
    for (QCheckBox *box : {m_pyThreads, m_pyProcesses})
        box->setToolTip(m_pythonMissing.isEmpty()
                            ? tr("Real CPython through the API chosen in the side panel, against "
                                 "Python's own serial loop")
                            : i18n::engineText(m_pythonMissing.toStdString()));
    m_workersLabel->setText(tr("&Workers:"));
    m_workers->setPlaceholderText(tr("1-8 or 1,2,4,8"));
    m_workers->setToolTip(tr("Worker counts to measure: a range (1-8), a list (1,2,4,8) or "
                             "both (1-4,8,16). Default: 1 to twice the machine's %1 cores")
                              .arg(logicalCoreCount()));
    m_repeatsLabel->setText(tr("R&epeats:"));
    m_repeats->setToolTip(tr("Runs per point: the chart shows their median, whiskers their "
                             "fastest and slowest"));
    m_warmUp->setText(tr("Warm-&up run"));
    m_warmUp->setToolTip(tr("One run first whose time is thrown away: caches, page faults and "
                            "the worker executable are warm for the measured runs"));
    m_start->setText(tr("&Start Sweep"));
    m_start->setToolTip(tr("Run the workload at every mode and worker count (Ctrl+Shift+R "
                           "opens this tab)"));
    m_cancel->setText(tr("&Cancel Sweep"));
    m_cancel->setToolTip(tr("Stop after the current run; the finished points stay"));
    m_export->setText(tr("E&xport…"));
    m_export->setToolTip(tr("Write the speedup or efficiency chart as PNG, SVG or PDF, or the "
                            "points as CSV (right-click a chart for the same)"));
    m_speedup->setToolTip(tr("Median speedup per worker count, whiskers from the repeats; the "
                             "dashed line is ideal scaling, dotted curves the Amdahl fits"));
    m_efficiency->setToolTip(tr("Efficiency = speedup / workers: 100 % means every worker "
                                "was fully used"));
    m_points->setHorizontalHeaderLabels({tr("mode"), tr("workers"), tr("median"), tr("min"),
                                         tr("max"), tr("speedup"), tr("efficiency"),
                                         tr("Karp-Flatt"), tr("runs")});
    m_points->setToolTip(tr("One row per measured point. Karp-Flatt: the serial fraction this "
                            "point implies; rising with workers means growing overhead"));
    m_fitCaption->setText(tr("<b>Amdahl fit per mode</b> — serial fraction f fitted to "
                             "the points up to the machine's core count. The speedups at "
                             "8, 16 and 64 cores are a <b>prediction</b> from the fit with "
                             "its 95 % interval, not a measurement; a fit of one point "
                             "predicts nothing."));
    QStringList fitHeaders{tr("mode"), tr("serial fraction f")};
    for (int cores : kPredictAt)
        fitHeaders << tr("%1 cores\n(prediction)").arg(cores);
    m_fits->setHorizontalHeaderLabels(fitHeaders);
}

void SweepPanel::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        // The progress line (in retranslate()), the points, fits and the charts' titles are
        // said again now.
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

QString SweepPanel::defaultWorkers() const
{
    return QStringLiteral("1-%1").arg(std::max(2, 2 * logicalCoreCount()));
}

void SweepPanel::setWorkload(std::shared_ptr<const Workload> workload)
{
    m_workload = std::move(workload);
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

QCheckBox *SweepPanel::modeBox(Mode mode, bool gil, Runtime runtime) const
{
    if (runtime == Runtime::Python)
        return mode == Mode::Threads ? m_pyThreads : mode == Mode::Processes ? m_pyProcesses : nullptr;
    switch (mode) {
    case Mode::Serial: return m_serial;
    case Mode::Threads: return gil ? m_gil : m_threads;
    case Mode::Processes: return m_processes;
    case Mode::Mpi: return nullptr;   // sweeps over MPI ranks: the command line only, for now
    }
    return nullptr;
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
    if (m_threads->isChecked())
        spec.series.push_back({Mode::Threads, false});
    if (m_gil->isChecked())
        spec.series.push_back({Mode::Threads, true});
    if (m_processes->isChecked())
        spec.series.push_back({Mode::Processes, false});
    if (m_pyThreads->isChecked())
        spec.series.push_back({Mode::Threads, false, Runtime::Python});
    if (m_pyProcesses->isChecked())
        spec.series.push_back({Mode::Processes, false, Runtime::Python});
    std::string why;
    const auto counts = SweepSpec::parseWorkerList(m_workers->text().trimmed().toStdString(), why);
    if (!counts)
        return failWith(tr("Workers: %1").arg(fromStd(why)));
    spec.workerCounts = *counts;
    spec.repeats = m_repeats->value();
    spec.warmUp = m_warmUp->isChecked();
    if (m_baseOptions)
        spec.base = m_baseOptions();
    spec.base.sampleHz = 0;   // a sweep measures wall times; keep its runs undisturbed
    spec.base.workers = 1;
    if (const std::string problem = spec.validate(); !problem.empty())
        return failWith(fromStd(problem));
    return spec;
}

void SweepPanel::onWorkersEdited()
{
    std::string why;
    const bool ok = SweepSpec::parseWorkerList(m_workers->text().trimmed().toStdString(), why)
                        .has_value();
    m_workers->setStyleSheet(ok ? QString()
                                : QStringLiteral("QLineEdit { border: 2px solid #b00020; }"));
    showError(ok ? QString() : tr("Workers: %1").arg(fromStd(why)));
    updateControls();
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
                text += QStringLiteral(" · ") + fromStd(progress.current);
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
        m_sayLabel = [error = sweep.error] { return tr("Failed: %1").arg(fromStd(error)); };
    }
    sayProgress();
}

void SweepPanel::showSweep(const SweepResult &sweep, const QString &source)
{
    if (m_job != 0)
        return;
    m_savedFrom = tr("Saved sweep from %1, %2 — %3")
                      .arg(fromStd(sweep.machine.hostname.empty() ? std::string("an unnamed machine")
                                                                  : sweep.machine.hostname),
                           savedDate(sweep.startedAt), source);
    // The controls show the saved plan: Start Sweep measures the same here.
    if (!sweep.spec.series.empty()) {
        for (QCheckBox *box : {m_threads, m_gil, m_processes, m_pyThreads, m_pyProcesses})
            box->setChecked(false);
        for (const SweepSeries &series : sweep.spec.series)
            if (QCheckBox *box = modeBox(series.mode, series.gil, series.runtime);
                box && box != m_serial)
                box->setChecked(true);
    }
    if (!sweep.spec.workerCounts.empty())
        m_workers->setText(workerListText(sweep.spec.workerCounts));
    m_repeats->setValue(sweep.spec.repeats);
    m_warmUp->setChecked(sweep.spec.warmUp);
    m_banner->setText(m_savedFrom + tr(" (opened without re-running; the core marker is that "
                                       "machine's %1 cores)")
                                        .arg(sweep.machine.logicalCores));
    m_banner->show();
    showResult(sweep);
    const int total = int(sweep.points.size());
    const int done = pointsDone(sweep, sweep.spec.repeats);
    m_progress->setRange(0, std::max(1, total));
    m_progress->setValue(done);
    m_sayFormat = [done, total] { return tr("%1 / %2 points").arg(done).arg(total); };
    m_sayLabel = [status = sweep.status, done, total] {
        return tr("Saved sweep (%1): %2 of %3 points.").arg(fromStd(status)).arg(done).arg(total);
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
    const auto series = sweepSpeedupSeries(sweep);
    const bool haveBaseline = sweep.baseline() != nullptr || sweep.points.empty();
    const int cores = sweep.machine.logicalCores > 0 ? sweep.machine.logicalCores : logicalCoreCount();
    const QString subtitle = sweep.points.empty() ? tr("no sweep yet · %1 logical cores").arg(cores)
                                                  : sweepSubtitle(sweep);
    m_speedup->setTitle(tr("Speedup"), subtitle);
    m_speedup->setData(series, cores, haveBaseline);
    m_speedup->setFitCurves(sweepFitCurves(sweep));
    m_efficiency->setTitle(tr("Efficiency"), subtitle);
    m_efficiency->setData(series, cores, haveBaseline);

    const QLocale locale;
    m_points->setRowCount(0);
    for (const SweepPoint &p : sweep.points) {
        if (p.wallSeconds.empty() && p.error.empty())
            continue;
        const int row = m_points->rowCount();
        m_points->insertRow(row);
        m_points->setItem(row, 0, cell(executionText(p.series.mode, p.series.gil, p.series.runtime), false));
        m_points->setItem(row, 1, cell(QString::number(p.workers)));
        if (!p.error.empty()) {
            m_points->setItem(row, 2, cell(tr("failed: %1").arg(fromStd(p.error)), false));
            m_points->setSpan(row, 2, 1, 7);
            continue;
        }
        m_points->setItem(row, 2, cell(secondsText(p.median)));
        m_points->setItem(row, 3, cell(secondsText(p.min)));
        m_points->setItem(row, 4, cell(secondsText(p.max)));
        m_points->setItem(row, 5, cell(QStringLiteral("%1×").arg(locale.toString(p.speedup, 'f', 2))));
        m_points->setItem(row, 6, cell(QStringLiteral("%1 %").arg(locale.toString(p.efficiency * 100.0, 'f', 0))));
        m_points->setItem(row, 7, cell(p.karpFlatt ? locale.toString(*p.karpFlatt, 'f', 3)
                                                   : QStringLiteral("—")));
        m_points->setItem(row, 8, cell(QString::number(p.wallSeconds.size())));
        if (p.shortRun()) {
            // Marked where the number is read: this row measures mostly noise.
            for (int column = 0; column < m_points->columnCount(); ++column) {
                QTableWidgetItem *item = m_points->item(row, column);
                item->setBackground(QColor(0xFF, 0xEC, 0xB3));
                item->setToolTip(tr("The median run took %1, under %2 ms: start-up and timer "
                                    "noise weigh on this point")
                                     .arg(secondsText(p.median))
                                     .arg(kShortRunSeconds * 1000.0, 0, 'f', 0));
            }
            m_points->item(row, 2)->setText(secondsText(p.median) + QStringLiteral(" ⚠"));
        }
    }

    m_fits->setRowCount(0);
    for (const SeriesFit &f : sweep.fits) {
        const int row = m_fits->rowCount();
        m_fits->insertRow(row);
        m_fits->setItem(row, 0, cell(executionText(f.series.mode, f.series.gil, f.series.runtime), false));
        const auto percent = [&locale](double v) { return locale.toString(v * 100.0, 'f', 1); };
        QString fraction = QStringLiteral("%1 %").arg(percent(f.fit.serialFraction));
        if (const auto range = f.fit.serialFractionInterval())
            fraction += QStringLiteral(" (%1–%2 %)").arg(percent(range->low), percent(range->high));
        m_fits->setItem(row, 1, cell(fraction));
        int column = 2;
        for (int at : kPredictAt) {
            // Never a prediction without its uncertainty: one point has none.
            const auto range = f.fit.predictInterval(at);
            QTableWidgetItem *item = cell(
                range ? QStringLiteral("%1× (%2–%3×)")
                            .arg(locale.toString(f.fit.predict(at), 'f', 1),
                                 locale.toString(range->low, 'f', 1),
                                 locale.toString(range->high, 'f', 1))
                      : QStringLiteral("—"));
            if (!range)
                item->setToolTip(tr("No prediction: a fit of one point has no uncertainty"));
            m_fits->setItem(row, column++, item);
        }
        if (!fitWarnings(f.fit).empty())
            for (int c = 0; c < m_fits->columnCount(); ++c)
                m_fits->item(row, c)->setBackground(QColor(0xFF, 0xEC, 0xB3));
    }
    showWarnings(sweep);
    Q_EMIT sweepShown();
}

void SweepPanel::showWarnings(const SweepResult &sweep)
{
    QStringList lines;
    const QString ms = QString::number(kShortRunSeconds * 1000.0, 'f', 0);
    if (const int n = sweep.shortRuns(); n == 1)
        lines << tr("1 point ran under %1 ms (median): start-up and timer noise weigh on it, "
                    "and an efficiency above 100 % is noise. Give the workload more or bigger "
                    "tasks so that a run takes at least %1 ms.")
                     .arg(ms);
    else if (n > 1)
        lines << tr("%1 points ran under %2 ms (median): start-up and timer noise weigh on "
                    "them, and an efficiency above 100 % is noise. Give the workload more or "
                    "bigger tasks so that a run takes at least %2 ms.")
                     .arg(n)
                     .arg(ms);
    const QLocale locale;
    for (const SeriesFit &f : sweep.fits) {
        const QString mode = executionText(f.series.mode, f.series.gil, f.series.runtime);
        for (const FitWarning w : fitWarnings(f.fit)) {
            if (w == FitWarning::TooFewPoints)
                lines << (f.fit.points == 1
                              ? tr("Amdahl fit, %1: only 1 point with more than one worker "
                                   "within the cores, so no prediction; it needs at least %2.")
                                    .arg(mode)
                                    .arg(kMinReliableFitPoints)
                              : tr("Amdahl fit, %1: only %2 points with more than one worker "
                                   "within the cores; its predictions need at least %3.")
                                    .arg(mode)
                                    .arg(f.fit.points)
                                    .arg(kMinReliableFitPoints));
            else
                lines << tr("Amdahl fit, %1: a poor fit — the measured speedups are %2 % off "
                            "its curve on average (more than %3 %); do not trust its "
                            "predictions.")
                             .arg(mode, locale.toString(f.fit.relativeError * 100.0, 'f', 0),
                                  locale.toString(kPoorFitRelativeError * 100.0, 'f', 0));
        }
    }
    m_warnings->setText(lines.isEmpty() ? QString()
                                        : QString(QStringLiteral("⚠ ") + lines.join(QStringLiteral("\n⚠ "))));
    m_warnings->setVisible(!lines.isEmpty());
}

void SweepPanel::updateControls()
{
    const bool running = m_job != 0;
    for (QWidget *w : std::initializer_list<QWidget *>{m_threads, m_gil, m_processes, m_workers,
                                                        m_repeats, m_warmUp})
        w->setEnabled(!running);
    for (QCheckBox *box : {m_pyThreads, m_pyProcesses})
        box->setEnabled(!running && m_pythonMissing.isEmpty());
    m_cancel->setEnabled(running);
    std::string why;
    const bool workersOk
        = SweepSpec::parseWorkerList(m_workers->text().trimmed().toStdString(), why).has_value();
    m_start->setEnabled(!running && m_workload && workersOk && m_blocked.isEmpty());
    m_start->setToolTip(m_blocked.isEmpty()
                            ? tr("Run the workload at every mode and worker count")
                            : tr("Cannot start now: %1").arg(m_blocked));
}

QString SweepPanel::exportChart(Chart chart, const QString &path, QSize size)
{
    QCustomPlot *plot = chart == Chart::Speedup ? m_speedup->plot() : m_efficiency->plot();
    // No size asked for: a slide's (exportPlot's default), not the strip shown on screen.
    return exportPlot(plot, path, size.width(), size.height());
}

QString SweepPanel::exportCsv(const QString &path)
{
    if (!m_sweep || m_sweep->points.empty())
        return tr("there is no sweep to export yet");
    return fromStd(writeSweepCsvFile(*m_sweep, QFile::encodeName(path).toStdString()));
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
    m_speedup->setPresentationMode(on);
    m_efficiency->setPresentationMode(on);
}

} // namespace corescope::gui
