#include "core/engine/runjob.h"

#include "core/exec/executor.h"
#include "core/exec/mpiexecutor.h"
#include "core/exec/pythonexecutor.h"
#include "core/sample/cpusampler.h"
#include "core/workload/workloadparser.h"

#include <unistd.h>

namespace corescope {

std::string checkRunnable(const Workload &workload, const RunOptions &options)
{
    if (std::string problem = options.validate(); !problem.empty())
        return problem;
    if (workload.taskCount() == 0)
        return "the workload \"" + workload.name + "\" has no tasks";
    // Every task gets a record up front (~80 bytes): refuse before allocating, as the parser
    // does, also for workloads built in code or read back from a report.
    if (workload.taskCount() > kMaxWorkloadTasks)
        return "the workload \"" + workload.name + "\" has " + std::to_string(workload.taskCount())
            + " tasks, more than the limit of " + std::to_string(kMaxWorkloadTasks)
            + " per run (every task keeps a trace record)";
    if (workload.kernel == KernelId::MemSweep) {
        // Every worker allocates its own buffer: refuse what would push the machine into swap
        // or the OOM killer rather than find out.
        const std::uint64_t workers =
            options.mode == Mode::Serial ? 1 : static_cast<std::uint64_t>(options.workers);
        const std::uint64_t needMiB = workload.params.bufferMiB * workers;
        const long pages = sysconf(_SC_PHYS_PAGES);
        const long pageSize = sysconf(_SC_PAGESIZE);
        if (pages > 0 && pageSize > 0) {
            const std::uint64_t haveMiB =
                static_cast<std::uint64_t>(pages) * static_cast<std::uint64_t>(pageSize) >> 20;
            if (needMiB > haveMiB / 2)
                return "the mem_sweep kernel needs " + std::to_string(workload.params.bufferMiB)
                    + " MiB per worker x " + std::to_string(workers) + " = "
                    + std::to_string(needMiB) + " MiB, more than half of this machine's memory ("
                    + std::to_string(haveMiB) + " MiB): lower buffer_mib or the workers";
        }
    }
    if (workload.python && options.runtime != Runtime::Python)
        return "the workload \"" + workload.name + "\" runs your own Python function ("
            + workload.python->file + ": " + workload.python->function
            + "): only the Python runtime runs it (--runtime python, or Runtime: Python in the "
              "window)";
    if (workload.kernel == KernelId::SharedCounter
        && workload.params.counterSync == CounterSync::Manager
        && options.runtime != Runtime::Python)
        return "the workload \"" + workload.name + "\" has params.sync \""
            + std::string(counterSyncWorkloadName(CounterSync::Manager))
            + "\": a multiprocessing Manager is Python's, and only the Python runtime runs it "
              "(--runtime python, or Runtime: Python in the window)";
    if (options.mode == Mode::Mpi) {
        if (options.runtime == Runtime::Python)
            return "MPI ranks run the native kernels only: the Python runtime's MPI mode "
                   "(mpi4py.futures) is not built yet";
        if (workload.kernel == KernelId::SharedCounter
            && counterInSharedMemory(workload.params.counterSync))
            return "the shared_counter kernel's counter in shared memory cannot span MPI ranks "
                   "(they may be on other hosts): use processes mode";
        if (options.processPerTask)
            return "MPI ranks are started once per run: a new process per task is the process "
                   "pool's option";
        if (options.onWorkerDeath == WorkerDeathPolicy::Respawn)
            return "MPI ranks cannot be replaced during a run: a dead rank fails it "
                   "(--on-worker-death respawn is the process pool's option)";
        if (std::string why = mpiAvailability(options.mpirunPath); !why.empty())
            return why;
    }
    if (options.runtime == Runtime::Python) {
        if (const PythonProbe python = probePython(options.pythonPath); !python.error.empty())
            return python.error;
        if (std::string error; pythonDriverPath(error).empty())
            return error;
        return {};   // a crash in Python threads ends the interpreter, not Corescope
    }
    if (workload.kernelInfo().killsProcess && options.mode != Mode::Processes
        && options.mode != Mode::Mpi)
        return "the " + std::string(workload.kernelInfo().name)
            + " kernel kills the process that runs it. In " + std::string(modeName(options.mode))
            + " mode that process is Corescope itself: one crashing thread takes the whole "
              "program down, which is why Python's threads can't survive it either. Run it in "
              "processes mode, where only a worker dies and the pool reports it.";
    return {};
}

RunJob::RunJob(std::shared_ptr<const Workload> workload, const RunOptions &options,
               std::unique_ptr<Executor> executor)
    : m_recorder(std::move(workload), options),
      m_executor(executor ? std::move(executor) : makeExecutor(options))
{
}

void RunJob::run(std::stop_token stop)
{
    m_recorder.setMachine(MachineInfo::current());
    std::unique_ptr<CpuSampler> sampler;
    if (const int hz = m_recorder.options().sampleHz; hz > 0) {
        sampler = makeCpuSampler(
            [this](CpuSample sample) { m_recorder.addSample(std::move(sample)); },
            [this] { return m_recorder.now(); }, hz);
        if (sampler)
            sampler->start();
    }
    if (m_executor)
        m_executor->run(m_recorder, stop);
    if (m_recorder.workload().kernel == KernelId::SharedCounter && !m_recorder.sharedTotal()) {
        // Worker processes added to their own copies; the caller still sees its own,
        // untouched one (the seeds' empty results dict).
        m_recorder.setSharedTotal(processLocalCounter().load());
    }
    if (sampler)
        sampler->stop();
    m_recorder.finish();
}

} // namespace corescope
