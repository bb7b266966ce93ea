// The side panel. One file over 600 lines on purpose: most of it is the one form's rows, built
// in order in the constructor, and the rules of which rows show for which mode and runtime; the
// parts with a concern of their own are classes of their own (WorkloadChooser, ModeBox,
// RuntimeChooser, ApiControls).
#include "app/gui/controlpanel.h"

#include "app/gui/apicontrols.h"
#include "app/gui/modebox.h"
#include "app/gui/runtimechooser.h"
#include "app/gui/workloadchooser.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFont>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSpinBox>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>
#include <array>

namespace corescope::gui {

namespace {

QString startMethodText(StartMethod method)
{
    if (method == StartMethod::Default)
        return ControlPanel::tr("default");
    return QString::fromLatin1(startMethodName(method));
}

QString startMethodToolTip(StartMethod method)
{
    switch (method) {
    case StartMethod::Default:
        return ControlPanel::tr("The interpreter's own default (fork on Linux before "
                                "Python 3.14, forkserver since)");
    case StartMethod::Fork:
        return ControlPanel::tr("fork: each worker is a copy of the parent, ready at once");
    case StartMethod::Spawn:
        return ControlPanel::tr("spawn: each worker is a fresh interpreter that imports the "
                                "module again: the slowest start, the one macOS and Windows use");
    case StartMethod::Forkserver:
        return ControlPanel::tr("forkserver: a clean server process forks the workers");
    }
    return {};
}

} // namespace

ControlPanel::ControlPanel(QWidget *parent) : QWidget(parent)
{
    // The choices scroll when the screen is short (presentation fonts); Run and Cancel are
    // pinned below them and never scroll away.
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    m_scroll = new QScrollArea(this);
    m_scroll->setObjectName(QStringLiteral("controlsScroll"));
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setWidgetResizable(true);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_choices = new QWidget(m_scroll);
    auto *choices = m_choices;
    auto *layout = new QVBoxLayout(choices);

    // --- Workload -------------------------------------------------------------------------
    m_workloads = new WorkloadChooser(choices);
    connect(m_workloads, &WorkloadChooser::workloadChosen, this, &ControlPanel::workloadChosen);
    layout->addWidget(m_workloads);

    // --- How to run -----------------------------------------------------------------------
    auto *runGroup = new QGroupBox(choices);
    m_runGroup = runGroup;
    auto *form = new QFormLayout(runGroup);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    m_mode = new ModeBox(runGroup);
    auto *modeLabel = new QLabel(runGroup);
    m_modeLabel = modeLabel;
    modeLabel->setBuddy(m_mode);
    form->addRow(modeLabel, m_mode);
    m_form = form;

    // The runtime and, under it, the interpreter a Python run would use (or why there is none).
    m_runtime = new RuntimeChooser(runGroup);
    connect(m_runtime, &RuntimeChooser::interpreterChanged, this, &ControlPanel::optionsChanged);
    auto *runtimeLabel = new QLabel(runGroup);
    m_runtimeLabel = runtimeLabel;
    runtimeLabel->setBuddy(m_runtime->runtimeBox());
    form->addRow(runtimeLabel, m_runtime);

    auto *workersRow = new QWidget(runGroup);
    auto *workersLayout = new QHBoxLayout(workersRow);
    workersLayout->setContentsMargins(0, 0, 0, 0);
    m_workers = new QSpinBox(workersRow);
    m_workers->setObjectName(QStringLiteral("workersBox"));
    m_workers->setRange(1, 4);
    m_workers->setAccelerated(true);
    m_cores = new QLabel(workersRow);
    m_cores->setObjectName(QStringLiteral("coresLabel"));
    m_cores->setForegroundRole(QPalette::PlaceholderText);
    m_cores->setWordWrap(true);   // two lines rather than a wider panel (presentation fonts)
    workersLayout->addWidget(m_workers);
    workersLayout->addWidget(m_cores, 1);
    auto *workersLabel = new QLabel(runGroup);
    m_workersLabel = workersLabel;
    workersLabel->setBuddy(m_workers);
    form->addRow(workersLabel, workersRow);

    m_hosts = new QLineEdit(runGroup);
    m_hosts->setObjectName(QStringLiteral("hostsEdit"));
    m_hostsLabel = new QLabel(runGroup);
    m_hostsLabel->setBuddy(m_hosts);
    form->addRow(m_hostsLabel, m_hosts);
    connect(m_hosts, &QLineEdit::editingFinished, this, &ControlPanel::optionsChanged);

    // The GIL and, beside it, how often a thread hands it over (sys.setswitchinterval).
    auto *gilRow = new QWidget(runGroup);
    auto *gilLayout = new QHBoxLayout(gilRow);
    gilLayout->setContentsMargins(0, 0, 0, 0);
    m_gil = new QCheckBox(gilRow);
    m_gil->setObjectName(QStringLiteral("gilBox"));
    m_switchInterval = new QDoubleSpinBox(gilRow);
    m_switchInterval->setObjectName(QStringLiteral("switchIntervalBox"));
    m_switchInterval->setRange(0.1, 1000.0);
    m_switchInterval->setDecimals(1);
    m_switchInterval->setSingleStep(1.0);
    m_switchInterval->setAccelerated(true);
    m_switchIntervalLabel = new QLabel(gilRow);
    m_switchIntervalLabel->setObjectName(QStringLiteral("switchIntervalLabel"));
    m_switchIntervalLabel->setBuddy(m_switchInterval);
    // Python threads need no emulation: the interpreter's own GIL is there.
    m_realGil = new QLabel(gilRow);
    m_realGil->setObjectName(QStringLiteral("realGilLabel"));
    gilLayout->addWidget(m_gil);
    gilLayout->addWidget(m_realGil);
    gilLayout->addStretch(1);
    gilLayout->addWidget(m_switchIntervalLabel);
    gilLayout->addWidget(m_switchInterval);
    form->addRow(QString(), gilRow);

    m_processPerTask = new QCheckBox(runGroup);
    m_processPerTask->setObjectName(QStringLiteral("processPerTaskBox"));
    form->addRow(QString(), m_processPerTask);

    // The work per task, multiplied (RunOptions::scale): a lesson slow enough to narrate.
    m_scale = new QDoubleSpinBox(runGroup);
    m_scale->setObjectName(QStringLiteral("scaleBox"));
    m_scale->setRange(RunOptions::kMinScale, RunOptions::kMaxScale);
    m_scale->setDecimals(1);
    m_scale->setValue(1.0);
    m_scale->setStepType(QAbstractSpinBox::AdaptiveDecimalStepType);
    m_scale->setPrefix(QStringLiteral("\u00d7"));
    m_scaleLabel = new QLabel(runGroup);
    m_scaleLabel->setBuddy(m_scale);
    form->addRow(m_scaleLabel, m_scale);

    m_apiControls = new ApiControls(runGroup);
    auto *chunkLabel = new QLabel(runGroup);
    m_chunkLabel = chunkLabel;
    chunkLabel->setBuddy(m_apiControls->chunksizeBox());
    form->addRow(chunkLabel, m_apiControls->chunksizeBox());

    auto *apiLabel = new QLabel(runGroup);
    m_apiLabel = apiLabel;
    apiLabel->setBuddy(m_apiControls->apiBox());
    form->addRow(apiLabel, m_apiControls->apiBox());

    m_startMethod = new QComboBox(runGroup);
    m_startMethod->setObjectName(QStringLiteral("startMethodBox"));
    for (const StartMethod method : {StartMethod::Default, StartMethod::Fork, StartMethod::Spawn,
                                     StartMethod::Forkserver}) {
        m_startMethod->addItem(QString(), static_cast<int>(method));
    }
    auto *startLabel = new QLabel(runGroup);
    m_startLabel = startLabel;
    startLabel->setBuddy(m_startMethod);
    form->addRow(startLabel, m_startMethod);

    // What the pool does when a worker dies or hangs (processes mode).
    m_onWorkerDeath = new QComboBox(runGroup);
    m_onWorkerDeath->setObjectName(QStringLiteral("onWorkerDeathBox"));
    m_onWorkerDeath->addItem(QString(), static_cast<int>(WorkerDeathPolicy::Fail));
    m_onWorkerDeath->addItem(QString(), static_cast<int>(WorkerDeathPolicy::Respawn));
    auto *deathLabel = new QLabel(runGroup);
    m_deathLabel = deathLabel;
    deathLabel->setBuddy(m_onWorkerDeath);
    form->addRow(deathLabel, m_onWorkerDeath);

    m_taskTimeout = new QSpinBox(runGroup);
    m_taskTimeout->setObjectName(QStringLiteral("taskTimeoutBox"));
    m_taskTimeout->setRange(0, RunOptions::kMaxTaskTimeoutMs);
    m_taskTimeout->setSingleStep(100);
    m_taskTimeout->setAccelerated(true);
    m_taskTimeout->setGroupSeparatorShown(true);
    auto *timeoutLabel = new QLabel(runGroup);
    m_timeoutLabel = timeoutLabel;
    timeoutLabel->setBuddy(m_taskTimeout);
    form->addRow(timeoutLabel, m_taskTimeout);
    layout->addWidget(runGroup);
    layout->addStretch(1);
    m_scroll->setWidget(choices);
    outer->addWidget(m_scroll, 1);

    // --- Run / Cancel ---------------------------------------------------------------------
    auto *buttons = new QHBoxLayout;
    buttons->setContentsMargins(9, 4, 9, 9);
    m_runButton = new QPushButton(this);
    m_runButton->setObjectName(QStringLiteral("runButton"));
    m_cancelButton = new QPushButton(this);
    m_cancelButton->setObjectName(QStringLiteral("cancelButton"));
    for (QPushButton *button : {m_runButton, m_cancelButton}) {
        button->setMinimumHeight(40);
        button->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    }
    // The one button a teacher looks for: make it obvious from the back of the room. Bold
    // through the font, not the style sheet, so presentation mode's larger font reaches it.
    QFont bold;
    bold.setBold(true);
    m_runButton->setFont(bold);
    m_runButton->setStyleSheet(QStringLiteral(
        "QPushButton { background: #2e7d32; color: white;"
        " border: 1px solid #1b5e20; border-radius: 4px; padding: 6px 12px; }"
        "QPushButton:hover { background: #388e3c; }"
        "QPushButton:focus { border: 2px solid #0d47a1; }"
        "QPushButton:pressed { background: #1b5e20; }"
        "QPushButton:disabled { background: #a5d6a7; color: #eeeeee; border-color: #a5d6a7; }"));
    buttons->addWidget(m_runButton, 2);
    buttons->addWidget(m_cancelButton, 1);
    outer->addLayout(buttons);

    connect(m_mode, &QComboBox::currentIndexChanged, this, &ControlPanel::onModeChanged);
    connect(m_runtime->runtimeBox(), &QComboBox::currentIndexChanged, this,
            &ControlPanel::onRuntimeChanged);
    connect(m_apiControls, &ApiControls::apiChanged, this, &ControlPanel::optionsChanged);
    connect(m_startMethod, &QComboBox::currentIndexChanged, this, &ControlPanel::optionsChanged);
    connect(m_workers, &QSpinBox::valueChanged, this, &ControlPanel::followApi);
    connect(m_workers, &QSpinBox::valueChanged, this, &ControlPanel::optionsChanged);
    connect(m_apiControls->chunksizeBox(), &QSpinBox::valueChanged, this, &ControlPanel::optionsChanged);
    connect(m_gil, &QCheckBox::toggled, this, [this] {
        updateGilControls();
        Q_EMIT optionsChanged();
    });
    connect(m_switchInterval, &QDoubleSpinBox::valueChanged, this, &ControlPanel::optionsChanged);
    connect(m_scale, &QDoubleSpinBox::valueChanged, this, &ControlPanel::optionsChanged);
    connect(m_processPerTask, &QCheckBox::toggled, this, &ControlPanel::optionsChanged);
    connect(m_onWorkerDeath, &QComboBox::currentIndexChanged, this,
            &ControlPanel::optionsChanged);
    connect(m_taskTimeout, &QSpinBox::valueChanged, this, &ControlPanel::optionsChanged);

    // Every row's field in the form's order, and its label: showRow() puts rows back in place.
    for (int row = 0; row < m_form->rowCount(); ++row) {
        QLayoutItem *field = m_form->itemAt(row, QFormLayout::FieldRole);
        if (!field || !field->widget())
            continue;
        m_rowOrder.push_back(field->widget());
        if (QWidget *label = m_form->labelForField(field->widget()))
            m_rowLabels.insert(field->widget(), label);
    }

    retranslate();
    setMachineCores(1);
    setOptions(RunOptions{});
    updateMinimumWidth();
    m_choices->installEventFilter(this);
    m_scroll->viewport()->installEventFilter(this);
}

bool ControlPanel::eventFilter(QObject *watched, QEvent *event)
{
    // Computed once, the width went stale: the chunksize box's "default (ProcessPoolExecutor
    // .map's: 1)" and the interpreter's path came later and were cut off on the right.
    if (watched == m_choices && event->type() == QEvent::LayoutRequest) {
        updateMinimumWidth();
        fitWorkloadList();
    }
    if (watched == m_scroll->viewport() && event->type() == QEvent::Resize)
        fitWorkloadList();
    return QWidget::eventFilter(watched, event);
}

void ControlPanel::fitWorkloadList()
{
    // The workload list gives up rows before the run options scroll away: in a 1280x800
    // window the list's 16 rows pushed "If a worker dies" and "Task timeout" below the fold.
    // What the choices need besides the list stays; the list gets the rest of the viewport
    // (in whole rows, and never under its minimum of six: then the panel scrolls).
    const QWidget *viewport = m_scroll->viewport();
    if (viewport->height() <= 0)
        return;
    int needed = m_choices->heightForWidth(viewport->width());
    if (needed < 0)
        needed = m_choices->sizeHint().height();
    // The list's part of that: its hint, within the maximum it has now.
    const QListWidget *listWidget = m_workloads->list();
    const int list = std::min(listWidget->sizeHint().height(), listWidget->maximumHeight());
    m_workloads->limitListHeight(viewport->height() - (needed - list));
}

void ControlPanel::retranslate()
{
    m_runGroup->setTitle(tr("How to run"));
    m_hostsLabel->setText(tr("&Hosts:"));
    m_hosts->setPlaceholderText(tr("this machine (or node1:4,node2:4)"));
    m_hosts->setToolTip(tr("MPI ranks: the hosts and how many ranks each takes, as mpirun's "
                           "--host (host:slots, separated by commas); empty: this machine. "
                           "Every host needs the same Corescope at the same path and ssh "
                           "without a password."));
    m_modeLabel->setText(tr("&Mode:"));
    m_runtimeLabel->setText(tr("R&untime:"));
    m_workers->setToolTip(tr("How many threads or processes run tasks at once (1 to 4 x the "
                             "cores of this machine: try more workers than cores, too)"));
    m_cores->setToolTip(tr("Logical cores this machine has: more workers than this only take "
                           "turns"));
    m_workersLabel->setText(tr("&Workers:"));
    m_gil->setText(tr("Emulated &GIL"));
    m_gil->setToolTip(tr("Native threads: Corescope's emulation of CPython's GIL. Tasks hold "
                         "one global lock while they compute and hand it over every switch "
                         "interval, so CPU-bound work stops scaling; waiting tasks release it. "
                         "The Python runtime has the real one."));
    m_switchInterval->setSuffix(tr(" ms"));
    m_switchInterval->setToolTip(tr("GIL switch interval: a thread that computes hands the GIL "
                                    "to a waiting one after this long (CPython's "
                                    "sys.getswitchinterval(), 5 ms by default). Threads mode "
                                    "with the GIL on."));
    m_switchIntervalLabel->setText(tr("sw&itch every"));
    m_switchIntervalLabel->setToolTip(m_switchInterval->toolTip());
    m_realGil->setText(tr("Python's real GIL"));
    m_realGil->setToolTip(tr("Python threads run under CPython's real GIL: one thread runs "
                             "Python code at a time and hands the GIL over every switch "
                             "interval, so there is nothing to emulate"));
    m_processPerTask->setText(tr("New &process per task"));
    m_processPerTask->setToolTip(tr("Processes mode: start a fresh worker process for every "
                                    "chunk and let it exit afterwards (one Process per input, "
                                    "as the English notebook does) instead of reusing a pool: "
                                    "the timeline shows what creating processes costs"));
    m_chunkLabel->setText(tr("&Chunksize:"));
    m_apiLabel->setText(tr("&API:"));
    m_apiControls->retranslate();
    for (int i = 0; i < m_startMethod->count(); ++i) {
        const auto method = static_cast<StartMethod>(m_startMethod->itemData(i).toInt());
        m_startMethod->setItemText(i, startMethodText(method));
        m_startMethod->setItemData(i, startMethodToolTip(method), Qt::ToolTipRole);
    }
    m_startMethod->setToolTip(tr("Python processes: how multiprocessing starts the pool's "
                                 "workers (the timeline shows what each costs)"));
    m_startLabel->setText(tr("&Start method:"));
    m_onWorkerDeath->setItemText(0, tr("fail the run"));
    m_onWorkerDeath->setItemData(0,
                                 tr("The run ends with the task, its input and the cause named, "
                                    "as ProcessPoolExecutor raises BrokenProcessPool; results so "
                                    "far are kept"),
                                 Qt::ToolTipRole);
    m_onWorkerDeath->setItemText(1, tr("respawn, retry once"));
    m_onWorkerDeath->setItemData(1,
                                 tr("Corescope's own tool, not Python's: start a new worker and "
                                    "run its unfinished tasks again; a task that kills two "
                                    "workers fails the run. (multiprocessing.Pool replaces a dead "
                                    "worker too, but never returns its task.)"),
                                 Qt::ToolTipRole);
    m_onWorkerDeath->setToolTip(tr("Native processes: what Corescope does when a worker "
                                   "process dies (crash, signal, kill -9, a broken pipe) or "
                                   "times out"));
    m_deathLabel->setText(tr("If a worker &dies:"));
    m_taskTimeout->setSuffix(tr(" ms"));
    m_taskTimeout->setSpecialValueText(tr("off"));
    m_taskTimeout->setToolTip(tr("Corescope's own tool (Python's pools have none): kill a "
                                 "worker whose task runs longer than this (a hung task), then "
                                 "fail or respawn as chosen above; 0 = off"));
    m_timeoutLabel->setText(tr("&Task timeout:"));
    m_scaleLabel->setText(tr("Work per tas&k:"));
    m_scale->setToolTip(tr("The work of every task, multiplied (x0.1 to x100): waiting and "
                           "spinning tasks last that many times as long, computing tasks run "
                           "that many times (at least once) on the same input. Results do not "
                           "change. Make a lesson slow enough to narrate."));
    m_scaleLabel->setToolTip(m_scale->toolTip());
}

void ControlPanel::updateMinimumWidth()
{
    // The form's label column as wide as its widest label, shown or not: the rows of one
    // runtime or mode are hidden in another, and the fields moved sideways when it changed.
    const std::array rowLabels{m_modeLabel, m_runtimeLabel, m_workersLabel, m_hostsLabel,
                               m_scaleLabel, m_chunkLabel, m_apiLabel, m_startLabel,
                               m_deathLabel, m_timeoutLabel};
    int labelWidth = 0;
    for (QLabel *label : rowLabels)
        labelWidth = std::max(labelWidth, label->sizeHint().width());   // the text's, not the minimum
    for (QLabel *label : rowLabels)
        if (label->minimumWidth() != labelWidth)   // unchanged: no new LayoutRequest (eventFilter)
            label->setMinimumWidth(labelWidth);
    // The scroll area only scrolls vertically: it must be as wide as the widest control, or
    // labels and combo boxes would be cut off on the right (with presentation fonts).
    m_choices->layout()->activate();
    const int scrollBar = m_scroll->verticalScrollBar()->sizeHint().width();
    m_scroll->setMinimumWidth(m_choices->minimumSizeHint().width() + scrollBar);
}

void ControlPanel::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        // The texts that depend on the state: cores (retranslate() says the API's labels; the
        // mode box and the RuntimeChooser say theirs on the same event).
        setMachineCores(m_machineCores);
        updateGilControls();
        QTimer::singleShot(0, this, &ControlPanel::updateMinimumWidth);
    }
    if (event->type() == QEvent::FontChange) {
        // Icons grow with the text, so the buttons stay balanced on a projector.
        const int icon = std::max(16, fontMetrics().height());
        for (QPushButton *button : {m_runButton, m_cancelButton, m_workloads->openButton()})
            button->setIconSize(QSize(icon, icon));
        m_runButton->setMinimumHeight(std::max(40, fontMetrics().height() * 2));
        m_cancelButton->setMinimumHeight(m_runButton->minimumHeight());
        // After the children have their new fonts too.
        QTimer::singleShot(0, this, &ControlPanel::updateMinimumWidth);
    }
}

