#include "app/gui/runfeed.h"

#include "core/engine/runcontroller.h"
#include "core/engine/runsession.h"

#include <QMetaObject>
#include <QTimer>

#include <algorithm>
#include <utility>

namespace corescope::gui {

/// The feed's half on the driver thread: owns the RunController and pulls its snapshots.
/// Everything here runs on that thread; the GUI reaches it only through queued calls.
class RunDriver final : public QObject {
public:
    explicit RunDriver(RunFeed *feed) : m_feed(feed) {}

    // Created on the driver thread, so the controller's signal and the timer live there.
    void setUp()
    {
        m_controller = new RunController(this);
        connect(m_controller, &RunController::runFinished, this, &RunDriver::onRunFinished);
        m_timer = new QTimer(this);
        m_timer->setInterval(RunFeed::kPullIntervalMs);
        connect(m_timer, &QTimer::timeout, this, &RunDriver::pull);
    }

    void start(quint64 run, std::shared_ptr<const Workload> workload, const RunOptions &options)
    {
        m_timer->stop();
        std::string error;
        // Cancels and joins a previous run first; its data was already dropped by the GUI.
        const quint64 engineId = m_controller->start(std::move(workload), options, &error);
        m_run = run;
        m_engineId = engineId;
        m_cursor = {};
        m_sentCounters = ~std::uint64_t{0};
        m_sentElapsedNs = 0;
        if (engineId == 0) {
            // The GUI checked the options already; this only happens if the engine changed
            // its mind. Finish the run at once with the reason.
            auto result = std::make_shared<RunResult>();
            result->options = options;
            result->status = RunStatus::Failed;
            result->error = error;
            m_feed->push({run, {}, 0, 0, std::move(result)});
            return;
        }
        m_timer->start();
    }

    void cancel() { m_controller->cancel(); }

    void shutDown()
    {
        m_timer->stop();
        delete m_controller;   // cancels and joins the run: no worker is left behind
        m_controller = nullptr;
    }

private:
    void pull()
    {
        if (m_engineId == 0)
            return;
        RunSnapshot snapshot = m_controller->snapshot(m_engineId, m_cursor);
        if (snapshot.newlyFinished.empty() && snapshot.newlyHandedBack.empty()
            && snapshot.newSamples.empty() && m_sentCounters == snapshot.tasksFinished
            && snapshot.elapsedNs - m_sentElapsedNs < 200'000'000)
            return;   // nothing worth a GUI update (elapsed time still ticks every 200 ms)
        m_sentCounters = snapshot.tasksFinished;
        m_sentElapsedNs = snapshot.elapsedNs;
        m_feed->push({m_run, std::move(snapshot), 0, 0, nullptr});
    }

    void onRunFinished(quint64 engineId)
    {
        if (engineId != m_engineId || engineId == 0)
            return;
        m_timer->stop();
        RunSnapshot last = m_controller->snapshot(m_engineId, m_cursor);
        auto result = m_controller->result(m_engineId);
        std::shared_ptr<const RunResult> shared =
            result ? std::make_shared<const RunResult>(std::move(*result))
                   : std::make_shared<const RunResult>();
        m_feed->push({m_run, std::move(last), 0, 0, std::move(shared)});
        m_engineId = 0;
    }

