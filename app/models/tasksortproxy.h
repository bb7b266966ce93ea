#pragma once

#include <QSortFilterProxyModel>

namespace corescope::gui {

class TaskModel;

/// Sorts the results table. Comparisons go straight to TaskModel's raw records (no QVariant
/// per comparison), and sorting is not dynamic: rows arriving during a run are appended at
/// the bottom in one block instead of being merged one by one into a sorted million-row
/// mapping, and the table is re-sorted once when the run ends (resort()).
class TaskSortProxy final : public QSortFilterProxyModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TaskSortProxy)
public:
    explicit TaskSortProxy(QObject *parent = nullptr);

    void setSourceModel(QAbstractItemModel *model) override;
    /// Sorts again by the current column and order (after a run appended unsorted rows).
    void resort();

protected:
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    TaskModel *m_tasks = nullptr;
};

} // namespace corescope::gui
