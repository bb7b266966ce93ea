#pragma once

#include <QByteArray>
#include <QFont>
#include <QObject>

#include <functional>

class QDockWidget;
class QMainWindow;

namespace corescope::gui {

/// Presentation mode, for a projector: full screen, fonts 1.6x (at least 16 pt), and whatever
/// the parts do for it (thick lines, high contrast: `applyToParts`). Leaving it restores the
/// window as it was.
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
};

} // namespace corescope::gui
