// SweepResultsView: a sweep's charts, points and fits tables, and its warnings, in words.
#include "app/gui/sweepresultsview.h"

#include "app/charts/runlabel.h"
#include "app/charts/speedupchart.h"
#include "app/charts/sweepchartdata.h"
#include "app/i18n/language.h"
#include "core/sample/cpusampler.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QSplitter>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace corescope::gui {

namespace {

QTableWidgetItem *cell(const QString &text, bool number = true)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
    if (number)
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

// "11.7× (9.8–13.9×)": a speedup in this locale, with its 95 % interval when it has one.
QString speedupText(double value, const std::optional<AmdahlFit::Interval> &interval)
{
    const QLocale locale;
    const QString x = locale.toString(value, 'f', 1);
    return interval ? QStringLiteral("%1× (%2–%3×)")
                          .arg(x, locale.toString(interval->low, 'f', 1),
                               locale.toString(interval->high, 'f', 1))
                    : QStringLiteral("%1×").arg(x);
}

QTableWidget *makeTable(const QStringList &headers, QWidget *parent)
{
    auto *table = new QTableWidget(0, int(headers.size()), parent);
    table->setHorizontalHeaderLabels(headers);
    table->verticalHeader()->hide();
    table->setAlternatingRowColors(true);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setStretchLastSection(true);
    return table;
}

} // namespace

SweepResultsView::SweepResultsView(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    m_warnings = new QLabel(this);
    m_warnings->setObjectName(QStringLiteral("sweepWarnings"));
    m_warnings->setStyleSheet(QStringLiteral(
        "#sweepWarnings { background: #fff8e1; border: 1px solid #ffb300; border-radius: 4px;"
        " padding: 4px 8px; color: #3e2a00; }"));
    m_warnings->setWordWrap(true);
    m_warningsBox = new QScrollArea(this);
    m_warningsBox->setObjectName(QStringLiteral("sweepWarningsBox"));
    m_warningsBox->setWidget(m_warnings);
    m_warningsBox->setWidgetResizable(true);
    m_warningsBox->setFrameShape(QFrame::NoFrame);
    m_warningsBox->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_warningsBox->hide();
    layout->addWidget(m_warningsBox);
    m_beyondHost = new QLabel(this);
    m_beyondHost->setObjectName(QStringLiteral("sweepBeyondHost"));
    m_beyondHost->setStyleSheet(QStringLiteral(
        "#sweepBeyondHost { background: #e8f1fb; border: 1px solid #90b8e0; border-radius: 4px;"
        " padding: 4px 8px; color: #0d2a4a; }"));
    m_beyondHost->setWordWrap(true);
    m_beyondHost->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_beyondHost->hide();
    layout->addWidget(m_beyondHost);

    auto *vertical = m_split = new QSplitter(Qt::Vertical, this);
    vertical->setObjectName(QStringLiteral("sweepSplitter"));
    vertical->setChildrenCollapsible(false);
    auto *charts = new QSplitter(Qt::Horizontal, vertical);
    charts->setChildrenCollapsible(false);
    m_speedup = new SpeedupChart(charts);
    m_speedup->setObjectName(QStringLiteral("sweepSpeedupChart"));
    m_efficiency = new SpeedupChart(charts);
    m_efficiency->setObjectName(QStringLiteral("sweepEfficiencyChart"));
    m_efficiency->setMetric(SpeedupChart::Metric::Efficiency);
    charts->addWidget(m_speedup);
    charts->addWidget(m_efficiency);
    for (SpeedupChart *chart : {m_speedup, m_efficiency}) {
        chart->setContextMenuPolicy(Qt::CustomContextMenu);
        connect(chart, &QWidget::customContextMenuRequested, this, [this, chart](const QPoint &pos) {
            Q_EMIT exportMenuRequested(chart->mapToGlobal(pos));
        });
    }
    vertical->addWidget(charts);

    auto *tables = new QWidget(vertical);
    auto *tablesLayout = new QHBoxLayout(tables);
    tablesLayout->setContentsMargins(0, 0, 0, 0);
    m_points = makeTable(QStringList(9, QString()), tables);
    m_points->setObjectName(QStringLiteral("sweepPointsTable"));
    auto *fitBox = new QWidget(tables);
    auto *fitLayout = new QVBoxLayout(fitBox);
    fitLayout->setContentsMargins(0, 0, 0, 0);
    m_fitCaption = new QLabel(fitBox);
    m_fitCaption->setWordWrap(true);
    m_fits = makeTable(QStringList(2 + qsizetype(std::size(kPredictAt)), QString()), fitBox);
    m_fits->setObjectName(QStringLiteral("sweepFitTable"));
    fitLayout->addWidget(m_fitCaption);
    fitLayout->addWidget(m_fits, 1);
    tablesLayout->addWidget(m_points, 4);
    tablesLayout->addWidget(fitBox, 3);
    vertical->addWidget(tables);
    vertical->setStretchFactor(0, 3);
    vertical->setStretchFactor(1, 1);
    layout->addWidget(vertical, 1);
    retranslate();
}

