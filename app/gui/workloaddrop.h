// Drag-and-drop of workload files onto the window: a .json file dropped is opened through the
// same path as File > Open.
#pragma once

#include <QObject>

class QWidget;

namespace corescope::gui {

class FileController;

class WorkloadDrop final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WorkloadDrop)
public:
    /// Makes `target` accept drops: a drag that carries a local .json file is accepted, and its
    /// drop opened with `files`->openFile(); anything else is left to `target` (refused).
    WorkloadDrop(QWidget *target, FileController *files);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    FileController *m_files = nullptr;
};

} // namespace corescope::gui
