#pragma once

#include <functional>
#include <ostream>
#include <string>

namespace corescope::io {

/// Writes `path` through `write` with a QSaveFile: into a new temporary file beside it, synced
/// and renamed over `path` only when everything was written, so a failed or interrupted export
/// never leaves half a file (nor clobbers the previous one). `write` returns false when it
/// failed. Returns an empty string on success, else "cannot write PATH: reason".
std::string writeFileAtomically(const std::string &path,
                                const std::function<bool(std::ostream &)> &write);

} // namespace corescope::io
