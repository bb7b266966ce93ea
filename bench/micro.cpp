// Micro-benchmarks: what each piece of the per-task path costs on its own, so a per-task figure
// of `corescope-bench figures` can be explained (kernel, clock reads, CPU number, publishing to
// the recorder, the emulated GIL, one sampler tick), plus short end-to-end runs per chunksize.

#include "bench/figures.h"
#include "core/engine/runjob.h"
#include "core/exec/emulatedgil.h"
#include "core/kernels/kernel.h"
#include "core/sample/procstat.h"
#include "core/sample/threadstatesampler.h"
#include "core/trace/runrecorder.h"

#include <benchmark/benchmark.h>

#include <fcntl.h>
#include <sched.h>
#include <unistd.h>

#include <memory>
#include <numeric>
#include <stop_token>
#include <vector>

namespace corescope::bench {

namespace {


// Every task records at least four clock reads (enqueue, start, end, publish).
void BM_MonotonicNow(benchmark::State &state)
{
    for (auto _ : state)
        benchmark::DoNotOptimize(monotonicNowNs());
}
BENCHMARK(BM_MonotonicNow);

// Each task records the CPU it started and ended on.
void BM_SchedGetcpu(benchmark::State &state)
{
    for (auto _ : state)
        benchmark::DoNotOptimize(sched_getcpu());
}
BENCHMARK(BM_SchedGetcpu);

void BM_KernelDouble(benchmark::State &state)
{
    PlainKernelContext context;
    const KernelParams params;
    for (auto _ : state)
        benchmark::DoNotOptimize(runKernel(KernelId::Double, TaskInput{5, 0}, params, context));
}
BENCHMARK(BM_KernelDouble);

// Publishing finished tasks to the recorder, per task, in batches of range(0) tasks (the
// thread pool publishes up to 256 at a time).
void BM_RecorderPublish(benchmark::State &state)
{
    const auto batch = static_cast<std::size_t>(state.range(0));
    constexpr std::uint64_t kTasks = 1 << 20;
    RunOptions options;
    options.mode = Mode::Threads;
    options.api = PyApi::PoolImapUnordered;   // hands back as each is published
    auto recorder = std::make_unique<RunRecorder>(tinyTasks(kTasks), options);
    std::vector<std::uint32_t> indices(batch);
    std::uint32_t next = 0;
    for (auto _ : state) {
        if (next + batch > kTasks) {
            state.PauseTiming();
            recorder = std::make_unique<RunRecorder>(tinyTasks(kTasks), options);
            next = 0;
            state.ResumeTiming();
        }
        std::iota(indices.begin(), indices.end(), next);
        for (std::uint32_t i : indices)
            recorder->task(i).state = TaskState::Done;
        recorder->publishFinished(indices);
        next += static_cast<std::uint32_t>(batch);
    }
    state.SetItemsProcessed(state.iterations() * static_cast<std::int64_t>(batch));
}
BENCHMARK(BM_RecorderPublish)->Arg(1)->Arg(256);

// Uncontended acquire + release of the emulated GIL: what every task pays with --gil.
void BM_GilAcquireRelease(benchmark::State &state)
{
    EmulatedGil gil(std::chrono::milliseconds(5));
    std::stop_source stop;
    for (auto _ : state) {
        gil.acquire(stop.get_token());
        gil.release();
    }
}
BENCHMARK(BM_GilAcquireRelease);

// One reading of the GIL slices sampler (Python threads): pread a thread's
// /proc/PID/task/TID/schedstat and parse its on-CPU time, once per thread per millisecond.
void BM_ThreadStateRead(benchmark::State &state)
{
    const std::string path = "/proc/" + std::to_string(getpid()) + "/task/"
        + std::to_string(gettid()) + "/schedstat";
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        state.SkipWithError("cannot open the thread's schedstat file");
        return;
    }
    char buffer[128];
    for (auto _ : state)
        benchmark::DoNotOptimize(readThreadCpuNs(fd, buffer, sizeof buffer));
    ::close(fd);
}
BENCHMARK(BM_ThreadStateRead);

// One sampler tick: pread /proc/stat and parse it (the sampler's whole work, 20 times a second).
void BM_ProcStatTick(benchmark::State &state)
{
    const int fd = ::open("/proc/stat", O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        state.SkipWithError("cannot open /proc/stat");
        return;
    }
    std::vector<char> buffer(64 * 1024);
    ProcStatReading reading;
    for (auto _ : state) {
        const ssize_t n = ::pread(fd, buffer.data(), buffer.size(), 0);
        benchmark::DoNotOptimize(
            parseProcStat(std::string_view(buffer.data(), static_cast<std::size_t>(n)), reading));
    }
    ::close(fd);
}
BENCHMARK(BM_ProcStatTick);

// End to end: 200,000 `double` tasks, 2 workers, chunksize range(1); us_per_task is wall time
// per task including worker start-up, as the figures measure it (over fewer tasks).
void runTiny(benchmark::State &state, Mode mode)
{
    constexpr std::uint64_t kTasks = 200'000;
    auto workload = tinyTasks(kTasks);
    RunOptions options;
    options.mode = mode;
    options.workers = 2;
    options.chunksize = static_cast<int>(state.range(0));
    double wallNs = 0;
    for (auto _ : state) {
        RunJob job(workload, options);
        job.run({});
        const RunResult r = job.recorder().takeResult();
        if (r.status != RunStatus::Ok) {
            state.SkipWithError(r.error.c_str());
            return;
        }
        wallNs += static_cast<double>(r.wallNs);
    }
    state.counters["us_per_task"] =
        wallNs / 1e3 / static_cast<double>(kTasks) / static_cast<double>(state.iterations());
    state.SetItemsProcessed(state.iterations() * static_cast<std::int64_t>(kTasks));
}

void BM_ThreadsTinyTasks(benchmark::State &state)
{
    runTiny(state, Mode::Threads);
}
BENCHMARK(BM_ThreadsTinyTasks)->Arg(1)->Arg(1000)->Unit(benchmark::kMillisecond)->UseRealTime();

void BM_ProcessesTinyTasks(benchmark::State &state)
{
    runTiny(state, Mode::Processes);
}
BENCHMARK(BM_ProcessesTinyTasks)->Arg(1)->Arg(1000)->Unit(benchmark::kMillisecond)->UseRealTime();

} // namespace

} // namespace corescope::bench
