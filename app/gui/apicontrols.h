// The side panel's API and chunksize controls: the one choice of when results come back (both
// runtimes), its labels and tooltips following the mode, and the chunksize box whose lowest
// value says the API's own default for this workload and worker count.
#pragma once

#include "core/exec/runoptions.h"

#include <QObject>

#include <cstdint>

class QComboBox;
class QSpinBox;
class QWidget;

namespace corescope::gui {

/// Owns the two boxes' texts; the panel lays them out (they are two rows of its form) and says
/// retranslate() on a language switch.
class ApiControls final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiControls)
public:
    /// Makes the API box and the chunksize box as children of `parent`.
    explicit ApiControls(QWidget *parent);

    /// The API: data is the PyApi.
    QComboBox *apiBox() const { return m_api; }
    /// 0 = the API's own default, shown with its value.
    QSpinBox *chunksizeBox() const { return m_chunksize; }
    PyApi api() const;
    void setApi(PyApi api);

    /// What the labels and the default chunksize depend on: the mode, the workers and the
    /// loaded workload's task count. The runtime decides what is offered: Python's MPI ranks
    /// run through MPIPoolExecutor, which has no Pool.* APIs (those items are greyed out, and
    /// one chosen becomes executor.map).
    void follow(Mode mode, Runtime runtime, int workers, std::uint64_t tasks);
    void retranslate();

Q_SIGNALS:
    /// The user chose another API.
    void apiChanged();

private:
    void updateApiLabels();
    void updateChunksizeDefault();

    QComboBox *m_api = nullptr;
    QSpinBox *m_chunksize = nullptr;
    Mode m_mode = Mode::Serial;
    Runtime m_runtime = Runtime::Native;
    int m_workers = 1;
    std::uint64_t m_taskCount = 0;
};

} // namespace corescope::gui
