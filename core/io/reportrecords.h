#pragma once

// A run report's small records, each read from its JSON object by io::Field: the machine, the
// Python interpreter, the kernel's parameters, a worker, a CPU sample; and the number readers
// they share with the tasks (core/io/reportreader.cpp).

#include "core/io/fieldreader.h"
#include "core/trace/runresult.h"

#include <algorithm>
#include <climits>
#include <cstdint>
#include <limits>

namespace corescope::io {

/// An unsigned 64-bit value: a JSON integer, or a decimal string (above 2^53), or for bool
/// results true / false.
std::uint64_t unsignedValue(const Field &f, bool allowBool = false);

/// An integer in T's range; `nullable`: null reads as -1.
template <typename T>
T integerAs(const Field &f, bool nullable = false)
{
    const std::int64_t min = nullable ? std::max<std::int64_t>(std::numeric_limits<T>::min(), -1)
                                      : std::int64_t(std::numeric_limits<T>::min());
    const auto max = static_cast<std::int64_t>(
        std::min<std::uint64_t>(std::numeric_limits<T>::max(), INT64_MAX));
    return static_cast<T>(nullable ? f.integerOrNull(min, max) : f.integer(min, max));
}

/// "machine": the members given are set in `m`, the others kept.
void readMachine(const Field &f, MachineInfo &m);
/// "python" (not null): the interpreter a Python run used.
PythonInfo readPythonInfo(const Field &f);
/// "workload.params": the members given are set in `p`, the others kept.
void readKernelParams(const Field &f, KernelParams &p);
/// One of "workers": the members given are set in `w`.
void readWorkerRecord(const Field &f, WorkerRecord &w);
/// One of "samples": the members given are set in `s`.
void readCpuSample(const Field &f, CpuSample &s);

} // namespace corescope::io
