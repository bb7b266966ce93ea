#include "app/charts/walltimechart.h"

#include "app/charts/chartstyle.h"
#include "app/charts/runlabel.h"

#include <QCoreApplication>
#include <QEvent>
#include <QVBoxLayout>

#include <algorithm>

namespace corescope::gui {

WallTimeChart::WallTimeChart(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_plot = new QCustomPlot(this);
    m_plot->setObjectName(QStringLiteral("wallTimePlot"));
    layout->addWidget(m_plot);
    m_plot->yAxis->setRangeReversed(true);   // the first run on top, beside its timeline
    m_plot->yAxis->setTicks(false);
    m_plot->yAxis->setTickLabels(false);
    m_plot->yAxis->grid()->setVisible(false);
    m_plot->plotLayout()->insertRow(0);
    m_plot->plotLayout()->addElement(0, 0, new chartstyle::HeaderText(m_plot));
    rebuild();
}

void WallTimeChart::setBars(std::vector<Bar> bars)
{
    m_bars = std::move(bars);
    rebuild();
}

QStringList WallTimeChart::barTexts() const
{
    return m_texts;
}

std::vector<double> WallTimeChart::barSeconds() const
{
    // One QCPBars per run (rebuild), in the order given.
    std::vector<double> out;
    for (int i = 0; i < m_plot->plottableCount(); ++i)
        if (const auto *bars = qobject_cast<QCPBars *>(m_plot->plottable(i)))
            for (auto it = bars->data()->constBegin(); it != bars->data()->constEnd(); ++it)
                out.push_back(it->value);
    return out;
}

void WallTimeChart::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        rebuild();
}

void WallTimeChart::rebuild()
{
    m_plot->clearPlottables();
    m_plot->clearItems();
    m_texts.clear();
    chartstyle::styleAxes(m_plot, false);
    if (auto *title = qobject_cast<QCPTextElement *>(m_plot->plotLayout()->element(0, 0))) {
        title->setText(QCoreApplication::translate("Charts", "Wall time"));
        title->setFont(chartstyle::font(chartstyle::FontRole::Title, false));
        title->setTextColor(chartstyle::textColor());
    }
    m_plot->xAxis->setLabel(QCoreApplication::translate("Charts", "wall time (s)"));

    // One QCPBars per run, so each keeps its own colour; keys 1..n from the top.
    double longest = 0;
    for (std::size_t i = 0; i < m_bars.size(); ++i) {
        const Bar &b = m_bars[i];
        const double key = double(i) + 1.0;
        auto *bars = new QCPBars(m_plot->yAxis, m_plot->xAxis);
        bars->setWidth(0.45);
        const QColor colour = b.ok ? chartstyle::seriesColor(int(i)) : chartstyle::failedColor();
        bars->setBrush(colour);
        bars->setPen(QPen(colour.darker(130)));
        bars->addData(key, b.seconds);
        longest = std::max(longest, b.seconds);

        const QString text = QCoreApplication::translate("Charts", "%1: %2")
                                 .arg(b.label, durationText(b.seconds));
        m_texts << text;
        // Above its bar, from the axis: it stays readable however short the bar is.
        auto *label = new QCPItemText(m_plot);
        label->position->setType(QCPItemPosition::ptPlotCoords);
        label->position->setCoords(0, key - 0.27);
        label->setPositionAlignment(Qt::AlignLeft | Qt::AlignBottom);
        label->setText(text);
        label->setFont(chartstyle::font(chartstyle::FontRole::BarLabel, false));
        label->setColor(chartstyle::textColor());
        label->setClipToAxisRect(false);
    }
    m_plot->yAxis->setRange(0.3, double(m_bars.size()) + 0.5);
    m_plot->xAxis->setRange(0, longest > 0 ? longest * 1.1 : 1.0);
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

} // namespace corescope::gui
