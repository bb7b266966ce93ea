#include "app/gui/diagnosispanel.h"

#include "app/charts/runlabel.h"
#include "app/gui/foldablepanel.h"
#include "app/gui/runexplanation.h"
#include "app/i18n/language.h"
#include "core/util/duration.h"

#include <QCoreApplication>
#include <QEvent>
#include <QLocale>
#include <QFont>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace corescope::gui {

namespace {

// As the findings write durations, so the panel's lines read alike.
QString secondsText(std::int64_t ns)
{
    return durationTextNs(ns, {.fixedDecimals = true});
}

/// Escapes `text` and makes its numbers bold, so "49%" reads from the back of the room.
QString emphasiseNumbers(const QString &text)
{
    // The units as the languages write them (i18n::timeUnitText): "мс", "초".
    static const QRegularExpression number(
        QStringLiteral("(\\d[\\d,.]*(?:%|x\\b|\\s(?:ms|us|µs|ns|s|мс|мкс|нс|с|초|GB/s)\\b)?)"),
        QRegularExpression::UseUnicodePropertiesOption);
    QString escaped = text.toHtmlEscaped();
    escaped.replace(number, QStringLiteral("<b>\\1</b>"));
    return escaped;
}

QString statusText(RunStatus status)
{
    switch (status) {
    case RunStatus::Ok: return DiagnosisPanel::tr("ok");
    case RunStatus::Failed: return DiagnosisPanel::tr("failed");
    case RunStatus::Cancelled: return DiagnosisPanel::tr("cancelled");
    case RunStatus::Running: return DiagnosisPanel::tr("running");
    }
    return QString::fromLatin1(runStatusName(status));
}

} // namespace

QString findingText(const Finding &finding)
{
    if (!finding.format || !*finding.format)
        return QString::fromStdString(finding.text);
    QString text = QCoreApplication::translate(kDiagnosisContext, finding.format);
    const QLocale locale;
    // Filled in one pass: a value never gets taken for a later placeholder.
    QString out;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('%') && i + 1 < text.size() && text.at(i + 1).isDigit()
            && text.at(i + 1) != QLatin1Char('0')) {
            const auto n = static_cast<std::size_t>(text.at(i + 1).digitValue() - 1);
            ++i;
            if (n >= finding.args.size())
                continue;
            const FindingArg &arg = finding.args[n];
            switch (arg.type) {
            case FindingArg::Type::Integer:
                out += locale.toString(static_cast<qlonglong>(std::llround(arg.value)));
                break;
            case FindingArg::Type::Fixed:
                out += locale.toString(arg.value, 'f', arg.decimals);
                break;
            case FindingArg::Type::Percent:
                out += locale.toString(static_cast<qlonglong>(std::llround(arg.value * 100.0)))
                    + QLatin1Char('%');
                break;
            case FindingArg::Type::Seconds:
                out += durationText(arg.value, {.fixedDecimals = true});
                break;
            case FindingArg::Type::Text:
                out += QString::fromStdString(arg.text);
                break;
            case FindingArg::Type::RunLabel:
                out += i18n::runLabelText(arg.text);
                break;
            }
        } else {
            out += c;
        }
    }
    return out;
}

DiagnosisPanel::DiagnosisPanel(QWidget *parent) : QFrame(parent)
{
    const foldable::Parts parts = foldable::build(this, QStringLiteral("diagnosis"),
                                                  {"#f4f7f9", "#90a4ae", "#102027"},
                                                  QMargins(8, 4, 8, 6));
    QVBoxLayout *layout = parts.layout;
    QHBoxLayout *header = parts.header;
    m_toggle = parts.toggle;
    m_title = parts.title;
    connect(m_toggle, &QToolButton::clicked, this, [this] { setCollapsed(!m_collapsed); });
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("diagnosisSummary"));
    m_summary->setTextFormat(Qt::PlainText);
    // One line whatever the language and the font: shortened with "…" (the whole in its
    // tooltip) rather than widening the window or wrapping the header onto a second line
    // (presentation fonts on a 720p projector).
    m_summary->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_summary->installEventFilter(this);
    m_baselineButton = new QPushButton(this);
    m_baselineButton->setObjectName(QStringLiteral("diagnosisBaselineButton"));
    m_baselineButton->hide();
    // As high as the header's line, not its own text's with a button's frame around it: it
    // appears when a run ends, and a header that grew then took its height from the charts
    // (5 px of a Korean projector's timeline, and a lane label with them).
    m_baselineButton->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Ignored);
    connect(m_baselineButton, &QPushButton::clicked, this, &DiagnosisPanel::baselineRequested);
    header->addWidget(m_toggle);
    header->addWidget(m_title);
    header->addWidget(m_summary, 1);
    header->addWidget(m_baselineButton);
    layout->addLayout(header);

    m_body = new QLabel(this);
    m_body->setObjectName(QStringLiteral("diagnosisText"));
    m_body->setTextFormat(Qt::RichText);
    m_body->setWordWrap(true);
    m_body->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_body->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    layout->addWidget(m_body);
    retranslate();
    hide();
}

