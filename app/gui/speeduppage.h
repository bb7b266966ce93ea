#pragma once

#include "core/exec/runoptions.h"

#include <QWidget>

#include <optional>

class QAction;
class QLabel;
class QPushButton;

namespace corescope::gui {

class LabSession;
class SpeedupChart;

/// The Speedup tab: every finished run of the session's workload against its serial runs, one
/// series per mode, with a bar that asks for the serial baseline while there is none.
class SpeedupPage final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SpeedupPage)
public:
    /// `baselineAction` runs the serial baseline (the bar's button triggers it, unless one
    /// runtime's runs wait for a serial run of their own: then it asks for that runtime's).
    SpeedupPage(LabSession *session, QAction *baselineAction, QWidget *parent = nullptr);

    SpeedupChart *chart() const { return m_chart; }
    QPushButton *baselineButton() const { return m_baselineButton; }
    /// Its bar asks for a missing serial run (of the workload chosen), shown or not.
    bool offersBaseline() const;
    void setPresentationMode(bool on);

Q_SIGNALS:
    /// The bar's button, when `runtime`'s runs wait for a serial run of that runtime (which
    /// may not be the runtime chosen beside Mode).
    void serialBaselineRequested(corescope::Runtime runtime);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void refresh();

    LabSession *m_session = nullptr;
    QWidget *m_baselineBar = nullptr;
    QLabel *m_baselineLabel = nullptr;
    QPushButton *m_baselineButton = nullptr;
    SpeedupChart *m_chart = nullptr;
    QLabel *m_runsLabel = nullptr;
    QPushButton *m_clearRunsButton = nullptr;
    std::optional<Runtime> m_waitingRuntime;   // the runtime whose serial run the bar asks for
};

} // namespace corescope::gui
