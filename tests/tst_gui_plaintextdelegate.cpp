#include "app/gui/plaintextdelegate.h"

#include <QFont>
#include <QHeaderView>
#include <QImage>
#include <QStandardItemModel>
#include <QTableView>
#include <QtTest>

using corescope::gui::PlainTextDelegate;

class TestPlainTextDelegate : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void cells_lookAsTheStyleDrawsThem_data();
    void cells_lookAsTheStyleDrawsThem();
};

namespace {

QStandardItemModel *makeModel(QObject *parent)
{
    auto *model = new QStandardItemModel(0, 4, parent);
    const QStringList inputs = {QStringLiteral("112272535095293"), QStringLiteral("17"),
                                QStringLiteral("a long input that does not fit its column"),
                                QString(), QStringLiteral("(1071, 462)"), QStringLiteral("—")};
    for (int r = 0; r < 12; ++r) {
        QList<QStandardItem *> row;
        auto *index = new QStandardItem;
        index->setData(r * 137, Qt::DisplayRole);
        index->setData(QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter),
                       Qt::TextAlignmentRole);
        row << index;
        row << new QStandardItem(inputs[r % inputs.size()]);
        auto *ok = new QStandardItem(r % 3 == 0 ? QStringLiteral("✗ worker died")
                                                : QStringLiteral("✓"));
        if (r % 3 == 0) {
            QFont bold;
            bold.setBold(true);
            ok->setFont(bold);
            ok->setForeground(QColor(0xb7, 0x1c, 0x1c));
        }
        row << ok;
        auto *duration = new QStandardItem(QStringLiteral("%1 ms").arg(r * 0.25));
        duration->setData(QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter),
                          Qt::TextAlignmentRole);
        row << duration;
        model->appendRow(row);
    }
    return model;
}

QImage render(QTableView &view, bool presentation)
{
    if (presentation) {   // as the results page sets it for a projector
        QFont font = view.font();
        font.setPointSizeF(font.pointSizeF() * 1.6);
        view.setFont(font);
        view.setStyleSheet(QStringLiteral("QTableView { gridline-color: #404040; }"
                                          "QHeaderView::section { font-weight: bold; }"));
    }
    view.resize(520, 300);
    view.setWordWrap(false);
    view.setAlternatingRowColors(true);
    view.setSelectionBehavior(QAbstractItemView::SelectRows);
    view.verticalHeader()->hide();
    view.setColumnWidth(1, 120);
    view.selectRow(4);
    return view.grab().toImage();
}

} // namespace

void TestPlainTextDelegate::cells_lookAsTheStyleDrawsThem_data()
{
    QTest::addColumn<bool>("presentation");
    QTest::addColumn<Qt::LayoutDirection>("direction");
    QTest::addRow("desktop") << false << Qt::LeftToRight;
    QTest::addRow("presentation (style sheet, larger font)") << true << Qt::LeftToRight;
    QTest::addRow("right to left") << false << Qt::RightToLeft;
}

// Right-aligned numbers, left-aligned and elided texts, an empty cell, a bold coloured one,
// a selected row, alternating rows: pixel for pixel what QStyledItemDelegate draws.
void TestPlainTextDelegate::cells_lookAsTheStyleDrawsThem()
{
    QFETCH(bool, presentation);
    QFETCH(Qt::LayoutDirection, direction);
    QStandardItemModel *model = makeModel(this);
    QTableView styled;
    styled.setModel(model);
    styled.setLayoutDirection(direction);
    QTableView plain;
    plain.setModel(model);
    plain.setLayoutDirection(direction);
    plain.setItemDelegate(new PlainTextDelegate(&plain));
    const QImage expected = render(styled, presentation);
    const QImage actual = render(plain, presentation);
    QCOMPARE(actual.size(), expected.size());
    int differing = 0;
    for (int y = 0; y < expected.height(); ++y)
        for (int x = 0; x < expected.width(); ++x)
            differing += expected.pixel(x, y) != actual.pixel(x, y);
    QCOMPARE(differing, 0);
    // A second paint (from the laid-out texts) looks the same.
    QCOMPARE(plain.grab().toImage(), actual);
}

QTEST_MAIN(TestPlainTextDelegate)
#include "tst_gui_plaintextdelegate.moc"
