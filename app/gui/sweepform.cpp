// SweepForm: the sweep's plan in two rows of controls, read as a SweepSpec and shown back.
#include "app/gui/sweepform.h"

#include "app/gui/pythonfinder.h"
#include "app/i18n/language.h"
#include "core/exec/mpiexecutor.h"
#include "core/sample/cpusampler.h"

#include <QCheckBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>
#include <utility>

namespace corescope::gui {

namespace {

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

QString defaultWorkers()
{
    return QStringLiteral("1-%1").arg(std::max(2, 2 * logicalCoreCount()));
}

} // namespace

SweepForm::SweepForm(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
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
    // MPI ranks as the workers, where MPI is installed: rank counts beyond this machine's
    // cores are checked against the fit of the counts up to them (SweepResult::beyondOneHost).
    m_mpi = new QCheckBox(this);
    m_mpi->setObjectName(QStringLiteral("sweepMpi"));
    m_mpiMissing = mpiAvailability({});
    // Python's own threads and processes (the Python runtime, with the side panel's API): each
    // measured against Python's serial loop, so one chart shows what native and Python do.
    m_pyThreads = new QCheckBox(this);
    m_pyProcesses = new QCheckBox(this);
    // Checked in the background (PythonFinder): the boxes are offered until it says no.
    updatePython();
    connect(PythonFinder::instance(), &PythonFinder::probed, this, [this](const QString &path) {
        if (!path.isEmpty())
            return;
        updatePython();
        retranslate();
        updateControls();
    });
    for (QCheckBox *box :
         {m_serial, m_threads, m_gil, m_processes, m_mpi, m_pyThreads, m_pyProcesses}) {
        controls->addWidget(box);
        connect(box, &QCheckBox::toggled, this, &SweepForm::updateControls);
        connect(box, &QCheckBox::clicked, this, [this] {
            m_modesChosen = true;
            m_pythonTickedForWorkload = false;
        });
    }
    controls->addStretch(1);
    layout->addLayout(controls);
    // Two rows, so the tab never makes the window wider than the other tabs do.
    controls = new QHBoxLayout;
    controls->setSpacing(10);
    m_workersLabel = new QLabel(this);
    m_workers = new QLineEdit(defaultWorkers(), this);
    m_workers->setObjectName(QStringLiteral("sweepWorkers"));
    m_workers->setMinimumWidth(m_workers->fontMetrics().horizontalAdvance(QStringLiteral("1-4,8,16_")));
    m_workers->setMaximumWidth(220);
    m_workersLabel->setBuddy(m_workers);
    connect(m_workers, &QLineEdit::textChanged, this, &SweepForm::onWorkersEdited);
    controls->addWidget(m_workersLabel);
    controls->addWidget(m_workers);
    m_repeatsLabel = new QLabel(this);
    m_repeats = new QSpinBox(this);
    m_repeats->setRange(1, 100);
    m_repeats->setValue(3);
    m_repeatsLabel->setBuddy(m_repeats);
    controls->addWidget(m_repeatsLabel);
    controls->addWidget(m_repeats);
    m_warmUp = new QCheckBox(this);
    m_warmUp->setChecked(true);
    controls->addWidget(m_warmUp);
    controls->addStretch(1);
    m_start = new QPushButton(this);
    m_start->setObjectName(QStringLiteral("sweepStart"));
    m_start->setDefault(true);
    m_cancel = new QPushButton(this);
    m_cancel->setObjectName(QStringLiteral("sweepCancel"));
    controls->addWidget(m_start);
    controls->addWidget(m_cancel);
    layout->addLayout(controls);
    retranslate();
}

void SweepForm::updatePython()
{
    const auto python = PythonFinder::instance()->find({});
    m_pythonMissing = python ? QString::fromStdString(python->error) : QString();
}

void SweepForm::retranslate()
{
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
    // Short: the row of modes must fit a 1280-pixel projector in every language (the
    // tooltip says what it runs).
    m_mpi->setText(tr("MPI", "sweep mode: MPI ranks"));
    m_mpi->setToolTip(
        m_mpiMissing.empty()
            ? tr("The ranks of an MPI job as the workers, on the hosts of the side panel's "
                 "Hosts field (shown with Mode “MPI ranks”; this machine when it is "
                 "empty). Rank counts beyond this machine's %1 cores are checked against the "
                 "Amdahl fit of the counts up to them: predicted beside measured.")
                  .arg(logicalCoreCount())
            : i18n::engineText(m_mpiMissing));
    if (!m_nativeRefusal.empty())
        for (QCheckBox *box : {m_threads, m_gil, m_processes, m_mpi})
            box->setToolTip(i18n::engineText(m_nativeRefusal));
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
}

void SweepForm::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        updateControls();
    }
}

QCheckBox *SweepForm::modeBox(Mode mode, bool gil, Runtime runtime) const
{
    if (runtime == Runtime::Python)
        return mode == Mode::Threads ? m_pyThreads : mode == Mode::Processes ? m_pyProcesses : nullptr;
    switch (mode) {
    case Mode::Serial: return m_serial;
    case Mode::Threads: return gil ? m_gil : m_threads;
    case Mode::Processes: return m_processes;
    case Mode::Mpi: return m_mpi;
    }
    return nullptr;
}

