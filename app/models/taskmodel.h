#pragma once

#include "core/trace/runresult.h"
#include "core/workload/workload.h"
#include "core/util/pagedarray.h"

#include <QAbstractTableModel>

#include <cstdint>
#include <memory>
#include <vector>

namespace corescope::gui {

/// The results table: one row per finished task, in the order tasks finished, filled from the
/// run's snapshots in batches (one beginInsertRows per snapshot, never one per task).
///
/// Rows are kept as small plain records in a vector and formatted only when a view asks for
/// a visible cell, so a million-task run costs ~40 MB and no string until it is looked at.
class TaskModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TaskModel)
public:
    enum Column : int {
        IndexColumn,
        InputColumn,
        ResultColumn,
        OkColumn,
        WorkerColumn,
        PidColumn,
        CpuColumn,
        DurationColumn,
        HandedBackColumn,
        ColumnCount
    };
    /// The raw value a column sorts by (qlonglong or qulonglong), for callers that want it
    /// without parsing the displayed text.
    static constexpr int SortKeyRole = Qt::UserRole + 1;
    /// The task's index in the workload (quint32), whatever the column.
    static constexpr int TaskIndexRole = Qt::UserRole + 2;

    explicit TaskModel(QObject *parent = nullptr);
    ~TaskModel() override;

    /// Every text the OK column may show, in the current language (to size the column).
    static QStringList okTexts();

    /// Empties the table for a new run of `workload` (inputs are formatted from it lazily).
    /// `runtime`: a failed task of a Python run may have raised, not only lost its worker.
    void reset(std::shared_ptr<const Workload> workload, Runtime runtime = Runtime::Native);
    /// The run ended with what it learnt of its workload (a Python function's results known
    /// to be bools): the results column says them through it. Keeps the rows.
    void setWorkload(std::shared_ptr<const Workload> workload);
    /// Appends finished tasks as one batch of rows.
    void appendTasks(const std::vector<TaskRecord> &records);
    /// Notes that these tasks were handed back to the caller, in this order, after those
    /// already handed back.
    void markHandedBack(const std::vector<std::uint32_t> &taskIndices);
    /// Shows a whole run at once (a saved run, or the final state of a live one): every task
    /// that finished, in hand-back order ranks as the run recorded them.
    void setRun(const RunResult &run);

    /// Cheaper than the base class's (no virtual rowCount()/columnCount() round trip): the
    /// sorting proxy asks for two indexes per comparison, forty million for a million rows.
    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    /// The row showing task `taskIndex`, or -1 when it has not finished (yet).
    int rowOfTask(std::uint32_t taskIndex) const;
    /// Tasks shown that did not end well (worker died, or result differs from "expected").
    std::uint64_t problemCount() const { return m_problems; }
    /// True when row `left` sorts before row `right` on `column`, comparing the raw values:
    /// the proxy sorts a million rows this way without building a QVariant per comparison.
    bool lessThan(int left, int right, int column) const;

private:
    // 40 bytes per finished task.
    struct Row {
        std::int64_t startNs = -1;
        std::int64_t endNs = -1;
        std::uint64_t result = 0;
        std::uint32_t index = 0;
        std::int32_t pid = 0;
        std::int16_t worker = -1;
        std::int16_t cpuStart = -1;
        std::int16_t cpuEnd = -1;
        TaskState state = TaskState::Pending;
        bool mismatch : 1 = false;      // (bit-fields: the row stays 40 bytes)
        bool resultKnown : 1 = true;    // TaskRecord::resultKnown
    };
    static Row rowFrom(const TaskRecord &record);
    QVariant display(const Row &row, int column) const;
    QVariant sortKey(const Row &row, int column) const;
    std::int64_t rawKey(const Row &row, int column) const;
    std::uint32_t handRank(const Row &row) const;

    std::shared_ptr<const Workload> m_workload;
    Runtime m_runtime = Runtime::Native;
    std::vector<Row> m_rows;
    // By task index, sized for the whole run without being written all at once as it starts.
    PagedArray<std::int32_t> m_rowOfTask{-1};     // -1 = not shown
    PagedArray<std::uint32_t> m_handRank{0};      // 0 = not handed back yet
    std::uint32_t m_handedBack = 0;
    std::uint64_t m_problems = 0;
};

} // namespace corescope::gui
