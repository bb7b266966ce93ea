// ApiControls: the API box's labels and tooltips, the chunksize box's default text.
#include "app/gui/apicontrols.h"

#include "app/gui/comboitems.h"

#include "app/charts/runlabel.h"

#include <QComboBox>
#include <QSpinBox>

namespace corescope::gui {

namespace {

QString apiToolTip(PyApi api, Mode mode)
{
    QString chunks;
    switch (api) {
    case PyApi::ExecutorMap:
        chunks = ApiControls::tr("chunksize 1 by default (ThreadPoolExecutor.map ignores it)");
        break;
    case PyApi::SubmitAsCompleted:
        chunks = ApiControls::tr("one submit() per task: Python sends no chunks");
        break;
    case PyApi::PoolMap:
        chunks = ApiControls::tr("chunksize ceil(tasks / (4 × workers)) by default");
        break;
    case PyApi::PoolImap:
    case PyApi::PoolImapUnordered:
        chunks = ApiControls::tr("chunksize 1 by default");
        break;
    }
    return ApiControls::tr("%1: results %2; %3")
        .arg(QString::fromLatin1(pyApiLabel(api, mode)), orderingText(pyApiOrdering(api)), chunks);
}

} // namespace

ApiControls::ApiControls(QWidget *parent) : QObject(parent)
{
    m_chunksize = new QSpinBox(parent);
    m_chunksize->setObjectName(QStringLiteral("chunksizeBox"));
    // 0 is the API's own default, shown with its value (updateChunksizeDefault).
    m_chunksize->setRange(0, RunOptions::kMaxChunksize);
    m_chunksize->setAccelerated(true);
    m_chunksize->setGroupSeparatorShown(true);

    // The one choice of when results come back, in both runtimes: the API decides the order
    // and the default chunksize, as in Python. Texts and tooltips follow the mode
    // (updateApiLabels).
    m_api = new QComboBox(parent);
    m_api->setObjectName(QStringLiteral("apiBox"));
    for (const PyApi api : {PyApi::ExecutorMap, PyApi::SubmitAsCompleted, PyApi::PoolMap,
                            PyApi::PoolImap, PyApi::PoolImapUnordered})
        m_api->addItem(QString(), static_cast<int>(api));
    m_api->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_api->setMinimumContentsLength(12);
    connect(m_api, &QComboBox::currentIndexChanged, this, [this] {
        updateChunksizeDefault();
        Q_EMIT apiChanged();
    });
}

PyApi ApiControls::api() const
{
    return static_cast<PyApi>(m_api->currentData().toInt());
}

void ApiControls::setApi(PyApi api)
{
    m_api->setCurrentIndex(m_api->findData(static_cast<int>(api)));
}

void ApiControls::follow(Mode mode, Runtime runtime, int workers, std::uint64_t tasks)
{
    m_mode = mode;
    m_runtime = runtime;
    m_workers = workers;
    m_taskCount = tasks;
    updateApiLabels();
    updateChunksizeDefault();
}

void ApiControls::retranslate()
{
    m_chunksize->setToolTip(tr("Tasks sent to a worker at once; at its lowest, the API's own "
                               "default (Pool.map: ceil(tasks / (4 × workers)), the others 1). "
                               "Raise it when tasks are tiny and dispatch overhead dominates"));
    m_api->setToolTip(tr("The Python API the tasks go through, in both runtimes: it decides "
                         "when results are handed back and the default chunksize, as in "
                         "Python"));
    updateApiLabels();
    updateChunksizeDefault();
}

void ApiControls::updateApiLabels()
{
    const bool mpiPoolExecutor = m_runtime == Runtime::Python && m_mode == Mode::Mpi;
    for (int i = 0; i < m_api->count(); ++i) {
        const auto api = static_cast<PyApi>(m_api->itemData(i).toInt());
        const bool offered = !mpiPoolExecutor || api == PyApi::ExecutorMap
            || api == PyApi::SubmitAsCompleted;
        m_api->setItemText(i, QString::fromLatin1(pyApiLabel(api, m_mode)));
        m_api->setItemData(i, offered ? apiToolTip(api, m_mode)
                                      : tr("mpi4py's MPIPoolExecutor has map and submit, not "
                                           "multiprocessing.Pool's methods"),
                           Qt::ToolTipRole);
        setItemEnabled(m_api, i, offered);
    }
    if (mpiPoolExecutor && api() != PyApi::ExecutorMap && api() != PyApi::SubmitAsCompleted)
        setApi(PyApi::ExecutorMap);
}

void ApiControls::updateChunksizeDefault()
{
    // Both runtimes: 0 is the API's own default, shown with its value for this workload.
    const PyApi current = api();
    const int chunksize = pyApiDefaultChunksize(current, m_taskCount, m_workers);
    m_chunksize->setSpecialValueText(tr("default (%1's: %2)")
                                         .arg(QString::fromLatin1(pyApiLabel(current, m_mode)))
                                         .arg(chunksize));
}

} // namespace corescope::gui
