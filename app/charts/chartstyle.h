#pragma once

// Shared look of every Corescope chart: palette, fonts and pens for the screen and for the
// projector (presentation mode), and the frame around the plot (title, subtitle, legend row).
// Internal to app/charts.

#include "app/charts/qcpinclude.h"

#include <QColor>
#include <QFont>
#include <QFontMetrics>
#include <QString>

#include <algorithm>
#include <functional>
#include <vector>

namespace corescope::gui::chartstyle {

/// Distinct, colour-blind-safe series colours (Okabe-Ito, without red, which means "failed").
QColor seriesColor(int i);
/// Per-core line colours for up to 8 cores.
QColor coreColor(int i);
QColor failedColor();
QColor startupColor();
QColor textColor();
/// a blended towards b by t (0 = a, 1 = b).
QColor mix(const QColor &a, const QColor &b, double t);
/// Black or white, whichever reads better on `background`.
QColor contrastingText(const QColor &background);
/// Diagonal hatching over `rect`, drawn as lines (pattern brushes do not survive SVG export).
void drawHatch(QPainter *painter, const QRectF &rect, const QColor &color, double spacing,
               double width);

/// A task bar that has no end of its own: running now, or stopped by Cancel. The lane's colour
/// lightened, inside a dashed outline of it.
void drawOpenBar(QPainter *painter, const QRectF &rect, const QColor &laneColor,
                 bool presentation);

enum class FontRole { Title, Subtitle, AxisLabel, TickLabel, Legend, Annotation, BarLabel };
QFont font(FontRole role, bool presentation);

/// Widths in pixels for data lines.
double lineWidth(bool presentation);
double thickLineWidth(bool presentation);

/// Fonts, pens and grid of every axis of every axis rect of `plot`.
void styleAxes(QCustomPlot *plot, bool presentation);

/// A title or subtitle that wraps onto more lines when the chart is narrower than the text
/// (a long machine name in presentation mode), instead of being cut off at both ends.
class HeaderText final : public QCPTextElement {
public:
    explicit HeaderText(QCustomPlot *plot);

protected:
    QSize minimumOuterSizeHint() const override;
    QSize maximumOuterSizeHint() const override;

private:
    QSize wrappedSize() const;

    // The text's wrapped size, for the text, font and width it was measured at: a chart asks
    // for it on every replot (each layout pass, twice), and measuring wrapped text shapes it,
    // 8 % of the replots' time during a run (perf, corescope-gui-bench).
    mutable QString m_measuredText;
    mutable QFont m_measuredFont;
    mutable int m_measuredWidth = -1;
    mutable QSize m_measured;
};

/// The row under the plot holding the legend, centred: it re-flows the legend into as many
/// columns as fit the chart's width (up to a maximum) each time the chart is laid out, on the
/// screen and at an export's size alike.
class LegendRow final : public QCPLayoutGrid {
public:
    explicit LegendRow(QCPLegend *legend) : m_legend(legend) {}
    void setMaxColumns(int columns) { m_maxColumns = std::max(1, columns); }

protected:
    QSize minimumOuterSizeHint() const override;

private:
    void fit() const;
    QCPLegend *m_legend;
    int m_maxColumns = 6;
};

/// Builds the layout every chart shares and keeps its parts:
///   row 0: title, row 1: subtitle (only when there is one), row 2: body (axis rects),
///   row 3: the legend, centred, items side by side.
class ChartFrame final {
public:
    explicit ChartFrame(QCustomPlot *plot);

    QCPLayoutGrid *body() const { return m_body; }
    QCPLegend *legend() const { return m_plot->legend; }
    void setTitle(const QString &title, const QString &subtitle);
    QString title() const;
    QString subtitle() const;
    void setLegendColumns(int columns);
    void setLegendVisible(bool visible);
    /// Fonts and pens of the title, subtitle, legend and axes. `tightLegend`: presentation
    /// fonts with the legend's small swatches and spacing (a chart short of room: its legend
    /// in fewer rows).
    void applyStyle(bool presentation, bool tightLegend = false);

private:
    QCustomPlot *m_plot;
    QCPLayoutGrid *m_header = nullptr;
    HeaderText *m_title = nullptr;
    HeaderText *m_subtitle = nullptr;
    QCPLayoutGrid *m_body = nullptr;
    LegendRow *m_legendRow = nullptr;
    bool m_subtitleShown = false;
};

/// A legend entry that is not a plottable: a swatch drawn by a function, and a text.
class SwatchLegendItem final : public QCPAbstractLegendItem {
public:
    using IconPainter = std::function<void(QCPPainter *, const QRectF &)>;
    SwatchLegendItem(QCPLegend *legend, const QString &text, IconPainter icon);
    QString text() const { return m_text; }

protected:
    void draw(QCPPainter *painter) override;
    QSize minimumOuterSizeHint() const override;
    QRect clipRect() const override;

private:
    QRect textRect() const;

    QString m_text;
    IconPainter m_icon;
    // The text's bounding rect for the font it was measured in: asked for on every replot of
    // a live chart (the legend's layout and its drawing), and measuring shapes the text.
    mutable QFont m_measuredFont;
    mutable int m_measuredIconHeight = -1;
    mutable QRect m_measuredRect;
};

/// Y-axis ticker for rows (workers, cores): one labelled tick per row, thinned out to every
/// 2nd, 5th, 10th ... row when the labels would overlap.
class RowTicker final : public QCPAxisTicker {
public:
    explicit RowTicker(QCPAxis *axis) : m_axis(axis) {}
    void setRows(std::vector<QString> labels);
    /// Extra labelled positions that are always shown (e.g. the "handed back" lane).
    void setExtra(std::vector<std::pair<double, QString>> extra);
    int rowStep() const { return m_step; }
    /// The room a row needs beyond its labels' ink.
    static int labelGap(const QFontMetrics &metrics);

    void generate(const QCPRange &range, const QLocale &locale, QChar formatChar, int precision,
                  QVector<double> &ticks, QVector<double> *subTicks,
                  QVector<QString> *tickLabels) override;

private:
    double labelHeight(const QFont &font) const;

    QPointer<QCPAxis> m_axis;
    std::vector<QString> m_labels;
    std::vector<std::pair<double, QString>> m_extra;
    // labelHeight() for this font and these labels (measuring shapes every label's text, and
    // a live chart asks on every replot).
    mutable QFont m_measuredFont;
    mutable double m_measuredHeight = -1;
    int m_step = 1;
    int m_lastViewportHeight = 0;
};

} // namespace corescope::gui::chartstyle
