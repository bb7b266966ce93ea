#include "app/gui/foldablepanel.h"

#include <QFont>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>
#include <QVBoxLayout>

namespace corescope::gui::foldable {

Parts build(QFrame *panel, const QString &name, Colours colours, QMargins margins)
{
    const QString id = name + QStringLiteral("Panel");
    panel->setObjectName(id);
    panel->setFrameShape(QFrame::StyledPanel);
    panel->setStyleSheet(QStringLiteral("#%1 { background: %2; border: 1px solid %3; border-radius: 4px; }"
                                        "#%1 QLabel { background: transparent; border: none; color: %4; }")
                             .arg(id, QLatin1String(colours.background), QLatin1String(colours.border),
                                  QLatin1String(colours.text)));
    Parts parts;
    parts.layout = new QVBoxLayout(panel);
    parts.layout->setContentsMargins(margins);
    parts.layout->setSpacing(2);
    parts.header = new QHBoxLayout;
    parts.header->setSpacing(6);
    parts.toggle = new QToolButton(panel);
    parts.toggle->setObjectName(name + QStringLiteral("Toggle"));
    parts.toggle->setAutoRaise(true);
    parts.title = new QLabel(panel);
    parts.title->setObjectName(name + QStringLiteral("Title"));
    QFont bold = parts.title->font();
    bold.setBold(true);
    parts.title->setFont(bold);
    return parts;
}

void showFolded(QToolButton *toggle, bool folded, const QString &unfoldTip, const QString &foldTip)
{
    toggle->setText(folded ? QStringLiteral("▶") : QStringLiteral("▼"));
    toggle->setToolTip(folded ? unfoldTip : foldTip);
}

} // namespace corescope::gui::foldable
