#include "app/gui/lessonpanel.h"

#include "app/gui/foldablepanel.h"
#include "app/i18n/language.h"
#include "app/charts/runlabel.h"
#include "core/sample/cpusampler.h"

#include <QEvent>
#include <QFont>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QScreen>
#include <QScrollArea>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>
#include <QStyle>
#include <QTextDocumentFragment>
#include <QToolButton>
#include <QVBoxLayout>

#include <QLocale>

#include <algorithm>
#include <cmath>

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
    const foldable::Parts parts = foldable::build(this, QStringLiteral("lesson"),
                                                  {"#e8f5e9", "#66bb6a", "#0b2e13"},
                                                  QMargins(8, 4, 6, 6));
    QVBoxLayout *layout = parts.layout;
    QHBoxLayout *header = parts.header;
    m_toggle = parts.toggle;
    m_title = parts.title;
    connect(m_toggle, &QToolButton::clicked, this, [this] { setCollapsed(!m_collapsed); });
    m_title->setTextFormat(Qt::PlainText);
    m_title->setWordWrap(true);
    m_title->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_runButton = new QPushButton(style()->standardIcon(QStyle::SP_MediaPlay), QString(), this);
    m_runButton->setObjectName(QStringLiteral("lessonRunButton"));
    connect(m_runButton, &QPushButton::clicked, this, &LessonPanel::runRequested);
    m_raceButton = new QPushButton(style()->standardIcon(QStyle::SP_MediaSeekForward), QString(), this);
    m_raceButton->setObjectName(QStringLiteral("lessonRaceButton"));
    m_raceButton->hide();   // lessons with a race only (showLesson)
    connect(m_raceButton, &QPushButton::clicked, this, &LessonPanel::raceRequested);
    m_close = new QToolButton(this);
    m_close->setObjectName(QStringLiteral("lessonClose"));
    m_close->setAutoRaise(true);
    m_close->setText(QStringLiteral("✕"));   // text, so it grows with presentation fonts
    connect(m_close, &QToolButton::clicked, this, [this] {
        clearLesson();
        Q_EMIT dismissed();
    });
    header->addWidget(m_toggle, 0, Qt::AlignTop);
    header->addWidget(m_title, 1);
    header->addWidget(m_runButton, 0, Qt::AlignTop);
    header->addWidget(m_raceButton, 0, Qt::AlignTop);
    header->addWidget(m_close, 0, Qt::AlignTop);
    layout->addLayout(header);

    // The text scrolls when the screen has no room for all of it (long Russian text under
    // presentation fonts on a 720p projector): the window never grows past its screen.
    m_scroll = new QScrollArea(this);
    m_scroll->setObjectName(QStringLiteral("lessonScroll"));
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setWidgetResizable(true);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_scroll->setStyleSheet(QStringLiteral("QScrollArea, QScrollArea > QWidget, #lessonBody "
                                           "{ background: transparent; }"));
    m_scroll->viewport()->setAutoFillBackground(false);
    m_body = new QWidget(m_scroll);
    m_body->setObjectName(QStringLiteral("lessonBody"));
    auto *body = new QVBoxLayout(m_body);
    body->setContentsMargins(0, 0, 0, 0);
    body->setSpacing(3);
    m_lookFor = makeTextLabel(m_body, "lessonLookFor");
    m_thenTry = makeTextLabel(m_body, "lessonThenTry");
    m_seed = makeTextLabel(m_body, "lessonSeed");
    m_runsOn = makeTextLabel(m_body, "lessonRunsOn");
    m_figures = makeTextLabel(m_body, "lessonFigures");
    for (QLabel *label : {m_lookFor, m_thenTry}) {
        connect(label, &QLabel::linkActivated, this, [this](const QString &link) {
            if (link.startsWith(QLatin1String("workload:")))
                Q_EMIT workloadRequested(link.mid(9));
            else if (link.startsWith(QLatin1String("lesson:")))
                Q_EMIT lessonRequested(link.mid(7));
        });
    }
    body->addWidget(m_runsOn);
    body->addWidget(m_lookFor);
    body->addWidget(m_figures);
    body->addWidget(m_thenTry);
    body->addWidget(m_seed);
    m_seed->hide();   // showLesson() decides; never with presentation fonts (room for charts)
    m_scroll->setWidget(m_body);
    layout->addWidget(m_scroll);
    retranslate();
    hide();
}

