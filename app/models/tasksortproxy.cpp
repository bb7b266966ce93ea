#include "app/models/tasksortproxy.h"

#include "app/models/taskmodel.h"

namespace corescope::gui {

TaskSortProxy::TaskSortProxy(QObject *parent) : QSortFilterProxyModel(parent)
{
    setDynamicSortFilter(false);
    setSortRole(TaskModel::SortKeyRole);
}

void TaskSortProxy::setSourceModel(QAbstractItemModel *model)
{
    m_tasks = qobject_cast<TaskModel *>(model);
    QSortFilterProxyModel::setSourceModel(model);
}

void TaskSortProxy::resort()
{
    if (sortColumn() >= 0)
        sort(sortColumn(), sortOrder());
}

bool TaskSortProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (m_tasks && left.column() == right.column())
        return m_tasks->lessThan(left.row(), right.row(), left.column());
    return QSortFilterProxyModel::lessThan(left, right);
}

} // namespace corescope::gui
