#pragma once

// What the diagnosis and the lesson panel share: a framed panel in colours of its own whose
// header row begins with a fold toggle and a bold title.

#include <QMargins>
#include <QString>

class QFrame;
class QHBoxLayout;
class QLabel;
class QToolButton;
class QVBoxLayout;

namespace corescope::gui::foldable {

struct Colours {
    const char *background;
    const char *border;
    const char *text;
};

struct Parts {
    QVBoxLayout *layout = nullptr;   ///< the panel's: the header row, then the caller's body
    QHBoxLayout *header = nullptr;   ///< empty; the caller adds the toggle, the title and more
    QToolButton *toggle = nullptr;   ///< "<name>Toggle"; the caller connects its click
    QLabel *title = nullptr;         ///< "<name>Title", bold
};

/// Makes `panel` "<name>Panel" in `colours`, with its layout, header row, toggle and title.
Parts build(QFrame *panel, const QString &name, Colours colours, QMargins margins);

/// The toggle as the panel is (folded or not), with the tooltip of what a click does. Text
/// arrows, not arrow buttons: they grow with the font on a projector.
void showFolded(QToolButton *toggle, bool folded, const QString &unfoldTip, const QString &foldTip);

} // namespace corescope::gui::foldable
