#pragma once

#include <QObject>
#include <QString>

class QAction;
class QActionGroup;
class QMenu;

namespace corescope::gui {

class DiagnosisPanel;
class LessonPanel;
class MainWindow;

/// The teaching side of the window: the Lessons menu (one entry per corescope::allLessons(),
/// each loading its workload and options and showing what to look for), the "why this
/// speedup?" diagnosis after every run, and the explanation of why a crashing workload cannot
/// run on threads.
class LessonGuide final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LessonGuide)
public:
    /// Fills `menu` and drives the two panels; all are owned by `window`.
    LessonGuide(MainWindow *window, QMenu *menu, LessonPanel *lessonPanel,
                DiagnosisPanel *diagnosisPanel);

    /// Loads the lesson's workload and options into the window and shows its text; false
    /// (and nothing changes) for an unknown id or a workload that cannot be loaded.
    bool openLesson(const QString &id);
    /// The Lessons menu's entries, in teaching order (data(): the lesson id).
    QList<QAction *> lessonActions() const;

private:
    void onRunStarted();
    void onRunEnded();
    void onBaselineRequested();
    void onLessonDismissed();
    void updateCrashExplanation();

    MainWindow *m_window = nullptr;
    QMenu *m_menu = nullptr;
    LessonPanel *m_lessonPanel = nullptr;
    DiagnosisPanel *m_diagnosis = nullptr;
    QActionGroup *m_group = nullptr;
    QAction *m_closeAction = nullptr;
    QString m_crashText;   // the crash explanation the banner shows, while it does
};

} // namespace corescope::gui