    RunFeed *m_feed;
    RunController *m_controller = nullptr;
    QTimer *m_timer = nullptr;
    quint64 m_run = 0;
    quint64 m_engineId = 0;
    SnapshotCursor m_cursor;
    std::uint64_t m_sentCounters = ~std::uint64_t{0};
    std::int64_t m_sentElapsedNs = 0;
};

RunFeed::RunFeed(QObject *parent) : QObject(parent)
{
    m_thread.setObjectName(QStringLiteral("corescope-run-driver"));
    m_driver = new RunDriver(this);
    m_driver->moveToThread(&m_thread);
    m_thread.start();
    QMetaObject::invokeMethod(m_driver, [driver = m_driver] { driver->setUp(); },
                              Qt::BlockingQueuedConnection);
}

RunFeed::~RunFeed()
{
    QMetaObject::invokeMethod(m_driver, [driver = m_driver] { driver->shutDown(); },
                              Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
    delete m_driver;   // its thread has ended: safe to delete from here
}

quint64 RunFeed::start(std::shared_ptr<const Workload> workload, const RunOptions &options,
                       std::string *error)
{
    if (!workload) {
        if (error)
            *error = "no workload is loaded";
        return 0;
    }
    // Checked here, at once, so a refusal is a plain return value, not a late message.
    if (std::string problem = checkRunnable(*workload, options); !problem.empty()) {
        if (error)
            *error = std::move(problem);
        return 0;
    }
    const quint64 run = ++m_nextId;
    m_current = run;
    m_resultTaken = false;
    m_pendingResult.reset();
    {
        std::lock_guard lock(m_mutex);
        m_queue.clear();   // whatever the previous run still had queued is outdated now
        m_notified = false;   // and nobody is waiting to drain it: the new run's first push signals
    }
    QMetaObject::invokeMethod(
        m_driver,
        [driver = m_driver, run, workload = std::move(workload), options] {
            driver->start(run, workload, options);
        },
        Qt::QueuedConnection);
    return run;
}

void RunFeed::cancel()
{
    QMetaObject::invokeMethod(m_driver, [driver = m_driver] { driver->cancel(); },
                              Qt::QueuedConnection);
}

void RunFeed::push(Item item)
{
    bool notify = false;
    {
        std::lock_guard lock(m_mutex);
        m_queue.push_back(std::move(item));
        notify = !std::exchange(m_notified, true);
    }
    if (notify)
        QMetaObject::invokeMethod(this, [this] { Q_EMIT dataAvailable(); },
                                  Qt::QueuedConnection);
}

bool RunFeed::hasQueued() const
{
    std::lock_guard lock(m_mutex);
    for (const Item &item : m_queue)
        if (item.run == m_current)
            return true;
    m_notified = false;   // found empty: the next push signals again
    return false;
}

bool RunFeed::take(RunSnapshot &piece, std::size_t maxItems)
{
    maxItems = std::max<std::size_t>(maxItems, 1);
    std::lock_guard lock(m_mutex);
    while (!m_queue.empty() && m_queue.front().run != m_current)
        m_queue.pop_front();   // an outdated run's data: never mixed into the current one
    if (m_queue.empty()) {
        m_notified = false;
        return false;
    }
    Item &item = m_queue.front();
    RunSnapshot &s = item.snapshot;
    piece = RunSnapshot{};
    piece.tasksTotal = s.tasksTotal;
    piece.elapsedNs = s.elapsedNs;
    piece.status = s.status;

    const std::size_t finished = s.newlyFinished.size();
    if (item.finishedTaken < finished) {
        const std::size_t n = std::min(maxItems, finished - item.finishedTaken);
        const auto first = s.newlyFinished.begin() + static_cast<std::ptrdiff_t>(item.finishedTaken);
        piece.newlyFinished.assign(first, first + static_cast<std::ptrdiff_t>(n));
        item.finishedTaken += n;
    } else if (item.handedTaken < s.newlyHandedBack.size()) {
        const std::size_t n = std::min(maxItems, s.newlyHandedBack.size() - item.handedTaken);
        const auto first = s.newlyHandedBack.begin() + static_cast<std::ptrdiff_t>(item.handedTaken);
        piece.newlyHandedBack.assign(first, first + static_cast<std::ptrdiff_t>(n));
        item.handedTaken += n;
    }
    // Counters as far as the pieces taken so far go, so progress matches the table.
    piece.tasksFinished = s.tasksFinished - (finished - item.finishedTaken);

    const bool last = item.finishedTaken == finished
        && item.handedTaken == s.newlyHandedBack.size();
    if (last) {
        piece.newSamples = std::move(s.newSamples);
        piece.workers = std::move(s.workers);
        piece.running = std::move(s.running);
        piece.error = std::move(s.error);
        if (item.result)
            m_pendingResult = std::move(item.result);
        m_queue.pop_front();
    } else {
        piece.workers = s.workers;   // small: one entry per worker
    }
    return true;
}

std::shared_ptr<const RunResult> RunFeed::takeResult()
{
    if (!m_pendingResult || hasQueued())
        return nullptr;
    m_resultTaken = true;
    return std::exchange(m_pendingResult, nullptr);
}

} // namespace corescope::gui
