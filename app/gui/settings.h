#pragma once

#include "core/exec/runoptions.h"

#include <QByteArray>
#include <QLatin1String>
#include <QString>
#include <QStringList>

#include <memory>

class QSettings;

namespace corescope::gui {

/// Everything the window remembers across launches, over QSettings (organisation and
/// application "Corescope", set by guiMain()). Values read back are checked: a hand-edited or
/// outdated file gives defaults, never a broken window.
class Settings final {
    Q_DISABLE_COPY_MOVE(Settings)
public:
    static constexpr QLatin1String kWindowGeometry{"window/geometry"};
    static constexpr QLatin1String kWindowState{"window/state"};
    static constexpr QLatin1String kLiveSplitter{"window/liveSplitter"};
    /// The Sweep tab's divider between its charts and its tables.
    static constexpr QLatin1String kSweepSplitter{"window/sweepSplitter"};
    static constexpr QLatin1String kCurrentTab{"window/currentTab"};
    static constexpr QLatin1String kLastWorkload{"workload/last"};
    static constexpr QLatin1String kRecentFiles{"workload/recentFiles"};
    static constexpr QLatin1String kLastDirectory{"workload/lastDirectory"};
    static constexpr QLatin1String kExportDirectory{"export/directory"};
    static constexpr QLatin1String kMode{"run/mode"};
    static constexpr QLatin1String kWorkers{"run/workers"};
    static constexpr QLatin1String kChunksize{"run/chunksize"};
    /// Read once, never written: settings saved before the API was the one choice.
    static constexpr QLatin1String kLegacyOrdering{"run/ordering"};
    static constexpr QLatin1String kGil{"run/gil"};
    static constexpr QLatin1String kSwitchInterval{"run/switchIntervalMs"};
    static constexpr QLatin1String kProcessPerTask{"run/processPerTask"};
    static constexpr QLatin1String kOnWorkerDeath{"run/onWorkerDeath"};
    static constexpr QLatin1String kTaskTimeout{"run/taskTimeoutMs"};
    static constexpr QLatin1String kRuntime{"run/runtime"};
    static constexpr QLatin1String kApi{"run/api"};
    static constexpr QLatin1String kStartMethod{"run/startMethod"};
    /// The Python interpreter; empty = python3 on PATH. No control sets it: edit the file.
    static constexpr QLatin1String kPythonPath{"run/python"};
    static constexpr QLatin1String kScale{"run/scale"};

    /// View > Language: "" (follow the system), "en", "ko" or "ru".
    static constexpr QLatin1String kLanguage{"ui/language"};

    static constexpr int kMaxRecentFiles = 8;

    /// The application's settings (QSettings' default location for "Corescope").
    Settings();
    /// An INI file of its own, for tests.
    explicit Settings(const QString &iniPath);
    ~Settings();

    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray &geometry);
    QByteArray windowState() const;
    void setWindowState(const QByteArray &state);
    QByteArray liveSplitter() const;
    void setLiveSplitter(const QByteArray &state);
    QByteArray sweepSplitter() const;
    void setSweepSplitter(const QByteArray &state);
    int currentTab() const;
    void setCurrentTab(int tab);

    /// A shipped workload's id ("primes50") or a workload file's absolute path; empty if none.
    /// The language chosen in View > Language; "" (the system's) when none or an unknown one.
    QString language() const;
    void setLanguage(const QString &code);

    QString lastWorkload() const;
    void setLastWorkload(const QString &idOrPath);
    QStringList recentFiles() const;
    /// Puts `path` first, without duplicates, keeping at most kMaxRecentFiles.
    void addRecentFile(const QString &path);
    void removeRecentFile(const QString &path);
    void clearRecentFiles();
    QString lastDirectory() const;
    void setLastDirectory(const QString &directory);
    QString exportDirectory() const;
    void setExportDirectory(const QString &directory);

    /// The run options last used; `defaults` fills in what was never saved or is invalid.
    RunOptions runOptions(const RunOptions &defaults) const;
    void setRunOptions(const RunOptions &options);

    void sync();

private:
    std::unique_ptr<QSettings> m_settings;
};

} // namespace corescope::gui
