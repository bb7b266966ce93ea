#pragma once

// The command line's --chart files, drawn by the same chart classes the window shows
// (offscreen, no display needed), so a chart on a slide looks like the one on screen.

#include "app/cli/commandline.h"

#include <string>

namespace corescope {
struct RunResult;
}

namespace corescope::gui {

/// A run's "timeline" or "cpu" chart into a PNG, SVG or PDF file, laid out at `size` (a PNG
/// has exactly width x height x scale pixels). Needs a QApplication. Empty or the error.
std::string renderRunChart(const RunResult &run, const std::string &kind, const std::string &path,
                           const cli::ChartFileSize &size = {});

/// Hands renderSweepChart() and renderRunChart() to the command line (cli::setChartRenderers).
void installHeadlessChartRenderers();

} // namespace corescope::gui
