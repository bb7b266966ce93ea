#pragma once

namespace corescope::gui {

/// Opens the window: `corescope [WORKLOAD]`. Builds the QApplication, so call it instead of
/// constructing one. Besides the optional workload (a shipped id or name, or a JSON file) it
/// takes hidden options for scripted demos and screenshots:
///   --run, --mode M, --workers N, --chunksize N, --api A (--ordering O, its older name),
///   --gil, --presentation, --tab live|speedup|results, --window-size WxH, --screenshot FILE, --quit-after-run.
/// Returns the process exit code.
int guiMain(int argc, char *argv[]);

} // namespace corescope::gui
