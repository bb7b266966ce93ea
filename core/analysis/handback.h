#pragma once

#include "core/trace/runresult.h"

#include <cstdint>
#include <optional>
#include <span>
#include <vector>

namespace corescope {

/// Results the caller holds without having them yet: a task has ended (its result exists, on
/// its way or waiting in the pool) and the API has not handed it to the caller's code. Pool.map
/// holds every result until the last one ends; imap and imap_unordered hand each over as it
/// comes (tutorial 004: "pool.map clogs the memory").
struct HeldResults {
    std::uint64_t peak = 0;       ///< most results held at once
    std::int64_t peakNs = -1;     ///< when that was first reached
};

/// The peak of results held, from the records' end and hand-back times. A task that ended and
/// was never handed back (a failed run) counts as held until the end.
HeldResults heldResults(std::span<const TaskRecord> tasks);

/// Results held at time t: tasks done by t (by their end) less those handed back by t.
std::uint64_t heldAt(std::span<const TaskRecord> tasks, std::int64_t tNs);

/// Each done task's time from its end to its hand-back to the caller, in record order (tasks
/// not handed back are left out).
std::vector<std::int64_t> handBackDelaysNs(std::span<const TaskRecord> tasks);

/// How long a result took from its task's end to the caller, the median over the run's done
/// tasks: the copy a result costs (pickled, sent through a pipe, unpickled) plus the caller's
/// wake-up. Only for APIs that hand results back as they complete (imap_unordered,
/// as_completed): an ordered API adds the wait for earlier results. Nothing for other runs or
/// fewer than 3 results.
std::optional<double> medianHandBackDelayNs(const RunResult &run);

} // namespace corescope
