#include "app/charts/chartstyle.h"

#include <QApplication>
#include <QFontMetrics>

#include <algorithm>
#include <array>
#include <cmath>

namespace corescope::gui::chartstyle {

namespace {
// Okabe & Ito's colour-blind-safe palette, reordered so neighbours differ most; its vermillion
// is left out (too close to the red of failed tasks) and its yellow darkened to read on white.
constexpr std::array<QRgb, 7> kSeries = {
    0xFF0072B2,   // blue
    0xFFE69F00,   // orange
    0xFF009E73,   // bluish green
    0xFFCC79A7,   // reddish purple
    0xFF56B4E9,   // sky blue
    0xFF8F7A00,   // dark yellow
    0xFF5B5B5B,   // dark grey
};
// Per-core lines: the same palette plus vermillion (no failures on that chart); black is the
// average's.
constexpr std::array<QRgb, 8> kCores = {
    0xFF0072B2, 0xFFE69F00, 0xFF009E73, 0xFFD55E00,
    0xFF56B4E9, 0xFFCC79A7, 0xFF8F7A00, 0xFF7F7F7F,
};
} // namespace

QColor seriesColor(int i)
{
    return QColor::fromRgb(kSeries[static_cast<std::size_t>(std::abs(i)) % kSeries.size()]);
}

QColor coreColor(int i)
{
    return QColor::fromRgb(kCores[static_cast<std::size_t>(std::abs(i)) % kCores.size()]);
}

QColor failedColor() { return QColor(0xD6, 0x27, 0x28); }
QColor startupColor() { return QColor(0xB0, 0xB0, 0xB0); }
QColor textColor() { return QColor(0x20, 0x20, 0x20); }

QColor mix(const QColor &a, const QColor &b, double t)
{
    t = std::clamp(t, 0.0, 1.0);
    const auto lerp = [t](int x, int y) { return static_cast<int>(std::lround(x + (y - x) * t)); };
    return QColor(lerp(a.red(), b.red()), lerp(a.green(), b.green()), lerp(a.blue(), b.blue()),
                  lerp(a.alpha(), b.alpha()));
}

QColor contrastingText(const QColor &background)
{
    const double luminance =
        0.2126 * background.redF() + 0.7152 * background.greenF() + 0.0722 * background.blueF();
    return luminance > 0.55 ? QColor(Qt::black) : QColor(Qt::white);
}

void drawOpenBar(QPainter *painter, const QRectF &rect, const QColor &laneColor,
                 bool presentation)
{
    painter->fillRect(rect, mix(laneColor, QColor(Qt::white), 0.45));
    painter->setPen(QPen(laneColor, presentation ? 2.0 : 1.0, Qt::DashLine));
    painter->setBrush(Qt::NoBrush);
    painter->drawRect(rect.adjusted(0.5, 0.5, -0.5, -0.5));
}

void drawHatch(QPainter *painter, const QRectF &rect, const QColor &color, double spacing,
               double width)
{
    if (rect.width() <= 0 || rect.height() <= 0)
        return;
    // Each 45-degree line is cut to the rectangle here: the SVG generator ignores clipping.
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, true);
    painter->setPen(QPen(color, width, Qt::SolidLine, Qt::FlatCap));
    const double h = rect.height();
    for (double x = rect.left() - h; x < rect.right(); x += spacing) {
        const double t0 = std::max(0.0, rect.left() - x);
        const double t1 = std::min(h, rect.right() - x);
        if (t1 > t0)
            painter->drawLine(QLineF(x + t0, rect.bottom() - t0, x + t1, rect.bottom() - t1));
    }
    painter->restore();
}

QFont font(FontRole role, bool presentation)
{
    QFont f = QApplication::font();
    // Point sizes: the screen set, and about twice that for the back row of a classroom.
    double size = 9.5;
    switch (role) {
    case FontRole::Title: size = presentation ? 24 : 13; break;
    case FontRole::Subtitle: size = presentation ? 16 : 9.5; break;
    case FontRole::AxisLabel: size = presentation ? 18 : 10; break;
    case FontRole::TickLabel: size = presentation ? 16 : 9; break;
    case FontRole::Legend: size = presentation ? 16 : 9; break;
    case FontRole::Annotation: size = presentation ? 17 : 10; break;
    case FontRole::BarLabel: size = presentation ? 14 : 8; break;
    }
    f.setPointSizeF(size);
    f.setBold(role == FontRole::Title || (presentation && role == FontRole::AxisLabel));
    return f;
}