void LessonPanel::retranslate()
{
    m_toggle->setAccessibleName(tr("Fold the lesson"));
    m_runButton->setText(tr("Run this lesson"));
    m_runButton->setToolTip(tr("Run what the side panel shows: the lesson's workload and "
                               "options, or what you changed since (the same as Run, Ctrl+R)"));
    m_raceButton->setText(tr("Race"));
    m_close->setToolTip(tr("Close the lesson (the workload and options stay)"));
    m_close->setAccessibleName(tr("Close lesson"));
    updateToggle();
    // The lesson shown, in the new language; this machine's measurements stay.
    if (const Lesson *lesson = lessonById(m_lessonId.toStdString())) {
        const auto measured = m_measured;
        const QString context = m_measuredContext;
        const bool collapsed = m_collapsed;
        const bool hidden = isHidden();   // not isVisible(): the window may not be shown
        showLesson(*lesson);
        m_measured = measured;
        m_measuredContext = context;
        updateFigures();
        setCollapsed(collapsed);
        setHidden(hidden);
    }
}

void LessonPanel::showLesson(const Lesson &lesson)
{
    m_lessonId = fromView(lesson.id);
    m_title->setText(tr("Lesson: %1").arg(i18n::lessonText(lesson.title)));
    m_lookFor->setText(tr("<b>What to look for:</b> %1").arg(linked(i18n::lessonText(lesson.lookFor))));
    // Said for every lesson: a class must know whether it watches Python or the native kernels.
    const RunOptions &o = lesson.options;
    const QString label = executionText(o.mode, o.gil, o.runtime);
    m_runsOn->setText(o.runtime == Runtime::Python
                          ? tr("<b>Runs on:</b> %1, in a real Python interpreter").arg(label)
                          : tr("<b>Runs on:</b> %1, the native C++ kernels (Python would be "
                               "slower per task)")
                                .arg(label));
    m_lessonWorkload = fromView(lesson.workload);
    const auto race = lessonRace(lesson, logicalCoreCount());
    m_raceButton->setVisible(race.has_value());
    if (race)
        m_raceButton->setToolTip(tr("Run the lesson's workload on %1, then on %2, and show both "
                                    "timelines on one time axis with their wall times")
                                     .arg(optionsText(race->first), optionsText(race->second)));
    m_tutorialFigures.clear();
    for (const TutorialFigure &f : lesson.figures)
        m_tutorialFigures += (m_tutorialFigures.isEmpty() ? QString() : QStringLiteral(", "))
            + tr("%1 %2 s").arg(i18n::lessonText(f.what)).arg(QLocale().toString(f.seconds, 'f', 3));
    m_measured.clear();
    m_measuredContext.clear();
    updateFigures();
    const QString thenTry = i18n::lessonText(lesson.thenTry);
    m_thenTry->setText(tr("<b>Then try:</b> %1").arg(linked(thenTry)));
    m_thenTry->setVisible(!thenTry.isEmpty());
    const QString seed = i18n::lessonText(lesson.seed);
    m_seed->setText(tr("<span style=\"color:#33691e\">From the teaching material: %1</span>")
                        .arg(seed.toHtmlEscaped()));
    m_seed->setVisible(!seed.isEmpty() && !m_compact);
    const QString source = seed.isEmpty() ? QString() : tr("\nFrom the teaching material: %1").arg(seed);
    setToolTip(tr("The lesson picked in the Lessons menu: it stays until you close it or pick "
                  "another.%1").arg(source));
    setCollapsed(false);
    show();
}

void LessonPanel::addMeasurement(const RunResult &run, const QString &workloadKey)
{
    if (m_lessonId.isEmpty() || m_tutorialFigures.isEmpty() || run.status != RunStatus::Ok
        || workloadKey != m_lessonWorkload)
        return;
    const RunOptions &o = run.options;
    QString what = executionText(o.mode, o.gil, o.runtime);
    if (o.mode != Mode::Serial)
        what = tr("%1 × %2").arg(what).arg(o.workers);
    const QString time = tr("%1 s").arg(QLocale().toString(double(run.wallNs) / 1e9, 'f', 3));
    const auto same = std::find_if(m_measured.begin(), m_measured.end(),
                                   [&what](const auto &m) { return m.first == what; });
    if (same != m_measured.end())
        same->second = time;
    else
        m_measured.emplace_back(what, time);
    // Why the figures differ: another machine, another core count, another start method.
    const int cores = run.machine.logicalCores;
    m_measuredContext = cores == 1 ? tr("1 core") : tr("%1 cores").arg(cores);
    if (run.python) {
        m_measuredContext += tr(", Python %1").arg(QString::fromStdString(run.python->version));
        if (!run.python->startMethod.empty())
            m_measuredContext +=
                tr(", start method %1").arg(QString::fromStdString(run.python->startMethod));
    }
    updateFigures();
}

