#pragma once

#include "core/exec/runoptions.h"
#include "core/trace/runrecorder.h"
#include "core/workload/workload.h"

#include <QObject>
#include <QThread>

#include <deque>
#include <memory>
#include <mutex>

namespace corescope::gui {

class RunDriver;

/// Carries a run from the engine to the window without ever making the GUI thread wait.
///
/// The RunController lives on a thread of its own (the "driver"), which starts runs, pulls a
/// snapshot every kPullIntervalMs (~30 Hz, never one signal per task) and copies the final
/// result, so the large copies a million-task run needs never happen on the GUI thread. The
/// window then takes the queued data in pieces of a bounded size (take()), as many as fit in
/// its time budget, so even a run that finishes before the first frame is drawn is shown
/// without freezing the window.
class RunFeed final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunFeed)
public:
    static constexpr int kPullIntervalMs = 33;

    explicit RunFeed(QObject *parent = nullptr);
    /// Cancels a run still going and joins it: no worker thread or process outlives this.
    ~RunFeed() override;

    /// Starts a run, cancelling one still going (its queued data is dropped). Returns the
    /// run's id, or 0 with `error` set when the workload cannot run with these options.
    quint64 start(std::shared_ptr<const Workload> workload, const RunOptions &options,
                  std::string *error = nullptr);
    /// Asks the current run to stop; returns at once.
    void cancel();
    /// True from start() until takeResult() handed out the run's final state.
    bool isRunning() const { return m_current != 0 && !m_resultTaken; }
    quint64 currentRun() const { return m_current; }

    /// Takes the next piece of the current run: at most `maxItems` finished tasks (or, once
    /// a snapshot's tasks are all taken, at most `maxItems` handed-back indices). Samples,
    /// workers and counters travel with the last piece of each snapshot, so a handed-back
    /// task is never seen before its record. False when nothing is queued.
    bool take(RunSnapshot &piece, std::size_t maxItems);
    /// True when take() has more to give. When it has not, the next push signals
    /// dataAvailable again, as after a take() that found nothing: a consumer that stops
    /// taking because its time budget ran out at the very end of the queue is never left
    /// waiting for a signal that was coalesced away.
    bool hasQueued() const;
    /// The run's final state, once the engine has finished and every piece was taken; else
    /// null. Afterwards isRunning() is false.
    std::shared_ptr<const RunResult> takeResult();

Q_SIGNALS:
    /// New data is queued (coalesced: emitted again only after take() or hasQueued() found
    /// nothing queued).
    void dataAvailable();

private:
    friend class RunDriver;
    struct Item {
        quint64 run = 0;
        RunSnapshot snapshot;
        std::size_t finishedTaken = 0;
        std::size_t handedTaken = 0;
        std::shared_ptr<const RunResult> result;   // the run's last item carries this
    };
    // Called on the driver's thread.
    void push(Item item);

    QThread m_thread;
    RunDriver *m_driver = nullptr;

    mutable std::mutex m_mutex;
    std::deque<Item> m_queue;          // guarded by m_mutex
    // A dataAvailable is on its way and the consumer has not yet found the queue empty; guarded
    // by m_mutex, so "found empty" and "pushed" are ordered and no wake-up is lost.
    mutable bool m_notified = false;

    // GUI thread only.
    quint64 m_current = 0;
    quint64 m_nextId = 0;
    bool m_resultTaken = false;
    std::shared_ptr<const RunResult> m_pendingResult;
};

} // namespace corescope::gui
