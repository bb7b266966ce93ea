#include "core/util/enginetext.h"

#include <vector>

namespace corescope::text {

std::span<const char *const> engineFormats()
{
    static constexpr const char *kFormats[]{
        kFileNotFound,
        kIsDirectory,
        kCannotOpen,
        kInvalidJson,
        kMissingField,
        kUnknownField,
        kNoTasks,
        kOneLine,
        kKernelOrPython,
        kUnknownKernelNear,
        kUnknownKernel,
        kUnknownTopLevelField,
        kNoSuchFile,
        kAboveLargestInteger,
        kAbove2To53,
        kAboveKernelLimit,
        kUnknownParameterNone,
        kUnknownParameter,
        kTooManyTasks,
        kUnknownGenerator,
        kOneGenerator,
        kRangeOfPairs,
        kEmptyRange,
        kRangeAboveLimit,
        kRepeatCountZero,
        kTooManyValues,
        kDidYouMean,
        kEmptyInput,
        kEndOfInputInside,
        kEndOfInputList,
        kEndOfInputObject,
        kEndOfInput,
        kNoComments,
        kTrailingData,
        kValuesLimit,
        kNestingTooDeep,
        kNoTrailingCommas,
        kDuplicateKey,
        kKeysNeedDoubleQuotes,
        kStringsNeedDoubleQuotes,
        kUnpairedSurrogate,
        kInvalidEscape,
        kUnterminatedString,
        kNulInString,
        kControlInString,
        kNotUtf8InString,
        kInvalidNumber,
        kLeadingZeros,
        kUnexpectedWord,
        kMissing,
        kOutOfRange,
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
        kAWorkloadObject,
        kAKernelName,
        kPythonObject,
        kAPyFileName,
        kAPythonFile,
        kAFunctionName,
        kInMainBool,
        kAPair,
        kMilliseconds,
        kAnIntegerFromTo,
        kOneOf,
        kInputsShape,
        kRangeObject,
        kRepeatObject,
        kAListOfOneResult,
        kAListOfResults,
        kABool,
        kCommaOrBracket,
        kCommaOrBrace,
        kColonAfterKey,
        kHexDigits,
        kDigitAfterMinus,
        kDigitAfterPoint,
        kDigitInExponent,
        kANumber,
        kAUEscape,
        kStringStartedAt,
        kNulByte,
        kNotUtf8Byte,
        kControlByte,
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

std::string expectedGot(std::string_view expectation, std::string_view found)
{
    return formatEngineText(kExpectedGot, {expectation, found});
}

}   // namespace corescope::text
