#pragma once

// What a job that feeds its workers chunk by chunk starts from: the process pool's Pool
// (core/exec/processpoolexecutor.cpp) and MPI mode's MpiJob (core/exec/mpi/mpijob.h).

#include "core/exec/pool/dispatchwindow.h"
#include "core/exec/pool/faultpolicy.h"
#include "core/trace/runrecorder.h"

#include <cstdint>
#include <stop_token>

namespace corescope::pool {

/// The run's recorder, stop token, workload and options; its tasks, handed out a chunk at a
/// time (the options' effective chunksize) by the dispatch window; what a worker's death and a
/// task timeout do (`onDeath`, the options' task timeout).
class FeedingJob {
protected:
    FeedingJob(RunRecorder &recorder, std::stop_token stop, WorkerDeathPolicy onDeath)
        : m_rec(recorder), m_stop(std::move(stop)), m_workload(recorder.workload()),
          m_options(recorder.options()), m_total(recorder.taskCount()),
          m_arity(m_workload.kernelInfo().arity),
          m_window(m_total, static_cast<std::uint64_t>(m_options.effectiveChunksize(m_total))),
          m_faults(onDeath, m_options.taskTimeoutMs)
    {
    }
    ~FeedingJob() = default;
    FeedingJob(const FeedingJob &) = delete;
    FeedingJob &operator=(const FeedingJob &) = delete;

    RunRecorder &m_rec;
    std::stop_token m_stop;
    const Workload &m_workload;
    const RunOptions &m_options;
    const std::uint64_t m_total;
    const int m_arity;
    DispatchWindow m_window;       // the tasks not yet sent
    FaultPolicy m_faults;
};

} // namespace corescope::pool
