#include "app/gui/lessonpanel.h"

#include <QEvent>
#include <QFont>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QStyle>
#include <QTextDocumentFragment>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace corescope::gui {

namespace {

QString fromView(std::string_view text)
{
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

QLabel *makeTextLabel(QWidget *parent, const char *objectName)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QString::fromLatin1(objectName));
    label->setWordWrap(true);
    label->setTextFormat(Qt::RichText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard
                                   | Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    label->setOpenExternalLinks(false);
    label->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    return label;
}

} // namespace

LessonPanel::LessonPanel(QWidget *parent) : QFrame(parent)
{
    setObjectName(QStringLiteral("lessonPanel"));
    setFrameShape(QFrame::StyledPanel);
    setStyleSheet(QStringLiteral(
        "#lessonPanel { background: #e8f5e9; border: 1px solid #66bb6a; border-radius: 4px; }"
        "#lessonPanel QLabel { background: transparent; border: none; color: #0b2e13; }"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 4, 6, 6);
    layout->setSpacing(2);

    auto *header = new QHBoxLayout;
    header->setSpacing(6);
    m_toggle = new QToolButton(this);
    m_toggle->setObjectName(QStringLiteral("lessonToggle"));
    m_toggle->setAutoRaise(true);
    m_toggle->setAccessibleName(tr("Fold the lesson"));
    connect(m_toggle, &QToolButton::clicked, this, [this] { setCollapsed(!m_collapsed); });
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("lessonTitle"));
    m_title->setTextFormat(Qt::PlainText);
    m_title->setWordWrap(true);
    m_title->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_runButton = new QPushButton(style()->standardIcon(QStyle::SP_MediaPlay),
                                  tr("Run this lesson"), this);
    m_runButton->setObjectName(QStringLiteral("lessonRunButton"));
    m_runButton->setToolTip(tr("Run what the side panel shows: the lesson's workload and "
                               "options, or what you changed since (the same as Run, Ctrl+R)"));
    connect(m_runButton, &QPushButton::clicked, this, &LessonPanel::runRequested);
    m_close = new QToolButton(this);
    m_close->setObjectName(QStringLiteral("lessonClose"));
    m_close->setAutoRaise(true);
    m_close->setText(QStringLiteral("✕"));   // text, so it grows with presentation fonts
    m_close->setToolTip(tr("Close the lesson (the workload and options stay)"));
    m_close->setAccessibleName(tr("Close lesson"));
    connect(m_close, &QToolButton::clicked, this, [this] {
        clearLesson();
        Q_EMIT dismissed();
    });
    header->addWidget(m_toggle, 0, Qt::AlignTop);
    header->addWidget(m_title, 1);
    header->addWidget(m_runButton, 0, Qt::AlignTop);
    header->addWidget(m_close, 0, Qt::AlignTop);
    layout->addLayout(header);

    m_body = new QWidget(this);
    auto *body = new QVBoxLayout(m_body);
    body->setContentsMargins(0, 0, 0, 0);
    body->setSpacing(3);
    m_lookFor = makeTextLabel(m_body, "lessonLookFor");
    m_thenTry = makeTextLabel(m_body, "lessonThenTry");
    m_seed = makeTextLabel(m_body, "lessonSeed");
    for (QLabel *label : {m_lookFor, m_thenTry}) {
        connect(label, &QLabel::linkActivated, this, [this](const QString &link) {
            if (link.startsWith(QLatin1String("workload:")))
                Q_EMIT workloadRequested(link.mid(9));
        });
    }
    body->addWidget(m_lookFor);
    body->addWidget(m_thenTry);
    body->addWidget(m_seed);
    m_seed->hide();   // showLesson() decides; never with presentation fonts (room for charts)
    layout->addWidget(m_body);
    updateToggle();
    hide();
}