void DiagnosisPanel::retranslate()
{
    setToolTip(tr("Why this run took as long as it did, worked out from its trace; every "
                  "statement comes with the number behind it"));
    m_toggle->setAccessibleName(tr("Fold the diagnosis"));
    m_title->setText(tr("Why this speedup?"));
    m_baselineButton->setText(tr("Run the serial baseline"));
    m_baselineButton->setToolTip(tr("Run this workload serially once: the speedup of every "
                                    "other run is measured against it"));
    updateToggle();
}

std::vector<Finding> DiagnosisPanel::findingsFor(const RunResult &run,
                                                 const RunResult *serialBaseline,
                                                 std::vector<Finding> more)
{
    const bool serial = run.options.mode == Mode::Serial;
    std::vector<Finding> findings = diagnose(run, serial ? nullptr : serialBaseline);
    for (Finding &f : more)
        findings.push_back(std::move(f));
    return findings;
}

void DiagnosisPanel::showRun(const RunResult &run, const RunResult *serialBaseline,
                             std::vector<Finding> more)
{
    showFindings(run, serialBaseline, findingsFor(run, serialBaseline, std::move(more)));
}

void DiagnosisPanel::showFindings(const RunResult &run, const RunResult *serialBaseline,
                                  std::vector<Finding> findings)
{
    const bool serial = run.options.mode == Mode::Serial;
    const RunResult *baseline = serial ? nullptr : serialBaseline;
    m_findings = std::move(findings);

    QStringList html, plain;
    m_sharedText.clear();
    if (const auto outcome = sharedCounterOutcome(run)) {
        const bool right = outcome->verdict == SharedCounterOutcome::Verdict::Correct;
        const QString mark = right ? QStringLiteral("✓") : QStringLiteral("✗");
        m_sharedText = outcome->headline + QLatin1Char(' ') + outcome->why;
        html << QStringLiteral("<p style=\"margin:2px 0\"><span style=\"color:%1\">%2 "
                               "<b>%3</b></span> %4</p>")
                    .arg(right ? QStringLiteral("#1b5e20") : QStringLiteral("#b71c1c"), mark,
                         outcome->headline.toHtmlEscaped(), outcome->why.toHtmlEscaped());
        plain << mark + QLatin1Char(' ') + m_sharedText;
    }

    // "... what its trace shows up to then:" only when a finding follows.
    QString ended;
    switch (run.status) {
    case RunStatus::Failed:
    case RunStatus::Running:
        ended = m_findings.empty()
            ? tr("The run failed, so it has no speedup, and its trace up to then shows nothing "
                 "more to explain.")
            : tr("The run failed, so it has no speedup; what its trace shows up to then:");
        break;
    case RunStatus::Cancelled:
        ended = m_findings.empty()
            ? tr("The run was cancelled, so it has no speedup, and its trace up to then shows "
                 "nothing more to explain.")
            : tr("The run was cancelled, so it has no speedup; what its trace shows up to then:");
        break;
    case RunStatus::Ok:
        break;
    }
    if (!ended.isEmpty()) {
        html << QStringLiteral("<p style=\"margin:2px 0\">%1</p>").arg(ended.toHtmlEscaped());
        plain << ended;
    }

    if (serial && run.status == RunStatus::Ok) {
        const QString line = tr("This was the serial baseline: one task after another in %1. "
                                "Every run of this workload on threads or processes is "
                                "measured against it.")
                                 .arg(secondsText(run.wallNs));
        html << QStringLiteral("<p style=\"margin:2px 0\">%1</p>").arg(emphasiseNumbers(line));
        plain << line;
    }

    QStringList items;
    for (const Finding &finding : m_findings) {
        QString text = findingText(finding);
        if (finding.kind == Finding::Kind::Speedup && baseline)
            text += tr(", against the serial run of %1").arg(secondsText(baseline->wallNs));
        if (!text.isEmpty())
            text[0] = text[0].toUpper();
        items << QStringLiteral("<li>%1.</li>").arg(emphasiseNumbers(text));
        plain << QStringLiteral("• %1.").arg(text);
    }
    if (!items.isEmpty())
        html << QStringLiteral("<ul style=\"margin:2px 0; -qt-list-indent:1\">%1</ul>")
                    .arg(items.join(QString()));

    const bool wantsBaseline = !serial && !baseline;
    if (wantsBaseline) {
        const QString line = tr("No serial run of this workload yet, so no speedup to explain.");
        html << QStringLiteral("<p style=\"margin:2px 0\">%1</p>").arg(line.toHtmlEscaped());
        plain << line;
    }
    // The runtime comparison is about another run, not something in this trace.
    const bool onlySpeedup = std::all_of(m_findings.begin(), m_findings.end(), [](const Finding &f) {
        return f.kind == Finding::Kind::Speedup || f.kind == Finding::Kind::Runtime;
    });
    if (onlySpeedup && !serial && run.status == RunStatus::Ok) {
        const QString line = tr("Nothing else stands out in the trace: no GIL waits, start-up, "
                                "dispatch overhead, uneven tail, extra workers or memory "
                                "stalls worth naming.");
        html << QStringLiteral("<p style=\"margin:2px 0\">%1</p>").arg(line.toHtmlEscaped());
        plain << line;
    }

    const QString name = run.workload ? workloadName(*run.workload) : QString();
    setSummary(QStringLiteral("%1%2 · %3 · %4")
                   .arg(name.isEmpty() ? QString() : name + QStringLiteral(" · "), runLabel(run),
                        secondsText(run.wallNs), statusText(run.status)));
    m_wantsBaseline = wantsBaseline && run.status == RunStatus::Ok;
    updateBaselineButton();
    setBody(html, plain);
    m_hasContent = true;
    updateVisibility();
}

