#include "app/gui/labsession.h"

#include "app/gui/eventloopprobe.h"
#include "app/jobs/jobrunner.h"
#include "core/engine/runjob.h"
#include "core/exec/pythonexecutor.h"
#include "core/workload/catalog.h"

#include <QElapsedTimer>

namespace corescope::gui {

namespace {
// The sessions of the windows that are open (GUI thread): while there is one, a Python run's
// processes yield the cores to its thread.
int g_windows = 0;
} // namespace

LabSession::LabSession(QObject *parent) : QObject(parent)
{
    if (g_windows++ == 0)
        PythonExecutor::setRunNiceAbove(PythonExecutor::kRunNiceAboveWindow);
    m_jobs = new jobs::JobRunner(this);
    connect(m_jobs, &jobs::JobRunner::runProgressed, this, &LabSession::onJobProgressed);
    connect(m_jobs, &jobs::JobRunner::runFinished, this, &LabSession::onJobFinished);
    m_probe = new EventLoopProbe(this);
    m_drainTimer.setSingleShot(true);
    m_drainTimer.setInterval(0);
    connect(&m_drainTimer, &QTimer::timeout, this, &LabSession::drain);

    for (CatalogEntry &entry : shippedWorkloads())
        m_shipped.push_back({QString::fromStdString(entry.id),
                             std::make_shared<const Workload>(std::move(entry.workload))});
}

LabSession::~LabSession()
{
    m_drainTimer.stop();
    m_probe->stop();
    if (--g_windows == 0)
        PythonExecutor::setRunNiceAbove(0);
}

const LabSession::Shipped *LabSession::findShipped(const QString &idOrName) const
{
    for (const Shipped &shipped : m_shipped) {
        if (shipped.id.compare(idOrName, Qt::CaseInsensitive) == 0
            || QString::fromStdString(shipped.workload->name).compare(idOrName, Qt::CaseInsensitive) == 0)
            return &shipped;
    }
    return nullptr;
}

void LabSession::setWorkload(std::shared_ptr<const Workload> workload, const QString &key,
                             bool isFile)
{
    m_workload = std::move(workload);
    m_workloadKey = key;
    m_workloadIsFile = isFile;
    Q_EMIT workloadChanged();
}

quint64 LabSession::startRun(const RunOptions &options, std::string *error)
{
    const quint64 id = m_jobs->startRun(m_workload, options, error);
    if (id == 0)
        return 0;
    if (!m_startingLeg)
        m_race.reset();   // another run replaced the race
    m_runId = id;
    m_runGoing = true;
    m_queue.clear();   // whatever a replaced run still had queued is outdated now
    m_sinceProgress.invalidate();
    m_endedResult.reset();
    m_runWorkload = m_workload;
    m_runWorkloadKey = m_workloadKey;
    m_runOptions = options;
    setShowingSaved(false, {});
    m_probe->start();
    Q_EMIT runStarted(id);
    return id;
}

quint64 LabSession::startRace(const RunOptions &first, const RunOptions &second,
                              std::string *error)
{
    // The second leg's problems are found now, not after the first has run.
    if (m_workload) {
        if (std::string problem = checkRunnable(*m_workload, second); !problem.empty()) {
            if (error)
                *error = std::move(problem);
            return 0;
        }
    }
    m_startingLeg = true;
    const quint64 id = startRun(first, error);
    m_startingLeg = false;
    if (id == 0)
        return 0;
    m_race = Race{second, nullptr, id};
    return id;
}

void LabSession::continueRace()
{
    if (!m_race || m_race->legId != m_runId || !m_lastResult)
        return;
    if (!m_race->firstResult) {
        if (m_lastResult->status == RunStatus::Cancelled) {
            m_race.reset();
            return;
        }
        m_race->firstResult = m_lastResult;
        // After runEnded's receivers (diagnosis, history, status) have seen the first leg.
        QTimer::singleShot(0, this, [this] {
            if (!m_race || m_race->legId != m_runId || m_runGoing)
                return;
            std::string error;
            m_startingLeg = true;
            const quint64 id = startRun(m_race->second, &error);
            m_startingLeg = false;
            if (id == 0)
                m_race.reset();
            else
                m_race->legId = id;
        });
        return;
    }
    const auto first = std::move(m_race->firstResult);
    m_race.reset();
    if (m_lastResult->status != RunStatus::Cancelled)
        Q_EMIT raceFinished(first, m_lastResult);
}

void LabSession::cancelRun()
{
    if (m_runGoing)
        m_jobs->cancel();
}

void LabSession::clearHistory()
{
    m_history.clear(m_workloadKey);
    Q_EMIT historyChanged();
}

void LabSession::onJobProgressed(quint64 job, std::shared_ptr<RunSnapshot> snapshot)
{
    if (job != m_runId)
        return;
    m_queue.push(std::move(snapshot));
    if (!m_drainTimer.isActive())
        m_drainTimer.start();
}

void LabSession::onJobFinished(quint64 job, std::shared_ptr<RunSnapshot> last,
                               std::shared_ptr<const RunResult> result, RunDigest digest)
{
    if (job != m_runId)
        return;
    m_queue.push(std::move(last));
    m_endedResult = std::move(result);
    m_endedDigest = std::move(digest);
    if (!m_drainTimer.isActive())
        m_drainTimer.start();
}

void LabSession::drain()
{
    // Hand on what is queued, piece by piece, until the budget is spent; then let the event
    // loop breathe (input, repaints) and come back for the rest.
    QElapsedTimer budget;
    budget.start();
    RunSnapshot piece;
    bool took = false;
    while (m_queue.take(piece, kPieceTasks)) {
        Q_EMIT runPiece(piece);
        took = true;
        if (budget.elapsed() >= kDrainBudgetMs)
            break;
    }
    // Not per piece, nor per turn while a backlog drains: a progress bar repaints itself at
    // once when it moves. The last piece of what arrived is always shown.
    if (took && (m_queue.isEmpty() || !m_sinceProgress.isValid()
                 || m_sinceProgress.hasExpired(kProgressIntervalMs))) {
        m_sinceProgress.start();
        Q_EMIT runProgressed(piece.tasksFinished, piece.tasksTotal, piece.elapsedNs);
    }
    if (!m_queue.isEmpty()) {
        m_drainTimer.start();
        return;
    }
    if (!m_endedResult)
        return;
    // The end's own work (the history, every runEnded receiver) gets a turn of its own when
    // this one's budget went on the last pieces: two short stalls, not one long one.
    if (took && budget.elapsed() >= kDrainBudgetMs / 2) {
        m_drainTimer.start();
        return;
    }
    m_runGoing = false;
    finish(std::exchange(m_endedResult, nullptr), std::move(m_endedDigest));
}

void LabSession::finish(std::shared_ptr<const RunResult> result, RunDigest digest)
{
    m_probe->stop();
    m_lastResult = std::move(result);
    m_lastDigest = std::move(digest);
    m_runtimeComparison = m_history.otherRuntime(m_runWorkloadKey, m_lastDigest.compute);
    if (m_lastResult->status == RunStatus::Ok) {
        m_history.add(m_runWorkloadKey, m_lastResult, m_lastDigest.compute);
        Q_EMIT historyChanged();
    }
    Q_EMIT runEnded(m_runId);
    continueRace();
}

void LabSession::showSavedRun(std::shared_ptr<const RunResult> run, const QString &path,
                              const QString &banner)
{
    m_race.reset();   // a saved run is no leg of a race
    m_runWorkload = run->workload;
    m_runWorkloadKey = QStringLiteral("saved:") + path;
    m_runOptions = run->options;
    setShowingSaved(true, banner);
    Q_EMIT savedRunOpened(run);
    RunDigest digest = digestRun(*run);   // a file just read: its pass is the least of it
    finish(std::move(run), std::move(digest));
}

void LabSession::setShowingSaved(bool showing, const QString &banner)
{
    if (showing == m_showingSaved && banner == m_savedBanner)
        return;
    m_showingSaved = showing;
    m_savedBanner = banner;
    Q_EMIT savedStateChanged();
}

} // namespace corescope::gui
