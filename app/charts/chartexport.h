#pragma once

#include <QString>

class QCustomPlot;

namespace corescope::gui {

/// Writes a chart as PNG, SVG or PDF, chosen by the file's suffix, looking like the screen
/// (title, axis labels, legend). Returns an empty string, or the error in plain words.
QString exportPlot(QCustomPlot *plot, const QString &path, int width = 0, int height = 0);

/// The suffixes exportPlot() understands, for file dialogs: "PNG image (*.png);;...".
QString plotExportFilter();

} // namespace corescope::gui