void LessonPanel::showLesson(const Lesson &lesson)
{
    m_lessonId = fromView(lesson.id);
    m_title->setText(tr("Lesson: %1").arg(fromView(lesson.title)));
    m_lookFor->setText(tr("<b>What to look for:</b> %1").arg(linked(fromView(lesson.lookFor))));
    const QString thenTry = fromView(lesson.thenTry);
    m_thenTry->setText(tr("<b>Then try:</b> %1").arg(linked(thenTry)));
    m_thenTry->setVisible(!thenTry.isEmpty());
    const QString seed = fromView(lesson.seed);
    m_seed->setText(tr("<span style=\"color:#33691e\">From the teaching material: %1</span>")
                        .arg(seed.toHtmlEscaped()));
    m_seed->setVisible(!seed.isEmpty() && !m_compact);
    const QString source = seed.isEmpty() ? QString() : tr("\nFrom the teaching material: %1").arg(seed);
    setToolTip(tr("The lesson picked in the Lessons menu: it stays until you close it or pick "
                  "another.%1").arg(source));
    setCollapsed(false);
    show();
}

void LessonPanel::setWorkloadIds(const QStringList &ids)
{
    m_workloadIds = ids;
    // Longest first, so "counter-shared" is never taken for a shorter id inside it.
    std::sort(m_workloadIds.begin(), m_workloadIds.end(),
              [](const QString &a, const QString &b) { return a.size() > b.size(); });
}

QString LessonPanel::linked(const QString &plain) const
{
    QString html = plain.toHtmlEscaped();
    for (const QString &id : m_workloadIds) {
        // Whole words only ("doubler" is not inside "doubler-sleep"), and only ids with a
        // dash or a digit, so an ordinary word ("doubler" in a sentence) stays a word.
        if (!id.contains(QLatin1Char('-')) && !std::any_of(id.begin(), id.end(), [](QChar c) {
                return c.isDigit();
            }))
            continue;
        const QRegularExpression word(QStringLiteral("(?<![\\w-])%1(?![\\w-])")
                                          .arg(QRegularExpression::escape(id)));
        html.replace(word, QStringLiteral("<a href=\"workload:%1\">%1</a>").arg(id));
    }
    return html;
}

void LessonPanel::clearLesson()
{
    m_lessonId.clear();
    m_title->clear();
    m_lookFor->clear();
    m_thenTry->clear();
    m_seed->clear();
    hide();
}

QString LessonPanel::lookForText() const
{
    return isHidden() ? QString() : QTextDocumentFragment::fromHtml(m_lookFor->text()).toPlainText();
}

QString LessonPanel::thenTryText() const
{
    return isHidden() || m_thenTry->isHidden()
        ? QString()
        : QTextDocumentFragment::fromHtml(m_thenTry->text()).toPlainText();
}

QString LessonPanel::text() const
{
    if (isHidden())
        return {};
    QStringList lines{m_title->text(), lookForText()};
    if (const QString then = thenTryText(); !then.isEmpty())
        lines << then;
    return lines.join(QLatin1Char('\n'));
}

void LessonPanel::setCollapsed(bool collapsed)
{
    m_collapsed = collapsed;
    m_body->setVisible(!collapsed);
    updateToggle();
}

void LessonPanel::updateToggle()
{
    // Text arrows, not arrow buttons: they grow with the font on a projector.
    m_toggle->setText(m_collapsed ? QStringLiteral("▶") : QStringLiteral("▼"));
    m_toggle->setToolTip(m_collapsed ? tr("Show what to look for")
                                     : tr("Fold the lesson to its title"));
}

void LessonPanel::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::FontChange) {
        QFont bold = font();
        bold.setBold(true);
        m_title->setFont(bold);
        const int icon = std::max(16, fontMetrics().height());
        m_runButton->setIconSize(QSize(icon, icon));
        // Large fonts (presentation mode): the source line goes to the tooltip.
        m_compact = fontMetrics().height() > 20;
        if (!m_lessonId.isEmpty())
            m_seed->setVisible(!m_seed->text().isEmpty() && !m_compact);
    }
}

} // namespace corescope::gui
