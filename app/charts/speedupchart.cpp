#include "app/charts/speedupchart.h"

#include "app/charts/chartstyle.h"
#include "app/charts/qcpinclude.h"

#include <QToolTip>
#include <QVBoxLayout>

#include <algorithm>
#include <array>
#include <cmath>

namespace corescope::gui {

namespace cs = chartstyle;

namespace {
constexpr std::array<QCPScatterStyle::ScatterShape, 5> kShapes = {
    QCPScatterStyle::ssDisc, QCPScatterStyle::ssSquare, QCPScatterStyle::ssTriangle,
    QCPScatterStyle::ssDiamond, QCPScatterStyle::ssTriangleInverted};

bool hasWhiskers(const SpeedupPoint &p)
{
    return p.low > 0 && p.high > 0 && p.high > p.low;
}
} // namespace

struct SpeedupChart::State {
    explicit State(QCustomPlot *p) : plot(p), frame(p) {}

    void rebuild();
    void restyle();
    void updateTitle();
    void showToolTip(const QPoint &pos, const QPoint &globalPos);

    QCustomPlot *plot;
    cs::ChartFrame frame;
    std::vector<SpeedupSeries> series;
    int cores = 0;
    bool haveBaseline = true;
    bool presentation = false;
    QString title = QStringLiteral("Speedup");
    QString subtitle;
    std::vector<QCPGraph *> graphs;
    std::vector<QCPErrorBars *> errorBars;     // per series, or nullptr
    std::vector<double> offsets;               // per series, in workers (dodging whiskers)
    QCPGraph *ideal = nullptr;
    QCPItemStraightLine *coresLine = nullptr;
    QCPItemText *coresLabel = nullptr;
    QCPItemText *noBaseline = nullptr;
};

SpeedupChart::SpeedupChart(QWidget *parent)
    : QWidget(parent), m_plot(new QCustomPlot(this)), m_state(std::make_shared<State>(m_plot))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_plot);
    m_plot->setMinimumSize(320, 240);
    m_plot->setMouseTracking(true);

    auto ticker = QSharedPointer<QCPAxisTickerFixed>::create();
    ticker->setTickStep(1.0);
    ticker->setScaleStrategy(QCPAxisTickerFixed::ssMultiples);   // 1, 2, 4 ... when crowded
    ticker->setTickCount(12);
    m_plot->xAxis->setTicker(ticker);
    m_plot->xAxis->setSubTicks(false);
    m_plot->xAxis->setLabel(QStringLiteral("workers"));
    m_plot->yAxis->setLabel(QStringLiteral("speedup (× serial)"));

    connect(m_plot, &QCustomPlot::mouseMove, this, [this](QMouseEvent *event) {
        m_state->showToolTip(event->pos(), event->globalPosition().toPoint());
    });
    m_state->rebuild();
}

