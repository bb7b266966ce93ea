#include "app/jobs/jobrunner.h"

#include "core/engine/runjob.h"

#include <chrono>
#include <condition_variable>
#include <mutex>
#include <thread>

namespace corescope::jobs {

namespace {

using namespace std::chrono_literals;

// Elapsed time still ticks in the window when nothing else moved, this often.
constexpr std::int64_t kElapsedTickNs = 200'000'000;

} // namespace

/// The job going: the thread that runs it and the thread that reports it. Destroying it stops
/// the job and joins both (the worker first: the reporter waits for it to end).
struct JobRunner::Active {
    std::unique_ptr<RunJob> run;
    std::unique_ptr<SweepJob> sweep;

    std::mutex mutex;
    std::condition_variable ended;   // the worker finished (guarded by mutex)
    bool done = false;
    std::condition_variable built;   // the worker built the run (guarded by mutex)
    RunJob *builtRun = nullptr;

    // Declared last: joined first. The reporter is joined after the worker has ended.
    std::jthread reporter;
    std::jthread worker;

    ~Active()
    {
        worker.request_stop();
        if (worker.joinable())
            worker.join();
        if (reporter.joinable())
            reporter.join();
    }

    void markDone()
    {
        {
            std::lock_guard lock(mutex);
            done = true;
        }
        ended.notify_all();
    }
    void markBuilt(RunJob *job)
    {
        {
            std::lock_guard lock(mutex);
            builtRun = job;
        }
        built.notify_all();
    }
    /// Waits until the worker has built the run (it always does, first thing).
    RunJob *waitForRun()
    {
        std::unique_lock lock(mutex);
        built.wait(lock, [this] { return builtRun != nullptr; });
        return builtRun;
    }
    /// Waits one pull interval, or less when the job ends; true once it has ended.
    bool waitForEnd()
    {
        std::unique_lock lock(mutex);
        return ended.wait_for(lock, std::chrono::milliseconds(kPullIntervalMs), [this] { return done; });
    }
};

JobRunner::JobRunner(QObject *parent) : QObject(parent)
{
    connect(this, &JobRunner::deliveriesQueued, this, &JobRunner::takeDeliveries,
            Qt::QueuedConnection);
}

JobRunner::~JobRunner()
{
    stopActive();
}

void JobRunner::stopActive()
{
    m_active.reset();   // cancels and joins; its queued signals are dropped by id
}

quint64 JobRunner::begin()
{
    stopActive();
    m_current = ++m_nextId;
    m_busy = true;
    m_active = std::make_unique<Active>();
    return m_current;
}

void JobRunner::deliver(quint64 job, std::function<void()> emitter, bool last)
{
    {
        std::lock_guard lock(m_deliveriesMutex);
        m_deliveries.push_back({job, std::move(emitter), last});
    }
    Q_EMIT deliveriesQueued(QPrivateSignal());   // queued: takeDeliveries() runs on our thread
}

void JobRunner::takeDeliveries()
{
    std::deque<Delivery> deliveries;
    {
        std::lock_guard lock(m_deliveriesMutex);
        deliveries.swap(m_deliveries);
    }
    for (Delivery &delivery : deliveries) {
        if (delivery.job != m_current)
            continue;   // a newer job began meanwhile: this one's news is outdated
        if (delivery.last)
            m_busy = false;
        delivery.emitter();
    }
}

quint64 JobRunner::startRun(std::shared_ptr<const Workload> workload, const RunOptions &options,
                            std::string *error)
{
    std::string problem = workload ? checkRunnable(*workload, options) : "no workload is loaded";
    if (!problem.empty()) {
        if (error)
            *error = std::move(problem);
        return 0;
    }
    const quint64 id = begin();
    Active *active = m_active.get();

    active->reporter = std::jthread([this, active, id] {
        RunJob *job = active->waitForRun();
        SnapshotCursor cursor;
        std::uint64_t sentFinished = ~std::uint64_t{0};
        std::int64_t sentElapsedNs = 0;
        while (!active->waitForEnd()) {
            auto snapshot = std::make_shared<RunSnapshot>(job->recorder().snapshot(cursor));
            if (snapshot->newlyFinished.empty() && snapshot->newlyHandedBack.empty()
                && snapshot->newSamples.empty() && snapshot->tasksFinished == sentFinished
                && snapshot->elapsedNs - sentElapsedNs < kElapsedTickNs)
                continue;   // nothing worth an update
            sentFinished = snapshot->tasksFinished;
            sentElapsedNs = snapshot->elapsedNs;
            deliver(id, [this, id, snapshot] { Q_EMIT runProgressed(id, snapshot); }, false);
        }
        auto last = std::make_shared<RunSnapshot>(job->recorder().snapshot(cursor));
        std::shared_ptr<const RunResult> result =
            std::make_shared<const RunResult>(job->recorder().takeResult());
        RunDigest digest = digestRun(*result);
        deliver(id,
                [this, id, last, result, digest = std::move(digest)] {
                    Q_EMIT runFinished(id, last, result, digest);
                },
                true);
    });
    active->worker = std::jthread(
        [active, workload = std::move(workload), options](std::stop_token stop) mutable {
            // Built here, not on the caller's (GUI) thread: the recorder of a million-task run
            // is 72 MB to lay out, which froze the window for a moment at every Run.
            active->run = std::make_unique<RunJob>(std::move(workload), options);
            active->markBuilt(active->run.get());
            active->run->run(stop);
            active->markDone();
        });
    return id;
}

quint64 JobRunner::startSweep(SweepSpec spec, std::string *error)
{
    if (std::string problem = spec.validate(); !problem.empty()) {
        if (error)
            *error = std::move(problem);
        return 0;
    }
    const quint64 id = begin();
    Active *active = m_active.get();
    active->sweep = std::make_unique<SweepJob>(std::move(spec));
    SweepJob *job = active->sweep.get();

    active->reporter = std::jthread([this, active, job, id] {
        int sentRuns = -1;
        int ticks = 0;
        while (!active->waitForEnd()) {
            SweepJob::Progress progress = job->progress();
            std::shared_ptr<const SweepResult> sweep;
            if (progress.runsDone != sentRuns)
                sweep = std::make_shared<const SweepResult>(job->result());
            else if (++ticks % 3 != 0)
                continue;   // the ETA moves ~10 times a second, not 30
            sentRuns = progress.runsDone;
            deliver(id, [this, id, progress, sweep] { Q_EMIT sweepProgressed(id, progress, sweep); },
                    false);
        }
        const SweepJob::Progress progress = job->progress();
        auto sweep = std::make_shared<const SweepResult>(job->result());
        deliver(id, [this, id, progress, sweep] { Q_EMIT sweepFinished(id, progress, sweep); },
                true);
    });
    active->worker = std::jthread([active, job](std::stop_token stop) {
        job->run(stop);
        active->markDone();
    });
    return id;
}

void JobRunner::cancel()
{
    if (m_active)
        m_active->worker.request_stop();
}

} // namespace corescope::jobs
