#pragma once

#include "core/lessons/lesson.h"

#include <QFrame>

class QLabel;
class QPushButton;
class QToolButton;

namespace corescope::gui {

/// The lesson picked in the Lessons menu, above the charts: its title, what to look for and
/// what to try next, in plain English and large enough for a projector. It stays until
/// dismissed or another lesson is picked; the header folds it to one line.
class LessonPanel final : public QFrame {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LessonPanel)
public:
    explicit LessonPanel(QWidget *parent = nullptr);

    void showLesson(const Lesson &lesson);
    /// The shipped workload ids: where a lesson's text names one, it becomes a link that
    /// loads it (workloadRequested()).
    void setWorkloadIds(const QStringList &ids);
    /// Hides the panel; lessonId() becomes empty.
    void clearLesson();

    /// The lesson shown ("gil-cpu"), or empty.
    QString lessonId() const { return m_lessonId; }
    /// Title, what to look for and what to try next, as plain text (empty when hidden).
    QString text() const;
    QString lookForText() const;
    QString thenTryText() const;

    bool isCollapsed() const { return m_collapsed; }
    void setCollapsed(bool collapsed);
    QToolButton *collapseButton() const { return m_toggle; }
    QPushButton *runButton() const { return m_runButton; }
    QToolButton *closeButton() const { return m_close; }

Q_SIGNALS:
    /// "Run this lesson" was pressed.
    void runRequested();
    /// The user closed the panel.
    void dismissed();
    /// A workload named in the text was clicked ("counter-locked").
    void workloadRequested(const QString &id);

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateToggle();
    QString linked(const QString &plain) const;

    QToolButton *m_toggle = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_lookFor = nullptr;
    QLabel *m_thenTry = nullptr;
    QLabel *m_seed = nullptr;
    QWidget *m_body = nullptr;
    QPushButton *m_runButton = nullptr;
    QToolButton *m_close = nullptr;
    QString m_lessonId;
    QStringList m_workloadIds;
    bool m_collapsed = false;
    bool m_compact = false;   // presentation fonts: no source line
};

} // namespace corescope::gui
