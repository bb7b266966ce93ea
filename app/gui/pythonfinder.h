#pragma once

#include "core/exec/pythonexecutor.h"

#include <QObject>
#include <QString>

#include <optional>
#include <set>
#include <string>

namespace corescope::gui {

/// The interpreters the window asks about, probed off the GUI thread. probePython runs the
/// interpreter to read its version: through a pyenv shim that took 250 ms here, and a hung
/// interpreter is waited for up to 10 s. The window must not freeze for either, so it shows
/// "checking" until probed() says the answer is in. One per application, on the GUI thread.
class PythonFinder final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PythonFinder)

public:
    /// The application's finder (made on first use; a child of the application object).
    static PythonFinder *instance();

    /// probePython(path)'s answer when it is known; else empty, and a probe of `path` starts
    /// on the global thread pool (once per path) and ends with probed(path). "" is python3 on
    /// PATH, as in RunOptions::pythonPath.
    std::optional<PythonProbe> find(const std::string &path);

Q_SIGNALS:
    /// The probe of `path` ended: find(path) answers now.
    void probed(const QString &path);

private:
    explicit PythonFinder(QObject *parent);

    std::set<std::string> m_asked;   // probes started (the answers are probePython's cache)
};

} // namespace corescope::gui