void LessonPanel::updateFigures()
{
    if (m_tutorialFigures.isEmpty()) {
        m_figures->clear();
        m_figures->hide();
        return;
    }
    QString text = tr("<b>The tutorial printed</b> (its author's machine): %1.")
                       .arg(m_tutorialFigures.toHtmlEscaped());
    if (m_measured.empty()) {
        text += tr(" <b>This machine:</b> run the lesson, and its serial run, to compare.");
    } else {
        QStringList parts;
        for (const auto &[what, time] : m_measured)
            parts << tr("%1: %2").arg(what.toHtmlEscaped(), time);
        text += tr(" <b>This machine</b> (%1): %2. Times differ with the processor, the cores "
                   "and the start method; the ratios are what carries over.")
                    .arg(m_measuredContext.toHtmlEscaped(), parts.join(QStringLiteral(", ")));
    }
    m_figures->setText(text);
    m_figures->show();
    fitHeight();
}

QString LessonPanel::runsOnText() const
{
    return plainText(m_runsOn);
}

QString LessonPanel::figuresText() const
{
    return plainText(m_figures);
}

void LessonPanel::setWorkloadIds(const QStringList &ids)
{
    m_workloadIds = ids;
}

void LessonPanel::setLessonIds(const QStringList &ids)
{
    m_lessonIds = ids;
}

