#include "app/gui/runstatusbar.h"

#include "app/charts/runlabel.h"

#include "core/util/duration.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QTimer>

#include <algorithm>
#include <cmath>
#include <limits>

namespace corescope::gui {

namespace {

QString rate(double perSecond)
{
    const QLocale locale;
    if (perSecond >= 100.0)
        return RunStatusBar::tr("%1 tasks/s").arg(locale.toString(std::round(perSecond), 'f', 0));
    return RunStatusBar::tr("%1 tasks/s").arg(locale.toString(perSecond, 'f', 1));
}

} // namespace

RunStatusBar::RunStatusBar(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("runStatusBar"));
    m_showFigures = new QTimer(this);
    m_showFigures->setSingleShot(true);
    m_showFigures->setInterval(0);
    connect(m_showFigures, &QTimer::timeout, this, &RunStatusBar::showFigures);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 2, 6, 2);
    layout->setSpacing(14);

    m_describeState = [] { return tr("Ready"); };
    m_fullState = m_describeState();
    m_state = new QLabel(m_fullState, this);
    m_state->setObjectName(QStringLiteral("stateLabel"));
    QFont bold = m_state->font();
    bold.setBold(true);
    m_state->setFont(bold);

    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("progressBar"));
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_progress->setTextVisible(true);
    m_progress->setMinimumWidth(220);

    m_elapsed = new QLabel(this);
    m_elapsed->setObjectName(QStringLiteral("elapsedLabel"));
    m_rate = new QLabel(this);
    m_rate->setObjectName(QStringLiteral("rateLabel"));
    m_eta = new QLabel(this);
    m_eta->setObjectName(QStringLiteral("etaLabel"));

    // The labels get their full width when there is room and are clipped when there is not:
    // with presentation fonts, live text ("ETA ...") must never widen the window past the
    // projector's screen. An explicit minimum width wins over the labels' size hints.
    for (QLabel *label : {m_state, m_elapsed, m_rate, m_eta})
        label->setMinimumWidth(1);

    layout->addWidget(m_state);
    layout->addWidget(m_progress, 1);
    layout->addWidget(m_elapsed);
    layout->addWidget(m_rate);
    layout->addWidget(m_eta);
    retranslate();
}

void RunStatusBar::retranslate()
{
    if (m_describeState)
        m_fullState = m_describeState();
    showState();
    // Not "0 / 1 tasks" of a run nobody started.
    m_progress->setFormat(m_started ? tr("%v / %m tasks") : tr("No run yet"));
    showProgressTip();
    m_progress->setAccessibleName(tr("Run progress"));
    m_elapsed->setToolTip(tr("Wall time since the run started"));
    m_rate->setToolTip(tr("Tasks finished per second of wall time, over the whole run"));
    m_eta->setToolTip(tr("Estimated time left at the rate so far"));
}

void RunStatusBar::showProgressTip()
{
    const QString tip = m_describeProgressTip ? m_describeProgressTip() : QString();
    m_progress->setToolTip(tip.isEmpty() ? tr("Tasks finished / tasks in the workload") : tip);
}

void RunStatusBar::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    // The state from what describes it; elapsed, rate and ETA from the last figures.
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        if (m_started)
            showFigures();
    }
}

void RunStatusBar::setText(QLabel *label, const QString &text)
{
    if (label->text() != text)
        label->setText(text);
}

void RunStatusBar::start(std::uint64_t total)
{
    m_running = true;
    if (m_describeProgressTip) {
        m_describeProgressTip = {};
        showProgressTip();
    }
    setState([] { return tr("Running…"); });
    update(0, total, 0);
    showFigures();
}

void RunStatusBar::update(std::uint64_t ended, std::uint64_t total, std::int64_t elapsedNs)
{
    m_ended = ended;
    m_total = total;
    m_elapsedNs = elapsedNs;
    if (!m_showFigures->isActive())
        m_showFigures->start();
}

void RunStatusBar::showFigures()
{
    m_showFigures->stop();
    const std::uint64_t ended = m_ended;
    const std::uint64_t total = m_total;
    const std::int64_t elapsedNs = m_elapsedNs;
    // QProgressBar counts in int; a workload may have up to 50 million tasks, which fits.
    constexpr auto kMax = static_cast<std::uint64_t>(std::numeric_limits<int>::max());
    const int maximum = static_cast<int>(std::clamp<std::uint64_t>(total, 1, kMax));
    if (m_progress->maximum() != maximum)
        m_progress->setRange(0, maximum);
    if (!m_started) {
        m_started = true;
        m_progress->setFormat(tr("%v / %m tasks"));
    }
    m_progress->setValue(static_cast<int>(std::min<std::uint64_t>(ended, kMax)));

    const double elapsed = static_cast<double>(std::max<std::int64_t>(elapsedNs, 0)) / 1e9;
    setText(m_elapsed, tr("Elapsed %1").arg(durationText(elapsed)));
    const double perSecond = elapsed > 0.0 ? static_cast<double>(ended) / elapsed : 0.0;
    setText(m_rate, ended > 0 ? rate(perSecond) : tr("— tasks/s"));
    if (!m_running || ended >= total)
        setText(m_eta, QString());
    else if (perSecond > 0.0)
        setText(m_eta,
                tr("ETA %1").arg(durationText(static_cast<double>(total - ended) / perSecond)));
    else
        setText(m_eta, tr("ETA —"));
}

void RunStatusBar::finish(Describe state, std::uint64_t ended, std::uint64_t total,
                          std::int64_t elapsedNs, Describe progressTip)
{
    m_running = false;
    m_describeProgressTip = std::move(progressTip);
    showProgressTip();
    setState(std::move(state));
    update(ended, total, elapsedNs);
    showFigures();   // the end at once: nothing more comes
}

void RunStatusBar::setState(Describe state)
{
    m_describeState = std::move(state);
    m_fullState = m_describeState ? m_describeState() : QString();
    showState();
}

void RunStatusBar::setState(const QString &state)
{
    m_describeState = {};
    m_fullState = state;
    showState();
}

void RunStatusBar::showState()
{
    // "Running native processes × 2 · ProcessPoolExecutor.map…" must not push the progress
    // bar away or be cut mid-word: shortened with "…", the whole in the tooltip.
    const int room = std::max(120, width() * 2 / 5);
    const QString shown = m_state->fontMetrics().elidedText(m_fullState, Qt::ElideRight, room);
    setText(m_state, shown);
    m_state->setToolTip(shown == m_fullState
                            ? tr("What the current run is doing, or how the last one ended")
                            : m_fullState);
}

void RunStatusBar::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    showState();
}

QString RunStatusBar::stateText() const
{
    return m_fullState;
}

QString RunStatusBar::shownStateText() const
{
    return m_state->text();
}

QString RunStatusBar::elapsedText() const
{
    return m_elapsed->text();
}

QString RunStatusBar::rateText() const
{
    return m_rate->text();
}

QString RunStatusBar::etaText() const
{
    return m_eta->text();
}

} // namespace corescope::gui