QByteArray SweepResultsView::splitterState() const
{
    return m_split->saveState();
}

bool SweepResultsView::restoreSplitterState(const QByteArray &state)
{
    return m_split->restoreState(state);
}

void SweepResultsView::retranslate()
{
    m_speedup->setToolTip(tr("Median speedup per worker count, whiskers from the repeats; the "
                             "dashed line is ideal scaling, dotted curves the Amdahl fits"));
    m_efficiency->setToolTip(tr("Efficiency = speedup / workers: 100 % means every worker "
                                "was fully used"));
    m_points->setHorizontalHeaderLabels({tr("mode"), tr("workers"), tr("median"), tr("min"),
                                         tr("max"), tr("speedup"), tr("efficiency"),
                                         tr("Karp-Flatt"), tr("runs")});
    m_points->setToolTip(tr("One row per measured point. Karp-Flatt: the serial fraction this "
                            "point implies; rising with workers means growing overhead"));
    m_fitCaption->setText(tr("<b>Amdahl fit per mode</b> — serial fraction f fitted to "
                             "the points up to the machine's core count. The speedups at "
                             "8, 16 and 64 cores are a <b>prediction</b> from the fit with "
                             "its 95 % interval, not a measurement; a fit of one point "
                             "predicts nothing."));
    QStringList fitHeaders{tr("mode"), tr("serial fraction f")};
    for (int cores : kPredictAt)
        fitHeaders << tr("%1 cores\n(prediction)").arg(cores);
    m_fits->setHorizontalHeaderLabels(fitHeaders);
}

void SweepResultsView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    // The points, fits and the charts' titles are said again by the panel, which holds the
    // sweep.
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    if (event->type() == QEvent::FontChange)   // presentation mode's larger lines
        QTimer::singleShot(0, this, &SweepResultsView::fitWarningsHeight);
}

void SweepResultsView::setSweep(const SweepResult &sweep)
{
    const auto series = sweepSpeedupSeries(sweep);
    const bool haveBaseline = sweep.baseline() != nullptr || sweep.points.empty();
    const int cores = sweep.machine.logicalCores > 0 ? sweep.machine.logicalCores : logicalCoreCount();
    const QString subtitle = sweep.points.empty() ? tr("no sweep yet · %1 logical cores").arg(cores)
                                                  : sweepSubtitle(sweep);
    m_speedup->setTitle(tr("Speedup"), subtitle);
    m_speedup->setData(series, cores, haveBaseline);
    m_speedup->setFitCurves(sweepFitCurves(sweep));
    m_efficiency->setTitle(tr("Efficiency"), subtitle);
    m_efficiency->setData(series, cores, haveBaseline);
    showPoints(sweep);
    showFits(sweep);
    showBeyondHost(sweep);
    showWarnings(sweep);
}

void SweepResultsView::showPoints(const SweepResult &sweep)
{
    const QLocale locale;
    m_points->setRowCount(0);
    for (const SweepPoint &p : sweep.points) {
        if (p.wallSeconds.empty() && p.error.empty())
            continue;
        const int row = m_points->rowCount();
        m_points->insertRow(row);
        m_points->setItem(row, 0, cell(executionText(p.series.mode, p.series.gil, p.series.runtime), false));
        m_points->setItem(row, 1, cell(QString::number(p.workers)));
        if (!p.error.empty()) {
            m_points->setItem(row, 2, cell(tr("failed: %1").arg(i18n::engineText(p.error)), false));
            m_points->setSpan(row, 2, 1, 7);
            continue;
        }
        m_points->setItem(row, 2, cell(durationText(p.median)));
        m_points->setItem(row, 3, cell(durationText(p.min)));
        m_points->setItem(row, 4, cell(durationText(p.max)));
        m_points->setItem(row, 5, cell(QStringLiteral("%1×").arg(locale.toString(p.speedup, 'f', 2))));
        m_points->setItem(row, 6, cell(QStringLiteral("%1 %").arg(locale.toString(p.efficiency * 100.0, 'f', 0))));
        m_points->setItem(row, 7, cell(p.karpFlatt ? locale.toString(*p.karpFlatt, 'f', 3)
                                                   : QStringLiteral("—")));
        m_points->setItem(row, 8, cell(QString::number(p.wallSeconds.size())));
        if (p.shortRun()) {
            // Marked where the number is read: this row measures mostly noise.
            for (int column = 0; column < m_points->columnCount(); ++column) {
                QTableWidgetItem *item = m_points->item(row, column);
                item->setBackground(QColor(0xFF, 0xEC, 0xB3));
                item->setToolTip(tr("The median run took %1, under %2 ms: start-up and timer "
                                    "noise weigh on this point")
                                     .arg(durationText(p.median))
                                     .arg(kShortRunSeconds * 1000.0, 0, 'f', 0));
            }
            m_points->item(row, 2)->setText(durationText(p.median) + QStringLiteral(" ⚠"));
        }
        if (p.karpFlatt && *p.karpFlatt > 1.0) {
            QTableWidgetItem *item = m_points->item(row, 7);
            const QString why = tr("Above 1: this point was slower than the serial run (speedup "
                                   "below 1): overhead, not a serial fraction of the work");
            item->setToolTip(item->toolTip().isEmpty() ? why
                                                       : item->toolTip() + QLatin1Char('\n') + why);
        }
    }
}

