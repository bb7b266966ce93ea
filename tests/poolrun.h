#pragma once

// Runs the process pool on a thread of its own, as the engine does, and times it: the harness of
// tst_processpool and tst_faults.

#include "core/exec/processpoolexecutor.h"
#include "core/trace/runrecorder.h"

#include <chrono>
#include <functional>
#include <memory>
#include <stop_token>
#include <thread>

namespace corescope::test {

struct PoolRun {
    RunResult result;
    std::int64_t runMs = 0;              ///< run() from call to return
    std::int64_t returnedNs = 0;         ///< the recorder's clock when run() returned
    std::int64_t returnAfterStopMs = -1; ///< from the stop request to run() returning
};

/// `during` runs on this thread while the pool runs and may request a stop through the source
/// it is given.
inline PoolRun runPool(std::shared_ptr<const Workload> wl, const RunOptions &options,
                       const std::function<void(RunRecorder &, std::stop_source &)> &during = {})
{
    using Clock = std::chrono::steady_clock;
    RunRecorder rec(std::move(wl), options);
    ProcessPoolExecutor exec;
    PoolRun out;
    Clock::time_point stopAt{};
    Clock::time_point returned{};
    {
        const auto t0 = Clock::now();
        std::jthread t([&](std::stop_token st) {
            exec.run(rec, st);
            out.returnedNs = rec.now();
            returned = Clock::now();
        });
        if (during) {
            std::stop_source source = t.get_stop_source();
            during(rec, source);
            if (source.stop_requested())
                stopAt = Clock::now();
        }
        t.join();
        out.runMs = std::chrono::duration_cast<std::chrono::milliseconds>(returned - t0).count();
        if (stopAt != Clock::time_point{})
            out.returnAfterStopMs =
                std::chrono::duration_cast<std::chrono::milliseconds>(returned - stopAt).count();
    }
    rec.finish();
    out.result = rec.result();
    return out;
}

} // namespace corescope::test
