#pragma once

// Finished runs built by hand for the exporter tests (report, CSV, Chrome trace): no executor
// involved, every field set to a value that tells its own story.

#include "core/trace/runresult.h"

#include <memory>

namespace corescope::testruns {

inline TaskRecord task(std::uint32_t index, int worker, std::int64_t start, std::int64_t end,
                       std::uint64_t result, std::int32_t pid)
{
    TaskRecord t;
    t.index = index;
    t.worker = static_cast<std::int16_t>(worker);
    t.pid = pid;
    t.tid = pid;
    t.cpuStart = static_cast<std::int16_t>(worker);
    t.cpuEnd = static_cast<std::int16_t>(1 - worker);
    t.enqueueNs = start - 1'000;
    t.startNs = start;
    t.endNs = end;
    t.result = result;
    t.state = TaskState::Done;
    return t;
}

inline MachineInfo machine()
{
    MachineInfo m;
    m.logicalCores = 2;
    m.cpuModel = "Intel(R) Xeon(R) CPU @ 2.20GHz";
    m.os = "Debian GNU/Linux 12 (bookworm)";
    m.kernel = "Linux 6.1.0-18-amd64";
    m.hostname = "lab-01";
    return m;
}

/// is_prime over 5 listed inputs in 2 worker processes; worker 2 dies (SIGKILL) running task
/// 3, task 4 never starts. Expected results present; task 1's result mismatches.
inline RunResult failedPrimeRun()
{
    auto w = std::make_shared<Workload>();
    w->name = "Seed primes \"small\" \xc3\xa9t\xc3\xa9 \\ 5";
    w->description = "Trial division\nline two\ttab \x01 control";
    w->sourcePath = ":/workloads/seed-primes.json";
    w->kernel = KernelId::IsPrime;
    w->inputs = ExplicitInputs{{{112272535095293, 0},
                                {112582705942171, 0},
                                {9007199254740993, 0},   // 2^53 + 1: must stay exact
                                {18446744073709551557ull, 0},
                                {4, 0}}};
    w->expected = std::vector<std::uint64_t>{1, 0, 0, 1, 0};

    RunResult run;
    run.workload = w;
    run.options.mode = Mode::Processes;
    run.options.workers = 2;
    run.options.chunksize = 1;
    run.options.api = PyApi::PoolImapUnordered;
    run.options.sampleHz = 20;
    run.machine = machine();
    run.startedAt = "2025-11-24T10:15:00+0100";
    run.status = RunStatus::Failed;
    run.error = "worker 2 (pid 4243) was killed by signal 9 (SIGKILL) while running task 3 "
                "(input 18446744073709551557)";
    run.failedTask = 3;
    run.wallNs = 9'000'000;

    run.tasks.push_back(task(0, 0, 2'000'000, 4'500'000, 1, 4242));
    run.tasks.push_back(task(1, 1, 2'100'000, 3'000'000, 1, 4243));
    run.tasks[1].mismatch = true;
    run.tasks.push_back(task(2, 0, 4'500'000, 6'000'500, 0, 4242));
    TaskRecord died = task(3, 1, 3'000'100, -1, 0, 4243);
    died.state = TaskState::Failed;
    died.cpuEnd = -1;
    run.tasks.push_back(died);
    TaskRecord pending;
    pending.index = 4;
    run.tasks.push_back(pending);
    run.tasks[0].handedBackNs = 4'600'000;
    run.tasks[1].handedBackNs = 3'100'000;
    run.tasks[2].handedBackNs = 6'100'000;
    run.handOrder = {1, 0, 2};

    WorkerRecord w0;
    w0.id = 0;
    w0.pid = 4242;
    w0.tid = 4242;
    w0.spawnNs = 100'000;
    w0.readyNs = 1'900'000;
    w0.exitNs = 8'900'000;
    w0.tasksDone = 2;
    w0.busyNs = 4'000'500;
    WorkerRecord w1 = w0;
    w1.id = 1;
    w1.pid = 4243;
    w1.tid = 4243;
    w1.spawnNs = 150'000;
    w1.readyNs = 2'050'000;
    w1.exitNs = 7'000'000;
    w1.tasksDone = 1;
    w1.busyNs = 900'000;
    w1.exitReason = "killed by signal 9 (SIGKILL)";
    run.workers = {w0, w1};

    run.samples = {{5'000'000, {0.125f, 0.9f}},
                   {10'000'000, {1.0f, 0.0f}},
                   {15'000'000, {0.333333343f, 0.66f}}};
    return run;
}

/// gcd_naive over pairs in 2 threads with the emulated GIL: tasks wait for the GIL.
inline RunResult gilGcdRun()
{
    auto w = std::make_shared<Workload>();
    w->name = "Seed gcd pairs";
    w->kernel = KernelId::GcdNaive;
    w->inputs = ExplicitInputs{{{1963309, 2265973}, {2030677, 3814172}, {1551645, 2229620},
                                {2039045, 2020802}}};

    RunResult run;
    run.workload = w;
    run.options.mode = Mode::Threads;
    run.options.workers = 2;
    run.options.chunksize = 2;
    run.options.api = PyApi::PoolImap;
    run.options.gil = true;
    run.options.switchIntervalMs = 0.1;
    run.options.sampleHz = 50;
    run.machine = machine();
    run.startedAt = "2025-11-24T10:16:00+0100";
    run.status = RunStatus::Ok;
    run.wallNs = 40'000'000;
    const std::uint64_t results[] = {1, 1, 5, 1};
    std::int64_t t0 = 1'000'000;
    std::int64_t t1 = 1'000'000;
    for (std::uint32_t i = 0; i < 4; ++i) {
        const int worker = static_cast<int>(i % 2);
        std::int64_t &t = worker == 0 ? t0 : t1;
        TaskRecord rec = task(i, worker, t, t + 9'000'000, results[i], 777);
        rec.tid = 800 + worker;
        rec.gilWaitNs = 4'500'000;
        rec.handedBackNs = t + 9'100'000;
        run.tasks.push_back(rec);
        t += 9'000'000;
    }
    run.handOrder = {0, 1, 2, 3};
    for (int id = 0; id < 2; ++id) {
        WorkerRecord wr;
        wr.id = id;
        wr.pid = 777;
        wr.tid = 800 + id;
        wr.spawnNs = 10'000;
        wr.readyNs = 60'000;
        wr.exitNs = 39'000'000;
        wr.tasksDone = 2;
        wr.busyNs = 18'000'000;
        run.workers.push_back(wr);
    }
    for (int k = 1; k <= 4; ++k)
        run.samples.push_back({k * 10'000'000, {0.5f, 0.5f}});
    return run;
}

/// double over a generated range whose inputs and results pass 2^53, one serial worker.
inline RunResult bigRangeRun(std::uint64_t count = 6)
{
    auto w = std::make_shared<Workload>();
    w->name = "Big doubles";
    w->kernel = KernelId::Double;
    w->params.sleepMsPerUnit = 0.25;
    const std::uint64_t start = (std::uint64_t{1} << 60) + 1;
    w->inputs = RangeInputs{start, start + 3 * count, 3};

    RunResult run;
    run.workload = w;
    run.options.mode = Mode::Serial;
    run.options.workers = 1;
    run.options.api = PyApi::PoolMap;
    run.options.sampleHz = 0;
    run.machine = machine();
    run.startedAt = "2025-11-24T10:17:00+0100";
    run.status = RunStatus::Cancelled;
    run.wallNs = 1'000 + static_cast<std::int64_t>(count) * 1'000;
    for (std::uint32_t i = 0; i < count; ++i) {
        const std::int64_t s = 1'000 + std::int64_t{i} * 1'000;
        TaskRecord rec = task(i, 0, s, s + 700, 2 * w->input(i).a, 99);
        if (i + 1 == count) {   // cancelled before the last one finished
            rec.state = TaskState::Pending;
            rec.endNs = -1;
            rec.result = 0;
        }
        run.tasks.push_back(rec);
    }
    WorkerRecord wr;
    wr.id = 0;
    wr.pid = 99;
    wr.tid = 99;
    wr.readyNs = 0;
    wr.spawnNs = 0;
    wr.tasksDone = count - 1;
    run.workers.push_back(wr);
    return run;
}

/// sleep_ms repeated: a repeat generator and no workers or samples at all.
inline RunResult repeatRun()
{
    auto w = std::make_shared<Workload>();
    w->name = "Waits";
    w->kernel = KernelId::SleepMs;
    w->inputs = RepeatInputs{{5, 0}, 3};
    RunResult run;
    run.workload = w;
    run.status = RunStatus::Cancelled;
    run.tasks.resize(3);
    for (std::uint32_t i = 0; i < 3; ++i)
        run.tasks[i].index = i;
    return run;
}

} // namespace corescope::testruns
