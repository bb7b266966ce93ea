#pragma once

#include "core/exec/runoptions.h"

#include <QObject>
#include <QString>

#include <functional>

class QAction;
class QActionGroup;
class QMenu;

namespace corescope::gui {

class ControlPanel;
class DiagnosisPanel;
class FileController;
class LabSession;
class LessonPanel;
class MessageBanner;

/// The teaching side of the window: the Lessons menu (one entry per corescope::allLessons(),
/// each loading its workload and options and showing what to look for), the "why this
/// speedup?" diagnosis after every run, and the explanation of why a crashing workload cannot
/// run on threads.
class LessonGuide final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LessonGuide)
public:
    /// What the guide works with; all owned by the window.
    struct Parts {
        LabSession *session = nullptr;
        FileController *files = nullptr;   ///< loads a lesson's workload
        ControlPanel *controls = nullptr;  ///< takes a lesson's options
        MessageBanner *banner = nullptr;
        QMenu *menu = nullptr;             ///< filled with the lessons
        LessonPanel *lessonPanel = nullptr;
        DiagnosisPanel *diagnosisPanel = nullptr;
        /// Starts a run as the Run button does (asking first when one is going).
        std::function<bool(const RunOptions &)> startRun;
        /// Starts a race of two settings (the lesson panel's Race button), as startRun does.
        std::function<bool(const RunOptions &, const RunOptions &)> startRace;
        std::function<void()> showLiveTab;
    };
    LessonGuide(Parts parts, QObject *parent);

    /// Loads the lesson's workload and options into the window and shows its text; false
    /// (and nothing changes) for an unknown id or a workload that cannot be loaded.
    bool openLesson(const QString &id);
    /// The Lessons menu's entries, in teaching order (data(): the lesson id).
    QList<QAction *> lessonActions() const;
    /// Builds the Lessons menu again and says the diagnosis again, in the current language.
    void retranslate();

private:
    void populateMenu();   // into an empty menu: rebuildMenu() empties it first
    void rebuildMenu();
    void showDiagnosis();
    void onRunStarted();
    void onRunEnded();
    void onBaselineRequested();
    void onLessonDismissed();
    void onRaceRequested();
    void updateCrashExplanation();

    Parts m_parts;
    QMenu *m_menu = nullptr;
    LessonPanel *m_lessonPanel = nullptr;
    DiagnosisPanel *m_diagnosis = nullptr;
    quint64 m_diagnosisTicket = 0;   // the newest diagnosis asked for; older ones are dropped
    QActionGroup *m_group = nullptr;
    QAction *m_closeAction = nullptr;
    QString m_crashText;   // the crash explanation the banner shows, while it does
};

} // namespace corescope::gui