bool SweepForm::readPlan(SweepSpec &spec, QString *error) const
{
    // A box greyed out here (no MPI, no Python, a workload only Python runs) runs nothing,
    // even ticked by a saved plan.
    const bool native = m_nativeRefusal.empty();
    if (m_threads->isChecked() && native)
        spec.series.push_back({Mode::Threads, false});
    if (m_gil->isChecked() && native)
        spec.series.push_back({Mode::Threads, true});
    if (m_processes->isChecked() && native)
        spec.series.push_back({Mode::Processes, false});
    if (m_mpi->isChecked() && m_mpiMissing.empty() && native)
        spec.series.push_back({Mode::Mpi, false});
    if (m_pyThreads->isChecked() && m_pythonMissing.isEmpty())
        spec.series.push_back({Mode::Threads, false, Runtime::Python});
    if (m_pyProcesses->isChecked() && m_pythonMissing.isEmpty())
        spec.series.push_back({Mode::Processes, false, Runtime::Python});
    std::string why;
    const auto counts = SweepSpec::parseWorkerList(m_workers->text().trimmed().toStdString(), why);
    if (!counts) {
        if (error)
            *error = tr("Workers: %1").arg(i18n::engineText(why));
        return false;
    }
    spec.workerCounts = *counts;
    spec.repeats = m_repeats->value();
    spec.warmUp = m_warmUp->isChecked();
    return true;
}

void SweepForm::followRuntime(Runtime runtime)
{
    if (m_modesChosen || m_running)   // a sweep going shows the modes it measures
        return;
    const bool python = runtime == Runtime::Python && m_pythonMissing.isEmpty();
    m_threads->setChecked(!python);
    m_processes->setChecked(!python);
    m_gil->setChecked(false);
    m_mpi->setChecked(false);
    m_pyThreads->setChecked(python);
    m_pyProcesses->setChecked(python);
}

void SweepForm::showPlan(const SweepSpec &spec)
{
    if (!spec.series.empty()) {
        m_modesChosen = true;
        for (QCheckBox *box : {m_threads, m_gil, m_processes, m_mpi, m_pyThreads, m_pyProcesses})
            box->setChecked(false);
        for (const SweepSeries &series : spec.series)
            if (QCheckBox *box = modeBox(series.mode, series.gil, series.runtime);
                box && box != m_serial)
                box->setChecked(true);
    }
    if (!spec.workerCounts.empty())
        m_workers->setText(workerListText(spec.workerCounts));
    m_repeats->setValue(spec.repeats);
    m_warmUp->setChecked(spec.warmUp);
}

void SweepForm::onWorkersEdited()
{
    std::string why;
    const bool ok = SweepSpec::parseWorkerList(m_workers->text().trimmed().toStdString(), why)
                        .has_value();
    m_workers->setStyleSheet(ok ? QString()
                                : QStringLiteral("QLineEdit { border: 2px solid #b00020; }"));
    Q_EMIT workersChecked(ok ? QString() : tr("Workers: %1").arg(i18n::engineText(why)));
    updateControls();
}

void SweepForm::setState(bool running, bool haveWorkload, const QString &blocked)
{
    m_running = running;
    m_haveWorkload = haveWorkload;
    m_blocked = blocked;
    updateControls();
}

void SweepForm::setNativeRefusal(const std::string &why)
{
    const bool changed = why != m_nativeRefusal;
    m_nativeRefusal = why;
    if (!why.empty() && m_pythonMissing.isEmpty() && !m_pyThreads->isChecked()
        && !m_pyProcesses->isChecked()) {
        m_pyThreads->setChecked(true);
        m_pyProcesses->setChecked(true);
        m_pythonTickedForWorkload = true;
    } else if (why.empty() && std::exchange(m_pythonTickedForWorkload, false)) {
        // Ticked for a workload only Python runs, and not touched since: a native workload's
        // sweep measures what it did before.
        m_pyThreads->setChecked(false);
        m_pyProcesses->setChecked(false);
    }
    if (changed) {
        retranslate();     // the native modes' tooltips
        updateControls();
    }
}

void SweepForm::updateControls()
{
    for (QWidget *w : std::initializer_list<QWidget *>{m_workers, m_repeats, m_warmUp})
        w->setEnabled(!m_running);
    for (QCheckBox *box : {m_threads, m_gil, m_processes})
        box->setEnabled(!m_running && m_nativeRefusal.empty());
    for (QCheckBox *box : {m_pyThreads, m_pyProcesses})
        box->setEnabled(!m_running && m_pythonMissing.isEmpty());
    m_mpi->setEnabled(!m_running && m_mpiMissing.empty() && m_nativeRefusal.empty());
    m_cancel->setEnabled(m_running);
    std::string why;
    const bool workersOk
        = SweepSpec::parseWorkerList(m_workers->text().trimmed().toStdString(), why).has_value();
    // A workload only Python runs with no Python mode to run: nothing to measure.
    const QString nothingToRun = !m_nativeRefusal.empty()
            && !(m_pythonMissing.isEmpty() && (m_pyThreads->isChecked() || m_pyProcesses->isChecked()))
        ? i18n::engineText(m_pythonMissing.isEmpty() ? m_nativeRefusal
                                                     : m_pythonMissing.toStdString())
        : QString();
    const QString blocked = m_blocked.isEmpty() ? nothingToRun : m_blocked;
    m_start->setEnabled(!m_running && m_haveWorkload && workersOk && blocked.isEmpty());
    m_start->setToolTip(blocked.isEmpty()
                            ? tr("Run the workload at every mode and worker count")
                            : tr("Cannot start now: %1").arg(blocked));
}

} // namespace corescope::gui
