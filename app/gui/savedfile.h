#pragma once

#include "core/engine/sweep.h"
#include "core/trace/runresult.h"

#include <QString>

#include <memory>
#include <variant>

namespace corescope::gui {

/// A saved run report or sweep report, read back without re-running anything.
struct SavedFile {
    enum class Kind { Run, Sweep };
    Kind kind = Kind::Run;
    QString path;
    std::shared_ptr<const RunResult> run;       ///< Kind::Run
    std::shared_ptr<const SweepResult> sweep;   ///< Kind::Sweep

    const MachineInfo &machine() const { return kind == Kind::Run ? run->machine : sweep->machine; }
    const std::string &startedAt() const { return kind == Kind::Run ? run->startedAt : sweep->startedAt; }
    /// "saved run from server-1, 2026-11-30 10:00" / "saved sweep from ..."
    QString banner() const;
};

/// The "format" a JSON file declares near its start: "corescope-run", "corescope-sweep", or
/// empty for anything else (a workload file). Reads only the first few kilobytes.
QString savedFileFormat(const QString &path);
/// True for a run or sweep report (File > Open sends these here instead of to the workloads).
bool isSavedFile(const QString &path);
/// Reads a run or sweep report; the error names file, line and field.
std::variant<SavedFile, QString> loadSavedFile(const QString &path);
/// "2026-11-30 10:00" from the ISO time a report keeps.
QString savedDate(const std::string &startedAt);

} // namespace corescope::gui