double lineWidth(bool presentation) { return presentation ? 3.0 : 1.6; }
double thickLineWidth(bool presentation) { return presentation ? 5.0 : 3.0; }

void styleAxes(QCustomPlot *plot, bool presentation)
{
    const QColor ink = presentation ? QColor(Qt::black) : QColor(0x40, 0x40, 0x40);
    const QPen axisPen(ink, presentation ? 2.0 : 1.0);
    const QPen gridPen(presentation ? QColor(0xB8, 0xB8, 0xB8) : QColor(0xDD, 0xDD, 0xDD),
                       presentation ? 1.5 : 1.0, Qt::SolidLine);
    const QPen subGridPen(QColor(0xEE, 0xEE, 0xEE), 1.0, Qt::DotLine);
    const QList<QCPAxisRect *> rects = plot->axisRects();
    for (QCPAxisRect *rect : rects) {
        const QList<QCPAxis *> axes = rect->axes();
        for (QCPAxis *axis : axes) {
            axis->setLabelFont(font(FontRole::AxisLabel, presentation));
            axis->setTickLabelFont(font(FontRole::TickLabel, presentation));
            axis->setLabelColor(ink);
            axis->setTickLabelColor(ink);
            axis->setBasePen(axisPen);
            axis->setTickPen(axisPen);
            axis->setSubTickPen(QPen(ink, presentation ? 1.5 : 1.0));
            axis->setTickLength(0, presentation ? 8 : 5);
            axis->setSubTickLength(0, presentation ? 4 : 2);
            axis->setLabelPadding(presentation ? 10 : 6);
            axis->setTickLabelPadding(presentation ? 8 : 5);
            axis->grid()->setPen(gridPen);
            axis->grid()->setSubGridPen(subGridPen);
            axis->grid()->setZeroLinePen(Qt::NoPen);
        }
    }
}

// ---------------------------------------------------------------------------------------------

ChartFrame::ChartFrame(QCustomPlot *plot) : m_plot(plot)
{
    plot->setBackground(QBrush(Qt::white));
    // A replot draws the chart's buffers and leaves the painting to the window's next frame
    // (update(), not QCustomPlot's default repaint()): the charts that replot in one turn of
    // a live run are painted and flushed together, once, instead of each on its own.
    plot->setPlottingHint(QCP::phImmediateRefresh, false);
    // QCustomPlot keeps its "overlay" layer in a buffer of its own, for items redrawn alone;
    // no chart of ours draws there, and the empty buffer was cleared on every replot and
    // blended onto the widget on every paint. In the main buffer it costs nothing.
    plot->layer(QStringLiteral("overlay"))->setMode(QCPLayer::lmLogical);
    QCPLayoutGrid *layout = plot->plotLayout();
    QCPAxisRect *rect = plot->axisRect();
    layout->take(rect);
    layout->simplify();

    // Grids join the plot before they get children, so every child knows its plot.
    m_header = new QCPLayoutGrid;
    m_body = new QCPLayoutGrid;
    m_legendRow = new LegendRow(plot->legend);
    layout->addElement(0, 0, m_header);
    layout->addElement(1, 0, m_body);
    layout->addElement(2, 0, m_legendRow);
    layout->setRowStretchFactors({0.001, 1.0, 0.001});
    layout->setRowSpacing(2);

    m_title = new HeaderText(plot);
    m_subtitle = new HeaderText(plot);
    m_title->setTextColor(textColor());
    m_subtitle->setTextColor(QColor(0x50, 0x50, 0x50));
    m_header->addElement(0, 0, m_title);
    m_header->setRowSpacing(0);

    m_body->addElement(0, 0, rect);

    // The legend sits in a row under the plot, centred between two stretching spacers (plain
    // layout elements: an empty grid would cap the row's height at zero), so it never covers
    // data and an exported chart shows it exactly as the screen does.
    rect->insetLayout()->take(plot->legend);
    m_legendRow->addElement(0, 0, new QCPLayoutElement(plot));
    m_legendRow->addElement(0, 1, plot->legend);
    m_legendRow->addElement(0, 2, new QCPLayoutElement(plot));
    m_legendRow->setColumnStretchFactors({1.0, 0.001, 1.0});
    m_legendRow->setColumnSpacing(0);

    plot->legend->setVisible(true);
    plot->legend->setBorderPen(Qt::NoPen);
    plot->legend->setBrush(Qt::NoBrush);
    plot->legend->setFillOrder(QCPLayoutGrid::foColumnsFirst);
    plot->legend->setWrap(6);
    plot->legend->setMargins(QMargins(4, 0, 4, 4));
    plot->legend->setColumnSpacing(18);
    plot->legend->setRowSpacing(2);
}

