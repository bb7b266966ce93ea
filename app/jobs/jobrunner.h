#pragma once

#include "core/analysis/rundigest.h"
#include "core/engine/sweep.h"
#include "core/trace/runrecorder.h"

#include <QObject>

#include <deque>
#include <functional>
#include <memory>
#include <mutex>
#include <string>

namespace corescope::jobs {

/// Runs runs and sweeps off the calling thread and reports them through queued, typed signals,
/// as heaptrack's Parser and hotspot's PerfParser do over their Qt-free cores. The window, the
/// Sweep tab and the command line all start their work here.
///
/// One job at a time: starting one cancels (and joins) the job still going. Every signal names
/// its job, and a job that was replaced or cancelled-then-replaced never signals again, so an
/// outdated run's data is never mixed into the current one.
///
/// Threads: the job runs on a thread of its own; a second one pulls its progress at
/// kPullIntervalMs (never one signal per task), copies the final result and digests it
/// (RunDigest), so the large copies and passes a million-task run needs never happen on this
/// object's thread. Signals are delivered on this object's thread.
class JobRunner final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JobRunner)
public:
    /// ~30 Hz: a live chart moves smoothly, and a burst of tiny tasks becomes one update.
    static constexpr int kPullIntervalMs = 33;

    explicit JobRunner(QObject *parent = nullptr);
    /// Cancels the job still going and joins it: no worker thread or process outlives this.
    ~JobRunner() override;

    /// Starts a run of `workload` with `options`, validated here (the one place they are).
    /// Returns the job's id, or 0 with `error` set when it cannot run.
    quint64 startRun(std::shared_ptr<const Workload> workload, const RunOptions &options,
                     std::string *error = nullptr);
    /// Starts a sweep, validated here. Returns the job's id, or 0 with `error` set.
    quint64 startSweep(SweepSpec spec, std::string *error = nullptr);
    /// Asks the current job to stop; returns at once. Its finished signal follows, with every
    /// result computed so far.
    void cancel();
    /// True from a start until the job's finished signal has been delivered.
    bool isBusy() const { return m_busy; }
    /// The current (or last) job's id; 0 before the first.
    quint64 currentJob() const { return m_current; }

    struct Active;   // the job going: its threads and state (jobrunner.cpp)

Q_SIGNALS:
    /// New records of the current run since the last signal (at most ~30 a second).
    void runProgressed(quint64 job, std::shared_ptr<RunSnapshot> snapshot);
    /// The run ended (ok, cancelled or failed): the last records, then the whole run, with
    /// what its ending needs from all its tasks (counted on the reporter thread).
    void runFinished(quint64 job, std::shared_ptr<RunSnapshot> last,
                     std::shared_ptr<const RunResult> result, corescope::RunDigest digest);
    /// The sweep moved on. `sweep` is the sweep so far when a run ended since the last signal,
    /// else null (the progress alone, for the ETA).
    void sweepProgressed(quint64 job, corescope::SweepJob::Progress progress,
                         std::shared_ptr<const SweepResult> sweep);
    /// The sweep ended (ok, cancelled or failed), with every point measured.
    void sweepFinished(quint64 job, corescope::SweepJob::Progress progress,
                       std::shared_ptr<const SweepResult> sweep);
    /// Internal: the reporter queued a delivery (queued to our thread, no arguments).
    void deliveriesQueued(QPrivateSignal);

private:
    void stopActive();
    quint64 begin();
    // Called on the reporter thread; delivers on ours, and only for the current job.
    void deliver(quint64 job, std::function<void()> emitter, bool last);
    void takeDeliveries();   // on our thread

    struct Delivery {
        quint64 job = 0;
        std::function<void()> emitter;
        bool last = false;
    };
    // Handed over under our own mutex, not inside a posted event: the hand-off is then ordered
    // in code ThreadSanitizer sees (Qt's event queue is not instrumented), and the signal that
    // wakes us carries nothing.
    std::mutex m_deliveriesMutex;
    std::deque<Delivery> m_deliveries;   // guarded by m_deliveriesMutex

    std::unique_ptr<Active> m_active;
    quint64 m_current = 0;
    quint64 m_nextId = 0;
    bool m_busy = false;
};

} // namespace corescope::jobs
