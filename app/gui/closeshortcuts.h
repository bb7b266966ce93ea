#pragma once

#include <QAction>
#include <QKeySequence>
#include <QWidget>

namespace corescope::gui {

/// A secondary window (Race, Compare) closes as a dialog does: Esc, and the platform's Close
/// (Ctrl+W), while it has the focus.
inline void addCloseShortcuts(QWidget *window)
{
    auto *close = new QAction(window);
    close->setShortcuts({QKeySequence(Qt::Key_Escape), QKeySequence(QKeySequence::Close)});
    close->setShortcutContext(Qt::WindowShortcut);
    QObject::connect(close, &QAction::triggered, window, &QWidget::close);
    window->addAction(close);
}

} // namespace corescope::gui
