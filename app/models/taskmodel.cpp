#include "app/models/taskmodel.h"

#include "app/charts/runlabel.h"

#include "core/util/duration.h"

#include <QBrush>
#include <QColor>
#include <QFont>

#include <algorithm>
#include <limits>

namespace corescope::gui {

TaskModel::TaskModel(QObject *parent) : QAbstractTableModel(parent) {}

TaskModel::~TaskModel() = default;

void TaskModel::reset(std::shared_ptr<const Workload> workload, Runtime runtime)
{
    beginResetModel();
    m_workload = std::move(workload);
    m_runtime = runtime;
    const std::size_t tasks = m_workload ? static_cast<std::size_t>(m_workload->taskCount()) : 0;
    // Room for every task at once: growing a million-row vector while the run streams in
    // would copy it (and stall the GUI) at every doubling. Untouched pages cost nothing.
    // A run of about the same size as the last one reuses its rows' memory: freeing 40 MB and
    // faulting it in again page by page cost the GUI thread tens of ms at every Run.
    if (m_rows.capacity() < tasks || m_rows.capacity() / 2 > tasks)
        std::vector<Row>().swap(m_rows);
    m_rows.clear();
    m_rows.reserve(tasks);
    m_rowOfTask.reset(tasks, -1);
    m_handRank.reset(tasks, 0);
    m_handedBack = 0;
    m_problems = 0;
    endResetModel();
}

void TaskModel::setWorkload(std::shared_ptr<const Workload> workload)
{
    if (!workload || workload == m_workload)
        return;
    m_workload = std::move(workload);
    if (!m_rows.empty())
        Q_EMIT dataChanged(index(0, ResultColumn), index(rowCount() - 1, ResultColumn));
}

TaskModel::Row TaskModel::rowFrom(const TaskRecord &record)
{
    Row row;
    row.startNs = record.startNs;
    row.endNs = record.endNs;
    row.result = record.result;
    row.index = record.index;
    row.pid = record.pid;
    row.worker = record.worker;
    row.cpuStart = record.cpuStart;
    row.cpuEnd = record.cpuEnd;
    row.state = record.state;
    row.mismatch = record.mismatch;
    row.resultKnown = record.resultKnown;
    return row;
}

void TaskModel::appendTasks(const std::vector<TaskRecord> &records)
{
    if (records.empty())
        return;
    const int first = static_cast<int>(m_rows.size());
    const int last = first + static_cast<int>(records.size()) - 1;
    beginInsertRows({}, first, last);
    for (const TaskRecord &record : records) {
        if (record.index < m_rowOfTask.size())
            m_rowOfTask.ref(record.index) = static_cast<std::int32_t>(m_rows.size());
        if (!record.ok() && record.state != TaskState::Cancelled)   // (cut short, not wrong)
            ++m_problems;
        m_rows.push_back(rowFrom(record));
    }
    endInsertRows();
}

void TaskModel::markHandedBack(const std::vector<std::uint32_t> &taskIndices)
{
    int top = std::numeric_limits<int>::max();
    int bottom = -1;
    for (const std::uint32_t task : taskIndices) {
        if (task >= m_handRank.size())
            continue;
        m_handRank.ref(task) = ++m_handedBack;
        if (const int row = m_rowOfTask[task]; row >= 0) {
            top = std::min(top, row);
            bottom = std::max(bottom, row);
        }
    }
    // One signal for the whole batch: Pool.map hands back every task at once.
    if (bottom >= 0)
        Q_EMIT dataChanged(index(top, HandedBackColumn), index(bottom, HandedBackColumn));
}

void TaskModel::setRun(const RunResult &run)
{
    reset(run.workload);
    std::vector<TaskRecord> finished;
    finished.reserve(run.tasks.size());
    for (const TaskRecord &task : run.tasks)
        if (task.state != TaskState::Pending)
            finished.push_back(task);
    std::sort(finished.begin(), finished.end(),
              [](const TaskRecord &a, const TaskRecord &b) { return a.endNs < b.endNs; });
    appendTasks(finished);
    markHandedBack(run.handOrder);
}

QModelIndex TaskModel::index(int row, int column, const QModelIndex &parent) const
{
    if (parent.isValid() || row < 0 || column < 0 || column >= ColumnCount
        || static_cast<std::size_t>(row) >= m_rows.size())
        return {};
    return createIndex(row, column);
}

int TaskModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int TaskModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

int TaskModel::rowOfTask(std::uint32_t taskIndex) const
{
    return taskIndex < m_rowOfTask.size() ? m_rowOfTask[taskIndex] : -1;
}

std::uint32_t TaskModel::handRank(const Row &row) const
{
    return row.index < m_handRank.size() ? m_handRank[row.index] : 0;
}

QVariant TaskModel::display(const Row &row, int column) const
{
    switch (column) {
    case IndexColumn:
        return QVariant::fromValue(row.index);
    case InputColumn:
        if (!m_workload)
            return {};
        return QString::fromStdString(
            formatInput(m_workload->kernel, m_workload->input(row.index)));
    case ResultColumn:
        if (row.state != TaskState::Done || !m_workload)
            return QStringLiteral("—");
        if (!row.resultKnown)
            return tr("not kept");
        return QString::fromStdString(m_workload->resultText(row.result));
    case OkColumn:
        if (row.state == TaskState::Done)
            return row.mismatch ? tr("✗ differs") : tr("✓ ok");
        if (row.state == TaskState::Killed)
            return tr("✗ killed");
        if (row.state == TaskState::Cancelled)
            return tr("cancelled");
        // A native task fails only with its worker; a Python one may have raised (the
        // run's error says which).
        if (row.state == TaskState::Failed)
            return m_runtime == Runtime::Python ? tr("✗ failed") : tr("✗ worker died");
        return QStringLiteral("—");
    case WorkerColumn:
        return row.worker >= 0 ? QVariant(row.worker + 1) : QVariant(QStringLiteral("—"));
    case PidColumn:
        return row.pid > 0 ? QVariant(row.pid) : QVariant(QStringLiteral("—"));
    case CpuColumn:
        if (row.cpuStart < 0)
            return QStringLiteral("—");
        if (row.cpuEnd >= 0 && row.cpuEnd != row.cpuStart)
            return QStringLiteral("%1 → %2").arg(row.cpuStart).arg(row.cpuEnd);
        return QString::number(row.cpuStart);
    case DurationColumn:
        return row.startNs >= 0 && row.endNs >= row.startNs
            ? durationTextNs(row.endNs - row.startNs)
            : QStringLiteral("—");
    case HandedBackColumn:
        if (const std::uint32_t rank = handRank(row))
            return QVariant::fromValue(rank);
        // A task that has no result is never handed back.
        return row.state == TaskState::Done ? tr("not yet") : QStringLiteral("—");
    default:
        return {};
    }
}

std::int64_t TaskModel::rawKey(const Row &row, int column) const
{
    switch (column) {
    case IndexColumn:
    case InputColumn:   // inputs sort in task order: generated and listed inputs alike
        return row.index;
    case ResultColumn:
        // Unsigned results are compared exactly in lessThan(); this is only a fallback.
        if (row.state != TaskState::Done)
            return -2;
        return row.resultKnown ? static_cast<std::int64_t>(std::min<std::uint64_t>(
                                     row.result, std::numeric_limits<std::int64_t>::max()))
                               : -1;
    case OkColumn:
        return row.state != TaskState::Done ? 0 : row.mismatch ? 1 : 2;
    case WorkerColumn:
        return row.worker;
    case PidColumn:
        return row.pid;
    case CpuColumn:
        return row.cpuStart;
    case DurationColumn:
        return row.startNs >= 0 && row.endNs >= row.startNs ? row.endNs - row.startNs : -1;
    case HandedBackColumn: {
        const std::uint32_t rank = handRank(row);
        // Not handed back yet sorts last.
        return rank ? static_cast<std::int64_t>(rank) : std::numeric_limits<std::int64_t>::max();
    }
    default:
        return 0;
    }
}

QVariant TaskModel::sortKey(const Row &row, int column) const
{
    if (column == ResultColumn)
        return row.state == TaskState::Done && row.resultKnown
            ? QVariant::fromValue<qulonglong>(row.result)
            : QVariant::fromValue<qlonglong>(row.state == TaskState::Done ? -1 : -2);
    return QVariant::fromValue<qlonglong>(rawKey(row, column));
}

bool TaskModel::lessThan(int left, int right, int column) const
{
    const Row &a = m_rows[static_cast<std::size_t>(left)];
    const Row &b = m_rows[static_cast<std::size_t>(right)];
    if (column == ResultColumn) {
        // Results are unsigned 64-bit; tasks without a result sort first, then results that
        // are not integers.
        const bool aDone = a.state == TaskState::Done;
        const bool bDone = b.state == TaskState::Done;
        if (aDone != bDone)
            return !aDone;
        const bool aKnown = aDone && a.resultKnown;
        const bool bKnown = bDone && b.resultKnown;
        if (aKnown != bKnown)
            return !aKnown;
        if (aKnown && a.result != b.result)
            return a.result < b.result;
        return a.index < b.index;
    }
    const std::int64_t ka = rawKey(a, column);
    const std::int64_t kb = rawKey(b, column);
    if (ka != kb)
        return ka < kb;
    return a.index < b.index;   // stable, predictable order among equal keys
}

QStringList TaskModel::okTexts()
{
    return {tr("✓ ok"),     tr("✗ differs"), tr("✗ killed"),
            tr("cancelled"), tr("✗ failed"),  tr("✗ worker died")};
}

QVariant TaskModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows[static_cast<std::size_t>(index.row())];
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return display(row, column);
    case SortKeyRole:
        return sortKey(row, column);
    case TaskIndexRole:
        return QVariant::fromValue(row.index);
    case Qt::TextAlignmentRole:
        if (column == InputColumn || column == OkColumn)
            return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::ForegroundRole:
        if (column == OkColumn || column == ResultColumn) {
            if (row.state == TaskState::Failed || row.state == TaskState::Killed || row.mismatch)
                return QBrush(QColor(0xb7, 0x1c, 0x1c));
            if (column == OkColumn && row.state == TaskState::Done)
                return QBrush(QColor(0x1b, 0x5e, 0x20));
        }
        return {};
    case Qt::FontRole:
        if (column == OkColumn
            && (row.state == TaskState::Failed || row.state == TaskState::Killed || row.mismatch)) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::ToolTipRole:
        if (column == OkColumn) {
            if (row.state == TaskState::Failed)
                return tr("The worker process running task %1 died before it could return a "
                          "result.")
                    .arg(row.index);
            if (row.state == TaskState::Killed)
                return tr("Task %1 was running when another worker's death broke the pool: it "
                          "was stopped with the pool, without a result.")
                    .arg(row.index);
            if (row.state == TaskState::Cancelled)
                return tr("Task %1 was running when Cancel stopped the run: it was stopped "
                          "there, without a result.")
                    .arg(row.index);
            if (row.mismatch)
                return tr("Task %1's result differs from the value the workload expects.")
                    .arg(row.index);
        }
        if (column == HandedBackColumn && handRank(row) == 0 && row.state == TaskState::Done)
            return tr("Not handed back to the caller yet. %1: held until every task before it "
                      "is done; %2: held until the last task is done.")
                .arg(orderingText(Ordering::OrderedStream), orderingText(Ordering::OrderedBatch));
        return {};
    default:
        return {};
    }
}