void SweepResultsView::showFits(const SweepResult &sweep)
{
    const QLocale locale;
    m_fits->setRowCount(0);
    for (const SeriesFit &f : sweep.fits) {
        const int row = m_fits->rowCount();
        m_fits->insertRow(row);
        m_fits->setItem(row, 0, cell(executionText(f.series.mode, f.series.gil, f.series.runtime), false));
        const auto percent = [&locale](double v) { return locale.toString(v * 100.0, 'f', 1); };
        QString fraction = QStringLiteral("%1 %").arg(percent(f.fit.serialFraction));
        if (const auto range = f.fit.serialFractionInterval())
            fraction += QStringLiteral(" (%1–%2 %)").arg(percent(range->low), percent(range->high));
        m_fits->setItem(row, 1, cell(fraction));
        int column = 2;
        for (int at : kPredictAt) {
            // Never a prediction without its uncertainty: one point has none.
            const auto range = f.fit.predictInterval(at);
            QTableWidgetItem *item =
                cell(range ? speedupText(f.fit.predict(at), range) : QStringLiteral("—"));
            if (!range)
                item->setToolTip(tr("No prediction: a fit of one point has no uncertainty"));
            m_fits->setItem(row, column++, item);
        }
        if (!fitWarnings(f.fit).empty())
            for (int c = 0; c < m_fits->columnCount(); ++c)
                m_fits->item(row, c)->setBackground(QColor(0xFF, 0xEC, 0xB3));
    }
}

void SweepResultsView::showBeyondHost(const SweepResult &sweep)
{
    // What a laptop cannot check alone: the fit of the rank counts up to this host's cores
    // against the counts beyond them, measured on more hosts (or oversubscribed on this one).
    const QLocale locale;
    const int cores = std::max(1, sweep.machine.logicalCores);
    QStringList lines;
    for (const SweepSeries &series : sweep.spec.series) {
        if (series.mode != Mode::Mpi)
            continue;
        const auto checked = sweep.beyondOneHost(series);
        if (!checked)
            continue;
        QStringList checks;
        for (const PredictionCheck &c : checked->checks) {
            checks << tr("predicted %1 at %2, measured %3×")
                          .arg(speedupText(c.predicted, c.interval))
                          .arg(c.workers)
                          .arg(locale.toString(c.measured, 'f', 1));
        }
        QString line = tr("<b>%1 beyond this host's %2 cores</b> (Amdahl fit of the counts up "
                          "to %2, serial fraction %3 %): %4.")
                           .arg(executionText(series.mode, series.gil, series.runtime).toHtmlEscaped())
                           .arg(cores)
                           .arg(locale.toString(checked->fit.serialFraction * 100.0, 'f', 1))
                           .arg(checks.join(QStringLiteral("; ")).toHtmlEscaped());
        if (!checked->checks.front().interval)
            line += QLatin1Char(' ')
                + tr("A fit of one point has no uncertainty: these predictions are not "
                     "reliable.");
        lines << line;
    }
    m_beyondHost->setText(lines.join(QStringLiteral("<br>")));
    m_beyondHost->setVisible(!lines.isEmpty());
}

void SweepResultsView::setPresentationMode(bool on)
{
    m_speedup->setPresentationMode(on);
    m_efficiency->setPresentationMode(on);
}