void DiagnosisPanel::setBaselineOfferedAbove(bool offered)
{
    m_baselineOfferedAbove = offered;
    updateBaselineButton();
}

void DiagnosisPanel::updateBaselineButton()
{
    m_baselineButton->setVisible(m_wantsBaseline && !m_baselineOfferedAbove);
}

void DiagnosisPanel::showPending(const QString &run)
{
    m_findings.clear();
    m_sharedText.clear();
    setSummary(run.isEmpty() ? tr("running…") : run + QStringLiteral(" · ") + tr("running…"));
    m_wantsBaseline = false;
    updateBaselineButton();
    const QString line = tr("The explanation appears here when the run ends.");
    setBody({QStringLiteral("<p style=\"margin:2px 0; color:#455a64\">%1</p>").arg(line)},
            {line});
    m_hasContent = true;
    updateVisibility();
}

void DiagnosisPanel::clear()
{
    m_findings.clear();
    m_sharedText.clear();
    m_plain.clear();
    m_body->clear();
    m_wantsBaseline = false;
    updateBaselineButton();
    m_hasContent = false;
    updateVisibility();
}

void DiagnosisPanel::setSuppressed(bool suppressed)
{
    m_suppressed = suppressed;
    updateVisibility();
}

void DiagnosisPanel::updateVisibility()
{
    setVisible(m_hasContent && !m_suppressed);
}

QString DiagnosisPanel::text() const
{
    return m_hasContent ? m_plain : QString();
}

void DiagnosisPanel::setSummary(const QString &summary)
{
    m_fullSummary = summary;
    showSummary();
}

void DiagnosisPanel::showSummary()
{
    const QString shown = m_summary->fontMetrics().elidedText(m_fullSummary, Qt::ElideRight,
                                                              m_summary->contentsRect().width());
    if (m_summary->text() != shown)
        m_summary->setText(shown);
    m_summary->setToolTip(shown == m_fullSummary ? QString() : m_fullSummary);
}

bool DiagnosisPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_summary
        && (event->type() == QEvent::Resize || event->type() == QEvent::FontChange))
        showSummary();
    return QFrame::eventFilter(watched, event);
}

void DiagnosisPanel::setBody(const QStringList &htmlLines, const QStringList &plainLines)
{
    m_body->setText(htmlLines.join(QString()));
    m_plain = plainLines.join(QLatin1Char('\n'));
    m_body->setToolTip(QString());
}

void DiagnosisPanel::setCollapsed(bool collapsed)
{
    m_collapsed = collapsed;
    m_body->setVisible(!collapsed);
    updateToggle();
}

void DiagnosisPanel::updateToggle()
{
    foldable::showFolded(m_toggle, m_collapsed, tr("Show the explanation"),
                         tr("Fold the explanation to one line"));
}

void DiagnosisPanel::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    // The findings are said again by the LessonGuide, which knows the run and its baseline.
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    if (event->type() == QEvent::FontChange) {
        // The title stays bold whatever size presentation mode picks.
        QFont bold = font();
        bold.setBold(true);
        m_title->setFont(bold);
    }
}

} // namespace corescope::gui