void ControlPanel::addWorkload(const QString &key, const QString &name,
                               const QString &description, bool isFile)
{
    m_workloads->addWorkload(key, name, description, isFile);
}

void ControlPanel::setCurrentWorkload(const QString &key)
{
    m_workloads->setCurrentWorkload(key);
}

QString ControlPanel::currentWorkloadKey() const
{
    return m_workloads->currentWorkloadKey();
}

void ControlPanel::setWorkloadDetails(const QString &text)
{
    m_workloads->setDetails(text);
}

QListWidget *ControlPanel::workloadList() const
{
    return m_workloads->list();
}

RunOptions ControlPanel::options() const
{
    RunOptions options;
    options.mode = m_mode->mode();
    options.runtime = m_runtime->runtime();
    options.workers = m_workers->value();
    options.chunksize = m_apiControls->chunksizeBox()->value();
    options.api = m_apiControls->api();
    options.startMethod = static_cast<StartMethod>(m_startMethod->currentData().toInt());
    options.pythonPath = m_runtime->pythonPath();
    options.gil = m_gil->isChecked();
    options.switchIntervalMs = m_switchInterval->value();
    options.processPerTask = m_processPerTask->isChecked();
    options.onWorkerDeath = static_cast<WorkerDeathPolicy>(m_onWorkerDeath->currentData().toInt());
    options.taskTimeoutMs = m_taskTimeout->value();
    options.scale = m_scale->value();
    options.mpiHosts = m_hosts->text().trimmed().toStdString();
    options.mpiHostfile = m_mpiHostfile;
    options.mpirunPath = m_mpirunPath;
    return options;
}

