#include "app/gui/settings.h"

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

RunOptions Settings::runOptions(const RunOptions &defaults) const
{
    RunOptions options = defaults;
    if (const auto mode = modeFromName(m_settings->value(kMode).toString().toStdString()))
        options.mode = *mode;
    if (const auto ordering =
            orderingFromName(m_settings->value(kOrdering).toString().toStdString()))
        options.ordering = *ordering;
    bool ok = false;
    if (const int workers = m_settings->value(kWorkers).toInt(&ok);
        ok && workers >= 1 && workers <= RunOptions::kMaxWorkers)
        options.workers = workers;
    if (const int chunksize = m_settings->value(kChunksize).toInt(&ok);
        ok && chunksize >= 1 && chunksize <= RunOptions::kMaxChunksize)
        options.chunksize = chunksize;
    if (m_settings->contains(kGil))
        options.gil = m_settings->value(kGil).toBool();
    if (const double interval = m_settings->value(kSwitchInterval).toDouble(&ok);
        ok && interval > 0.0 && interval <= 1000.0)
        options.switchIntervalMs = interval;
    if (m_settings->contains(kProcessPerTask))
        options.processPerTask = m_settings->value(kProcessPerTask).toBool();
    if (const auto policy = workerDeathPolicyFromName(
            m_settings->value(kOnWorkerDeath).toString().toStdString()))
        options.onWorkerDeath = *policy;
    if (const int timeout = m_settings->value(kTaskTimeout).toInt(&ok);
        ok && timeout >= 0 && timeout <= RunOptions::kMaxTaskTimeoutMs)
        options.taskTimeoutMs = timeout;
    return options;
}

void Settings::setRunOptions(const RunOptions &options)
{
    m_settings->setValue(kMode, QString::fromLatin1(modeName(options.mode)));
    m_settings->setValue(kWorkers, options.workers);
    m_settings->setValue(kChunksize, options.chunksize);
    m_settings->setValue(kOrdering, QString::fromLatin1(orderingName(options.ordering)));
    m_settings->setValue(kGil, options.gil);
    m_settings->setValue(kSwitchInterval, options.switchIntervalMs);
    m_settings->setValue(kProcessPerTask, options.processPerTask);
    m_settings->setValue(kOnWorkerDeath,
                         QString::fromLatin1(workerDeathPolicyName(options.onWorkerDeath)));
    m_settings->setValue(kTaskTimeout, options.taskTimeoutMs);
}

void Settings::sync()
{
    m_settings->sync();
}

} // namespace corescope::gui
