#include "app/gui/resultstable.h"

#include <QEvent>

#include <utility>

namespace corescope::gui {

ResultsTable::ResultsTable(QWidget *parent) : QTableView(parent) {}

void ResultsTable::setModel(QAbstractItemModel *model)
{
    QTableView::setModel(model);
    if (!model)
        return;
    // Until the layout this schedules has run, no append may make it a quiet one.
    const auto forget = [this] {
        m_appendedOutOfSight = false;
        m_appendPending = true;
        m_seenFull = false;
    };
    connect(model, &QAbstractItemModel::layoutAboutToBeChanged, this, forget);
    connect(model, &QAbstractItemModel::modelAboutToBeReset, this, forget);
    connect(model, &QAbstractItemModel::rowsAboutToBeRemoved, this, forget);
    connect(model, &QAbstractItemModel::rowsAboutToBeMoved, this, forget);
    connect(model, &QAbstractItemModel::columnsAboutToBeInserted, this, forget);
    connect(model, &QAbstractItemModel::columnsAboutToBeRemoved, this, forget);
}

void ResultsTable::rowsWillBeAppended()
{
    // A row under the viewport's last pixel: there is no empty space left for new rows.
    if (!m_seenFull && isVisible())
        m_seenFull = rowAt(viewport()->height() - 1) >= 0;
    const bool full = isVisible() && m_seenFull;
    // One append that shows makes the next layout a full one.
    m_appendedOutOfSight = full && (m_appendedOutOfSight || !m_appendPending);
    m_appendPending = true;
}

void ResultsTable::doItemsLayout()
{
    m_appendPending = false;
    if (std::exchange(m_appendedOutOfSight, false)) {
        updateGeometries();   // the scroll bar's range; no visible cell changed
        return;
    }
    QTableView::doItemsLayout();
}

void ResultsTable::resizeEvent(QResizeEvent *event)
{
    m_seenFull = false;   // a taller viewport may have room again
    QTableView::resizeEvent(event);
}

void ResultsTable::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange)
        m_seenFull = false;   // shorter rows may leave room
    QTableView::changeEvent(event);
}

} // namespace corescope::gui
