#pragma once

#include "core/exec/runoptions.h"

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace corescope {

/// How a lesson's worker count follows the machine: some lessons are about the cores this
/// machine has (every core fills; more workers than cores), so a fixed count would teach
/// something else on an 8-core laptop than on a 2-core VM.
enum class LessonWorkers : std::uint8_t {
    AsGiven,         ///< options.workers, whatever the machine (2 threads of the gcd tutorial)
    Cores,           ///< one worker per logical core, as Python's pools default to cpu_count()
    FourTimesCores,  ///< clearly more workers than cores
};

/// A figure a tutorial printed, quoted beside the lesson's own run: "serial", 0.479.
struct TutorialFigure {
    std::string_view what;   ///< "serial", "2 threads", "2 processes", "parallel"
    double seconds = 0;
};

/// One lesson of the teaching material, one click away: a shipped workload, the options that
/// show it, and what to look for, in plain English. The options name the runtime: a lesson
/// about what Python does runs on the Python runtime (and needs an interpreter); one that
/// runs the native kernels says so, and what would differ in Python.
struct Lesson {
    std::string_view id;            ///< "gil-cpu"
    std::string_view title;         ///< for the Lessons menu
    std::string_view workload;      ///< a shipped workload id
    RunOptions options;             ///< sampleHz and workerPath stay at their defaults
    std::string_view lookFor;       ///< what the class should see, and why
    std::string_view thenTry;       ///< the contrasting run to do next (may be empty)
    /// Which teaching file it comes from and what that file shows: "002 (Korean): ...". The
    /// first three characters name the tutorial (tutorialOf); anything else is "beyond".
    std::string_view seed;
    LessonWorkers workers = LessonWorkers::AsGiven;
    /// The figures the tutorial printed for the same work on its author's machine.
    std::span<const TutorialFigure> figures = {};
};

/// One of the five tutorials in the teaching material, or the lessons beyond them.
struct Tutorial {
    std::string_view id;        ///< "000" .. "004"; "" for the lessons beyond the tutorials
    std::string_view language;  ///< "Korean"
    std::string_view title;     ///< what it is about, for the Lessons menu
};

/// Every lesson, grouped by tutorial (tutorials()' order), in teaching order within each.
std::span<const Lesson> allLessons();
const Lesson *lessonById(std::string_view id);
/// The tutorials, in order, the lessons beyond them last.
std::span<const Tutorial> tutorials();
/// The tutorial a lesson comes from (the "beyond" entry when its seed names none).
const Tutorial &tutorialOf(const Lesson &lesson);
/// The lesson's options on a machine with `logicalCores` cores: the worker count resolved by
/// `lesson.workers`.
RunOptions lessonOptions(const Lesson &lesson, int logicalCores);
/// Two settings of one lesson run one after the other on its workload and shown on one time
/// axis (the lesson panel's Race button): "threads + GIL" against "processes".
struct LessonRace {
    RunOptions first;
    RunOptions second;
};
/// The lesson's race on a machine with `logicalCores` cores (worker counts resolved as
/// lessonOptions() does), or nothing for a lesson without one.
std::optional<LessonRace> lessonRace(const Lesson &lesson, int logicalCores);

/// True if the lesson runs on the Python runtime (and so needs an interpreter).
inline bool needsPython(const Lesson &lesson)
{
    return lesson.options.runtime == Runtime::Python;
}

} // namespace corescope
