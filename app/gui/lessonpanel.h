#pragma once

#include "core/lessons/lesson.h"
#include "core/trace/runresult.h"

#include <utility>
#include <vector>

#include <QFont>
#include <QFrame>
#include <QRect>
#include <QString>
#include <QPointer>

class QLabel;
class QPushButton;
class QScrollArea;
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
    /// A run ended on the workload `workloadKey` (a shipped id, or a file's path): if it is the
    /// lesson's and the lesson quotes a tutorial's figures, its time joins "this machine"
    /// beside them (one per execution label, the latest).
    void addMeasurement(const RunResult &run, const QString &workloadKey);
    /// The shipped workload ids: where a lesson's text names one, it becomes a link that
    /// loads it (workloadRequested()).
    void setWorkloadIds(const QStringList &ids);
    /// The lesson ids: where a lesson's text names another ("the next lesson, gil-processes"),
    /// it becomes a link that opens it (lessonRequested()). A workload's id wins.
    void setLessonIds(const QStringList &ids);
    /// Hides the panel; lessonId() becomes empty.
    void clearLesson();

    /// The lesson shown ("gil-cpu"), or empty.
    QString lessonId() const { return m_lessonId; }
    /// Title, what to look for and what to try next, as plain text (empty when hidden).
    QString text() const;
    QString lookForText() const;
    /// "Runs on: Python threads, in a real Python interpreter", as plain text.
    QString runsOnText() const;
    /// The tutorial's figures and this machine's, as plain text (empty for lessons that quote
    /// none).
    QString figuresText() const;
    QString thenTryText() const;

    bool isCollapsed() const { return m_collapsed; }
    void setCollapsed(bool collapsed);
    QToolButton *collapseButton() const { return m_toggle; }
    QPushButton *runButton() const { return m_runButton; }
    /// "Race": shown for a lesson with a race (lessonRace()).
    QPushButton *raceButton() const { return m_raceButton; }
    QToolButton *closeButton() const { return m_close; }

Q_SIGNALS:
    /// "Run this lesson" was pressed.
    void runRequested();
    /// "Race" was pressed: the lesson's two settings, one after the other.
    void raceRequested();
    /// The user closed the panel.
    void dismissed();
    /// A workload named in the text was clicked ("counter-locked").
    void workloadRequested(const QString &id);
    /// A lesson named in the text was clicked ("gil-processes").
    void lessonRequested(const QString &id);

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void showEvent(QShowEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslate();
    void updateToggle();
    QString linked(const QString &plain) const;
    /// A label's text as plain text; empty while the panel or the label is hidden.
    QString plainText(const QLabel *label) const;
    void updateFigures();
    /// As tall as its wrapped text at its width (the window's layout would otherwise squeeze
    /// it to the labels' width-blind minimum and cut the last line: long Russian text under
    /// presentation fonts), but never taller than the room the window's screen leaves it: the
    /// rest of the text scrolls.
    void fitHeight();
    /// The most the panel may take without pushing the window past its screen.
    int roomOnScreen() const;
    /// The most of the body's top `available` px that ends at a whole line of its text (as
    /// laid out now): a scrolled panel shows no half line at its bottom.
    int toWholeLines(int available) const;
    /// Where each line of the body's text ends (px from the body's top), kept until a label's
    /// text, font or place changes.
    const std::vector<int> &lineEnds() const;
    struct LineCut {
        struct Label {
            QString text;
            bool plain = false;   ///< Qt::PlainText, else rich text
            QFont font;
            QRect rect;   ///< its text's, in the body
            bool operator==(const Label &) const = default;
        };
        std::vector<Label> labels;
        std::vector<int> ends;
    };
    mutable LineCut m_lineCut;

    QToolButton *m_toggle = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_lookFor = nullptr;
    QLabel *m_thenTry = nullptr;
    QLabel *m_seed = nullptr;
    QLabel *m_runsOn = nullptr;
    QLabel *m_figures = nullptr;
    QScrollArea *m_scroll = nullptr;
    QWidget *m_body = nullptr;
    QPointer<QWidget> m_watchedWindow;   // its layout requests re-measure the room
    QPushButton *m_runButton = nullptr;
    QPushButton *m_raceButton = nullptr;
    QToolButton *m_close = nullptr;
    QString m_lessonId;
    QString m_lessonWorkload;
    QString m_tutorialFigures;                       // "serial 0.479 s, 2 threads 0.485 s"
    std::vector<std::pair<QString, QString>> m_measured;   // label -> "0.412 s", run order
    QString m_measuredContext;                       // "2 cores, Python 3.11.7, fork"
    QStringList m_workloadIds;
    QStringList m_lessonIds;
    bool m_collapsed = false;
    bool m_compact = false;   // presentation fonts: no source line
    bool m_fitting = false;
};

} // namespace corescope::gui
