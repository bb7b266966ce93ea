#pragma once

#include "core/engine/runsession.h"

#include <QObject>

#include <memory>
#include <optional>

namespace corescope {

/// The engine's front object for the GUI: starts runs on a background thread and lets the
/// window pull batched snapshots at frame rate. Results of an outdated run are never mixed
/// into the current one: every call names the run by its id.
class RunController final : public QObject {
    Q_OBJECT
public:
    explicit RunController(QObject *parent = nullptr);
    ~RunController() override;   // cancels and joins, leaving no worker behind

    /// Starts a run, cancelling (and joining) one still going. Returns the new run's id, or 0
    /// with `error` set when the run cannot start (see checkRunnable()).
    quint64 start(std::shared_ptr<const Workload> workload, const RunOptions &options,
                  std::string *error = nullptr);
    void cancel();
    bool isRunning() const;
    quint64 currentRunId() const { return m_runId; }

    /// New records since `cursor`; an empty snapshot when `runId` is not the current run.
    RunSnapshot snapshot(quint64 runId, SnapshotCursor &cursor) const;
    /// The whole run (complete once runFinished was emitted).
    std::optional<RunResult> result(quint64 runId) const;

Q_SIGNALS:
    /// Emitted on this object's thread when a run has ended (ok, cancelled or failed).
    void runFinished(quint64 runId);
    /// Emitted on the engine thread when a session ends; queued into runFinished.
    void sessionEnded(quint64 runId, QPrivateSignal);

private:
    std::unique_ptr<RunSession> m_session;
    quint64 m_runId = 0;
};

} // namespace corescope
