#pragma once

#include "core/kernels/kernel.h"

#include <cstdint>
#include <optional>
#include <string>
#include <variant>
#include <vector>

namespace corescope {

/// Inputs given one by one in the file.
struct ExplicitInputs {
    std::vector<TaskInput> values;
};
/// {"range": {"start": a, "stop": b, "step": s}}: a, a+s, ... < b (Python's range, step > 0).
struct RangeInputs {
    std::uint64_t start = 0;
    std::uint64_t stop = 0;
    std::uint64_t step = 1;
};
/// {"repeat": {"value": v, "count": n}}: n copies of v, so a million tasks are a few bytes.
struct RepeatInputs {
    TaskInput value;
    std::uint64_t count = 0;
};
using InputSource = std::variant<ExplicitInputs, RangeInputs, RepeatInputs>;

/// A kernel and the list of task inputs it runs over, with optional expected results.
/// Generated inputs are never materialised: input(i) computes them.
/// A workload's own Python function instead of a kernel: "python": {"file": "primes.py",
/// "function": "is_prime"}, the file relative to the workload's.
struct PythonFunction {
    std::string file;       ///< as written in the workload
    std::string path;       ///< resolved against the workload's folder (a ":/" resource path
                            ///< for a shipped workload)
    std::string function;
    /// "in_main": true: the function is defined in the running program's __main__, as a
    /// notebook cell or an interactive session defines it, not in a module a child process can
    /// import. Under spawn and forkserver the workers then cannot find it (tutorial 002's
    /// BrokenProcessPool); under fork they inherit it.
    bool inMain = false;
    /// The function returns True / False: the workload's "expected" results are true / false,
    /// or, without "expected", a finished run saw every result it handed back be a bool (the
    /// driver's V; RunRecorder::finish gives that run a copy of its workload that says so).
    /// The trace carries a result as a number (a bool as 1 / 0); this shows it as a bool again.
    bool boolResults = false;
    friend bool operator==(const PythonFunction &, const PythonFunction &) = default;
};

class Workload {
public:
    std::string name;
    std::string description;
    std::string sourcePath;          ///< file it was read from, or ":/workloads/x.json"
    KernelId kernel = KernelId::IsPrime;
    KernelParams params;
    InputSource inputs;
    std::optional<std::vector<std::uint64_t>> expected;   ///< one per task when present
    std::optional<PythonFunction> python;   ///< set when kernel is KernelId::PythonFunction

    std::uint64_t taskCount() const;
    TaskInput input(std::uint64_t index) const;
    const KernelInfo &kernelInfo() const { return corescope::kernelInfo(kernel); }
    /// The kernel's result kind, or for the user's own function what its expected results (or
    /// a finished run's results, PythonFunction::boolResults) are.
    ResultKind resultKind() const
    {
        return python && python->boolResults ? ResultKind::Bool : kernelInfo().result;
    }
    /// A result as formatResult() writes it, for this workload's result kind.
    std::string resultText(std::uint64_t value) const { return formatResult(resultKind(), value); }

    /// The task's input as formatInput() writes it, or "" for an index this workload does not
    /// have (a run whose records and workload disagree must not crash an export).
    /// `taskCount` is taskCount(), computed once by the caller.
    std::string inputText(std::uint64_t taskCount, std::uint64_t index) const
    {
        return index < taskCount ? formatInput(kernel, input(index)) : std::string();
    }
};

} // namespace corescope
