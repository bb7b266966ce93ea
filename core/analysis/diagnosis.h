#pragma once

#include "core/trace/runresult.h"

#include <optional>
#include <string>
#include <vector>

namespace corescope {

/// One value in a finding's sentence, kept typed so a front end can write it in its own locale.
struct FindingArg {
    enum class Type : std::uint8_t {
        Integer,   ///< value, whole
        Fixed,     ///< value with `decimals` decimals
        Percent,   ///< value 0..1 as a whole percentage
        Seconds,   ///< value in seconds, as formatDuration's fixed decimals
        Text,      ///< text as it is (a Python API's name)
        RunLabel,  ///< a run's label (RunOptions::label()), which a front end says in its language
    };
    Type type = Type::Integer;
    double value = 0.0;
    int decimals = 0;
    std::string text;
};

/// One plain-language statement about a run, backed by a number taken from its trace.
struct Finding {
    enum class Kind {
        Speedup,          ///< against the serial baseline
        // Each only when the run's trace shows it (tests/tst_diagnosis_runs.cpp runs each
        // kind's trigger and non-trigger):
        GilWait,          ///< threads waited for the emulated GIL >= 5 % (Python: off the CPU)
        StartUp,          ///< the union of workers' start-ups >= 10 % of the run
        Dispatch,         ///< tiny tasks (< 50 us) and >= 30 % of each worker's span between
                          ///< its tasks (measured gaps; start-up and the idle end excluded)
        Tail,             ///< a run that ended well: one worker alone >= 10 % of it at the end;
                          ///< "uneven tasks" only when its last tasks were long (>= 2 x median)
        Oversubscribed,   ///< computing workers > cores, not behind a GIL, more tasks running
                          ///< than cores >= 10 % of the time, cores busy when sampled
        MemoryBound,      ///< against a serial baseline: tasks >= 1.2x as long, no more tasks
                          ///< running than cores, no GIL
        Runtime,          ///< the same tasks' compute time in the other runtime
        HandBackDelay,    ///< Python processes: results took long to reach the caller (a copy)
        HeldResults,      ///< the API held every result until the last one (Pool.map)
        OffCpu,           ///< Python processes (or MPI ranks): tasks off the CPU >= 5 %, which
                          ///< is the OS's (a sleep, I/O, a busy core), never a shared GIL
    };
    Kind kind;
    double value = 0.0;   ///< the number behind the statement (a share 0..1, seconds, a ratio)
    std::string text;     ///< e.g. "threads waited for the GIL 49% of the time"
    /// The sentence with %1, %2, ... for `args`, in English, marked for translation in the
    /// context kDiagnosisContext: `text` is this format filled with the English args.
    const char *format = "";
    std::vector<FindingArg> args;
};
inline constexpr const char *kDiagnosisContext = "corescope::Diagnosis";
/// A finding's value as `text` writes it (English, '.' as decimal point).
std::string findingArgText(const FindingArg &arg);

/// Why this run took as long as it did, in plain English: each statement only when the
/// trace shows it clearly. `serialBaseline` (a serial run of the same workload) enables the
/// speedup statement and sharper memory-bound evidence.
std::vector<Finding> diagnose(const RunResult &run, const RunResult *serialBaseline = nullptr);

/// The finished tasks' time off the CPU, over those whose time off it is known: the emulated
/// GIL's waits (native threads), or wall minus thread CPU time (Python; read for every long
/// task and a sample of the short ones). What the diagnosis and the run summary both say.
struct OffCpuTime {
    std::int64_t offNs = 0;        ///< summed over the measured tasks
    std::int64_t measuredNs = 0;   ///< those tasks' whole time
    std::uint64_t measured = 0;    ///< finished tasks whose time off the CPU is known
    std::uint64_t done = 0;        ///< finished tasks
    double share() const { return measuredNs > 0 ? double(offNs) / double(measuredNs) : 0.0; }
    /// Counts one task (any task: only finished ones with their times count).
    void add(const TaskRecord &task);
};
OffCpuTime offCpuTime(const RunResult &run);

/// How long a run's tasks computed, kept after the run for comparing runtimes (a whole run
/// may hold a million tasks; this is a few numbers).
struct TaskCompute {
    Runtime runtime = Runtime::Native;
    KernelId kernel = KernelId::IsPrime;
    std::uint64_t taskCount = 0;      ///< the workload's, so only the same work compares
    double meanOnCpuNs = 0;           ///< a finished task's time on the CPU, on average
    std::string label;                ///< "Python processes × 2"
};
/// The tasks' compute time of a run that ended well and computed (its tasks were on the CPU
/// for at least 5 % of their time: a sleeping workload says nothing about a runtime's speed),
/// or nothing.
std::optional<TaskCompute> taskCompute(const RunResult &run);
/// The same tasks on the other runtime: "each task computed 38x as long in Python ...". Kind
/// Runtime, value the ratio Python / native. Nothing unless both computed the same work on
/// different runtimes.
std::optional<Finding> runtimeComparison(const TaskCompute &run, const TaskCompute &other);

} // namespace corescope
