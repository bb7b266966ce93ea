// Help > Keyboard Shortcuts: every action of the menu bar that has a shortcut, menu by menu, read
// from the actions themselves (so the list never drifts from what the keys do), in the current
// language, with the shortcuts written as this platform writes them.
#pragma once

#include <QDialog>

class QMenuBar;
class QTreeWidget;

namespace corescope::gui {

class ShortcutsDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ShortcutsDialog)
public:
    /// Lists `menuBar`'s shortcuts; `extra` are shortcuts no menu shows (the windows' own keys),
    /// as (what it does, key sequence) pairs, already translated.
    ShortcutsDialog(QMenuBar *menuBar, QList<QPair<QString, QString>> extra,
                    QWidget *parent = nullptr);

    /// The list: one top-level item a menu, one child an action (column 0 what it does,
    /// column 1 its keys).
    QTreeWidget *tree() const { return m_tree; }

private:
    QTreeWidget *m_tree = nullptr;
};

} // namespace corescope::gui
