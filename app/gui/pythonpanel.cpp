#include "app/gui/pythonpanel.h"

#include "app/gui/controlpanel.h"
#include "app/gui/labsession.h"
#include "core/exec/python/equivalent.h"

#include <QApplication>
#include <QClipboard>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace corescope::gui {

PythonPanel::PythonPanel(LabSession *session, ControlPanel *controls, QWidget *parent)
    : QWidget(parent), m_session(session), m_controls(controls), m_kernels(shippedKernelsSource())
{
    m_caption = new QLabel(this);
    m_caption->setWordWrap(true);
    m_code = new QPlainTextEdit(this);
    m_code->setObjectName(QStringLiteral("pythonCode"));
    m_code->setReadOnly(true);
    m_code->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_code->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_code->setToolTip(tr("Python that does what the current settings do: select and copy, or "
                          "press Copy."));
    m_copy = new QPushButton(tr("&Copy"), this);
    m_copy->setObjectName(QStringLiteral("copyPython"));
    m_copy->setToolTip(tr("Copy the program to the clipboard"));
    connect(m_copy, &QPushButton::clicked, this, &PythonPanel::onCopy);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_caption, 1);
    buttons->addWidget(m_copy);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 4, 6, 6);
    layout->addLayout(buttons);
    layout->addWidget(m_code, 1);

    connect(controls, &ControlPanel::optionsChanged, this, &PythonPanel::refresh);
    connect(session, &LabSession::workloadChanged, this, &PythonPanel::refresh);
    refresh();
}

QString PythonPanel::code() const
{
    return m_code->toPlainText();
}

void PythonPanel::refresh()
{
    const auto workload = m_session->workload();
    if (!workload) {
        m_caption->setText(tr("Pick a workload to see its Python."));
        m_code->clear();
        return;
    }
    const RunOptions options = m_controls->options();
    m_caption->setText(options.runtime == Runtime::Python
                           ? tr("What the Python runtime runs for these settings, less its "
                                "tracing:")
                           : tr("These settings in Python (this run is native C++):"));
    const QString code = QString::fromStdString(pythonEquivalent(*workload, options, m_kernels));
    if (code != m_code->toPlainText())
        m_code->setPlainText(code);
}

void PythonPanel::onCopy()
{
    QApplication::clipboard()->setText(m_code->toPlainText());
}

} // namespace corescope::gui
