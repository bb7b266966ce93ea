#include "core/util/enginetext.h"

#include <array>
#include <vector>

namespace corescope::text {

std::span<const char *const> engineFormats()
{
    static constexpr std::array<const char *, 68> kFormats{
        kFileNotFound,
        kIsDirectory,
        kCannotOpen,
        kInvalidJson,
        kMissingField,
        kUnknownField,
        kNoTasks,
        kWholeNumberRange,
        kWorkersRange,
        kChunksizeRange,
        kSampleRateRange,
        kSwitchIntervalRange,
        kTaskTimeoutRange,
        kScaleRange,
        kWorkloadNoTasks,
        kWorkloadTooManyTasks,
        kMemSweepTooBig,
        kOwnPythonNeedsPython,
        kManagerNeedsPython,
        kKernelKillsCorescope,
        kSweepKillingKernel,
        kMpiPythonApi,
        kMpiNoMpi4py,
        kMpiManager,
        kMpiNotBuilt,
        kMpiNoMpirun,
        kMpiSharedCounter,
        kMpiProcessPerTask,
        kMpiRespawn,
        kNoPython,
        kPythonCannotRun,
        kWorkerKilledRunning,
        kWorkerExitedRunning,
        kWorkerDied,
        kResultsDifferNotKept,
        kResultsDiffer,
        kTaskFailed,
        kItRaised,
        kPythonTaskTimedOut,
        kWorkerTimedOut,
        kPythonRaisedLastWords,
        kPythonRaised,
        kDiedUnreadyLastWords,
        kDiedUnready,
        kRunEndedEarly,
        kExpectedGot,
        kCharacter,
        kAValue,
        kANonNegativeInteger,
        kAPositiveInteger,
        kAnInteger,
        kAnIntegerOrNull,
        kAWholeNumber,
        kAString,
        kANonEmptyString,
        kAStringOrNull,
        kTrueOrFalse,
        kAnObject,
        kAnEmptyObject,
        kAList,
        kAnEmptyList,
        kAListOfOneElement,
        kAListOfElements,
        kAKeyInDoubleQuotes,
        kNoSuchWorkload,
        kResultsCountDiffers,
        kResultsCountDiffersOneTask,
        kOneResultCountDiffers,
    };
    return kFormats;
}

std::string formatEngineText(const char *format, std::initializer_list<std::string_view> args)
{
    const std::vector<std::string_view> values(args);
    std::string out;
    for (const char *p = format; *p; ++p) {
        if (p[0] == '%' && p[1] >= '1' && p[1] <= '9') {
            const auto n = static_cast<std::size_t>(p[1] - '1');
            if (n < values.size()) {
                out += values[n];
                ++p;
                continue;
            }
        }
        out += *p;
    }
    return out;
}

}   // namespace corescope::text
