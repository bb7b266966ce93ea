#pragma once

// Helpers the widget tests share: a workload file of sleeping tasks, and waiting for a run of
// the main window to end.

#include "app/gui/mainwindow.h"

#include <QFile>
#include <QSignalSpy>
#include <QStringList>
#include <QTemporaryDir>

namespace corescope::test {

/// A workload of `tasks` sleeping tasks of `ms` each ("sleepers.json" in `dir`): slow enough
/// to cancel mid-run on any machine. Empty when it cannot be written.
inline QString writeSleepWorkload(const QTemporaryDir &dir, int tasks, int ms)
{
    QStringList inputs;
    for (int i = 0; i < tasks; ++i)
        inputs << QString::number(ms);
    const QString path = dir.filePath(QStringLiteral("sleepers.json"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(QStringLiteral("{\n  \"name\": \"Sleepers\",\n  \"description\": \"test\",\n"
                              "  \"kernel\": \"sleep_ms\",\n  \"inputs\": [%1]\n}\n")
                   .arg(inputs.join(QStringLiteral(", ")))
                   .toUtf8());
    return path;
}

/// True once the window's run has ended (within `timeoutMs`), or if it already had.
inline bool waitForRunEnd(gui::MainWindow &window, int timeoutMs)
{
    if (!window.isRunning() && window.lastResult())
        return true;
    QSignalSpy ended(&window, &gui::MainWindow::runEnded);
    return ended.wait(timeoutMs) || !window.isRunning();
}

} // namespace corescope::test
