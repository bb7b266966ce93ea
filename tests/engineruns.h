#pragma once

// Runs through the engine for the suites that check what a run shows (tst_executors,
// tst_lesson_outcomes): a shipped workload by id, and a run waited for to its end.

#include "tests/timing.h"
#include "core/engine/runsession.h"
#include "core/workload/catalog.h"

#include <QtGlobal>

#include <chrono>
#include <memory>
#include <string>
#include <string_view>

namespace corescope::test {

// A shipped workload; a missing one stops the suite (the catalog is not what is under test).
inline std::shared_ptr<const Workload> shippedWorkload(std::string_view id)
{
    auto loaded = resolveWorkload(std::string(id));
    if (auto *e = std::get_if<WorkloadError>(&loaded))
        qFatal("%s", e->toString().c_str());
    return std::make_shared<const Workload>(std::get<Workload>(std::move(loaded)));
}

// Runs to the end (scaled bound: `bound` on a release build on a quiet machine).
inline RunResult runToEnd(std::shared_ptr<const Workload> workload, const RunOptions &options,
                          std::chrono::milliseconds bound = std::chrono::minutes(2))
{
    RunSession session(std::move(workload), options);
    session.start();
    if (!session.waitFor(scaled(bound)))
        qFatal("a run did not finish within %d ms", scaledMs(double(bound.count())));
    return session.recorder().result();
}

} // namespace corescope::test
