#include "app/gui/controlpanel.h"

#include "app/charts/runlabel.h"
#include "app/gui/pythonfinder.h"
#include "app/i18n/language.h"
#include "core/exec/mpiexecutor.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFileDialog>
#include <QFont>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QStyle>
#include <QTimer>
#include <QVBoxLayout>

namespace corescope::gui {

namespace {

constexpr int kKeyRole = Qt::UserRole;
constexpr int kIsFileRole = Qt::UserRole + 1;

QString modeToolTip(Mode mode)
{
    switch (mode) {
    case Mode::Serial:
        return ControlPanel::tr("One task after another on one thread: the baseline every "
                                "speedup is measured against");
    case Mode::Threads:
        return ControlPanel::tr("A pool of threads. Native runtime: C++ threads with no GIL, "
                                "unless \"Emulated GIL\" is ticked; Python runtime: Python's "
                                "own threads (ThreadPoolExecutor, ThreadPool) under the real "
                                "GIL");
    case Mode::Processes:
        return ControlPanel::tr("A pool of worker processes: Corescope's native workers, or in "
                                "the Python runtime Python's own (ProcessPoolExecutor, "
                                "multiprocessing.Pool); inputs and results travel between "
                                "processes");
    case Mode::Mpi:
        return ControlPanel::tr("Ranks of an MPI job (Open MPI's mpirun, started by Corescope) "
                                "as the workers, on this machine or on the hosts named below; "
                                "inputs and results travel as MPI messages");
    }
    return {};
}

QString apiToolTip(PyApi api, Mode mode)
{
    QString chunks;
    switch (api) {
    case PyApi::ExecutorMap:
        chunks = ControlPanel::tr("chunksize 1 by default (ThreadPoolExecutor.map ignores it)");
        break;
    case PyApi::SubmitAsCompleted:
        chunks = ControlPanel::tr("one submit() per task: Python sends no chunks");
        break;
    case PyApi::PoolMap:
        chunks = ControlPanel::tr("chunksize ceil(tasks / (4 × workers)) by default");
        break;
    case PyApi::PoolImap:
    case PyApi::PoolImapUnordered:
        chunks = ControlPanel::tr("chunksize 1 by default");
        break;
    }
    return ControlPanel::tr("%1: results %2; %3")
        .arg(QString::fromLatin1(pyApiLabel(api, mode)), orderingText(pyApiOrdering(api)), chunks);
}

QString modeText(Mode mode)
{
    switch (mode) {
    case Mode::Serial: return ControlPanel::tr("serial");
    case Mode::Threads: return ControlPanel::tr("threads");
    case Mode::Processes: return ControlPanel::tr("processes");
    case Mode::Mpi: return ControlPanel::tr("MPI ranks");
    }
    return QString::fromLatin1(modeName(mode));
}

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
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setWidgetResizable(true);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_choices = new QWidget(m_scroll);
    auto *choices = m_choices;
    auto *layout = new QVBoxLayout(choices);

    // --- Workload -------------------------------------------------------------------------
    auto *workloadGroup = new QGroupBox(choices);
    m_workloadGroup = workloadGroup;
    auto *workloadLayout = new QVBoxLayout(workloadGroup);
    m_workloads = new QListWidget(workloadGroup);
    m_workloads->setObjectName(QStringLiteral("workloadList"));
    m_workloads->setSelectionMode(QAbstractItemView::SingleSelection);
    m_workloads->setUniformItemSizes(true);
    // As tall as its entries (no empty white box), shrinking with a scroll bar if needed.
    m_workloads->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    m_workloads->setMinimumHeight(120);
    m_workloads->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    connect(m_workloads, &QListWidget::currentItemChanged, this,
            &ControlPanel::onCurrentItemChanged);
    workloadLayout->addWidget(m_workloads, 1);

    m_details = new QLabel(workloadGroup);
    m_details->setObjectName(QStringLiteral("workloadDetails"));
    m_details->setWordWrap(true);
    m_details->setTextFormat(Qt::RichText);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_details->setMinimumHeight(m_details->fontMetrics().lineSpacing() * 4);
    workloadLayout->addWidget(m_details);

