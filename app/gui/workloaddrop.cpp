// Drag-and-drop of workload files onto the window (see workloaddrop.h).
#include "app/gui/workloaddrop.h"

#include "app/gui/filecontroller.h"

#include <QDragEnterEvent>
#include <QDropEvent>
#include <QMimeData>
#include <QWidget>

#include <algorithm>

namespace corescope::gui {

namespace {

bool isWorkloadFile(const QUrl &url)
{
    return url.isLocalFile()
        && url.toLocalFile().endsWith(QLatin1String(".json"), Qt::CaseInsensitive);
}

} // namespace

WorkloadDrop::WorkloadDrop(QWidget *target, FileController *files)
    : QObject(target), m_files(files)
{
    target->setAcceptDrops(true);
    target->installEventFilter(this);
}

bool WorkloadDrop::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::DragEnter && event->type() != QEvent::Drop)
        return QObject::eventFilter(watched, event);
    // QDragEnterEvent is a QDropEvent: both carry the dragged data.
    auto *drop = static_cast<QDropEvent *>(event);
    const QList<QUrl> urls = drop->mimeData()->urls();
    const auto it = std::find_if(urls.begin(), urls.end(), isWorkloadFile);
    if (it == urls.end())
        return false;
    drop->acceptProposedAction();
    if (event->type() == QEvent::Drop)
        m_files->openFile(it->toLocalFile());
    return true;
}

} // namespace corescope::gui
