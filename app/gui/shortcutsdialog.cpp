#include "app/gui/shortcutsdialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace corescope::gui {

namespace {

// A menu text without its mnemonic marks ("&Run" -> "Run", "열기(&O)" -> "열기", "&&" stays one
// "&") and without the "…" that says a dialog follows.
QString plainText(QString text)
{
    // Korean and Chinese texts carry the mnemonic after the word: "열기(&O)".
    static const QRegularExpression trailing(QStringLiteral("\\(&[^&]\\)"));
    text.remove(trailing);
    text.replace(QStringLiteral("&&"), QStringLiteral("\x01"));
    text.remove(QLatin1Char('&'));
    text.replace(QStringLiteral("\x01"), QStringLiteral("&"));
    if (text.endsWith(QChar(0x2026)))
        text.chop(1);
    return text.trimmed();
}

// Every action of `menu` and its submenus that has a shortcut, as (text, keys).
void collect(const QMenu *menu, const QString &prefix, QList<QPair<QString, QString>> &out)
{
    for (QAction *action : menu->actions()) {
        if (action->isSeparator())
            continue;
        if (const QMenu *sub = action->menu()) {
            collect(sub, prefix + plainText(sub->title()) + QStringLiteral(" ▸ "), out);
            continue;
        }
        QStringList keys;
        for (const QKeySequence &key : action->shortcuts())
            keys << key.toString(QKeySequence::NativeText);
        if (!keys.isEmpty())
            out.append({prefix + plainText(action->text()), keys.join(QStringLiteral(", "))});
    }
}

} // namespace

ShortcutsDialog::ShortcutsDialog(QMenuBar *menuBar, QList<QPair<QString, QString>> extra,
                                 QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("shortcutsDialog"));
    setWindowTitle(tr("Keyboard Shortcuts"));
    auto *layout = new QVBoxLayout(this);
    m_tree = new QTreeWidget(this);
    m_tree->setColumnCount(2);
    m_tree->setHeaderLabels({tr("Action"), tr("Keys")});
    m_tree->setRootIsDecorated(false);
    m_tree->setSelectionMode(QAbstractItemView::NoSelection);
    m_tree->setFocusPolicy(Qt::NoFocus);
    const auto addGroup = [this](const QString &title,
                                 const QList<QPair<QString, QString>> &entries) {
        if (entries.isEmpty())
            return;
        auto *group = new QTreeWidgetItem(m_tree, {title});
        QFont bold = group->font(0);
        bold.setBold(true);
        group->setFont(0, bold);
        group->setFirstColumnSpanned(true);
        for (const auto &[text, keys] : entries)
            new QTreeWidgetItem(group, {text, keys});
    };
    for (QAction *action : menuBar->actions()) {
        if (const QMenu *menu = action->menu()) {
            QList<QPair<QString, QString>> entries;
            collect(menu, QString(), entries);
            addGroup(plainText(menu->title()), entries);
        }
    }
    addGroup(tr("Elsewhere"), extra);
    m_tree->expandAll();
    m_tree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_tree->header()->setStretchLastSection(true);
    layout->addWidget(m_tree);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(560, 520);
}

} // namespace corescope::gui