    m_openButton = new QPushButton(workloadGroup);
    workloadLayout->addWidget(m_openButton);
    layout->addWidget(workloadGroup);

    // --- How to run -----------------------------------------------------------------------
    auto *runGroup = new QGroupBox(choices);
    m_runGroup = runGroup;
    auto *form = new QFormLayout(runGroup);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    m_mode = new QComboBox(runGroup);
    m_mode->setObjectName(QStringLiteral("modeBox"));
    for (const Mode mode : {Mode::Serial, Mode::Threads, Mode::Processes}) {
        m_mode->addItem(QString(), static_cast<int>(mode));
    }
    // MPI ranks: greyed out, not removed, when this build or machine has no Open MPI; its
    // tooltip is the one sentence on how to get it (retranslate() keeps it).
    m_mode->addItem(QString(), static_cast<int>(Mode::Mpi));
    {
        const std::string why = mpiAvailability({});
        m_mpiAvailable = why.empty();
        m_mpiWhy = why;
        if (auto *model = qobject_cast<QStandardItemModel *>(m_mode->model()))
            if (QStandardItem *item = model->item(m_mode->count() - 1))
                item->setEnabled(m_mpiAvailable);
    }
    auto *modeLabel = new QLabel(runGroup);
    m_modeLabel = modeLabel;
    modeLabel->setBuddy(m_mode);
    form->addRow(modeLabel, m_mode);
    m_form = form;

    // The runtime and, under it, the interpreter a Python run would use (or why there is none).
    auto *runtimeField = new QWidget(runGroup);
    auto *runtimeLayout = new QVBoxLayout(runtimeField);
    runtimeLayout->setContentsMargins(0, 0, 0, 0);
    runtimeLayout->setSpacing(2);
    m_runtime = new QComboBox(runtimeField);
    m_runtime->setObjectName(QStringLiteral("runtimeBox"));
    m_runtime->addItem(QString(), static_cast<int>(Runtime::Native));
    m_runtime->addItem(QString(), static_cast<int>(Runtime::Python));
    m_pythonLabel = new QLabel(runtimeField);
    m_pythonLabel->setObjectName(QStringLiteral("pythonLabel"));
    m_pythonLabel->setForegroundRole(QPalette::PlaceholderText);
    m_pythonLabel->setWordWrap(true);
    m_pythonLabel->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_pythonLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // The interpreter is the user's to choose: a file, or python3 on PATH.
    m_pythonButton = new QPushButton(runtimeField);
    m_pythonButton->setObjectName(QStringLiteral("pythonPathButton"));
    auto *pythonMenu = new QMenu(m_pythonButton);
    m_choosePython = pythonMenu->addAction(QString(), this, &ControlPanel::choosePythonFile);
    m_pathPython = pythonMenu->addAction(QString(), this, [this] { setPythonPath({}); });
    m_pythonButton->setMenu(pythonMenu);
    auto *pythonRow = new QHBoxLayout;
    pythonRow->setContentsMargins(0, 0, 0, 0);
    pythonRow->addWidget(m_pythonLabel, 1);
    pythonRow->addWidget(m_pythonButton, 0, Qt::AlignTop);
    runtimeLayout->addWidget(m_runtime);
    runtimeLayout->addLayout(pythonRow);
    connect(PythonFinder::instance(), &PythonFinder::probed, this, &ControlPanel::onPythonProbed);
    auto *runtimeLabel = new QLabel(runGroup);
    m_runtimeLabel = runtimeLabel;
    runtimeLabel->setBuddy(m_runtime);
    form->addRow(runtimeLabel, runtimeField);

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
    m_hosts->setPlaceholderText(tr("this machine (or node1:4,node2:4)"));
    m_hosts->setToolTip(tr("MPI ranks: the hosts and how many ranks each takes, as mpirun's "
                           "--host (host:slots, separated by commas); empty: this machine. "
                           "Every host needs the same Corescope at the same path and ssh "
                           "without a password."));
    auto *hostsLabel = new QLabel(tr("&Hosts:"), runGroup);
    hostsLabel->setBuddy(m_hosts);
    form->addRow(hostsLabel, m_hosts);
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