void ControlPanel::setOptions(const RunOptions &options)
{
    m_runtime->setPythonPath(options.pythonPath);
    m_mode->setMode(options.mode);
    m_hosts->setText(QString::fromStdString(options.mpiHosts));
    m_mpiHostfile = options.mpiHostfile;
    m_mpirunPath = options.mpirunPath;
    m_runtime->setRuntime(options.runtime);
    // A workers value saved on a bigger machine still fits: widen the range if needed.
    if (options.workers > m_workers->maximum())
        m_workers->setMaximum(std::min(options.workers, RunOptions::kMaxWorkers));
    m_workers->setValue(options.workers);
    m_apiControls->chunksizeBox()->setValue(options.chunksize);
    m_apiControls->setApi(options.api);
    m_startMethod->setCurrentIndex(m_startMethod->findData(static_cast<int>(options.startMethod)));
    m_gil->setChecked(options.gil);
    m_switchInterval->setValue(options.switchIntervalMs);
    m_processPerTask->setChecked(options.processPerTask);
    m_onWorkerDeath->setCurrentIndex(
        m_onWorkerDeath->findData(static_cast<int>(options.onWorkerDeath)));
    m_taskTimeout->setValue(options.taskTimeoutMs);
    m_scale->setValue(options.scale);
    onModeChanged();
}