void ChartFrame::setTitle(const QString &title, const QString &subtitle)
{
    m_title->setText(title);
    m_subtitle->setText(subtitle);
    const bool show = !subtitle.isEmpty();
    if (show != m_subtitleShown) {
        if (show) {
            m_header->addElement(1, 0, m_subtitle);
        } else {
            m_header->take(m_subtitle);
            m_header->simplify();
        }
        m_subtitleShown = show;
    }
}

QString ChartFrame::title() const { return m_title->text(); }
QString ChartFrame::subtitle() const { return m_subtitle->text(); }

void ChartFrame::setLegendColumns(int columns)
{
    m_legendRow->setMaxColumns(columns);
}

void ChartFrame::setLegendVisible(bool visible)
{
    m_plot->legend->setVisible(visible);
}

void ChartFrame::applyStyle(bool presentation, bool tightLegend)
{
    const bool bigSwatches = presentation && !tightLegend;
    m_title->setFont(font(FontRole::Title, presentation));
    m_subtitle->setFont(font(FontRole::Subtitle, presentation));
    m_title->setMargins(QMargins(8, presentation ? 10 : 6, 8, 0));
    m_subtitle->setMargins(QMargins(8, 2, 8, 0));
    QCPLegend *legend = m_plot->legend;
    legend->setFont(font(FontRole::Legend, presentation));
    legend->setTextColor(presentation ? QColor(Qt::black) : textColor());
    legend->setIconSize(bigSwatches ? QSize(44, 22) : QSize(28, 14));
    legend->setIconTextPadding(bigSwatches ? 10 : 6);
    legend->setColumnSpacing(bigSwatches ? 30 : 18);
    for (int i = 0; i < legend->itemCount(); ++i) {
        // A wrapped legend grid may have empty cells: item() is null there.
        if (QCPAbstractLegendItem *item = legend->item(i)) {
            item->setFont(legend->font());
            item->setTextColor(legend->textColor());
        }
    }
    styleAxes(m_plot, presentation);
}

// ---------------------------------------------------------------------------------------------

HeaderText::HeaderText(QCustomPlot *plot) : QCPTextElement(plot, QString())
{
    setTextFlags(Qt::AlignCenter | Qt::TextWordWrap);
}

QSize HeaderText::wrappedSize() const
{
    // The header spans the whole chart: the viewport (the export's, while exporting) is the
    // width to wrap in.
    const int available = std::max(
        50, mParentPlot->viewport().width() - mMargins.left() - mMargins.right() - 8);
    if (available != m_measuredWidth || mText != m_measuredText || mFont != m_measuredFont) {
        const QFontMetrics metrics(mFont);
        const QRect r = metrics.boundingRect(QRect(0, 0, available, 100000),
                                             Qt::AlignCenter | Qt::TextWordWrap, mText);
        m_measured = QSize(std::min(r.width(), available), r.height());
        m_measuredText = mText;
        m_measuredFont = mFont;
        m_measuredWidth = available;
    }
    return m_measured + QSize(mMargins.left() + mMargins.right(),
                              mMargins.top() + mMargins.bottom());
}