    m_chunksize = new QSpinBox(runGroup);
    m_chunksize->setObjectName(QStringLiteral("chunksizeBox"));
    // 0 is the API's own default, shown with its value (updateChunksizeDefault).
    m_chunksize->setRange(0, RunOptions::kMaxChunksize);
    m_chunksize->setAccelerated(true);
    m_chunksize->setGroupSeparatorShown(true);
    auto *chunkLabel = new QLabel(runGroup);
    m_chunkLabel = chunkLabel;
    chunkLabel->setBuddy(m_chunksize);
    form->addRow(chunkLabel, m_chunksize);

    // The one choice of when results come back, in both runtimes: the API decides the order
    // and the default chunksize, as in Python. Texts and tooltips follow the mode
    // (updateApiLabels).
    m_api = new QComboBox(runGroup);
    m_api->setObjectName(QStringLiteral("apiBox"));
    for (const PyApi api : {PyApi::ExecutorMap, PyApi::SubmitAsCompleted, PyApi::PoolMap,
                            PyApi::PoolImap, PyApi::PoolImapUnordered})
        m_api->addItem(QString(), static_cast<int>(api));
    m_api->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_api->setMinimumContentsLength(12);
    auto *apiLabel = new QLabel(runGroup);
    m_apiLabel = apiLabel;
    apiLabel->setBuddy(m_api);
    form->addRow(apiLabel, m_api);

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
    connect(m_runtime, &QComboBox::currentIndexChanged, this, &ControlPanel::onRuntimeChanged);
    connect(m_api, &QComboBox::currentIndexChanged, this, [this] {
        updateChunksizeDefault();
        Q_EMIT optionsChanged();
    });
    connect(m_startMethod, &QComboBox::currentIndexChanged, this, &ControlPanel::optionsChanged);
    connect(m_workers, &QSpinBox::valueChanged, this, &ControlPanel::updateChunksizeDefault);
    connect(m_workers, &QSpinBox::valueChanged, this, &ControlPanel::optionsChanged);
    connect(m_chunksize, &QSpinBox::valueChanged, this, &ControlPanel::optionsChanged);
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

