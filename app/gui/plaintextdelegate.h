#pragma once

#include <QFont>
#include <QHash>
#include <QStaticText>
#include <QStyledItemDelegate>

#include <vector>

namespace corescope::gui {

/// A delegate for tables of short one-line texts (the results table): the same pixels as
/// QStyledItemDelegate (tst_gui_plaintextdelegate compares them), for less. The style lays a
/// cell's text out three times (its size for the item layout, its elision, its drawing), each
/// a full text shaping: a 1,400 x 900 results table took 9-10 ms to paint (perf,
/// corescope-gui-bench), two thirds of a frame, whenever it was shown, scrolled or reset.
/// Here the style still draws the cell's panel (alternating rows, selection, focus) and the
/// text is shaped once and kept (QStaticText): a first paint took 4-5 ms, a repaint of the same
/// rows (the run's end, a scroll by a row, a return to the tab) 3-3.5 ms. A text wider than
/// its cell, a cell with an icon, a check box or wrapping, and a right-to-left view are left to
/// the style. It draws the text where and in the colour QCommonStyle does: a style sheet rule
/// for the table's items (::item padding or color) would not reach it; the results table's
/// sheets have none.
class PlainTextDelegate final : public QStyledItemDelegate {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlainTextDelegate)
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;

private:
    QStaticText laidOut(const QString &text, const QFont &font) const;

    // Texts laid out, per font (a table uses one or two: its own, and bold for problems).
    // Bounded: about seven screens of a 1,400 x 900 table's cells, 1.3 MB a font (15-digit
    // inputs: 2.6 MB for 4,096, measured); emptied when full.
    static constexpr qsizetype kMaxTexts = 2048;
    static constexpr std::size_t kMaxFonts = 4;
    struct Cache {
        QFont font;
        QHash<QString, QStaticText> texts;
    };
    mutable std::vector<Cache> m_caches;
};

} // namespace corescope::gui
