#pragma once

#include <QByteArray>
#include <QFont>
#include <QObject>

#include <functional>

class QDockWidget;
class QMainWindow;

namespace corescope::gui {

/// Presentation mode, for a projector: full screen, fonts 1.6x (at least 16 pt), the side panel
/// hidden (its own toggle brings it back), and whatever the parts do for it (thick lines, high
/// contrast, room for each chart: `applyToParts`). Leaving it restores the window as it was,
/// the side panel shown again if it was before.
class PresentationMode final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PresentationMode)
public:
    PresentationMode(QMainWindow *window, QDockWidget *sidePanel,
                     std::function<void(bool)> applyToParts);

    void setEnabled(bool on);
    bool isEnabled() const { return m_on; }
    /// The geometry to remember on close: the window's own, not the full screen's.
    QByteArray normalGeometry() const;
    /// The window state (docks) to remember on close: the side panel as it was before.
    QByteArray normalState() const;

Q_SIGNALS:
    void toggled(bool on);

private:
    QMainWindow *m_window = nullptr;
    QDockWidget *m_sidePanel = nullptr;
    std::function<void(bool)> m_applyToParts;
    bool m_on = false;
    QFont m_normalFont;
    QByteArray m_geometryBefore;
    bool m_wasMaximized = false;
    bool m_panelWasVisible = true;
};

} // namespace corescope::gui
