#pragma once

#include <QWidget>

#include <memory>

class QLabel;
class QTableView;

namespace corescope {
struct RunResult;
struct RunSnapshot;
}

namespace corescope::gui {

class LabSession;
class ResultsTable;
class TaskModel;
class TaskSortProxy;

/// The Results tab: one row per finished task of the session's run, in the order they
/// finished, sortable; a million rows stay O(visible rows).
class ResultsPage final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResultsPage)
public:
    ResultsPage(LabSession *session, QWidget *parent = nullptr);

    TaskModel *taskModel() const { return m_model; }
    TaskSortProxy *taskProxy() const { return m_proxy; }
    QTableView *table() const;
    /// The line above the table that says in which order its rows are.
    QString orderText() const;
    /// Selects the task's row and scrolls to it (a click on the timeline, a failed task).
    void selectTask(quint32 taskIndex);
    /// Projector colours and roomy rows; call after the font changed (rows and columns follow it).
    void setPresentationMode(bool on);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void onRunStarted();
    void onRunPiece(const RunSnapshot &piece);
    void onSavedRunOpened(const std::shared_ptr<const RunResult> &run);
    void onRunEnded();
    void resizeColumns();     // every column from the font and the words
    void fitInputColumn();    // the input column from the viewport's width
    void updateOrderText();

    LabSession *m_session = nullptr;
    TaskModel *m_model = nullptr;
    TaskSortProxy *m_proxy = nullptr;
    ResultsTable *m_table = nullptr;
    QLabel *m_order = nullptr;
    int m_inputMinimum = 0;   // the input column's width from resizeColumns()
};

} // namespace corescope::gui