QString LessonPanel::linked(const QString &plain) const
{
    // Every id with what it opens; longest first, so "counter-shared" is never taken for a
    // shorter id inside it (sorted here: setWorkloadIds() and setLessonIds() come in any order).
    std::vector<std::pair<QString, QLatin1String>> targets;
    for (const QString &id : m_workloadIds)
        targets.emplace_back(id, QLatin1String("workload"));
    for (const QString &id : m_lessonIds)
        if (!m_workloadIds.contains(id))
            targets.emplace_back(id, QLatin1String("lesson"));
    std::stable_sort(targets.begin(), targets.end(),
                     [](const auto &a, const auto &b) { return a.first.size() > b.first.size(); });
    QString html = plain.toHtmlEscaped();
    for (const auto &[id, scheme] : targets) {
        // Whole words only ("doubler" is not inside "doubler-sleep"), and only ids with a
        // dash or a digit, so an ordinary word ("doubler" in a sentence) stays a word.
        if (!id.contains(QLatin1Char('-')) && !std::any_of(id.begin(), id.end(), [](QChar c) {
                return c.isDigit();
            }))
            continue;
        // ASCII neighbours only: a Korean particle right after an id ("counter-locked를") is
        // not part of it, though Unicode counts Hangul as a word character.
        const QRegularExpression word(QStringLiteral("(?<![A-Za-z0-9_-])%1(?![A-Za-z0-9_-])")
                                          .arg(QRegularExpression::escape(id)));
        html.replace(word, QStringLiteral("<a href=\"%1:%2\">%2</a>").arg(scheme, id));
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
    m_runsOn->clear();
    m_lessonWorkload.clear();
    m_tutorialFigures.clear();
    m_measured.clear();
    updateFigures();
    hide();
}

QString LessonPanel::plainText(const QLabel *label) const
{
    return isHidden() || label->isHidden()
        ? QString()
        : QTextDocumentFragment::fromHtml(label->text()).toPlainText();
}

QString LessonPanel::lookForText() const
{
    return plainText(m_lookFor);
}

QString LessonPanel::thenTryText() const
{
    return plainText(m_thenTry);
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
    m_scroll->setVisible(!collapsed);
    updateToggle();
    // Folded or unfolded: measured again at the width it has.
    setMinimumHeight(0);
    setMaximumHeight(QWIDGETSIZE_MAX);
    fitHeight();
}

void LessonPanel::updateToggle()
{
    foldable::showFolded(m_toggle, m_collapsed, tr("Show what to look for"),
                         tr("Fold the lesson to its title"));
}

int LessonPanel::roomOnScreen() const
{
    // The screen's height less what the rest of the window cannot shrink below (menus, tabs,
    // the charts' minimum, the diagnosis, the status line).
    const QWidget *top = window();
    const QScreen *screen = top == this ? nullptr : top->screen();
    if (!screen || !top->layout())
        return QWIDGETSIZE_MAX;
    const int frame = std::max(0, top->frameGeometry().height() - top->height());
    const int windowMinimum = top->layout()->totalMinimumSize().height();
    const int ours = minimumHeight() > 0 ? minimumHeight() : minimumSizeHint().height();
    return screen->availableGeometry().height() - frame - (windowMinimum - ours);
}

void LessonPanel::fitHeight()
{
    QLayout *box = layout();
    if (!box || isHidden() || m_fitting)
        return;
    m_fitting = true;
    // The whole text at the width the panel has: the header (its title wraps), then the body
    // as it reads without a scroll bar.
    const QMargins margins = box->contentsMargins();
    const int inner = std::max(1, width() - margins.left() - margins.right());
    QLayoutItem *header = box->itemAt(0);
    const int headerHeight = header->hasHeightForWidth() ? header->heightForWidth(inner)
                                                         : header->sizeHint().height();
    // The header always shows (its title and buttons): on a 720p projector under presentation
    // fonts the charts' minimum leaves the text a line or two.
    const int least = margins.top() + margins.bottom() + headerHeight;
    int needed = least;
    if (!m_collapsed) {
        QLayout *body = m_body->layout();
        body->activate();
        const int bodyHeight = body->hasHeightForWidth() ? body->totalHeightForWidth(inner)
                                                         : body->totalSizeHint().height();
        needed += box->spacing() + bodyHeight;
        // As laid out, the header may take a few pixels more than it asks (its buttons):
        // measured, so the text fits without a scroll bar when there is room.
        if (m_scroll->isVisible() && m_scroll->height() > 0)
            needed = std::max(needed, height() - m_scroll->height() + bodyHeight);
    }
    // Never shorter than its wrapped text while the screen has room (the window's layout would
    // otherwise squeeze it to the labels' width-blind minimum and cut the last line); past
    // that the text scrolls rather than pushing the window off its screen.
    // Fixed at that: the window's box layout gives a panel that wraps its height for its
    // width, not less, whatever its minimum.
    int height = std::min(needed, std::max(least, roomOnScreen()));
    if (height < needed && height > least && !m_collapsed) {
        const int shown = height - (needed - m_body->layout()->totalHeightForWidth(inner));
        height -= shown - toWholeLines(shown);
    }
    if (minimumHeight() != height || maximumHeight() != height)
        setFixedHeight(height);
    m_fitting = false;
}

int LessonPanel::toWholeLines(int available) const
{
    int best = 0;
    for (const int end : lineEnds())
        if (end <= available)
            best = std::max(best, end);
    return best > 0 ? best : available;
}

const std::vector<int> &LessonPanel::lineEnds() const
{
    // Each label's lines where its text lays them out (as QLabel does: no document margin): a
    // line that falls back to another font (Hangul) is taller than the label's font says.
    // Laid out again only when a label's text, font or place changed: the window asks for
    // its layout (and so fitHeight()) some 25 times a second while a run goes.
    LineCut key;
    for (const QLabel *label : m_body->findChildren<QLabel *>()) {
        if (!label->isHidden() && label->height() > 0)
            key.labels.push_back({label->text(), label->textFormat() == Qt::PlainText, label->font(),
                                  label->contentsRect().translated(label->pos())});
    }
    if (key.labels == m_lineCut.labels)
        return m_lineCut.ends;
    for (const LineCut::Label &label : key.labels) {
        QTextDocument document;
        document.setDefaultFont(label.font);
        document.setDocumentMargin(0);
        if (label.plain)
            document.setPlainText(label.text);
        else
            document.setHtml(label.text);
        document.setTextWidth(label.rect.width());
        (void)document.size();   // lays it out
        for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
            const QTextLayout *layout = block.layout();
            for (int i = 0; layout && i < layout->lineCount(); ++i) {
                const int end = label.rect.top()
                    + int(std::ceil(layout->position().y() + layout->lineAt(i).rect().bottom()));
                if (end <= label.rect.bottom() + 1)
                    key.ends.push_back(end);
            }
        }
    }
    m_lineCut = std::move(key);
    return m_lineCut.ends;
}

bool LessonPanel::eventFilter(QObject *watched, QEvent *event)
{
    // The rest of the window changed its minimum (the diagnosis appeared after a run, the
    // side panel came back): measure the room again before the window lays itself out.
    if (watched == m_watchedWindow && event->type() == QEvent::LayoutRequest)
        fitHeight();
    return QFrame::eventFilter(watched, event);
}

void LessonPanel::showEvent(QShowEvent *event)
{
    QFrame::showEvent(event);
    QWidget *top = window();
    if (top != this && top != m_watchedWindow) {
        if (m_watchedWindow)
            m_watchedWindow->removeEventFilter(this);
        m_watchedWindow = top;
        top->installEventFilter(this);
    }
    fitHeight();
}

void LessonPanel::resizeEvent(QResizeEvent *event)
{
    QFrame::resizeEvent(event);
    fitHeight();
}

void LessonPanel::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslate();
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
        fitHeight();
    }
}

} // namespace corescope::gui
