#include "core/engine/runcontroller.h"

namespace corescope {

RunController::RunController(QObject *parent) : QObject(parent)
{
    // The engine thread emits sessionEnded; the queued connection delivers runFinished on this
    // object's thread. Qt copies the id into its own event, so nothing of ours crosses threads.
    connect(this, &RunController::sessionEnded, this, &RunController::runFinished,
            Qt::QueuedConnection);
}

RunController::~RunController() = default;

quint64 RunController::start(std::shared_ptr<const Workload> workload, const RunOptions &options,
                             std::string *error)
{
    if (std::string problem = checkRunnable(*workload, options); !problem.empty()) {
        if (error)
            *error = std::move(problem);
        return 0;
    }
    m_session.reset();   // cancels and joins a previous run (workers stop within 100 ms)
    const quint64 id = ++m_runId;
    m_session = std::make_unique<RunSession>(std::move(workload), options);
    // Runs on the engine thread, while this object is alive (the session is joined in our
    // destructor); the queued signal lands on our thread and Qt drops it if we are gone by then.
    m_session->start([this, id] { Q_EMIT sessionEnded(id, QPrivateSignal()); });
    return id;
}

void RunController::cancel()
{
    if (m_session)
        m_session->cancel();
}

bool RunController::isRunning() const
{
    return m_session && !m_session->isFinished();
}

RunSnapshot RunController::snapshot(quint64 runId, SnapshotCursor &cursor) const
{
    if (!m_session || runId != m_runId)
        return {};
    return m_session->recorder().snapshot(cursor);
}

std::optional<RunResult> RunController::result(quint64 runId) const
{
    if (!m_session || runId != m_runId)
        return std::nullopt;
    return m_session->recorder().result();
}

} // namespace corescope
