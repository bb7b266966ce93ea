#pragma once

#include "core/exec/runoptions.h"
#include "core/trace/runresult.h"
#include "core/workload/workload.h"

#include <QString>

#include <cstdint>
#include <optional>

namespace corescope::gui {

/// The shared-state lesson's outcome: the total the finished tasks added, the total the
/// caller sees, and why they agree or not, in plain words.
struct SharedCounterOutcome {
    enum class Verdict {
        Correct,        ///< every update arrived (a lock, shared memory, or one worker)
        LostUpdates,    ///< threads without a lock overwrote each other's updates
        OwnCopies,      ///< processes added to their own copies: the caller's total stays 0
        Different,      ///< anything else (should not happen)
    };
    Verdict verdict = Verdict::Correct;
    std::uint64_t expected = 0;
    std::uint64_t actual = 0;
    QString headline;   ///< "expected 8,000,000, the caller sees 4,123,456: 3,876,544 updates lost"
    QString why;        ///< the reason, in a sentence or two
};

/// For a run of the shared_counter kernel that recorded the caller's total; nullopt otherwise.
std::optional<SharedCounterOutcome> sharedCounterOutcome(const RunResult &run);

/// Why a workload whose kernel kills its process (the crash kernel) cannot run in `options`'
/// mode: threads and serial tasks run inside Corescope's own process, so the crash would take
/// the whole program down, as it would a Python program. Empty when the run is possible.
QString crashExplanation(const Workload &workload, const RunOptions &options);

} // namespace corescope::gui