void ControlPanel::setWorkloadTaskCount(std::uint64_t tasks)
{
    m_taskCount = tasks;
    followApi();
}

RunOptions ControlPanel::preferredOptions() const
{
    RunOptions preferred = options();
    preferred.runtime = m_runtime->preferredRuntime();
    return preferred;
}

void ControlPanel::setNativeRefusal(const std::string &why)
{
    m_runtime->setNativeRefusal(why);
}

void ControlPanel::setPythonPath(const std::string &path)
{
    m_runtime->choosePythonPath(path);
}

QComboBox *ControlPanel::modeBox() const
{
    return m_mode;
}

QComboBox *ControlPanel::runtimeBox() const
{
    return m_runtime->runtimeBox();
}

QLabel *ControlPanel::pythonLabel() const
{
    return m_runtime->pythonLabel();
}

QPushButton *ControlPanel::pythonPathButton() const
{
    return m_runtime->pythonPathButton();
}

QComboBox *ControlPanel::apiBox() const
{
    return m_apiControls->apiBox();
}

QSpinBox *ControlPanel::chunksizeBox() const
{
    return m_apiControls->chunksizeBox();
}

void ControlPanel::onRuntimeChanged()
{
    // The API and the chunksize mean the same in both runtimes: they stay as they are.
    onModeChanged();
}

