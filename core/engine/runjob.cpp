#include "core/engine/runjob.h"

#include "core/exec/executor.h"
#include "core/exec/mpiexecutor.h"
#include "core/exec/pythonexecutor.h"
#include "core/sample/cpusampler.h"
#include "core/util/enginetext.h"
#include "core/workload/workloadparser.h"

#include <unistd.h>

namespace corescope {

std::string nativeRefusal(const Workload &workload)
{
    if (workload.python)
        return text::formatEngineText(
            text::kOwnPythonNeedsPython,
            {workload.name, workload.python->file, workload.python->function});
    if (workload.kernel == KernelId::SharedCounter
        && workload.params.counterSync == CounterSync::Manager)
        return text::formatEngineText(
            text::kManagerNeedsPython,
            {workload.name, counterSyncWorkloadName(CounterSync::Manager)});
    return {};
}

std::string checkRunnable(const Workload &workload, const RunOptions &options)
{
    if (std::string problem = options.validate(); !problem.empty())
        return problem;
    if (workload.taskCount() == 0)
        return text::formatEngineText(text::kWorkloadNoTasks, {workload.name});
    // Every task gets a record up front (~80 bytes): refuse before allocating, as the parser
    // does, also for workloads built in code or read back from a report.
    if (workload.taskCount() > kMaxWorkloadTasks)
        return text::formatEngineText(text::kWorkloadTooManyTasks,
                                      {workload.name, std::to_string(workload.taskCount()),
                                       std::to_string(kMaxWorkloadTasks)});
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
                return text::formatEngineText(
                    text::kMemSweepTooBig,
                    {std::to_string(workload.params.bufferMiB), std::to_string(workers),
                     std::to_string(needMiB), std::to_string(haveMiB)});
        }
    }
    if (options.runtime != Runtime::Python)
        if (std::string why = nativeRefusal(workload); !why.empty())
            return why;
    if (options.mode == Mode::Mpi) {
        if (options.runtime == Runtime::Python && options.api != PyApi::ExecutorMap
            && options.api != PyApi::SubmitAsCompleted)
            return text::formatEngineText(text::kMpiPythonApi, {pyApiName(options.api)});
        if (workload.kernel == KernelId::SharedCounter
            && counterInSharedMemory(workload.params.counterSync))
            return text::kMpiSharedCounter;
        if (workload.kernel == KernelId::SharedCounter
            && workload.params.counterSync == CounterSync::Manager)
            return text::kMpiManager;
        if (options.processPerTask)
            return text::kMpiProcessPerTask;
        if (options.onWorkerDeath == WorkerDeathPolicy::Respawn)
            return text::kMpiRespawn;
        if (std::string why = mpiAvailability(options.mpirunPath); !why.empty())
            return why;
    }
    if (options.runtime == Runtime::Python) {
        const PythonProbe python = probePython(options.pythonPath);
        if (!python.error.empty())
            return python.error;
        if (options.mode == Mode::Mpi && python.mpi4py.empty())
            return text::formatEngineText(text::kMpiNoMpi4py, {python.interpreter, python.version});
        if (std::string error; pythonDriverPath(error).empty())
            return error;
        return {};   // a crash in Python threads ends the interpreter, not Corescope
    }
    if (workload.kernelInfo().killsProcess && options.mode != Mode::Processes
        && options.mode != Mode::Mpi)
        return text::formatEngineText(text::kKernelKillsCorescope,
                                      {workload.kernelInfo().name, modeName(options.mode)});
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
            [this](CpuSample sample) { m_recorder.addSampleTakenAt(std::move(sample)); },
            [] { return monotonicNowNs(); }, hz);
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