void SweepResultsView::showWarnings(const SweepResult &sweep)
{
    QStringList lines;
    const QString ms = QString::number(kShortRunSeconds * 1000.0, 'f', 0);
    if (const int n = sweep.shortRuns(); n == 1)
        lines << tr("1 point ran under %1 ms (median): start-up and timer noise weigh on it, "
                    "and an efficiency above 100 % is noise. Give the workload more or bigger "
                    "tasks so that a run takes at least %1 ms.")
                     .arg(ms);
    else if (n > 1)
        lines << tr("%1 points ran under %2 ms (median): start-up and timer noise weigh on "
                    "them, and an efficiency above 100 % is noise. Give the workload more or "
                    "bigger tasks so that a run takes at least %2 ms.")
                     .arg(n)
                     .arg(ms);
    const QLocale locale;
    // A machine of few cores gives few points: said, rather than asking it for more. (The
    // sweep's machine: a reopened sweep may come from another.) Modes whose fits are short of
    // points in the same words share one line ("Amdahl fit, native threads and native
    // processes: ..."): a 2-core machine's sweep of three modes said one sentence three times,
    // which pushed the tables below the fold.
    const int cores = sweep.machine.logicalCores;
    struct FewPoints {
        bool coresLimit = false;
        int points = 0;
        QStringList modes;
        qsizetype line = 0;   // where its sentence goes in `lines`
    };
    std::vector<FewPoints> fewPoints;
    for (const SeriesFit &f : sweep.fits) {
        const QString mode = executionText(f.series.mode, f.series.gil, f.series.runtime);
        const bool coresLimit = fitLimitedByCores(f.fit, cores);
        for (const FitWarning w : fitWarnings(f.fit)) {
            if (w == FitWarning::TooFewPoints) {
                const auto same =
                    std::find_if(fewPoints.begin(), fewPoints.end(), [&](const FewPoints &g) {
                        return g.coresLimit == coresLimit && g.points == f.fit.points;
                    });
                if (same != fewPoints.end()) {
                    same->modes << mode;
                } else {
                    fewPoints.push_back({coresLimit, f.fit.points, {mode}, lines.size()});
                    lines << QString();
                }
            } else {
                lines << tr("Amdahl fit, %1: a poor fit — the measured speedups are %2 % off "
                            "its curve on average (more than %3 %); do not trust its "
                            "predictions.")
                             .arg(mode, locale.toString(f.fit.relativeError * 100.0, 'f', 0),
                                  locale.toString(kPoorFitRelativeError * 100.0, 'f', 0));
            }
        }
    }
    for (const FewPoints &g : fewPoints) {
        // One arg() call for all: a later one would fill a "%N" inside a mode's name.
        const QString modes = locale.createSeparatedList(g.modes);
        const QString points = locale.toString(g.points);
        const QString needed = locale.toString(kMinReliableFitPoints);
        const QString machine = locale.toString(kMinReliableFitPoints + 1);
        QString &line = lines[g.line];
        if (g.coresLimit)
            line = g.points == 1
                ? tr("Amdahl fit, %1: on %2 cores only 1 point with more than one worker fits "
                     "within them, so no prediction; a machine of %3 or more cores gives the "
                     "points a fit needs.")
                      .arg(modes, locale.toString(cores), machine)
                : tr("Amdahl fit, %1: on %2 cores only %3 points with more than one worker fit "
                     "within them; its predictions need %4 (a machine of %5 or more cores).")
                      .arg(modes, locale.toString(cores), points, needed, machine);
        else
            line = g.points == 1
                ? tr("Amdahl fit, %1: only 1 point with more than one worker within the cores, "
                     "so no prediction; it needs at least %2.")
                      .arg(modes, needed)
                : tr("Amdahl fit, %1: only %2 points with more than one worker within the "
                     "cores; its predictions need at least %3.")
                      .arg(modes, points, needed);
    }
    m_warnings->setText(lines.isEmpty() ? QString()
                                        : QString(QStringLiteral("⚠ ") + lines.join(QStringLiteral("\n⚠ "))));
    m_warningsBox->setVisible(!lines.isEmpty());
    fitWarningsHeight();
    // Again once the layout has given a box just shown its width.
    QTimer::singleShot(0, this, &SweepResultsView::fitWarningsHeight);
}

void SweepResultsView::fitWarningsHeight()
{
    if (m_warnings->text().isEmpty())
        return;
    const int whole = m_warnings->heightForWidth(std::max(100, m_warningsBox->viewport()->width()));
    const int cap = m_warnings->fontMetrics().lineSpacing() * kWarningLines + 12;
    m_warningsBox->setFixedHeight(std::min(whole, cap));
}

void SweepResultsView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    fitWarningsHeight();   // narrower, the lines wrap into more
}

} // namespace corescope::gui