void ControlPanel::followApi()
{
    m_apiControls->follow(m_mode->mode(), m_runtime->runtime(), m_workers->value(), m_taskCount);
}

void ControlPanel::setMachineCores(int cores)
{
    cores = std::max(cores, 1);
    m_machineCores = cores;
    m_workers->setMaximum(std::max(4 * cores, m_workers->value()));
    m_cores->setText(cores == 1 ? tr("1 core on this machine")
                                : tr("%1 cores on this machine").arg(cores));
}

void ControlPanel::onModeChanged()
{
    const Mode mode = m_mode->mode();
    const bool python = m_runtime->runtime() == Runtime::Python;
    // What a run of these options uses, as the command line notes it (RunOptions::optionUsed).
    const RunOptions now = options();
    const bool pooled = now.optionUsed("workers");
    m_workers->setEnabled(pooled);
    m_apiControls->chunksizeBox()->setEnabled(pooled);
    m_apiControls->apiBox()->setEnabled(now.optionUsed("api"));
    // Python: the GIL is real, a worker's death is Python's to handle, and there is no process
    // per task.
    showRow(m_startMethod, now.optionUsed("start_method"));
    showRow(m_processPerTask, !python);
    showRow(m_onWorkerDeath, !python);
    m_gil->setVisible(!python);
    m_realGil->setVisible(python);
    m_realGil->setEnabled(mode == Mode::Threads);
    m_gil->setEnabled(!python && mode == Mode::Threads);
    m_processPerTask->setEnabled(now.optionUsed("process_per_task"));
    m_onWorkerDeath->setEnabled(now.optionUsed("on_worker_death"));
    m_taskTimeout->setEnabled(now.optionUsed("task_timeout_ms"));
    showRow(m_hosts, mode == Mode::Mpi);
    m_taskTimeout->setToolTip(
        python ? tr("Corescope's own tool (Python's pools have none): end the run when a task "
                    "runs longer than this (the interpreter and every process it started are "
                    "killed); 0 = off")
               : tr("Corescope's own tool (Python's pools have none): kill a worker whose task "
                    "runs longer than this (a hung task), then fail or respawn as chosen above; "
                    "0 = off"));
    followApi();
    updateGilControls();
    updateMinimumWidth();
    Q_EMIT optionsChanged();
}