QSize HeaderText::minimumOuterSizeHint() const
{
    return wrappedSize();
}

QSize HeaderText::maximumOuterSizeHint() const
{
    return QSize(QWIDGETSIZE_MAX, wrappedSize().height());
}

QSize LegendRow::minimumOuterSizeHint() const
{
    fit();
    return QCPLayoutGrid::minimumOuterSizeHint();
}

void LegendRow::fit() const
{
    std::vector<int> widths;
    for (int i = 0; i < m_legend->itemCount(); ++i)
        if (QCPAbstractLegendItem *item = m_legend->item(i))
            widths.push_back(item->minimumOuterSizeHint().width());
    if (widths.empty())
        return;
    const QMargins margins = m_legend->margins();
    const int available = mParentPlot->viewport().width() - margins.left() - margins.right() - 16;
    int columns = 1;
    for (int n = std::min<int>(m_maxColumns, static_cast<int>(widths.size())); n >= 1; --n) {
        std::vector<int> columnWidth(static_cast<std::size_t>(n), 0);
        for (std::size_t i = 0; i < widths.size(); ++i) {
            int &w = columnWidth[i % static_cast<std::size_t>(n)];
            w = std::max(w, widths[i]);
        }
        int total = (n - 1) * m_legend->columnSpacing();
        for (const int w : columnWidth)
            total += w;
        if (total <= available) {
            columns = n;
            break;
        }
    }
    // Balance the rows: 4 items in 2 + 2 rather than 3 + 1.
    const int count = static_cast<int>(widths.size());
    const int rows = (count + columns - 1) / columns;
    columns = (count + rows - 1) / rows;
    if (m_legend->wrap() != columns || m_legend->columnCount() != std::min<int>(columns, int(widths.size()))) {
        m_legend->setWrap(columns);
        m_legend->setFillOrder(QCPLayoutGrid::foColumnsFirst, true);
    }
}

// ---------------------------------------------------------------------------------------------

SwatchLegendItem::SwatchLegendItem(QCPLegend *legend, const QString &text, IconPainter icon)
    : QCPAbstractLegendItem(legend), m_text(text), m_icon(std::move(icon))
{
}

QRect SwatchLegendItem::textRect() const
{
    const int iconHeight = mParentLegend->iconSize().height();
    if (iconHeight != m_measuredIconHeight || mFont != m_measuredFont) {
        const QFontMetrics metrics(mFont);
        m_measuredRect = metrics.boundingRect(0, 0, 0, iconHeight, Qt::TextDontClip, m_text);
        m_measuredFont = mFont;
        m_measuredIconHeight = iconHeight;
    }
    return m_measuredRect;
}

void SwatchLegendItem::draw(QCPPainter *painter)
{
    const QSize iconSize = mParentLegend->iconSize();
    const QRect textRect = this->textRect();
    const int height = std::max(textRect.height(), iconSize.height());
    const QRectF iconRect(mRect.x(), mRect.y() + (height - iconSize.height()) / 2.0,
                          iconSize.width(), iconSize.height());
    painter->save();
    painter->setClipRect(iconRect.adjusted(-1, -1, 1, 1), Qt::IntersectClip);
    m_icon(painter, iconRect);
    painter->restore();
    painter->setFont(mFont);
    painter->setPen(QPen(mTextColor));
    painter->drawText(QRectF(mRect.x() + iconSize.width() + mParentLegend->iconTextPadding(),
                             mRect.y(), textRect.width(), height),
                      Qt::AlignLeft | Qt::AlignVCenter | Qt::TextDontClip, m_text);
}

QRect SwatchLegendItem::clipRect() const
{
    // QCustomPlot clips each layerable to its clip rect moved up by one pixel, and a legend
    // item's is its own rect, while a glyph may reach a pixel past the font's line height: the
    // descenders of g, p and y were cut off. The text draws nothing else, so its clip can be
    // a few pixels taller.
    return mOuterRect.adjusted(0, -2, 0, 4);
}

