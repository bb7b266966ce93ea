#include "app/gui/speeduppage.h"
#include "app/charts/runlabel.h"

#include "app/charts/speedupchart.h"
#include "app/gui/labsession.h"
#include "app/gui/livepage.h"
#include "core/sample/cpusampler.h"
#include "core/util/duration.h"

#include <QEvent>
#include <QAction>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace corescope::gui {

SpeedupPage::SpeedupPage(LabSession *session, QAction *baselineAction, QWidget *parent)
    : QWidget(parent), m_session(session)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 6, 0, 0);

    m_baselineBar = new QFrame(this);
    m_baselineBar->setObjectName(QStringLiteral("baselineBar"));
    m_baselineBar->setStyleSheet(QStringLiteral(
        "#baselineBar { background: #fff8e1; border: 1px solid #ffb300; border-radius: 4px; }"
        "#baselineBar QLabel { color: #3e2a00; }"));
    auto *barLayout = new QHBoxLayout(m_baselineBar);
    barLayout->setContentsMargins(10, 6, 6, 6);
    m_baselineLabel = new QLabel(m_baselineBar);
    m_baselineLabel->setObjectName(QStringLiteral("baselineLabel"));
    m_baselineLabel->setWordWrap(true);
    m_baselineButton = new QPushButton(m_baselineBar);
    m_baselineButton->setObjectName(QStringLiteral("baselineButton"));
    m_baselineButton->setToolTip(baselineAction->toolTip());
    connect(m_baselineButton, &QPushButton::clicked, this, [this, baselineAction] {
        if (m_waitingRuntime)
            Q_EMIT serialBaselineRequested(*m_waitingRuntime);
        else
            baselineAction->trigger();
    });
    barLayout->addWidget(m_baselineLabel, 1);
    barLayout->addWidget(m_baselineButton);
    layout->addWidget(m_baselineBar);

    m_chart = new SpeedupChart(this);
    m_chart->setObjectName(QStringLiteral("speedupChart"));
    layout->addWidget(m_chart, 1);

    auto *footer = new QHBoxLayout;
    m_runsLabel = new QLabel(this);
    m_runsLabel->setObjectName(QStringLiteral("runsLabel"));
    m_clearRunsButton = new QPushButton(this);
    connect(m_clearRunsButton, &QPushButton::clicked, session, &LabSession::clearHistory);
    footer->addWidget(m_runsLabel, 1);
    footer->addWidget(m_clearRunsButton);
    layout->addLayout(footer);

    connect(session, &LabSession::workloadChanged, this, &SpeedupPage::refresh);
    connect(session, &LabSession::historyChanged, this, &SpeedupPage::refresh);
    retranslate();
}

bool SpeedupPage::offersBaseline() const
{
    return !m_baselineBar->isHidden();
}

void SpeedupPage::retranslate()
{
    m_baselineButton->setText(tr("Run &serial baseline"));
    m_chart->setToolTip(tr("Speedup = serial time / this time, one series per mode; the "
                           "dashed line is ideal scaling. Hover a point for its efficiency; "
                           "right-click to export."));
    m_runsLabel->setToolTip(tr("Runs that ended well count; cancelled and failed runs do not"));
    m_clearRunsButton->setText(tr("Forget these runs"));
    m_clearRunsButton->setToolTip(tr("Start this workload's speedup chart over"));
}

void SpeedupPage::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        if (m_session->workload())
            refresh();   // the chart's title, the series' names, the baseline sentence
    }
}

