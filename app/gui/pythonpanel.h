#pragma once

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace corescope::gui {

class ControlPanel;
class LabSession;

/// "The equivalent Python": the program that does what the current settings do (for the
/// Python runtime, the calls its driver makes), updated as the controls and the workload
/// change, copyable. A dock of the main window (View > Python Equivalent).
class PythonPanel final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PythonPanel)
public:
    PythonPanel(LabSession *session, ControlPanel *controls, QWidget *parent = nullptr);

    /// The code shown.
    QString code() const;

private:
    void refresh();
    void onCopy();

    LabSession *m_session = nullptr;
    ControlPanel *m_controls = nullptr;
    QLabel *m_caption = nullptr;
    QPlainTextEdit *m_code = nullptr;
    QPushButton *m_copy = nullptr;
    std::string m_kernels;   ///< corescope_kernels.py, read once
};

} // namespace corescope::gui
