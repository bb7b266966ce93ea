#pragma once

#include "core/workload/workload.h"

#include <cstdint>
#include <memory>

namespace corescope::bench {

/// `count` tasks doubling 5: the smallest task there is, so a run measures dispatch alone.
std::shared_ptr<const Workload> tinyTasks(std::uint64_t count);

/// `corescope-bench figures [--python FILE] [--json FILE] [--quick] [--only GROUP,...]`:
/// measures the speed targets of issue 2 and the GIL comparison of issue 4 on this machine,
/// prints each as name, value, target and PASS / MISS, beside Python's figures when
/// python_pools.py's output is given. Returns 0 even when a target is missed (it is a report);
/// 2 on bad usage, 1 when a run itself failed.
int runFigures(int argc, char **argv);

} // namespace corescope::bench