void SpeedupPage::refresh()
{
    const auto workload = m_session->workload();
    if (!workload)
        return;
    const QString key = m_session->workloadKey();
    const RunHistory &history = m_session->history();
    const QString name = workloadName(*workload);
    // Each runtime's curves are measured against its own serial runs (speedupCurves): Python's
    // threads against Python's loop, never against C++. The subtitle names each baseline drawn.
    const double nativeSerial = history.baselineSeconds(key, Runtime::Native);
    const double pythonSerial = history.baselineSeconds(key, Runtime::Python);
    const bool haveBaseline = nativeSerial > 0.0 || pythonSerial > 0.0;
    const int runs = history.runCount(key);
    const int nativeWaiting = nativeSerial > 0.0 ? 0 : history.runCount(key, Runtime::Native);
    const int pythonWaiting = pythonSerial > 0.0 ? 0 : history.runCount(key, Runtime::Python);
    QString subtitle;
    if (nativeSerial > 0.0 && pythonSerial > 0.0)
        subtitle = tr("%1 · native runs against the native serial run (%2), Python's against "
                      "Python's (%3) · %4")
                       .arg(name, durationText(nativeSerial), durationText(pythonSerial),
                            localMachineText());
    else if (nativeSerial > 0.0)
        subtitle = tr("%1 · against the serial run (%2) · %3")
                       .arg(name, durationText(nativeSerial), localMachineText());
    else if (pythonSerial > 0.0)
        subtitle = tr("%1 · against Python's serial run (%2) · %3")
                       .arg(name, durationText(pythonSerial), localMachineText());
    else
        subtitle = tr("%1 · no serial run yet · %2").arg(name, localMachineText());
    m_chart->setTitle(tr("Speedup"), subtitle);
    m_chart->setData(history.series(key), logicalCoreCount(), haveBaseline);

    // The bar asks for the serial run that is missing: any at all (in the runtime chosen), or
    // one runtime's own (in that runtime, whatever is chosen).
    m_baselineBar->setVisible(!haveBaseline || nativeWaiting > 0 || pythonWaiting > 0);
    m_waitingRuntime = !haveBaseline      ? std::nullopt
        : pythonWaiting > 0 ? std::optional(Runtime::Python)
        : nativeWaiting > 0 ? std::optional(Runtime::Native)
                            : std::nullopt;
    if (!haveBaseline)
        m_baselineLabel->setText(
            runs == 0 ? tr("No runs of “%1” yet. Speedup is measured against a serial run: run "
                           "the baseline, then the same workload on threads or processes.")
                            .arg(name)
            : runs == 1
                ? tr("No serial run of “%1” yet, so the run you made has nothing to be compared "
                     "with. Run the serial baseline to see its speedup.")
                      .arg(name)
                : tr("No serial run of “%1” yet, so the %2 runs you made have nothing to be "
                     "compared with. Run the serial baseline to see their speedup.")
                      .arg(name)
                      .arg(runs));
    else if (pythonWaiting > 0)
        m_baselineLabel->setText(
            tr("No Python serial run of “%1” yet: Python runs are measured against Python's own "
               "serial loop, not against C++. The button runs it in Python.")
                .arg(name));
    else if (nativeWaiting > 0)
        m_baselineLabel->setText(
            tr("No native serial run of “%1” yet: native runs are measured against a native "
               "serial run, not against Python's. The button runs it natively.")
                .arg(name));
    // Without a baseline the chart draws no point: the runs wait for it, they are not "on" it.
    const int drawn = runs - nativeWaiting - pythonWaiting;
    QString runsText;
    if (runs == 0)
        runsText = tr("No finished runs of this workload yet.");
    else if (!haveBaseline && runs == 1)
        runsText = tr("1 finished run of “%1”, drawn once a serial run gives it a baseline.").arg(name);
    else if (!haveBaseline)
        runsText = tr("%1 finished runs of “%2”, drawn once a serial run gives them a baseline.")
                       .arg(runs)
                       .arg(name);
    else if (drawn == 1)
        runsText = tr("1 finished run of “%1” on this chart.").arg(name);
    else
        runsText = tr("%1 finished runs of “%2” on this chart.").arg(drawn).arg(name);
    if (haveBaseline && drawn < runs)
        runsText += QLatin1Char(' ')
            + (runs - drawn == 1
                   ? tr("1 more waits for a serial run of its own runtime.")
                   : tr("%1 more wait for a serial run of their own runtime.").arg(runs - drawn));
    m_runsLabel->setText(runsText);
    m_clearRunsButton->setEnabled(runs > 0);
}

void SpeedupPage::setPresentationMode(bool on)
{
    m_chart->setPresentationMode(on);
}

} // namespace corescope::gui