    retranslate();
    setMachineCores(1);
    setOptions(RunOptions{});
    updateListHeight();
    updateMinimumWidth();
    m_choices->installEventFilter(this);
}

bool ControlPanel::eventFilter(QObject *watched, QEvent *event)
{
    // Computed once, the width went stale: the chunksize box's "default (ProcessPoolExecutor
    // .map's: 1)" and the interpreter's path came later and were cut off on the right.
    if (watched == m_choices && event->type() == QEvent::LayoutRequest)
        updateMinimumWidth();
    return QWidget::eventFilter(watched, event);
}

void ControlPanel::retranslate()
{
    m_workloadGroup->setTitle(tr("Workload"));
    m_workloads->setToolTip(tr("The workloads shipped with Corescope and the files you opened: "
                               "pick one, then press Run (Ctrl+R)"));
    m_workloads->setAccessibleName(tr("Workloads"));
    m_details->setToolTip(tr("What the selected workload runs, and what to look for"));
    m_runGroup->setTitle(tr("How to run"));

    for (int i = 0; i < m_mode->count(); ++i) {
        const auto mode = static_cast<Mode>(m_mode->itemData(i).toInt());
        m_mode->setItemText(i, modeText(mode));
        m_mode->setItemData(i,
                            mode == Mode::Mpi && !m_mpiAvailable ? i18n::engineText(m_mpiWhy)
                                                                 : modeToolTip(mode),
                            Qt::ToolTipRole);
    }
    m_mode->setToolTip(tr("Serial (the baseline), threads in this process, worker processes, "
                          "or the ranks of an MPI job"));
    m_modeLabel->setText(tr("&Mode:"));
    m_runtime->setItemText(0, tr("Native (C++)"));
    m_runtime->setItemData(0,
                           tr("The kernels in C++: what the hardware can do, with Python's GIL "
                              "emulated when ticked"),
                           Qt::ToolTipRole);
    m_runtime->setItemText(1, tr("Python (CPython)"));
    m_runtimeLabel->setText(tr("R&untime:"));
    m_pythonButton->setText(tr("Interpreter"));
    m_pythonButton->setToolTip(tr("Choose the Python interpreter the Python runtime uses"));
    m_choosePython->setText(tr("Choose a Python interpreter…"));
    m_pathPython->setText(tr("Use python3 on PATH"));
    updatePython();
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
    m_chunksize->setToolTip(tr("Tasks sent to a worker at once; at its lowest, the API's own "
                               "default (Pool.map: ceil(tasks / (4 × workers)), the others 1). "
                               "Raise it when tasks are tiny and dispatch overhead dominates"));
    m_chunkLabel->setText(tr("&Chunksize:"));
    m_api->setToolTip(tr("The Python API the tasks go through, in both runtimes: it decides "
                         "when results are handed back and the default chunksize, as in "
                         "Python"));
    m_apiLabel->setText(tr("&API:"));
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
    // The scroll area only scrolls vertically: it must be as wide as the widest control, or
    // labels and combo boxes would be cut off on the right (with presentation fonts).
    m_choices->layout()->activate();
    const int scrollBar = m_scroll->verticalScrollBar()->sizeHint().width();
    m_scroll->setMinimumWidth(m_choices->minimumSizeHint().width() + scrollBar);
}

void ControlPanel::updateListHeight()
{
    // Room for every shipped workload at normal size; at most ten rows with presentation
    // fonts, so the run options below stay on screen.
    const int row = std::max(m_workloads->sizeHintForRow(0), fontMetrics().height() + 2);
    const int rows = fontMetrics().height() > 20 ? 10 : 16;
    m_workloads->setMaximumHeight(row * rows + 2 * m_workloads->frameWidth());
}

void ControlPanel::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        // The texts that depend on the state: cores, the API's labels (retranslate() says the
        // interpreter's).
        setMachineCores(m_machineCores);
        updateApiLabels();
        updateChunksizeDefault();
        updateGilControls();
        QTimer::singleShot(0, this, &ControlPanel::updateMinimumWidth);
    }
    if (event->type() == QEvent::FontChange) {
        updateListHeight();
        // Icons grow with the text, so the buttons stay balanced on a projector.
        const int icon = std::max(16, fontMetrics().height());
        for (QPushButton *button : {m_runButton, m_cancelButton, m_openButton})
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
    QListWidgetItem *item = nullptr;
    for (int i = 0; i < m_workloads->count(); ++i)
        if (m_workloads->item(i)->data(kKeyRole).toString() == key)
            item = m_workloads->item(i);
    if (!item) {
        item = new QListWidgetItem(m_workloads);
        item->setData(kKeyRole, key);
        item->setData(kIsFileRole, isFile);
        updateListHeight();
    }
    item->setText(name);
    item->setToolTip(isFile ? QStringLiteral("%1\n\n%2").arg(key, description) : description);
    if (isFile)
        item->setIcon(style()->standardIcon(QStyle::SP_FileIcon));
}

void ControlPanel::setCurrentWorkload(const QString &key)
{
    for (int i = 0; i < m_workloads->count(); ++i) {
        if (m_workloads->item(i)->data(kKeyRole).toString() == key) {
            m_settingSelection = true;
            m_workloads->setCurrentRow(i);
            m_settingSelection = false;
            m_workloads->scrollToItem(m_workloads->item(i));
            return;
        }
    }
}

QString ControlPanel::currentWorkloadKey() const
{
    const QListWidgetItem *item = m_workloads->currentItem();
    return item ? item->data(kKeyRole).toString() : QString();
}

void ControlPanel::setWorkloadDetails(const QString &text)
{
    m_details->setText(text);
}

void ControlPanel::onCurrentItemChanged(QListWidgetItem *current)
{
    if (m_settingSelection || !current)
        return;
    Q_EMIT workloadChosen(current->data(kKeyRole).toString());
}

