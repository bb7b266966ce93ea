#pragma once

#include "app/gui/messagebanner.h"
#include "core/analysis/rundigest.h"
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
        Correct,        ///< every update arrived (a lock, a Manager, one worker, or luck)
        LostUpdates,    ///< workers without a lock overwrote each other's updates
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

/// How a run ended, in the window's words: the status bar's state and, when there is
/// something to say (results that differ, a cancel, a failure), the banner's message.
struct RunEndMessage {
    QString state;   ///< "Done in 1.23 s", "Cancelled", "Failed"
    MessageBanner::Kind kind = MessageBanner::Kind::Info;
    QString banner;  ///< empty: nothing to say
    /// The progress bar's count: tasks that ended however, as it counted while the run went.
    std::uint64_t tasksEnded = 0;
    /// The progress bar's tooltip: how the tasks ended ("3 done, 1 failed, ..."), or empty
    /// when all of them are done.
    QString progressTip;
};
/// `digest` is `run`'s (digestRun): the counts, already made off the GUI thread.
RunEndMessage runEndMessage(const RunResult &run, const RunDigest &digest);

/// The side panel's description of a workload: name, kernel, task count, description (HTML).
QString workloadDetails(const Workload &workload);

} // namespace corescope::gui
