#pragma once

// What the process pool does when a worker fails it: the task timeout, respawn or fail, and
// the grace periods of a worker that should be exiting. Decisions only: no processes, no
// clocks of its own (every time is passed in), so each rule can be tested from its inputs.

#include "core/exec/runoptions.h"
#include "core/util/buildslowdown.h"

#include <cstdint>
#include <string>
#include <unordered_map>

namespace corescope::pool {

/// Pool budgets, each with its reason.
/// After Shutdown a worker gets this long to exit before it is killed (longer in a sanitizer
/// build, whose workers exit slowly: core/util/buildslowdown.h).
inline constexpr int kShutdownGraceMs = 500 * kSanitizerSlowdown;
/// After a worker closed its end, how long its exit may take before it is killed (scaled the
/// same way).
inline constexpr int kExitWaitMs = 300 * kSanitizerSlowdown;
/// After SIGKILL, how long to keep reading what the killed workers had already sent.
inline constexpr int kDrainMs = 40;
/// Worker ids (task records keep them in 16 bits): respawns stop here.
inline constexpr int kMaxWorkerId = 32'000;

/// The rules for one run, from its options (onWorkerDeath, taskTimeoutMs). Remembers which
/// task killed which worker (respawn's "killed two workers"). Not thread-safe.
class FaultPolicy final {
public:
    FaultPolicy(WorkerDeathPolicy onDeath, int taskTimeoutMs)
        : m_onDeath(onDeath), m_timeoutMs(taskTimeoutMs)
    {
    }

    // ---- the task timeout ----
    bool hasTimeout() const { return m_timeoutMs > 0; }
    int timeoutMs() const { return m_timeoutMs; }
    /// How long a task that started at `startNs` may still run at `nowNs`; <= 0: it is
    /// overdue and its worker is to be killed. Precondition: hasTimeout().
    std::int64_t timeLeftNs(std::int64_t startNs, std::int64_t nowNs) const
    {
        return startNs + std::int64_t{m_timeoutMs} * 1'000'000 - nowNs;
    }
    /// "timed out after T ms", for the messages.
    std::string timedOutText() const;

    // ---- exit grace ----
    /// How long a worker told to go at `shutdownAtNs` may still take, in ms; <= 0: kill it.
    static std::int64_t shutdownGraceLeftMs(std::int64_t shutdownAtNs, std::int64_t nowNs)
    {
        return kShutdownGraceMs - (nowNs - shutdownAtNs) / 1'000'000;
    }
    /// A wait in ns as poll() takes it: whole ms, rounded up (a deadline is never slept past).
    static int pollMs(std::int64_t ns) { return static_cast<int>((ns + 999'999) / 1'000'000); }

    // ---- a worker's end ----
    /// Whether a worker whose stream ended lost nothing: it had no task outstanding and it was
    /// told to go, or the run is complete, or it was killed for a timeout only after its last
    /// result came in. Otherwise it died (onDeath()).
    static bool endedCleanly(bool tasksOutstanding, bool shutdownSent, bool runFinished,
                             bool timedOut)
    {
        return !tasksOutstanding && (shutdownSent || runFinished || timedOut);
    }

    /// What follows a worker's death.
    struct Verdict {
        enum class Action : std::uint8_t {
            Continue,   ///< nothing was lost (respawn, an idle worker): carry on
            Retry,      ///< respawn: its unfinished tasks go to a new worker
            Fail,       ///< the run fails with `message`; the others are stopped for `stopReason`
        };
        Action action = Action::Fail;
        std::string message;
        std::string stopReason;
    };
    /// A worker died while running `task` (-1: idle), described by `taskText` ("task N (input
    /// X)"). `message` says how it died, `stopReason` why the others are stopped if the run
    /// fails. Fail policy: the run fails. Respawn: an idle worker's death loses nothing; the
    /// task's first death retries it; its second fails the run ("task N (input X) killed two
    /// workers: <first death>; then <this one>").
    Verdict onDeath(std::int64_t task, const std::string &taskText, std::string message,
                    std::string stopReason);

    /// Whether another worker (id `nextId`) may be started.
    static bool mayStartWorker(int nextId) { return nextId < kMaxWorkerId; }

private:
    WorkerDeathPolicy m_onDeath;
    int m_timeoutMs;
    std::unordered_map<std::uint32_t, std::string> m_firstDeath; // task -> the death it caused
};

} // namespace corescope::pool
