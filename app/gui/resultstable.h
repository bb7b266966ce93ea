#pragma once

#include <QTableView>

namespace corescope::gui {

/// The results table, less one waste. QTableView repaints every visible cell whenever rows
/// are inserted anywhere: a delayed items layout ends in a whole-viewport update. During a run
/// rows arrive at the bottom, below a full viewport, at every drain of the event loop, and
/// repainting the unchanged cells cost 4-6 ms each time (corescope-gui-bench, a 1,400 x 900
/// window), a third of a frame. Told that rows were only appended out of sight, the next
/// layout updates the scroll bar and leaves the cells alone. Anything else that reshapes the
/// table (a sort, a reset, removed rows or columns) forgets that and repaints as usual.
class ResultsTable final : public QTableView {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResultsTable)
public:
    explicit ResultsTable(QWidget *parent = nullptr);

    void setModel(QAbstractItemModel *model) override;
    /// Call just before rows are appended after the model's last row (on the GUI thread).
    /// When the table is on screen and its viewport already full, they land out of sight.
    void rowsWillBeAppended();
    void doItemsLayout() override;

protected:
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    bool m_appendedOutOfSight = false;   // every append since the last layout was out of sight
    bool m_appendPending = false;        // an append since the last layout
    // The viewport was seen full, and since then rows were only appended and it kept its
    // height and font. Asking again (rowAt) after rows were inserted costs a pass over every
    // row (the header recomputes its sections' positions): 40 % of a drain's time at a
    // million rows (perf, corescope-gui-bench).
    bool m_seenFull = false;
};

} // namespace corescope::gui
