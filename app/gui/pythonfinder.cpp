#include "app/gui/pythonfinder.h"

#include <QCoreApplication>
#include <QPointer>
#include <QThreadPool>

namespace corescope::gui {

PythonFinder::PythonFinder(QObject *parent) : QObject(parent) {}

PythonFinder *PythonFinder::instance()
{
    static QPointer<PythonFinder> finder;
    if (!finder)
        finder = new PythonFinder(QCoreApplication::instance());
    return finder;
}

std::optional<PythonProbe> PythonFinder::find(const std::string &path)
{
    if (auto known = cachedPythonProbe(path))
        return known;
    if (m_asked.insert(path).second) {
        // The application waits for the global pool before it deletes its children, this
        // finder among them: the queued call never outlives it.
        QThreadPool::globalInstance()->start([this, path] {
            probePython(path);
            QMetaObject::invokeMethod(
                this, [this, path] { Q_EMIT probed(QString::fromStdString(path)); },
                Qt::QueuedConnection);
        });
    }
    return std::nullopt;
}

} // namespace corescope::gui
