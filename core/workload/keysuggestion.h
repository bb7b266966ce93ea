#pragma once

// How a workload file's errors name keys: a key from the file quoted when it is not a plain
// identifier, the known name a typo was near ("did you mean"), the known names listed.

#include "core/util/enginetext.h"

#include <cstddef>
#include <string>
#include <string_view>

namespace corescope::workload {

/// `key` as an error message shows it: as it is when a plain identifier, else quoted (at most
/// 40 characters), so a key with a line break or a colon cannot garble the one-line error.
std::string displayKey(std::string_view key);

/// The edits (insert, delete, replace; case ignored) from `a` to `b`.
std::size_t editDistance(std::string_view a, std::string_view b);

/// The candidate a typo was near (at most two edits away), else "".
template <typename Range>
std::string_view nearest(std::string_view typed, const Range &candidates)
{
    if (typed.size() > 64)
        return {};
    std::string_view best;
    std::size_t bestDistance = 3;   // at most two edits away
    for (std::string_view c : candidates) {
        const std::size_t d = editDistance(typed, c);
        if (d < bestDistance && d < c.size()) {
            best = c;
            bestDistance = d;
        }
    }
    return best;
}

/// " (did you mean "kernel"?)" for a near miss, else "".
template <typename Range>
std::string suggestion(std::string_view typed, const Range &candidates)
{
    const std::string_view best = nearest(typed, candidates);
    if (best.empty())
        return {};
    return text::formatEngineText(text::kDidYouMean, {'"' + std::string(best) + '"'});
}

template <typename Range>
std::string joined(const Range &items, std::string_view separator = ", ")
{
    std::string out;
    for (std::string_view item : items) {
        if (!out.empty())
            out += separator;
        out += item;
    }
    return out;
}

} // namespace corescope::workload