RunOptions ControlPanel::options() const
{
    RunOptions options;
    options.mode = static_cast<Mode>(m_mode->currentData().toInt());
    options.runtime = currentRuntime();
    options.workers = m_workers->value();
    options.chunksize = m_chunksize->value();
    options.api = static_cast<PyApi>(m_api->currentData().toInt());
    options.startMethod = static_cast<StartMethod>(m_startMethod->currentData().toInt());
    options.pythonPath = m_pythonPath;
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
    m_pythonPath = options.pythonPath;
    updatePython();
    m_pathPython->setEnabled(!m_pythonPath.empty());
    // Without an interpreter a Python run cannot start: show what can (while it is being
    // checked, what was asked; onPythonProbed falls back if it cannot run).
    const Runtime runtime = m_python.error.empty() ? options.runtime : Runtime::Native;
    // Without Open MPI an MPI run cannot start either: the process pool is the nearest.
    const Mode mode = options.mode == Mode::Mpi && !m_mpiAvailable ? Mode::Processes : options.mode;
    m_mode->setCurrentIndex(m_mode->findData(static_cast<int>(mode)));
    m_hosts->setText(QString::fromStdString(options.mpiHosts));
    m_mpiHostfile = options.mpiHostfile;
    m_mpirunPath = options.mpirunPath;
    m_runtime->setCurrentIndex(m_runtime->findData(static_cast<int>(runtime)));
    // A workers value saved on a bigger machine still fits: widen the range if needed.
    if (options.workers > m_workers->maximum())
        m_workers->setMaximum(std::min(options.workers, RunOptions::kMaxWorkers));
    m_workers->setValue(options.workers);
    m_chunksize->setValue(options.chunksize);
    m_api->setCurrentIndex(m_api->findData(static_cast<int>(options.api)));
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
    updateChunksizeDefault();
}

Runtime ControlPanel::currentRuntime() const
{
    return static_cast<Runtime>(m_runtime->currentData().toInt());
}

void ControlPanel::setPythonPath(const std::string &path)
{
    m_pythonPath = path;
    updatePython();
    m_pathPython->setEnabled(!path.empty());
    if (!m_python.error.empty() && currentRuntime() == Runtime::Python)
        m_runtime->setCurrentIndex(m_runtime->findData(static_cast<int>(Runtime::Native)));
    Q_EMIT optionsChanged();
}

void ControlPanel::choosePythonFile()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Choose a Python interpreter"),
        m_python.interpreter.empty() ? QStringLiteral("/usr/bin")
                                     : QString::fromStdString(m_python.interpreter));
    if (!path.isEmpty())
        setPythonPath(QFile::encodeName(path).toStdString());
}

void ControlPanel::onPythonProbed(const QString &path)
{
    if (path.toStdString() != m_pythonPath)
        return;
    updatePython();
    // A Python runtime asked for while it was being checked, and it cannot run.
    if (!m_python.error.empty() && currentRuntime() == Runtime::Python) {
        m_runtime->setCurrentIndex(m_runtime->findData(static_cast<int>(Runtime::Native)));
        Q_EMIT optionsChanged();
    }
}

void ControlPanel::updatePython()
{
    const auto probe = PythonFinder::instance()->find(m_pythonPath);
    m_pythonPending = !probe;
    m_python = probe.value_or(PythonProbe{});
    const int index = m_runtime->findData(static_cast<int>(Runtime::Python));
    if (m_pythonPending) {
        // Offered while it is checked: a run checks the interpreter again before it starts.
        const QString which = m_pythonPath.empty() ? tr("python3 on PATH")
                                                   : QString::fromStdString(m_pythonPath);
        const QString checking = tr("Checking the Python interpreter (%1)…").arg(which);
        if (auto *model = qobject_cast<QStandardItemModel *>(m_runtime->model()))
            if (QStandardItem *item = model->item(index))
                item->setEnabled(true);
        m_runtime->setItemData(index, checking, Qt::ToolTipRole);
        m_runtime->setToolTip(checking);
        m_pythonLabel->setText(checking);
        m_pythonLabel->setToolTip(checking);
        return;
    }
    const bool usable = m_python.error.empty();
    const QString what = usable ? tr("Python %1, %2")
                                      .arg(QString::fromStdString(m_python.version),
                                           QString::fromStdString(m_python.interpreter))
                                : i18n::engineText(m_python.error);
    // Greyed out, not removed: its tooltip says why.
    if (auto *model = qobject_cast<QStandardItemModel *>(m_runtime->model()))
        if (QStandardItem *item = model->item(index))
            item->setEnabled(usable);
    m_runtime->setItemData(index,
                           usable ? tr("A real CPython interpreter through Python's own APIs, "
                                       "traced live: %1").arg(what)
                                  : what,
                           Qt::ToolTipRole);
    m_runtime->setToolTip(usable ? tr("Native runs the kernels in C++; Python runs them in "
                                      "real CPython (%1)").arg(what)
                                 : what);
    m_pythonLabel->setText(usable ? what : tr("Python runtime unavailable: %1").arg(what));
    m_pythonLabel->setToolTip(m_runtime->toolTip());
}

