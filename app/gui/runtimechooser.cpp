// RuntimeChooser: the runtime box, the interpreter's label and the Interpreter button.
#include "app/gui/runtimechooser.h"

#include "app/gui/comboitems.h"
#include "app/gui/pythonfinder.h"
#include "app/i18n/language.h"

#include <QAction>
#include <QComboBox>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QVBoxLayout>

#include <utility>

namespace corescope::gui {

RuntimeChooser::RuntimeChooser(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    m_runtime = new QComboBox(this);
    m_runtime->setObjectName(QStringLiteral("runtimeBox"));
    m_runtime->addItem(QString(), static_cast<int>(Runtime::Native));
    m_runtime->addItem(QString(), static_cast<int>(Runtime::Python));
    m_pythonLabel = new QLabel(this);
    m_pythonLabel->setObjectName(QStringLiteral("pythonLabel"));
    m_pythonLabel->setForegroundRole(QPalette::PlaceholderText);
    m_pythonLabel->setWordWrap(true);
    m_pythonLabel->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_pythonLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // The interpreter is the user's to choose: a file, or python3 on PATH.
    m_pythonButton = new QPushButton(this);
    m_pythonButton->setObjectName(QStringLiteral("pythonPathButton"));
    auto *pythonMenu = new QMenu(m_pythonButton);
    m_choosePython = pythonMenu->addAction(QString(), this, &RuntimeChooser::choosePythonFile);
    m_pathPython = pythonMenu->addAction(QString(), this, [this] { choosePythonPath({}); });
    m_pythonButton->setMenu(pythonMenu);
    auto *pythonRow = new QHBoxLayout;
    pythonRow->setContentsMargins(0, 0, 0, 0);
    pythonRow->addWidget(m_pythonLabel, 1);
    pythonRow->addWidget(m_pythonButton, 0, Qt::AlignTop);
    layout->addWidget(m_runtime);
    layout->addLayout(pythonRow);
    connect(PythonFinder::instance(), &PythonFinder::probed, this,
            &RuntimeChooser::onPythonProbed);
    connect(m_runtime, &QComboBox::activated, this, [this] { m_leftNativeForWorkload = false; });
    retranslate();
}

void RuntimeChooser::retranslate()
{
    m_runtime->setItemText(0, tr("Native (C++)"));
    updateNative();
    m_runtime->setItemText(1, tr("Python (CPython)"));
    m_pythonButton->setText(tr("Interpreter"));
    m_pythonButton->setToolTip(tr("Choose the Python interpreter the Python runtime uses"));
    m_choosePython->setText(tr("Choose a Python interpreter…"));
    m_pathPython->setText(tr("Use python3 on PATH"));
    updatePython();
}

void RuntimeChooser::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslate();
}

Runtime RuntimeChooser::runtime() const
{
    return static_cast<Runtime>(m_runtime->currentData().toInt());
}

void RuntimeChooser::setRuntime(Runtime runtime)
{
    // Without an interpreter a Python run cannot start: show what can (while it is being
    // checked, what was asked; onPythonProbed falls back if it cannot run).
    if (!m_python.error.empty())
        runtime = Runtime::Native;
    if (runtime == Runtime::Native && !m_nativeRefusal.empty() && m_python.error.empty()) {
        // Native asked for a workload only Python runs: Python until a native workload.
        m_leftNativeForWorkload = true;
        return;
    }
    m_leftNativeForWorkload = false;   // chosen: it stays when the workload changes
    m_runtime->setCurrentIndex(m_runtime->findData(static_cast<int>(runtime)));
}

Runtime RuntimeChooser::preferredRuntime() const
{
    return m_leftNativeForWorkload ? Runtime::Native : runtime();
}

