#pragma once

// What the speedup chart draws, as plain data (no widgets): the run history, a sweep and the
// Compare window build it, SpeedupChart paints it.

#include <QString>
#include <QtCore/qnamespace.h>

#include <vector>

namespace corescope::gui {

/// One measured point: a run (or the median of repeated runs) at a worker count.
struct SpeedupPoint {
    int workers = 1;
    double speedup = 1.0;       ///< serial wall time / this wall time
    double low = 0.0;           ///< whiskers (min / max over repeats); equal to speedup if one run
    double high = 0.0;
    double wallSeconds = 0.0;
    /// Its (median) run took under kShortRunSeconds: start-up and timer noise weigh on it, so
    /// its value is marked (a sweep's tables and warnings say the same).
    bool shortRun = false;
};

/// One line: a mode ("threads", "threads + GIL", "processes"), its points sorted by workers.
struct SpeedupSeries {
    QString name;
    std::vector<SpeedupPoint> points;
    /// Styling when several sources share a chart (Compare): the colour and marker by the
    /// series' position unless set, and a line style per source.
    int colorIndex = -1;
    int shapeIndex = -1;
    Qt::PenStyle lineStyle = Qt::SolidLine;
};

/// A vertical line at a core count ("8 cores", or "64 cores · server" when comparing).
struct CoreMarker {
    int cores = 0;
    QString label;   ///< empty: "N cores"
};

/// Amdahl's law fitted to a series, drawn thin and dotted beyond the measurements.
struct FitCurve {
    QString name;               ///< "threads: Amdahl fit (f = 3.1 %)"
    double serialFraction = 0.0;
    int colorIndex = 0;
};

} // namespace corescope::gui
