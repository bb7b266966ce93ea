#pragma once

#include <QString>

class QCustomPlot;

namespace corescope::gui {

/// The size a chart is exported at when none is asked for: a 16:9 slide.
inline constexpr int kDefaultExportWidth = 1280;
inline constexpr int kDefaultExportHeight = 720;

/// Writes a chart as PNG, SVG or PDF, chosen by the file's suffix, looking like the screen
/// (title, axis labels, legend), laid out at `width` x `height` (0: the default slide size).
/// A PNG has exactly width x height pixels times `scale` (2: the same layout with twice the
/// pixels, for sharp high-DPI projectors; only when asked for). SVG and PDF ignore `scale`.
/// The SVG's font families end in a CSS generic family ("sans-serif"). Returns an empty
/// string, or the error in plain words.
QString exportPlot(QCustomPlot *plot, const QString &path, int width = 0, int height = 0,
                   double scale = 1.0);

/// The font-family attributes of an SVG made readable by any SVG viewer: Qt writes the
/// QFont's family ("Sans Serif", a fontconfig alias, not a CSS family); each becomes a list
/// ending in a generic family ("'DejaVu Sans', sans-serif"; "Sans Serif" is "sans-serif").
QByteArray withGenericFontFamilies(const QByteArray &svg);

/// The suffixes exportPlot() understands, for file dialogs: "PNG image (*.png);;...".
QString plotExportFilter();

} // namespace corescope::gui
