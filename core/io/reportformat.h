#pragma once

// Names the run report, the tasks CSV and their readers share, so a value is written and read
// by one table.

#include "core/trace/runresult.h"

#include <optional>
#include <string_view>
#include <utility>

namespace corescope::io {

/// The "format" and "version" a run report carries.
inline constexpr std::string_view kRunReportFormat = "corescope-run";
inline constexpr int kRunReportVersion = 1;

inline constexpr std::pair<TaskState, std::string_view> kTaskStates[] = {
    {TaskState::Pending, "pending"},
    {TaskState::Done, "done"},
    {TaskState::Failed, "failed"},
    {TaskState::Killed, "killed"},
    {TaskState::Cancelled, "cancelled"},
};

inline constexpr std::pair<CounterSync, std::string_view> kCounterSyncs[] = {
    {CounterSync::None, "none"},
    {CounterSync::Lock, "lock"},
    {CounterSync::SharedMemory, "shared-memory"},
    {CounterSync::SharedMemoryLocked, "shared-memory-locked"},
    {CounterSync::Manager, "manager"},
};

/// "pending", "done", "failed", "killed", "cancelled".
inline std::string_view taskStateName(TaskState state)
{
    for (const auto &[value, name] : kTaskStates)
        if (value == state)
            return name;
    return "?";
}

/// "none", "lock", "shared-memory", "shared-memory-locked", "manager".
inline std::string_view counterSyncName(CounterSync sync)
{
    for (const auto &[value, name] : kCounterSyncs)
        if (value == sync)
            return name;
    return "none";
}

/// The value a table names `name`, or nullopt.
template <typename T, std::size_t N>
std::optional<T> valueNamed(const std::pair<T, std::string_view> (&table)[N], std::string_view name)
{
    for (const auto &[value, n] : table)
        if (n == name)
            return value;
    return std::nullopt;
}

} // namespace corescope::io
