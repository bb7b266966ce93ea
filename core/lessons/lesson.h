#pragma once

#include "core/exec/runoptions.h"

#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace corescope {

/// One lesson of the teaching material, one click away: a shipped workload, the options that
/// show it, and what to look for, in plain English.
struct Lesson {
    std::string_view id;            ///< "gil-cpu"
    std::string_view title;         ///< for the Lessons menu
    std::string_view workload;      ///< a shipped workload id
    RunOptions options;             ///< sampleHz and workerPath stay at their defaults
    std::string_view lookFor;       ///< what the class should see, and why
    std::string_view thenTry;       ///< the contrasting run to do next (may be empty)
    std::string_view seed;          ///< which teaching file it comes from
};

/// Every lesson, in teaching order.
std::span<const Lesson> allLessons();
const Lesson *lessonById(std::string_view id);

} // namespace corescope