QVariant TaskModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole) {
        switch (section) {
        case IndexColumn: return tr("Task");
        case InputColumn: return tr("Input");
        case ResultColumn: return tr("Result");
        case OkColumn: return tr("OK");
        case WorkerColumn: return tr("Worker");
        case PidColumn: return tr("PID");
        case CpuColumn: return tr("Core");
        case DurationColumn: return tr("Duration");
        case HandedBackColumn: return tr("Handed back");
        default: return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case IndexColumn: return tr("The task's position in the workload's list of inputs");
        case InputColumn: return tr("The input the kernel ran on");
        case ResultColumn: return tr("What the kernel returned");
        case OkColumn:
            return tr("✓ the task finished and matches the expected result; ✗ it differs, "
                      "its worker died, or (in Python) it raised: the run's error says which");
        case WorkerColumn: return tr("The worker (thread or process) that ran the task, from 1");
        case PidColumn: return tr("The process that ran the task");
        case CpuColumn:
            return tr("The logical CPU core (a number, not a time) the task started on (→ the "
                      "one it ended on, if the OS moved it)");
        case DurationColumn: return tr("Wall time from the task's start to its end");
        case HandedBackColumn:
            return tr("When the result reached the caller, 1 = first; the API decides: %1; %2; "
                      "%3")
                .arg(orderingText(Ordering::OrderedBatch), orderingText(Ordering::OrderedStream),
                     orderingText(Ordering::AsCompleted));
        default: return {};
        }
    }
    return {};
}

} // namespace corescope::gui