void RuntimeChooser::setNativeRefusal(const std::string &why)
{
    m_nativeRefusal = why;
    updateNative();
    const int native = m_runtime->findData(static_cast<int>(Runtime::Native));
    const int python = m_runtime->findData(static_cast<int>(Runtime::Python));
    if (!why.empty()) {
        // While the interpreter is being checked Python is offered (a refusal falls back).
        if (runtime() == Runtime::Native && m_python.error.empty()) {
            m_leftNativeForWorkload = true;
            m_runtime->setCurrentIndex(python);
        }
    } else if (std::exchange(m_leftNativeForWorkload, false) && runtime() == Runtime::Python) {
        m_runtime->setCurrentIndex(native);
    }
}

void RuntimeChooser::updateNative()
{
    const int index = m_runtime->findData(static_cast<int>(Runtime::Native));
    setItemEnabled(m_runtime, index, m_nativeRefusal.empty());
    m_runtime->setItemData(index,
                           m_nativeRefusal.empty()
                               ? tr("The kernels in C++: what the hardware can do, with "
                                    "Python's GIL emulated when ticked")
                               : i18n::engineText(m_nativeRefusal),
                           Qt::ToolTipRole);
}

void RuntimeChooser::setPythonPath(const std::string &path)
{
    m_pythonPath = path;
    updatePython();
    m_pathPython->setEnabled(!path.empty());
}

void RuntimeChooser::choosePythonPath(const std::string &path)
{
    setPythonPath(path);
    fallBackIfUnusable();
    Q_EMIT interpreterChanged();
}

void RuntimeChooser::fallBackIfUnusable()
{
    if (!m_python.error.empty() && runtime() == Runtime::Python)
        m_runtime->setCurrentIndex(m_runtime->findData(static_cast<int>(Runtime::Native)));
}

void RuntimeChooser::choosePythonFile()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Choose a Python interpreter"),
        m_python.interpreter.empty() ? QStringLiteral("/usr/bin")
                                     : QString::fromStdString(m_python.interpreter));
    if (!path.isEmpty())
        choosePythonPath(QFile::encodeName(path).toStdString());
}

void RuntimeChooser::onPythonProbed(const QString &path)
{
    if (path.toStdString() != m_pythonPath)
        return;
    updatePython();
    // A Python runtime asked for while it was being checked, and it cannot run.
    if (!m_python.error.empty() && runtime() == Runtime::Python) {
        fallBackIfUnusable();
        Q_EMIT interpreterChanged();
    }
}

void RuntimeChooser::updatePython()
{
    const auto probe = PythonFinder::instance()->find(m_pythonPath);
    m_pythonPending = !probe;
    m_python = probe.value_or(PythonProbe{});
    const int index = m_runtime->findData(static_cast<int>(Runtime::Python));
    if (m_pythonPending) {
        // Offered while it is checked: a run checks the interpreter again before it starts.
        const QString which = m_pythonPath.empty() ? tr("python3 on PATH")
                                                   : QString::fromStdString(m_pythonPath);
        const QString checking = tr("Checking the Python interpreter (%1)…").arg(which);
        setItemEnabled(m_runtime, index, true);
        m_runtime->setItemData(index, checking, Qt::ToolTipRole);
        m_runtime->setToolTip(checking);
        m_pythonLabel->setText(checking);
        m_pythonLabel->setToolTip(checking);
        return;
    }
    const bool usable = m_python.error.empty();
    const QString what = usable ? tr("Python %1, %2")
                                      .arg(QString::fromStdString(m_python.version),
                                           QString::fromStdString(m_python.interpreter))
                                : i18n::engineText(m_python.error);
    // Greyed out, not removed: its tooltip says why.
    setItemEnabled(m_runtime, index, usable);
    m_runtime->setItemData(index,
                           usable ? tr("A real CPython interpreter through Python's own APIs, "
                                       "traced live: %1").arg(what)
                                  : what,
                           Qt::ToolTipRole);
    m_runtime->setToolTip(usable ? tr("Native runs the kernels in C++; Python runs them in "
                                      "real CPython (%1)").arg(what)
                                 : what);
    m_pythonLabel->setText(usable ? what : tr("Python runtime unavailable: %1").arg(what));
    m_pythonLabel->setToolTip(m_runtime->toolTip());
}

} // namespace corescope::gui