void SpeedupChart::setData(const std::vector<SpeedupSeries> &series, int machineCores,
                           bool haveBaseline)
{
    State &s = *m_state;
    s.series = series;
    for (auto &line : s.series)
        std::sort(line.points.begin(), line.points.end(),
                  [](const SpeedupPoint &a, const SpeedupPoint &b) { return a.workers < b.workers; });
    s.cores = machineCores;
    s.haveBaseline = haveBaseline;
    s.rebuild();
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void SpeedupChart::setTitle(const QString &title, const QString &subtitle)
{
    State &s = *m_state;
    s.title = title;
    s.subtitle = subtitle;
    s.updateTitle();
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void SpeedupChart::setPresentationMode(bool on)
{
    State &s = *m_state;
    s.presentation = on;
    s.restyle();
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

// ---------------------------------------------------------------------------------------------

void SpeedupChart::State::rebuild()
{
    plot->clearPlottables();
    plot->clearItems();
    graphs.clear();
    errorBars.clear();
    coresLine = nullptr;
    coresLabel = nullptr;
    noBaseline = nullptr;

    int maxWorkers = 1;
    double maxSpeedup = 1.0;
    for (const auto &line : series) {
        for (const auto &p : line.points) {
            maxWorkers = std::max(maxWorkers, p.workers);
            maxSpeedup = std::max({maxSpeedup, p.speedup, hasWhiskers(p) ? p.high : 0.0});
        }
    }
    const double xMax = std::max({maxWorkers, cores, 2}) + 0.5;
    // Show the ideal line up to the core count: beyond it no speedup is possible anyway.
    const double yMax = std::max({maxSpeedup, std::min(xMax - 0.5, double(std::max(cores, 2))), 1.5}) * 1.12;

    // The ideal line first, so the measurements are drawn over it.
    ideal = plot->addGraph();
    ideal->setName(QStringLiteral("ideal (speedup = workers)"));
    // Ends where it leaves the plot: vector exports do not clip.
    const double idealEnd = std::min(xMax, yMax);
    ideal->setData(QVector<double>{0.0, idealEnd}, QVector<double>{0.0, idealEnd}, true);

    // With whiskers, series are nudged apart a little so overlapping ranges stay readable.
    bool anyWhiskers = false;
    for (const auto &line : series)
        for (const auto &p : line.points)
            anyWhiskers = anyWhiskers || hasWhiskers(p);
    offsets.assign(series.size(), 0.0);
    if (anyWhiskers && series.size() > 1) {
        const double step = std::min(0.08, 0.3 / double(series.size()));
        for (std::size_t i = 0; i < series.size(); ++i)
            offsets[i] = (double(i) - double(series.size() - 1) / 2.0) * step;
    }

    for (std::size_t i = 0; i < series.size(); ++i) {
        const SpeedupSeries &line = series[i];
        QCPGraph *g = plot->addGraph();
        g->setName(line.name);
        QVector<double> keys;
        QVector<double> values;
        QVector<double> minus;
        QVector<double> plus;
        bool whiskers = false;
        for (const auto &p : line.points) {
            keys.push_back(p.workers + offsets[i]);
            values.push_back(p.speedup);
            const bool w = hasWhiskers(p);
            whiskers = whiskers || w;
            minus.push_back(w ? std::max(0.0, p.speedup - p.low) : 0.0);
            plus.push_back(w ? std::max(0.0, p.high - p.speedup) : 0.0);
        }
        g->setData(keys, values, true);
        graphs.push_back(g);
        QCPErrorBars *bars = nullptr;
        if (whiskers) {
            bars = new QCPErrorBars(plot->xAxis, plot->yAxis);
            bars->removeFromLegend();
            bars->setDataPlottable(g);
            bars->setData(minus, plus);
            bars->setName(line.name + QStringLiteral(" (min-max)"));
        }
        errorBars.push_back(bars);
    }

    if (cores > 0) {
        coresLine = new QCPItemStraightLine(plot);
        coresLine->point1->setCoords(cores, 0);
        coresLine->point2->setCoords(cores, 1);
        coresLabel = new QCPItemText(plot);
        coresLabel->position->setTypeX(QCPItemPosition::ptPlotCoords);
        coresLabel->position->setTypeY(QCPItemPosition::ptAxisRectRatio);
        coresLabel->position->setCoords(cores, 0.0);
        coresLabel->setText(QStringLiteral("%1 core%2").arg(cores).arg(cores == 1 ? QString() : QStringLiteral("s")));
        const bool roomRight = cores + 0.2 * (xMax) < xMax;
        coresLabel->setPositionAlignment(Qt::AlignTop | (roomRight ? Qt::AlignLeft : Qt::AlignRight));
        coresLabel->setClipToAxisRect(true);
    }
    if (!haveBaseline) {
        noBaseline = new QCPItemText(plot);
        noBaseline->position->setType(QCPItemPosition::ptAxisRectRatio);
        noBaseline->position->setCoords(0.5, 0.4);
        noBaseline->setPositionAlignment(Qt::AlignCenter);
        // Two lines: it must fit a narrow chart in presentation mode too.
        noBaseline->setText(QStringLiteral(
            "No serial baseline yet —\nrun this workload in serial mode to compare"));
        noBaseline->setTextAlignment(Qt::AlignCenter);
        noBaseline->setLayer(QStringLiteral("legend"));
    }

    plot->xAxis->setRange(0, xMax);
    plot->yAxis->setRange(0, yMax);
    frame.setLegendColumns(static_cast<int>(series.size()) + 1);
    restyle();
    updateTitle();
}

void SpeedupChart::State::restyle()
{
    frame.applyStyle(presentation);
    const double w = cs::lineWidth(presentation) + (presentation ? 0.0 : 0.4);
    const double marker = presentation ? 15 : 9;
    for (std::size_t i = 0; i < graphs.size(); ++i) {
        const QColor color = cs::seriesColor(static_cast<int>(i));
        QCPGraph *g = graphs[i];
        g->setPen(QPen(color, w, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        g->setScatterStyle(QCPScatterStyle(kShapes[i % kShapes.size()], QPen(color, w),
                                           QBrush(color), marker));
        if (QCPErrorBars *bars = errorBars[i]) {
            bars->setPen(QPen(color, presentation ? 2.5 : 1.3));
            bars->setWhiskerWidth(presentation ? 14 : 8);
            bars->setSymbolGap(marker + 2);
        }
    }
    if (ideal)
        ideal->setPen(QPen(QColor(0x60, 0x60, 0x60), presentation ? 2.5 : 1.5, Qt::DashLine));
    const QFont annotation = cs::font(cs::FontRole::Annotation, presentation);
    if (coresLine)
        coresLine->setPen(QPen(QColor(0x30, 0x30, 0x30), presentation ? 2.5 : 1.3, Qt::DotLine));
    if (coresLabel) {
        coresLabel->setFont(annotation);
        coresLabel->setColor(QColor(0x30, 0x30, 0x30));
        coresLabel->setPadding(QMargins(6, 4, 6, 4));
        coresLabel->setBrush(QBrush(QColor(255, 255, 255, 220)));   // readable over the lines
    }
    if (noBaseline) {
        QFont f = annotation;
        f.setBold(true);
        noBaseline->setFont(f);
        noBaseline->setColor(QColor(0x8A, 0x4B, 0x00));
        noBaseline->setBrush(QBrush(QColor(0xFF, 0xF4, 0xE0, 235)));
        noBaseline->setPen(QPen(QColor(0xE6, 0x9F, 0x00), presentation ? 2.5 : 1.5));
        noBaseline->setPadding(presentation ? QMargins(18, 12, 18, 12) : QMargins(12, 8, 12, 8));
    }
}

void SpeedupChart::State::updateTitle()
{
    QString sub = subtitle;
    if (sub.isEmpty() && cores > 0)
        sub = QStringLiteral("against the serial run · %1 logical cores").arg(cores);
    frame.setTitle(title, sub);
}

void SpeedupChart::State::showToolTip(const QPoint &pos, const QPoint &globalPos)
{
    const double tolerance = presentation ? 24.0 : 14.0;
    double best = tolerance;
    const SpeedupSeries *bestSeries = nullptr;
    const SpeedupPoint *bestPoint = nullptr;
    for (std::size_t i = 0; i < series.size(); ++i) {
        const SpeedupSeries &line = series[i];
        for (const auto &p : line.points) {
            const double x = plot->xAxis->coordToPixel(p.workers + offsets[i]);
            const double y = plot->yAxis->coordToPixel(p.speedup);
            const double d = std::hypot(x - pos.x(), y - pos.y());
            if (d < best) {
                best = d;
                bestSeries = &line;
                bestPoint = &p;
            }
        }
    }
    if (!bestPoint) {
        QToolTip::hideText();
        return;
    }
    const SpeedupPoint &p = *bestPoint;
    QString text = QStringLiteral("<b>%1</b><table>").arg(bestSeries->name.toHtmlEscaped());
    const auto row = [&text](const QString &name, const QString &value) {
        text += QStringLiteral("<tr><td>%1</td><td><b>%2</b></td></tr>").arg(name, value);
    };
    row(QStringLiteral("workers"), QString::number(p.workers));
    QString speedup = QString::number(p.speedup, 'f', 2) + QStringLiteral("×");
    if (hasWhiskers(p))
        speedup += QStringLiteral(" (%1 – %2)").arg(p.low, 0, 'f', 2).arg(p.high, 0, 'f', 2);
    row(QStringLiteral("speedup"), speedup);
    row(QStringLiteral("efficiency"),
        QStringLiteral("%1 %").arg(std::lround(p.speedup / std::max(1, p.workers) * 100.0)));
    if (p.wallSeconds > 0)
        row(QStringLiteral("wall time"), cs::formatSeconds(p.wallSeconds));
    text += QStringLiteral("</table>");
    if (presentation)
        text = QStringLiteral("<div style='font-size:16pt'>%1</div>").arg(text);
    QToolTip::showText(globalPos, text, plot, QRect(pos, QSize(1, 1)));
}

} // namespace corescope::gui
