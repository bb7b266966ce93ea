#pragma once

// A sweep (live, or reopened from its report) turned into what the speedup and efficiency
// charts draw, shared by the Sweep tab, the Compare window and the headless --chart writer so
// all three look the same.

#include "app/charts/speedupchartdata.h"
#include "app/cli/commandline.h"
#include "core/engine/sweep.h"

#include <QString>

#include <vector>

namespace corescope::gui {

/// One series per parallel mode, in the order the sweep lists them: median speedup with the
/// min / max of the repeats as whiskers. Points without a successful run are left out. The
/// colour follows the mode (threads, threads + GIL, processes), so two sweeps compare.
std::vector<SpeedupSeries> sweepSpeedupSeries(const SweepResult &sweep);
/// The Amdahl fit of each series as a dotted curve, in the series' colour, named with f's 95 %
/// interval; none for a fit of one point (a curve without an uncertainty).
std::vector<FitCurve> sweepFitCurves(const SweepResult &sweep);
/// The colour index a mode keeps on every sweep chart.
int sweepSeriesColor(const SweepSeries &series);
/// "server-1 · AMD EPYC 7763, 64 logical cores"
QString machineText(const MachineInfo &machine);
/// "Seed primes (50) · serial time 1.20 s · AMD EPYC ..., 64 logical cores"
QString sweepSubtitle(const SweepResult &sweep);

/// Draws the sweep's speedup ("speedup") or efficiency ("efficiency") chart into a PNG, SVG
/// or PDF file offscreen, as the Sweep tab shows it, laid out at `size` (a PNG has exactly
/// width x height x scale pixels). Needs a QApplication. Empty or the error.
std::string renderSweepChart(const SweepResult &sweep, const std::string &kind,
                             const std::string &path, const cli::ChartFileSize &size = {});

} // namespace corescope::gui
