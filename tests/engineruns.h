#pragma once

// Runs through the engine for the suites that check what a run shows (tst_executors,
// tst_lesson_outcomes): a shipped workload by id, and a run waited for to its end.

#include "tests/timing.h"
#include "core/engine/runjob.h"
#include "core/workload/catalog.h"

#include <QtGlobal>

#include <chrono>
#include <condition_variable>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <thread>
#include <utility>

namespace corescope::test {

// A shipped workload; a missing one stops the suite (the catalog is not what is under test).
inline std::shared_ptr<const Workload> shippedWorkload(std::string_view id)
{
    auto loaded = resolveWorkload(std::string(id));
    if (auto *e = std::get_if<WorkloadError>(&loaded))
        qFatal("%s", e->toString().c_str());
    return std::make_shared<const Workload>(std::get<Workload>(std::move(loaded)));
}

// `count` tasks doubling 0, 1, 2, ...: results known without running anything.
inline std::shared_ptr<const Workload> doublerWorkload(std::uint64_t count)
{
    Workload w;
    w.name = "doubles";
    w.kernel = KernelId::Double;
    w.inputs = RangeInputs{0, count, 1};
    return std::make_shared<const Workload>(std::move(w));
}

// A job (RunJob, SweepJob) on a thread of its own, as JobRunner runs it, for tests that look
// at it or cancel it while it works. The destructor stops and joins it.
template <class Job>
class InBackground {
public:
    template <class... Args>
    explicit InBackground(Args &&...args) : m_job(std::forward<Args>(args)...)
    {
        m_thread = std::jthread([this](std::stop_token stop) {
            m_job.run(stop);
            {
                std::lock_guard lock(m_mutex);
                m_done = true;
            }
            m_ended.notify_all();
        });
    }
    InBackground(const InBackground &) = delete;
    InBackground &operator=(const InBackground &) = delete;

    Job &job() { return m_job; }
    void cancel() { m_thread.request_stop(); }
    /// True once the job has ended (its results are complete); false when `timeout` passed.
    bool waitFor(std::chrono::milliseconds timeout)
    {
        std::unique_lock lock(m_mutex);
        return m_ended.wait_for(lock, timeout, [this] { return m_done; });
    }

private:
    Job m_job;
    std::mutex m_mutex;
    std::condition_variable m_ended;
    bool m_done = false;
    std::jthread m_thread;   // last: stopped and joined first
};

// Runs to the end (scaled bound: `bound` on a release build on a quiet machine).
inline RunResult runToEnd(std::shared_ptr<const Workload> workload, const RunOptions &options,
                          std::chrono::milliseconds bound = std::chrono::minutes(2))
{
    InBackground<RunJob> run(std::move(workload), options);
    if (!run.waitFor(scaled(bound)))
        qFatal("a run did not finish within %d ms", scaledMs(double(bound.count())));
    return run.job().recorder().result();
}

} // namespace corescope::test