QSize SwatchLegendItem::minimumOuterSizeHint() const
{
    const QSize iconSize = mParentLegend->iconSize();
    const QRect textRect = this->textRect();
    QSize size(iconSize.width() + mParentLegend->iconTextPadding() + textRect.width(),
               std::max(textRect.height(), iconSize.height()));
    size.rwidth() += mMargins.left() + mMargins.right();
    size.rheight() += mMargins.top() + mMargins.bottom();
    return size;
}

// ---------------------------------------------------------------------------------------------

void RowTicker::setRows(std::vector<QString> labels)
{
    if (labels == m_labels)
        return;
    m_labels = std::move(labels);
    m_measuredHeight = -1;
}

void RowTicker::setExtra(std::vector<std::pair<double, QString>> extra)
{
    if (extra == m_extra)
        return;
    m_extra = std::move(extra);
    m_measuredHeight = -1;
}

int RowTicker::labelGap(const QFontMetrics &metrics)
{
    return std::max(2, metrics.height() / 10);
}

double RowTicker::labelHeight(const QFont &font) const
{
    if (m_measuredHeight >= 0 && font == m_measuredFont)
        return m_measuredHeight;
    // The labels' ink, all of them together from the baseline (one's ascenders above
    // another's descenders), and a gap, not the font's line: the line leaves room for accents
    // and descenders the labels may not have, and Hangul, drawn by a fallback font, is inked
    // 21 px high in the presentation font's 25 px line (a Korean lesson on a 720p projector
    // had one of its two lanes labelled).
    const QFontMetrics metrics(font);
    QRect ink;
    for (const QString &label : m_labels)
        ink = ink.united(metrics.tightBoundingRect(label));
    for (const auto &extra : m_extra)
        ink = ink.united(metrics.tightBoundingRect(extra.second));
    m_measuredFont = font;
    m_measuredHeight = std::min(metrics.height(), ink.height() + labelGap(metrics));
    return m_measuredHeight;
}

void RowTicker::generate(const QCPRange &range, const QLocale &, QChar, int,
                         QVector<double> &ticks, QVector<double> *subTicks,
                         QVector<QString> *tickLabels)
{
    ticks.clear();
    if (subTicks)
        subTicks->clear();
    if (tickLabels)
        tickLabels->clear();

    // How many rows fit one label: the axis rect's height is the last layout's; when the
    // viewport changed since (an export at another size) scale it by the same factor.
    int rows = static_cast<int>(m_labels.size());
    m_step = 1;
    if (m_axis && rows > 1) {
        QCustomPlot *plot = m_axis->parentPlot();
        double available = m_axis->axisRect()->height();
        const int viewportHeight = plot->viewport().height();
        if (available < 20)     // never laid out yet (a chart rendered without being shown)
            available = viewportHeight * 0.6;
        else if (m_lastViewportHeight > 0 && viewportHeight != m_lastViewportHeight)
            available *= double(viewportHeight) / m_lastViewportHeight;
        m_lastViewportHeight = viewportHeight;
        const double perRow = available / std::max(1.0, range.size());
        // A label's ink and a gap per row: neighbours never overlap.
        const double needed = labelHeight(m_axis->tickLabelFont());
        if (perRow > 0 && needed > perRow) {
            const double raw = needed / perRow;
            static constexpr std::array<int, 12> kNice = {1, 2, 4, 5, 8, 10, 16, 20, 25, 32, 50, 64};
            m_step = rows;
            for (const int nice : kNice) {
                if (nice >= raw) {
                    m_step = nice;
                    break;
                }
            }
            if (raw > kNice.back())
                m_step = static_cast<int>(std::ceil(raw / 100.0)) * 100;
        }
    }
    for (int row = 0; row < rows; row += m_step) {
        if (!range.contains(row))
            continue;
        ticks.push_back(row);
        if (tickLabels)
            tickLabels->push_back(m_labels[static_cast<std::size_t>(row)]);
    }
    for (const auto &[position, label] : m_extra) {
        if (!range.contains(position))
            continue;
        ticks.push_back(position);
        if (tickLabels)
            tickLabels->push_back(label);
    }
}

} // namespace corescope::gui::chartstyle
