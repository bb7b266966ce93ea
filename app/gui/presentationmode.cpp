#include "app/gui/presentationmode.h"

#include <QDockWidget>
#include <QMainWindow>

#include <algorithm>

namespace corescope::gui {

PresentationMode::PresentationMode(QMainWindow *window, QDockWidget *sidePanel,
                                   std::function<void(bool)> applyToParts)
    : QObject(window), m_window(window), m_sidePanel(sidePanel),
      m_applyToParts(std::move(applyToParts)), m_normalFont(window->font())
{
}

QByteArray PresentationMode::normalGeometry() const
{
    return m_on ? m_geometryBefore : m_window->saveGeometry();
}

QByteArray PresentationMode::normalState() const
{
    if (!m_on || !m_panelWasVisible || m_sidePanel->isVisibleTo(m_window))
        return m_window->saveState();
    // The side panel is hidden only for the projector: remember it shown.
    m_sidePanel->show();
    const QByteArray state = m_window->saveState();
    m_sidePanel->hide();
    return state;
}

void PresentationMode::setEnabled(bool on)
{
    if (on == m_on)
        return;
    m_on = on;
    QFont font = m_normalFont;
    if (on) {
        if (font.pointSizeF() > 0)
            font.setPointSizeF(std::max(font.pointSizeF() * 1.6, 16.0));
        else
            font.setPixelSize(std::max(font.pixelSize() * 8 / 5, 21));
    }
    m_window->setFont(font);
    // A widget styled by a style sheet keeps the font it had when the sheet was applied
    // (QStyleSheetStyle resolves it once), so the Run button, the banners and the table would
    // miss the new size: hand it to every widget that did not follow.
    for (QWidget *widget : m_window->findChildren<QWidget *>()) {
        QFont own = widget->font();
        if (font.pointSizeF() > 0 && own.pointSizeF() != font.pointSizeF()) {
            own.setPointSizeF(font.pointSizeF());
            widget->setFont(own);
        } else if (font.pointSizeF() <= 0 && own.pixelSize() != font.pixelSize()) {
            own.setPixelSize(font.pixelSize());
            widget->setFont(own);
        }
    }
    m_applyToParts(on);

    if (on) {
        m_geometryBefore = m_window->saveGeometry();
        m_wasMaximized = m_window->isMaximized();
        // The charts get the width: the side panel hides (its toggle, Ctrl+L, brings it back,
        // wide enough for the large fonts).
        m_panelWasVisible = m_sidePanel->isVisibleTo(m_window);
        m_sidePanel->hide();
        m_window->resizeDocks({m_sidePanel}, {480}, Qt::Horizontal);
        // Full screen is the screen's size: a minimum of our own, so the layout's (which grows
        // for a moment when a panel appears, before the lesson's text gives up its room) never
        // pushes the window past the screen.
        m_window->setMinimumSize(1, 1);
        m_window->showFullScreen();
    } else {
        m_window->setMinimumSize(0, 0);   // the layout's minimum again
        m_sidePanel->setVisible(m_panelWasVisible);
        m_window->resizeDocks({m_sidePanel}, {340}, Qt::Horizontal);
        if (m_wasMaximized) {
            m_window->showMaximized();
        } else {
            m_window->showNormal();
            m_window->restoreGeometry(m_geometryBefore);
        }
    }
    Q_EMIT toggled(on);
}

} // namespace corescope::gui
