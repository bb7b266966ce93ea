#include "app/gui/lessonguide.h"

#include "app/charts/runlabel.h"
#include "app/gui/controlpanel.h"
#include "app/gui/diagnosispanel.h"
#include "app/gui/lessonpanel.h"
#include "app/gui/filecontroller.h"
#include "app/gui/labsession.h"
#include "app/gui/messagebanner.h"
#include "app/gui/pythonfinder.h"
#include "app/gui/runexplanation.h"
#include "app/i18n/language.h"
#include "core/exec/pythonexecutor.h"
#include "core/lessons/lesson.h"
#include "core/sample/cpusampler.h"
#include "core/workload/catalog.h"

#include <QAction>
#include <QApplication>
#include <QPointer>
#include <QThreadPool>
#include <QActionGroup>
#include <QMenu>

namespace corescope::gui {

namespace {

// From this many task records the diagnosis is worked out off the GUI thread.
constexpr std::size_t kDiagnoseInBackgroundFrom = 100'000;

} // namespace

namespace {

QString fromView(std::string_view text)
{
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

} // namespace

LessonGuide::LessonGuide(Parts parts, QObject *parent)
    : QObject(parent),
      m_parts(std::move(parts)),
      m_menu(m_parts.menu),
      m_lessonPanel(m_parts.lessonPanel),
      m_diagnosis(m_parts.diagnosisPanel)
{
    m_menu->setToolTipsVisible(true);
    m_group = new QActionGroup(this);
    m_group->setExclusionPolicy(QActionGroup::ExclusionPolicy::ExclusiveOptional);
    populateMenu();
    // The interpreter's answer arrives from the background: grey out its lessons then.
    connect(PythonFinder::instance(), &PythonFinder::probed, this, [this](const QString &path) {
        if (path.isEmpty())
            rebuildMenu();
    });

    connect(m_lessonPanel, &LessonPanel::runRequested, this,
            [this] { m_parts.startRun(m_parts.controls->options()); });
    connect(m_lessonPanel, &LessonPanel::dismissed, this, &LessonGuide::onLessonDismissed);
    connect(m_lessonPanel, &LessonPanel::raceRequested, this, &LessonGuide::onRaceRequested);
    QStringList ids;
    for (const CatalogEntry &entry : shippedWorkloads())
        ids << QString::fromStdString(entry.id);
    m_lessonPanel->setWorkloadIds(ids);
    // "Load counter-locked" in a lesson's text loads it; the lesson and its options stay.
    connect(m_lessonPanel, &LessonPanel::workloadRequested, this,
            [this](const QString &id) { m_parts.files->loadWorkload(id); });
    // "Open the next lesson, gil-processes" opens it, as the Lessons menu does (the lessons it
    // links are the menu's enabled ones: populateMenu()).
    connect(m_lessonPanel, &LessonPanel::lessonRequested, this, [this](const QString &id) {
        for (const QAction *action : m_group->actions())   // (a text shown before it was greyed)
            if (action->data().toString() == id && action->isEnabled())
                openLesson(id);
    });
    connect(m_diagnosis, &DiagnosisPanel::baselineRequested, this,
            &LessonGuide::onBaselineRequested);
    LabSession *session = m_parts.session;
    connect(session, &LabSession::runStarted, this, &LessonGuide::onRunStarted);
    connect(session, &LabSession::runEnded, this, &LessonGuide::onRunEnded);
    connect(session, &LabSession::workloadChanged, this, &LessonGuide::updateCrashExplanation);
    connect(m_parts.controls, &ControlPanel::optionsChanged, this,
            &LessonGuide::updateCrashExplanation);
}

void LessonGuide::populateMenu()
{
    // One submenu per tutorial (&0 .. &4, &Beyond), its lessons numbered &1 .. &9 inside it.
    // A lesson that runs on the Python runtime is greyed out without an interpreter, with the
    // sentence that says how to get one.
    const auto python = PythonFinder::instance()->find({});
    const std::string pythonMissing = python ? python->error : std::string();
    for (const Tutorial &tutorial : tutorials()) {
        QMenu *submenu = nullptr;
        int number = 0;
        for (const Lesson &lesson : allLessons()) {
            if (&tutorialOf(lesson) != &tutorial)
                continue;
            if (!submenu) {
                const QString title = tutorial.id.empty()
                    ? tr("&Beyond the tutorials")
                    : tr("&%1  %2 (%3): %4")
                          .arg(QLatin1Char(tutorial.id.back()))
                          .arg(fromView(tutorial.id), i18n::lessonText(tutorial.language),
                               i18n::lessonText(tutorial.title));
                submenu = m_menu->addMenu(title);
                submenu->setToolTipsVisible(true);
            }
            ++number;
            QString title = i18n::lessonText(lesson.title);
            title.replace(QLatin1Char('&'), QStringLiteral("&&"));
            const QString text = number <= 9 ? QStringLiteral("&%1 %2").arg(number).arg(title)
                                             : QStringLiteral("%1 %2").arg(number).arg(title);
            QAction *action = submenu->addAction(text);
            action->setCheckable(true);
            action->setData(fromView(lesson.id));
            action->setStatusTip(i18n::lessonText(lesson.title));
            if (needsPython(lesson) && !pythonMissing.empty()) {
                action->setEnabled(false);
                action->setToolTip(i18n::engineText(pythonMissing));
            } else {
                action->setToolTip(i18n::lessonText(lesson.lookFor));
            }
            m_group->addAction(action);
            const QString id = fromView(lesson.id);
            connect(action, &QAction::triggered, this, [this, id] { openLesson(id); });
        }
    }
    // A lesson greyed out in the menu (no interpreter for it) is no link in a lesson's text:
    // it stays a word there, and the menu says why.
    QStringList linkable;
    for (const QAction *action : m_group->actions())
        if (action->isEnabled())
            linkable << action->data().toString();
    m_lessonPanel->setLessonIds(linkable);
    m_menu->addSeparator();
    m_closeAction = m_menu->addAction(tr("&Close the Lesson"));
    m_closeAction->setToolTip(tr("Hide the lesson's text; the workload and options stay"));
    m_closeAction->setEnabled(!m_lessonPanel->lessonId().isEmpty());
    connect(m_closeAction, &QAction::triggered, this, [this] {
        m_lessonPanel->clearLesson();
        onLessonDismissed();
    });

    for (QAction *action : m_group->actions())
        action->setChecked(!m_lessonPanel->lessonId().isEmpty()
                           && action->data().toString() == m_lessonPanel->lessonId());
}

void LessonGuide::rebuildMenu()
{
    // clear() leaves the submenus (children of the menu) and their actions: delete them.
    // (Adding to the menu as it was gave every lesson twice once the interpreter's probe
    // answered.)
    const QList<QAction *> lessons = m_group->actions();
    qDeleteAll(lessons);
    qDeleteAll(m_menu->findChildren<QMenu *>(Qt::FindDirectChildrenOnly));
    m_menu->clear();
    populateMenu();
}

void LessonGuide::retranslate()
{
    // The lessons menu is built from the lessons' texts: built again in the new language.
    rebuildMenu();
    // The diagnosis of the run shown, said again in the new language.
    // (Held, not shown: on the Sweep tab the panel is hidden with its text.)
    if (m_diagnosis->hasContent() && m_parts.session->lastResult()
        && !m_parts.session->isRunning())
        showDiagnosis();
}

QList<QAction *> LessonGuide::lessonActions() const
{
    return m_group->actions();
}

bool LessonGuide::openLesson(const QString &id)
{
    const Lesson *lesson = lessonById(id.toStdString());
    if (!lesson || !m_parts.files->loadWorkload(fromView(lesson->workload))) {
        // Keep the menu's check mark on what is shown.
        for (QAction *action : m_group->actions())
            action->setChecked(action->data().toString() == m_lessonPanel->lessonId());
        return false;
    }
    m_parts.controls->setOptions(lessonOptions(*lesson, logicalCoreCount()));
    m_lessonPanel->showLesson(*lesson);
    for (QAction *action : m_group->actions())
        action->setChecked(action->data().toString() == id);
    m_closeAction->setEnabled(true);
    m_parts.showLiveTab();
    updateCrashExplanation();
    return true;
}

void LessonGuide::onLessonDismissed()
{
    if (QAction *checked = m_group->checkedAction())
        checked->setChecked(false);
    m_closeAction->setEnabled(false);
}

void LessonGuide::onRaceRequested()
{
    const Lesson *lesson = lessonById(m_lessonPanel->lessonId().toStdString());
    if (!lesson || !m_parts.startRace)
        return;
    const auto race = lessonRace(*lesson, logicalCoreCount());
    if (!race)
        return;
    // The lesson's own workload, even if another one was picked since.
    const QString workload = fromView(lesson->workload);
    if (m_parts.session->workloadKey() != workload && !m_parts.files->loadWorkload(workload))
        return;
    // The side panel's work scale applies to both: a race slow enough to narrate.
    const double scale = m_parts.controls->options().scale;
    RunOptions first = race->first;
    RunOptions second = race->second;
    first.scale = second.scale = scale;
    m_parts.showLiveTab();
    m_parts.startRace(first, second);
}

void LessonGuide::onRunStarted()
{
    m_crashText.clear();   // the window cleared the banner for the run
    ++m_diagnosisTicket;   // a diagnosis still being worked out is of an older run
    const auto workload = m_parts.session->runWorkload();
    m_diagnosis->showPending(workload ? runTitle(*workload, m_parts.session->runOptions())
                                      : QString());
}

void LessonGuide::onRunEnded()
{
    ++m_diagnosisTicket;   // a diagnosis still being worked out is of an older run
    const LabSession *session = m_parts.session;
    const auto result = session->lastResult();
    if (!result) {
        m_diagnosis->clear();
        return;
    }
    m_lessonPanel->addMeasurement(*result, session->runWorkloadKey());
    showDiagnosis();
}

void LessonGuide::showDiagnosis()
{
    const LabSession *session = m_parts.session;
    const auto result = session->lastResult();
    const QString key = session->runWorkloadKey();
    const Runtime runtime = result->options.runtime;
    const auto baseline = session->history().baselineRun(key, runtime);
    // The same tasks on the other runtime: how much of the time is the interpreter's.
    std::vector<Finding> more;
    if (const auto &finding = session->runtimeComparison())
        more.push_back(*finding);
    const quint64 ticket = ++m_diagnosisTicket;
    if (result->tasks.size() < kDiagnoseInBackgroundFrom) {
        m_diagnosis->showRun(*result, baseline.get(), std::move(more));
        return;
    }
    // diagnose() reads every task: 62-78 ms for a million on this VM, a stall the window's
    // event loop would feel as the run ends. The records are immutable, so it runs on the
    // global pool; the panel keeps saying "running…" until the findings come, and an answer
    // for a run since replaced is dropped.
    QThreadPool::globalInstance()->start([guard = QPointer<LessonGuide>(this), result, baseline,
                                          more = std::move(more), ticket]() mutable {
        std::vector<Finding> findings =
            DiagnosisPanel::findingsFor(*result, baseline.get(), std::move(more));
        QMetaObject::invokeMethod(
            qApp, [guard, result, baseline, findings = std::move(findings), ticket]() mutable {
                if (guard && guard->m_diagnosisTicket == ticket)
                    guard->m_diagnosis->showFindings(*result, baseline.get(), std::move(findings));
            });
    });
}

void LessonGuide::onBaselineRequested()
{
    // The serial run of the workload the panel explains, even if another one is picked now.
    const QString key = m_parts.session->runWorkloadKey();
    if (!key.isEmpty() && key != m_parts.session->workloadKey() && !m_parts.files->loadWorkload(key))
        return;
    RunOptions options = m_parts.controls->options();
    options.mode = Mode::Serial;
    options.gil = false;
    m_parts.startRun(options);
}

void LessonGuide::updateCrashExplanation()
{
    const auto workload = m_parts.session->workload();
    if (!workload)
        return;
    MessageBanner *banner = m_parts.banner;
    const QString why = crashExplanation(*workload, m_parts.controls->options());
    if (!why.isEmpty()) {
        if (banner->text() != why)
            banner->showMessage(MessageBanner::Kind::Warning, why);
        m_crashText = why;
    } else if (!m_crashText.isEmpty()) {
        if (banner->text() == m_crashText)
            banner->clearMessage();
        m_crashText.clear();
    }
}

} // namespace corescope::gui
