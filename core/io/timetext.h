#pragma once

#include <string>

namespace corescope::io {

/// The local time now as ISO 8601 with its UTC offset, "2026-11-30T10:00:00+0100": the
/// "started_at" of run and sweep reports.
std::string isoTimeNow();

} // namespace corescope::io
