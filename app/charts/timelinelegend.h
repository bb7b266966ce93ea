#pragma once

// The timeline's legend: one entry for each thing the chart draws for this run (task bars, GIL
// waits or holds, worker start-up, failures, held results, hand-back ticks), each with a swatch
// drawn as the chart draws it.

#include "core/exec/runoptions.h"

class QCPLegend;

namespace corescope::gui::timeline {

/// What a run's timeline shows, so what its legend lists.
struct LegendContent {
    bool gil = false;       ///< GIL waits (emulated or Python's)
    bool failed = false;    ///< failed or killed tasks
    bool cancelled = false; ///< tasks stopped by Cancel while they ran
    bool startup = false;   ///< worker start-up time
    bool python = false;    ///< the Python runtime: off-CPU time is the GIL or the OS
    bool holds = false;     ///< GIL holds: a bar is solid only while its worker held the GIL
    bool sampled = false;   ///< ... holds sampled from the threads' states, not recorded
    bool brief = false;     ///< short of room on screen: the labels without their "(... = ...)"
    Mode mode = Mode::Threads;   ///< names a Python task's wait (taskWaitLabel)
    int key() const
    {
        return (gil ? 1 : 0) | (failed ? 2 : 0) | (startup ? 4 : 0) | (python ? 8 : 0)
            | (holds ? 16 : 0) | (sampled ? 32 : 0) | (cancelled ? 1024 : 0) | (brief ? 2048 : 0)
            | (static_cast<int>(mode) << 6);
    }
};

/// Replaces `legend`'s entries with those `what` calls for, swatches sized for presentation
/// mode or not.
void fillLegend(QCPLegend *legend, const LegendContent &what, bool presentation);

} // namespace corescope::gui::timeline