void ControlPanel::onRuntimeChanged()
{
    // The API and the chunksize mean the same in both runtimes: they stay as they are.
    onModeChanged();
}

void ControlPanel::updateApiLabels()
{
    const auto mode = static_cast<Mode>(m_mode->currentData().toInt());
    for (int i = 0; i < m_api->count(); ++i) {
        const auto api = static_cast<PyApi>(m_api->itemData(i).toInt());
        m_api->setItemText(i, QString::fromLatin1(pyApiLabel(api, mode)));
        m_api->setItemData(i, apiToolTip(api, mode), Qt::ToolTipRole);
    }
}

void ControlPanel::updateChunksizeDefault()
{
    // Both runtimes: 0 is the API's own default, shown with its value for this workload.
    const auto api = static_cast<PyApi>(m_api->currentData().toInt());
    const auto mode = static_cast<Mode>(m_mode->currentData().toInt());
    const int chunksize = pyApiDefaultChunksize(api, m_taskCount, m_workers->value());
    m_chunksize->setSpecialValueText(
        tr("default (%1's: %2)").arg(QString::fromLatin1(pyApiLabel(api, mode))).arg(chunksize));
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
    const auto mode = static_cast<Mode>(m_mode->currentData().toInt());
    const bool python = currentRuntime() == Runtime::Python;
    const bool pooled = mode != Mode::Serial;
    m_workers->setEnabled(pooled);
    m_chunksize->setEnabled(pooled);
    m_api->setEnabled(pooled);
    // Python: the GIL is real, a worker's death is Python's to handle, and there is no process
    // per task.
    m_form->setRowVisible(m_startMethod, python && mode == Mode::Processes);
    m_form->setRowVisible(m_processPerTask, !python);
    m_form->setRowVisible(m_onWorkerDeath, !python);
    m_gil->setVisible(!python);
    m_realGil->setVisible(python);
    m_realGil->setEnabled(mode == Mode::Threads);
    m_gil->setEnabled(!python && mode == Mode::Threads);
    m_processPerTask->setEnabled(!python && mode == Mode::Processes);
    m_onWorkerDeath->setEnabled(!python && mode == Mode::Processes);
    m_taskTimeout->setEnabled(python || mode == Mode::Processes || mode == Mode::Mpi);
    m_form->setRowVisible(m_hosts, mode == Mode::Mpi);
    m_taskTimeout->setToolTip(
        python ? tr("Corescope's own tool (Python's pools have none): end the run when a task "
                    "runs longer than this (the interpreter and every process it started are "
                    "killed); 0 = off")
               : tr("Corescope's own tool (Python's pools have none): kill a worker whose task "
                    "runs longer than this (a hung task), then fail or respawn as chosen above; "
                    "0 = off"));
    updateApiLabels();
    updateChunksizeDefault();
    updateGilControls();
    updateMinimumWidth();
    Q_EMIT optionsChanged();
}

void ControlPanel::updateGilControls()
{
    const auto mode = static_cast<Mode>(m_mode->currentData().toInt());
    // Python's threads hand their real GIL over every switch interval, too.
    const bool on = mode == Mode::Threads
        && (currentRuntime() == Runtime::Python || m_gil->isChecked());
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
    mirrorAction(m_openButton, open);
}

} // namespace corescope::gui