void ControlPanel::showRow(QWidget *field, bool shown)
{
    // A row not shown is taken out of the form, not hidden in it: the word-wrapped labels make
    // the form height-for-width, and Qt 6.4's QFormLayout lays such a form out short once rows
    // were hidden and shown again (opened on Python processes, then threads, then native, the
    // API row got 0 pixels, with setRowVisible and with hidden widgets alike).
    int row = -1;
    QFormLayout::ItemRole role{};
    m_form->getWidgetPosition(field, &row, &role);
    if ((row >= 0) == shown)
        return;
    QWidget *label = m_rowLabels.value(field);
    if (!shown) {
        const QFormLayout::TakeRowResult taken = m_form->takeRow(row);
        delete taken.labelItem;   // the layout's items; the widgets stay ours
        delete taken.fieldItem;
        if (label)
            label->hide();
        field->hide();
        return;
    }
    int at = 0;   // after the last row of those before it that is in the form
    for (QWidget *before : m_rowOrder) {
        if (before == field)
            break;
        int r = -1;
        m_form->getWidgetPosition(before, &r, &role);
        if (r >= 0)
            at = r + 1;
    }
    m_form->insertRow(at, label, field);
    if (label)
        label->show();
    field->show();
}

void ControlPanel::updateGilControls()
{
    // Python's threads hand their real GIL over every switch interval, too.
    const bool on = options().optionUsed("switch_interval_ms");
    m_switchInterval->setEnabled(on);
    m_switchIntervalLabel->setEnabled(on);
}

void ControlPanel::mirrorAction(QPushButton *button, QAction *action)
{
    if (!action)
        return;
    const auto sync = [button, action] {
        button->setText(action->iconText());
        button->setIcon(action->icon());
        button->setEnabled(action->isEnabled());
        button->setToolTip(action->toolTip());
    };
    sync();
    connect(button, &QPushButton::clicked, action, &QAction::trigger);
    connect(action, &QAction::changed, button, sync);
}

void ControlPanel::setActions(QAction *run, QAction *cancel, QAction *open)
{
    mirrorAction(m_runButton, run);
    mirrorAction(m_cancelButton, cancel);
    mirrorAction(m_workloads->openButton(), open);
}

} // namespace corescope::gui
