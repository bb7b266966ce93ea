#pragma once

#include <span>

namespace corescope::i18n {

/// The context the shipped workloads' names and descriptions are translated in.
inline constexpr const char *kWorkloadContext = "Workload";
/// Every shipped workload's name and description, as marked for translation.
std::span<const char *const> shippedWorkloadTexts();

} // namespace corescope::i18n
