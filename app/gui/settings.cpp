#include "app/gui/settings.h"

#include "app/i18n/language.h"

#include "core/io/runoptionsio.h"

#include <QSettings>

namespace corescope::gui {

Settings::Settings() : m_settings(std::make_unique<QSettings>()) {}

Settings::Settings(const QString &iniPath)
    : m_settings(std::make_unique<QSettings>(iniPath, QSettings::IniFormat))
{
}

Settings::~Settings() = default;

QByteArray Settings::windowGeometry() const
{
    return m_settings->value(kWindowGeometry).toByteArray();
}

void Settings::setWindowGeometry(const QByteArray &geometry)
{
    m_settings->setValue(kWindowGeometry, geometry);
}

QByteArray Settings::windowState() const
{
    return m_settings->value(kWindowState).toByteArray();
}

void Settings::setWindowState(const QByteArray &state)
{
    m_settings->setValue(kWindowState, state);
}

QByteArray Settings::liveSplitter() const
{
    return m_settings->value(kLiveSplitter).toByteArray();
}

void Settings::setLiveSplitter(const QByteArray &state)
{
    m_settings->setValue(kLiveSplitter, state);
}

QByteArray Settings::sweepSplitter() const
{
    return m_settings->value(kSweepSplitter).toByteArray();
}

void Settings::setSweepSplitter(const QByteArray &state)
{
    m_settings->setValue(kSweepSplitter, state);
}

int Settings::currentTab() const
{
    bool ok = false;
    const int tab = m_settings->value(kCurrentTab).toInt(&ok);
    return ok && tab >= 0 ? tab : 0;
}

void Settings::setCurrentTab(int tab)
{
    m_settings->setValue(kCurrentTab, tab);
}

QString Settings::language() const
{
    const QString code = m_settings->value(kLanguage).toString();
    return i18n::availableLanguages().contains(code) ? code : QString();
}

void Settings::setLanguage(const QString &code)
{
    m_settings->setValue(kLanguage, code);
}

QString Settings::lastWorkload() const
{
    return m_settings->value(kLastWorkload).toString();
}

void Settings::setLastWorkload(const QString &idOrPath)
{
    m_settings->setValue(kLastWorkload, idOrPath);
}

QStringList Settings::recentFiles() const
{
    QStringList files = m_settings->value(kRecentFiles).toStringList();
    files.removeAll(QString());
    files.removeDuplicates();
    while (files.size() > kMaxRecentFiles)
        files.removeLast();
    return files;
}

void Settings::addRecentFile(const QString &path)
{
    if (path.isEmpty())
        return;
    QStringList files = recentFiles();
    files.removeAll(path);
    files.prepend(path);
    while (files.size() > kMaxRecentFiles)
        files.removeLast();
    m_settings->setValue(kRecentFiles, files);
}

void Settings::removeRecentFile(const QString &path)
{
    QStringList files = recentFiles();
    files.removeAll(path);
    m_settings->setValue(kRecentFiles, files);
}

void Settings::clearRecentFiles()
{
    m_settings->remove(kRecentFiles);
}

QString Settings::lastDirectory() const
{
    return m_settings->value(kLastDirectory).toString();
}

void Settings::setLastDirectory(const QString &directory)
{
    m_settings->setValue(kLastDirectory, directory);
}

QString Settings::exportDirectory() const
{
    return m_settings->value(kExportDirectory).toString();
}

void Settings::setExportDirectory(const QString &directory)
{
    m_settings->setValue(kExportDirectory, directory);
}

namespace {

// Each saved run option: its settings key and its name in core/io's one RunOptions reader,
// which checks every value read back against RunOptions' limits.
struct SavedOption {
    QLatin1String settingsKey;
    std::string_view key;
};
constexpr SavedOption kSavedOptions[] = {
    {Settings::kMode, "mode"},
    {Settings::kWorkers, "workers"},
    {Settings::kChunksize, "chunksize"},
    {Settings::kGil, "gil"},
    {Settings::kSwitchInterval, "switch_interval_ms"},
    {Settings::kProcessPerTask, "process_per_task"},
    {Settings::kOnWorkerDeath, "on_worker_death"},
    {Settings::kTaskTimeout, "task_timeout_ms"},
    {Settings::kRuntime, "runtime"},
    {Settings::kApi, "api"},
    {Settings::kStartMethod, "start_method"},
    {Settings::kPythonPath, "python"},
    {Settings::kScale, "scale"},
};

} // namespace

RunOptions Settings::runOptions(const RunOptions &defaults) const
{
    RunOptions options = defaults;
    for (const SavedOption &saved : kSavedOptions) {
        if (!m_settings->contains(saved.settingsKey))
            continue;
        // A value that does not read back (hand-edited, outdated) keeps the default.
        RunOptions candidate = options;
        const std::string text = m_settings->value(saved.settingsKey).toString().toStdString();
        if (io::setRunOptionFromText(candidate, saved.key, text).empty())
            options = candidate;
    }
    // Saved before the API was the one choice: the native runtime's ordering names its API.
    if (m_settings->contains(kLegacyOrdering)
        && io::legacyOrderingDecides(options, m_settings->contains(kApi))) {
        const std::string text = m_settings->value(kLegacyOrdering).toString().toStdString();
        RunOptions candidate = options;
        if (io::setRunOptionFromText(candidate, io::kLegacyOrderingKey, text).empty())
            options = candidate;
    }
    return options;
}

void Settings::setRunOptions(const RunOptions &options)
{
    for (const SavedOption &saved : kSavedOptions) {
        m_settings->setValue(saved.settingsKey,
                             QString::fromStdString(io::runOptionText(options, saved.key)));
    }
    m_settings->remove(kLegacyOrdering);   // "api" says it now
}

void Settings::sync()
{
    m_settings->sync();
}

} // namespace corescope::gui
