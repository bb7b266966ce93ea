#pragma once

// Sentences for people that the engine builds (errors of workload files, option limits, the
// missing interpreter, a dead worker). The engine speaks English: that text goes into reports,
// JSON and logs unchanged. Each sentence's form is one format here, marked for lupdate in the
// context kEngineTextContext; the front ends translate a sentence by finding the format it was
// built from and saying that format, translated, with the same arguments
// (i18n::engineText in app/i18n).

#include "core/util/faulttext.h"

#include <QtGlobal>   // QT_TRANSLATE_NOOP only

#include <initializer_list>
#include <span>
#include <string>
#include <string_view>

namespace corescope::text {

inline constexpr const char *kEngineTextContext = "corescope::Engine";

// Workload files (WorkloadError::message).
inline constexpr const char kFileNotFound[] =
    QT_TRANSLATE_NOOP("corescope::Engine", "file not found");
inline constexpr const char kIsDirectory[] =
    QT_TRANSLATE_NOOP("corescope::Engine", "is a directory, not a workload file");
inline constexpr const char kCannotOpen[] =
    QT_TRANSLATE_NOOP("corescope::Engine", "cannot open the file: %1");
inline constexpr const char kNoFileName[] =
    QT_TRANSLATE_NOOP("corescope::Engine", "no workload file name given");
inline constexpr const char kCannotAccess[] =
    QT_TRANSLATE_NOOP("corescope::Engine", "cannot access the file: %1");
inline constexpr const char kNotRegular[] =
    QT_TRANSLATE_NOOP("corescope::Engine", "is not a regular file");
inline constexpr const char kFileTooLargeSize[] = QT_TRANSLATE_NOOP(
    "corescope::Engine",
    "file is too large (%1; workload files are limited to %2)");
inline constexpr const char kFileTooLarge[] =
    QT_TRANSLATE_NOOP("corescope::Engine", "file is too large (workload files are limited to %1)");
inline constexpr const char kCannotReadFileBecause[] =
    QT_TRANSLATE_NOOP("corescope::Engine", "cannot read the file: %1");
inline constexpr const char kCannotOpenShipped[] =
    QT_TRANSLATE_NOOP("corescope::Engine", "cannot open the shipped workload");
inline constexpr const char kInvalidJson[] =
    QT_TRANSLATE_NOOP("corescope::Engine", "invalid JSON: %1");
inline constexpr const char kMissingField[] =
    QT_TRANSLATE_NOOP("corescope::Engine", "missing required field");
inline constexpr const char kUnknownField[] =
    QT_TRANSLATE_NOOP("corescope::Engine", "unknown field%1; %2 takes %3");
inline constexpr const char kNoTasks[] =
    QT_TRANSLATE_NOOP("corescope::Engine", "the workload has no tasks: the list is empty");
inline constexpr const char kOneLine[] =
    QT_TRANSLATE_NOOP("corescope::Engine", "must be one line without control characters");
inline constexpr const char kKernelOrPython[] = QT_TRANSLATE_NOOP(
    "corescope::Engine",
    "give either a kernel or your own Python function, not both");
inline constexpr const char kUnknownKernelNear[] = QT_TRANSLATE_NOOP(
    "corescope::Engine",
    "unknown kernel %1 (did you mean %2?); known kernels: %3; your own Python function is "
    "\"python\": {\"file\": ..., \"function\": ...}");
inline constexpr const char kUnknownKernel[] = QT_TRANSLATE_NOOP(
    "corescope::Engine",
    "unknown kernel %1; known kernels: %2; your own Python function is \"python\": "
    "{\"file\": ..., \"function\": ...}");
inline constexpr const char kUnknownTopLevelField[] =
    QT_TRANSLATE_NOOP("corescope::Engine", "unknown field%1; expected %2");
inline constexpr const char kNoSuchFile[] =
    QT_TRANSLATE_NOOP("corescope::Engine", "no such file: %1");
inline constexpr const char kAboveLargestInteger[] =
    QT_TRANSLATE_NOOP("corescope::Engine", "%1 is above the largest supported integer, %2");
inline constexpr const char kAbove2To53[] = QT_TRANSLATE_NOOP(
    "corescope::Engine",
    "%1 is above 2^53, the largest integer a JSON number holds exactly; write it as a decimal "
    "string: \"%2\"");
inline constexpr const char kAboveKernelLimit[] =
    QT_TRANSLATE_NOOP("corescope::Engine", "%1 is above the %2 kernel's limit of %3");
inline constexpr const char kUnknownParameterNone[] =
    QT_TRANSLATE_NOOP("corescope::Engine", "unknown parameter: the %1 kernel takes no parameters");
inline constexpr const char kUnknownParameter[] =
    QT_TRANSLATE_NOOP("corescope::Engine", "unknown parameter%1; the %2 kernel takes %3");
inline constexpr const char kTooManyTasks[] = QT_TRANSLATE_NOOP(
    "corescope::Engine",
    "%1 tasks is more than the limit of %2 per workload (every task keeps a trace record)");
inline constexpr const char kUnknownGenerator[] =
    QT_TRANSLATE_NOOP("corescope::Engine", "unknown generator%1; expected \"range\" or \"repeat\"");
inline constexpr const char kOneGenerator[] = QT_TRANSLATE_NOOP(
    "corescope::Engine",
    "only one generator is allowed, \"range\" or \"repeat\"");
inline constexpr const char kRangeOfPairs[] = QT_TRANSLATE_NOOP(
    "corescope::Engine",
    "a range gives single integers, but %1 takes pairs [a, b]: list the pairs instead");
inline constexpr const char kEmptyRange[] = QT_TRANSLATE_NOOP(
    "corescope::Engine",
    "the range is empty (stop %1 is not above start %2): the workload has no tasks");
inline constexpr const char kRangeAboveLimit[] = QT_TRANSLATE_NOOP(
    "corescope::Engine",
    "the range reaches %1, above the %2 kernel's limit of %3");
inline constexpr const char kRepeatCountZero[] =
    QT_TRANSLATE_NOOP("corescope::Engine", "the workload has no tasks: count is 0");
inline constexpr const char kTooManyValues[] = QT_TRANSLATE_NOOP(
    "corescope::Engine",
    "too large: more than %1 values (inputs and expected results together); describe large "
    "workloads with a \"range\" or \"repeat\" generator");
inline constexpr const char kDidYouMean[] =
    QT_TRANSLATE_NOOP("corescope::Engine", " (did you mean %1?)");

// The JSON reader (json::ParseError::message, the argument of kInvalidJson).
inline constexpr const char kEmptyInput[] =
    QT_TRANSLATE_NOOP("corescope::Engine", "empty input: expected a JSON value");
inline constexpr const char kEndOfInputInNumber[] = QT_TRANSLATE_NOOP(
    "corescope::Engine",
    "unexpected end of input inside a number (truncated file?)");
inline constexpr const char kEndOfInputInEscape[] = QT_TRANSLATE_NOOP(
    "corescope::Engine",
    "unexpected end of input inside a \\u escape (truncated file?)");
inline constexpr const char kEndOfInputInString[] = QT_TRANSLATE_NOOP(
    "corescope::Engine",
    "unexpected end of input inside the string started at %1 (truncated file?)");
inline constexpr const char kEndOfInputList[] = QT_TRANSLATE_NOOP(
    "corescope::Engine",
    "unexpected end of input: the list opened at %1 is not closed (truncated file?)");
inline constexpr const char kEndOfInputObject[] = QT_TRANSLATE_NOOP(
    "corescope::Engine",
    "unexpected end of input: the object opened at %1 is not closed (truncated file?)");
inline constexpr const char kEndOfInput[] =
    QT_TRANSLATE_NOOP("corescope::Engine", "unexpected end of input (truncated file?)");
inline constexpr const char kNoComments[] =
    QT_TRANSLATE_NOOP("corescope::Engine", "comments are not allowed in JSON");
inline constexpr const char kTrailingData[] =
    QT_TRANSLATE_NOOP("corescope::Engine", "trailing data after the JSON value: %1");
inline constexpr const char kValuesLimit[] = QT_TRANSLATE_NOOP(
    "corescope::Engine",
    "more than %1 values in one document (the limit bounds memory use)");
inline constexpr const char kNestingTooDeep[] =
    QT_TRANSLATE_NOOP("corescope::Engine", "nesting deeper than %1 levels");
inline constexpr const char kNoTrailingCommas[] =
    QT_TRANSLATE_NOOP("corescope::Engine", "trailing commas are not allowed");
inline constexpr const char kDuplicateKey[] =
    QT_TRANSLATE_NOOP("corescope::Engine", "duplicate key %1 (first at %2)");
inline constexpr const char kKeysNeedDoubleQuotes[] =
    QT_TRANSLATE_NOOP("corescope::Engine", "keys need double quotes, not single quotes");
inline constexpr const char kStringsNeedDoubleQuotes[] =
    QT_TRANSLATE_NOOP("corescope::Engine", "strings need double quotes, not single quotes");
inline constexpr const char kUnpairedSurrogate[] =
    QT_TRANSLATE_NOOP("corescope::Engine", "unpaired UTF-16 surrogate in a \\u escape");
inline constexpr const char kInvalidEscape[] =
    QT_TRANSLATE_NOOP("corescope::Engine", "invalid escape sequence in a string: %1 after '\\'");
inline constexpr const char kUnterminatedString[] = QT_TRANSLATE_NOOP(
    "corescope::Engine",
    "unterminated string: a line break comes before the closing quote");
inline constexpr const char kNulInString[] =
    QT_TRANSLATE_NOOP("corescope::Engine", "NUL byte in a string (is this a binary file?)");
inline constexpr const char kControlInString[] = QT_TRANSLATE_NOOP(
    "corescope::Engine",
    "control byte %1 in a string must be written as a \\u escape");
inline constexpr const char kNotUtf8InString[] = QT_TRANSLATE_NOOP(
    "corescope::Engine",
    "byte %1 in a string is not valid UTF-8 (is this a binary file?)");
inline constexpr const char kInvalidNumber[] =
    QT_TRANSLATE_NOOP("corescope::Engine", "invalid number: %1");
inline constexpr const char kLeadingZeros[] =
    QT_TRANSLATE_NOOP("corescope::Engine", "leading zeros are not allowed");
inline constexpr const char kUnexpectedWord[] = QT_TRANSLATE_NOOP(
    "corescope::Engine",
    "unexpected word '%1' (JSON's literals are true, false and null; strings need double quotes)");

// A saved file's field (io::FieldError).
inline constexpr const char kMissing[] =
    QT_TRANSLATE_NOOP("corescope::Engine", "missing");
inline constexpr const char kOutOfRange[] =
    QT_TRANSLATE_NOOP("corescope::Engine", "value %1 out of range (%2 to %3)");

// A saved run's or sweep's own complaints (reportreader.cpp, sweepreport.cpp, reportrecords.cpp),
// after a frame "file:line:column: field: " or "path: ".
inline constexpr const char kIncompleteReport[] =
    QT_TRANSLATE_NOOP("corescope::Engine", "missing %1: not a complete Corescope run report");
inline constexpr const char kUnexpectedText[] =
    QT_TRANSLATE_NOOP("corescope::Engine", "unexpected text after the document");
inline constexpr const char kNoSuchTask[] =
    QT_TRANSLATE_NOOP("corescope::Engine", "task %1 does not exist");
inline constexpr const char kSaysTasks[] =
    QT_TRANSLATE_NOOP("corescope::Engine", "says %1 tasks, but \"tasks\" lists %2");
inline constexpr const char kKernelTakesPair[] =
    QT_TRANSLATE_NOOP("corescope::Engine", "the %1 kernel takes a pair [a, b]");
inline constexpr const char kKernelTakesOne[] =
    QT_TRANSLATE_NOOP("corescope::Engine", "the %1 kernel takes one integer");
inline constexpr const char kWrongShape[] =
    QT_TRANSLATE_NOOP("corescope::Engine", "wrong shape for the %1 kernel");
inline constexpr const char kGeneratesTasks[] =
    QT_TRANSLATE_NOOP("corescope::Engine", "generates %1 tasks, but \"tasks\" lists %2");
inline constexpr const char kDiffersFromGenerated[] =
    QT_TRANSLATE_NOOP("corescope::Engine", "differs from what workload.inputs generates");
inline constexpr const char kExpectedAllOrNone[] =
    QT_TRANSLATE_NOOP("corescope::Engine", "\"expected\" is given for %1 of %2 tasks; all or none");
inline constexpr const char kNotARunReport[] =
    QT_TRANSLATE_NOOP("corescope::Engine", "not a Corescope run report (%1)");
inline constexpr const char kNotASweepReport[] =
    QT_TRANSLATE_NOOP("corescope::Engine", "not a Corescope sweep report (%1)");
inline constexpr const char kNewerVersion[] = QT_TRANSLATE_NOOP(
    "corescope::Engine",
    "version %1 was written by a newer Corescope; this one reads up to version %2");
inline constexpr const char kUnknownStatus[] =
    QT_TRANSLATE_NOOP("corescope::Engine", "unknown status %1");
inline constexpr const char kUnknownState[] =
    QT_TRANSLATE_NOOP("corescope::Engine", "unknown state %1");
inline constexpr const char kUnknownMode[] =
    QT_TRANSLATE_NOOP("corescope::Engine", "unknown mode %1");
inline constexpr const char kUnknownRuntime[] =
    QT_TRANSLATE_NOOP("corescope::Engine", "unknown runtime %1");
inline constexpr const char kUnknownCounterSync[] =
    QT_TRANSLATE_NOOP("corescope::Engine", "unknown counter sync %1");
inline constexpr const char kUnknownKernelName[] =
    QT_TRANSLATE_NOOP("corescope::Engine", "unknown kernel %1");
inline constexpr const char kMissingKey[] =
    QT_TRANSLATE_NOOP("corescope::Engine", "missing %1");
inline constexpr const char kTooManyTasksInReport[] =
    QT_TRANSLATE_NOOP("corescope::Engine", "too many tasks");
inline constexpr const char kTasksOutOfOrder[] = QT_TRANSLATE_NOOP(
    "corescope::Engine",
    "tasks must be listed in index order; expected %1, got %2");
inline constexpr const char kThreadsOnlyGil[] =
    QT_TRANSLATE_NOOP("corescope::Engine", "only threads run under the emulated GIL");
inline constexpr const char kNotARunOption[] =
    QT_TRANSLATE_NOOP("corescope::Engine", "not a run option");
inline constexpr const char kCannotOpenSaved[] =
    QT_TRANSLATE_NOOP("corescope::Engine", "cannot open: %1");
inline constexpr const char kCannotRead[] =
    QT_TRANSLATE_NOOP("corescope::Engine", "cannot read: %1");
inline constexpr const char kCannotReadFile[] =
    QT_TRANSLATE_NOOP("corescope::Engine", "cannot read");
inline constexpr const char kNotARegularFile[] =
    QT_TRANSLATE_NOOP("corescope::Engine", "not a regular file");
// A file Corescope writes (a report, CSV, trace: io::writeFileAtomically): its path, then the
// reason (the system's, or kWriteFailed).
inline constexpr const char kCannotWriteFile[] =
    QT_TRANSLATE_NOOP("corescope::Engine", "cannot write %1: %2");
inline constexpr const char kWriteFailed[] = QT_TRANSLATE_NOOP("corescope::Engine", "write failed");

// Run options: a value given as text (io::setRunOptionFromText), RunOptions::validate().
inline constexpr const char kWholeNumberRange[] =
    QT_TRANSLATE_NOOP("corescope::Engine", "expected a whole number from %1 to %2, got \"%3\"");
inline constexpr const char kWorkersRange[] =
    QT_TRANSLATE_NOOP("corescope::Engine", "workers must be between 1 and %1, got %2");
inline constexpr const char kChunksizeRange[] = QT_TRANSLATE_NOOP(
    "corescope::Engine", "chunksize must be between 0 (the API's default) and %1, got %2");
inline constexpr const char kSampleRateRange[] =
    QT_TRANSLATE_NOOP("corescope::Engine", "sample rate must be between 0 and %1 Hz, got %2");
inline constexpr const char kSwitchIntervalRange[] = QT_TRANSLATE_NOOP(
    "corescope::Engine", "GIL switch interval must be between 0 and 1000 ms, got %1");
inline constexpr const char kTaskTimeoutRange[] = QT_TRANSLATE_NOOP(
    "corescope::Engine", "task timeout must be between 0 (off) and %1 ms, got %2");
inline constexpr const char kScaleRange[] = QT_TRANSLATE_NOOP(
    "corescope::Engine", "scale must be between 0.1 and 100 (the work per task, multiplied), got %1");
inline constexpr const char kHostsProblem[] =
    QT_TRANSLATE_NOOP("corescope::Engine", "hosts: %1");
inline constexpr const char kHostsEntry[] =
    QT_TRANSLATE_NOOP("corescope::Engine", "entry %1 (%2): %3");
inline constexpr const char kNoHostName[] =
    QT_TRANSLATE_NOOP("corescope::Engine", "no host name");
inline constexpr const char kHostNameCharacters[] = QT_TRANSLATE_NOOP(
    "corescope::Engine",
    "a host name has letters, digits, '.', '-' and '_' only");
inline constexpr const char kSlotsRange[] =
    QT_TRANSLATE_NOOP("corescope::Engine", "slots must be a whole number from 1 to %1");
inline constexpr const char kExpectedHosts[] =
    QT_TRANSLATE_NOOP("corescope::Engine", "expected host:slots,host:slots (%1)");

// A sweep's worker counts, modes and repeats (SweepSpec).
inline constexpr const char kAtLeastOneWorkerCount[] =
    QT_TRANSLATE_NOOP("corescope::Engine", "expected at least one worker count");
inline constexpr const char kGilIsNative[] = QT_TRANSLATE_NOOP(
    "corescope::Engine",
    "%1: the emulated GIL is the native runtime's; Python threads run under the real one (py:threads)");
inline constexpr const char kSweepNoWorkload[] =
    QT_TRANSLATE_NOOP("corescope::Engine", "the sweep has no workload");
inline constexpr const char kRepeatsRange[] =
    QT_TRANSLATE_NOOP("corescope::Engine", "repeats must be between 1 and %1, got %2");
inline constexpr const char kSweepNoWorkerCounts[] =
    QT_TRANSLATE_NOOP("corescope::Engine", "the sweep has no worker counts");
inline constexpr const char kSweepPointFailed[] =
    QT_TRANSLATE_NOOP("corescope::Engine", "%1, %2 workers: %3");
inline constexpr const char kSweepPointFailedOneWorker[] =
    QT_TRANSLATE_NOOP("corescope::Engine", "%1, 1 worker: %2");
inline constexpr const char kWarmUpRun[] =
    QT_TRANSLATE_NOOP("corescope::Engine", "warm-up run");
inline constexpr const char kSweepProgress[] =
    QT_TRANSLATE_NOOP("corescope::Engine", "%1, %2 workers, repeat %3/%4");
inline constexpr const char kSweepProgressOneWorker[] =
    QT_TRANSLATE_NOOP("corescope::Engine", "%1, 1 worker, repeat %2/%3");
inline constexpr const char kSweepProgressSerial[] =
    QT_TRANSLATE_NOOP("corescope::Engine", "%1, repeat %2/%3");

// A workload and options that cannot run together (checkRunnable).
inline constexpr const char kWorkloadNoTasks[] =
    QT_TRANSLATE_NOOP("corescope::Engine", "the workload \"%1\" has no tasks");
inline constexpr const char kWorkloadTooManyTasks[] = QT_TRANSLATE_NOOP(
    "corescope::Engine",
    "the workload \"%1\" has %2 tasks, more than the limit of %3 per run (every task keeps a "
    "trace record)");
inline constexpr const char kMemSweepTooBig[] = QT_TRANSLATE_NOOP(
    "corescope::Engine",
    "the mem_sweep kernel needs %1 MiB per worker x %2 = %3 MiB, more than half of this "
    "machine's memory (%4 MiB): lower buffer_mib or the workers");
inline constexpr const char kOwnPythonNeedsPython[] = QT_TRANSLATE_NOOP(
    "corescope::Engine",
    "the workload \"%1\" runs your own Python function (%2: %3): only the Python runtime runs it "
    "(--runtime python, or Runtime: Python in the window)");
inline constexpr const char kManagerNeedsPython[] = QT_TRANSLATE_NOOP(
    "corescope::Engine",
    "the workload \"%1\" has params.sync \"%2\": a multiprocessing Manager is Python's, and only "
    "the Python runtime runs it (--runtime python, or Runtime: Python in the window)");
inline constexpr const char kKernelKillsCorescope[] = QT_TRANSLATE_NOOP(
    "corescope::Engine",
    "the %1 kernel kills the process that runs it. In %2 mode that process is Corescope itself: "
    "one crashing thread takes the whole program down, which is why Python's threads can't "
    "survive it either. Run it in processes mode, where only a worker dies and the pool reports "
    "it.");
inline constexpr const char kSweepKillingKernel[] = QT_TRANSLATE_NOOP(
    "corescope::Engine",
    "the %1 kernel kills the process that runs it, so every run of a sweep would fail (a native "
    "serial run, such as a sweep's baseline, would be Corescope itself). Run it once instead, "
    "in processes mode, to see the pool report its dead worker.");
inline constexpr const char kMpiPythonApi[] = QT_TRANSLATE_NOOP(
    "corescope::Engine",
    "Python's MPI ranks run through mpi4py's MPIPoolExecutor, which has executor.map and "
    "submit.as_completed but not %1: choose one of those two APIs");
inline constexpr const char kMpiNoMpi4py[] = QT_TRANSLATE_NOOP(
    "corescope::Engine",
    "Python's MPI ranks need mpi4py, which the interpreter %1 (Python %2) lacks: install it "
    "(Debian: apt-get install python3-mpi4py, for /usr/bin/python3), or name an interpreter "
    "that has it (--python PATH).");
inline constexpr const char kMpiManager[] = QT_TRANSLATE_NOOP(
    "corescope::Engine",
    "the shared_counter kernel's multiprocessing Manager serves the processes of one pool: MPI "
    "ranks (perhaps on other hosts) cannot reach it; use processes mode");

// MPI ranks: what this build or machine lacks (mpiAvailability), and what they cannot do.
inline constexpr const char kMpiNotBuilt[] = QT_TRANSLATE_NOOP(
    "corescope::Engine",
    "MPI ranks need Open MPI, and this Corescope was built without it: install it (sudo "
    "apt-get install openmpi-bin libopenmpi-dev) and build Corescope again.");
inline constexpr const char kMpiNoMpirun[] = QT_TRANSLATE_NOOP(
    "corescope::Engine",
    "MPI ranks need Open MPI's mpirun, which is not on PATH: install it (sudo apt-get install "
    "openmpi-bin) or name it with --mpirun.");
inline constexpr const char kMpiSharedCounter[] = QT_TRANSLATE_NOOP(
    "corescope::Engine",
    "the shared_counter kernel's counter in shared memory cannot span MPI ranks (they may be on "
    "other hosts): use processes mode");
inline constexpr const char kMpiProcessPerTask[] = QT_TRANSLATE_NOOP(
    "corescope::Engine",
    "MPI ranks are started once per run: a new process per task is the process pool's option");
inline constexpr const char kMpiRespawn[] = QT_TRANSLATE_NOOP(
    "corescope::Engine",
    "MPI ranks cannot be replaced during a run: a dead rank fails it (--on-worker-death respawn "
    "is the process pool's option)");

// The Python runtime's interpreter (probePython).
inline constexpr const char kNoPython[] = QT_TRANSLATE_NOOP(
    "corescope::Engine",
    "No Python interpreter found: looked for python3 on PATH. Install Python 3.9 or newer "
    "(Debian: apt-get install python3), or give its path (--python PATH).");
inline constexpr const char kPythonCannotRun[] = QT_TRANSLATE_NOOP(
    "corescope::Engine",
    "The Python interpreter \"%1\" cannot be run: %2. Install Python 3.9 or newer (Debian: "
    "apt-get install python3), or give another path (--python PATH).");

// How a run ended badly, as the executors and the trace feed build the sentence (not from these
// constants: each is the pattern that finds and translates the sentence; an argument that is
// itself one of these sentences, such as "it raised ...", is translated too).
inline constexpr const char kTaskFailed[] =
    QT_TRANSLATE_NOOP("corescope::Engine", "task %1 (input %2) failed: %3");
inline constexpr const char kItRaised[] = QT_TRANSLATE_NOOP("corescope::Engine", "it raised %1");
inline constexpr const char kPythonTaskTimedOut[] = QT_TRANSLATE_NOOP(
    "corescope::Engine", "task %1 (input %2) timed out after %3 ms: Corescope ended the Python run");
inline constexpr const char kPythonRaisedLastWords[] = QT_TRANSLATE_NOOP(
    "corescope::Engine", "Python raised %1 (the workers' last words: %2)");
inline constexpr const char kPythonRaised[] =
    QT_TRANSLATE_NOOP("corescope::Engine", "Python raised %1");
inline constexpr const char kDiedUnreadyLastWords[] = QT_TRANSLATE_NOOP(
    "corescope::Engine",
    "%1 worker processes died before they were ready, and the pool starts another each time "
    "(multiprocessing.Pool does, forever): Corescope ended the run (their last words: %2)");
inline constexpr const char kDiedUnready[] = QT_TRANSLATE_NOOP(
    "corescope::Engine",
    "%1 worker processes died before they were ready, and the pool starts another each time "
    "(multiprocessing.Pool does, forever): Corescope ended the run");
inline constexpr const char kRunEndedEarly[] =
    QT_TRANSLATE_NOOP("corescope::Engine", "the run ended before every task finished");

// The workload's own Python file could not give its function (the driver's L, by its code:
// corescope_load.said). A file name, a module's name and a path stay as they are; so does
// Python's own "Type: message" of what the import raised.
inline constexpr const char kPyFileShadowed[] = QT_TRANSLATE_NOOP(
    "corescope::Engine",
    "%1 (the workload's python.file) is imported as the module '%2', but Python already has a "
    "module of that name (%3), which it uses instead: rename the file");
inline constexpr const char kPyFileShadowedBuiltin[] = QT_TRANSLATE_NOOP(
    "corescope::Engine",
    "%1 (the workload's python.file) is imported as the module '%2', but Python already has a "
    "built-in module of that name, which it uses instead: rename the file");
inline constexpr const char kPyImportRaisedAt[] = QT_TRANSLATE_NOOP(
    "corescope::Engine", "importing %1 (the workload's python.file) raised %2 at line %3");
inline constexpr const char kPyImportRaised[] = QT_TRANSLATE_NOOP(
    "corescope::Engine", "importing %1 (the workload's python.file) raised %2");
inline constexpr const char kPyNoFunction[] = QT_TRANSLATE_NOOP(
    "corescope::Engine", "%1 (the workload's python.file) has no '%2' (its python.function)");

// Results that are not the workload's "expected" ones (a run that ended otherwise well); the
// one whose first differing result Corescope did not keep first.
inline constexpr const char kResultsDifferNotKept[] = QT_TRANSLATE_NOOP(
    "corescope::Engine",
    "%1 result(s) differ from \"expected\"; first: task %2 (input %3) returned a value "
    "Corescope does not keep (it keeps an int from 0 to 2^64-1, a bool, None or a list of ints), "
    "expected %4");
inline constexpr const char kResultsDiffer[] = QT_TRANSLATE_NOOP(
    "corescope::Engine",
    "%1 result(s) differ from \"expected\"; first: task %2 (input %3) returned %4, expected %5");

// The most common pieces of a workload file's or an option's error, for a reader in another
// language: "expected %1, got %2" with what was expected and what was found, each of which is
// translated again when it is one of the phrases below (a whole JSON type, a character);
// when what was expected is no such phrase the sentence stays English, whole. After every more
// specific sentence that also reads "expected ..., got ..." in engineFormats(), which tries
// them in order.
inline constexpr const char kExpectedGot[] =
    QT_TRANSLATE_NOOP("corescope::Engine", "expected %1, got %2");
inline constexpr const char kCharacter[] =
    QT_TRANSLATE_NOOP("corescope::Engine", "character %1");
inline constexpr const char kAValue[] =
    QT_TRANSLATE_NOOP("corescope::Engine", "a value");
inline constexpr const char kANonNegativeInteger[] =
    QT_TRANSLATE_NOOP("corescope::Engine", "a non-negative integer");
inline constexpr const char kAPositiveInteger[] =
    QT_TRANSLATE_NOOP("corescope::Engine", "a positive integer");
inline constexpr const char kAnInteger[] =
    QT_TRANSLATE_NOOP("corescope::Engine", "an integer");
inline constexpr const char kAnIntegerOrNull[] =
    QT_TRANSLATE_NOOP("corescope::Engine", "an integer or null");
inline constexpr const char kAWholeNumber[] =
    QT_TRANSLATE_NOOP("corescope::Engine", "a whole number");
inline constexpr const char kAString[] =
    QT_TRANSLATE_NOOP("corescope::Engine", "a string");
inline constexpr const char kANonEmptyString[] =
    QT_TRANSLATE_NOOP("corescope::Engine", "a non-empty string");
inline constexpr const char kAStringOrNull[] =
    QT_TRANSLATE_NOOP("corescope::Engine", "a string or null");
inline constexpr const char kTrueOrFalse[] =
    QT_TRANSLATE_NOOP("corescope::Engine", "true or false");
inline constexpr const char kAnObject[] =
    QT_TRANSLATE_NOOP("corescope::Engine", "an object");
inline constexpr const char kAnEmptyObject[] =
    QT_TRANSLATE_NOOP("corescope::Engine", "an empty object");
inline constexpr const char kAList[] =
    QT_TRANSLATE_NOOP("corescope::Engine", "a list");
inline constexpr const char kAnEmptyList[] =
    QT_TRANSLATE_NOOP("corescope::Engine", "an empty list");
inline constexpr const char kAListOfOneElement[] =
    QT_TRANSLATE_NOOP("corescope::Engine", "a list of 1 element");
inline constexpr const char kAListOfElements[] =
    QT_TRANSLATE_NOOP("corescope::Engine", "a list of %1 elements");
inline constexpr const char kANumber[] =
    QT_TRANSLATE_NOOP("corescope::Engine", "a number");
inline constexpr const char kAFiniteNumber[] =
    QT_TRANSLATE_NOOP("corescope::Engine", "a finite number");
inline constexpr const char kAKeyInDoubleQuotes[] =
    QT_TRANSLATE_NOOP("corescope::Engine", "a key in double quotes");
inline constexpr const char kWorkerCountsLike[] =
    QT_TRANSLATE_NOOP("corescope::Engine", "worker counts like 1-8 or 1,2,4,8 (each 1..%1)");
inline constexpr const char kModesFrom[] = QT_TRANSLATE_NOOP(
    "corescope::Engine",
    "modes from serial, threads, threads+gil, processes, mpi (each may start with py: or native:)");
inline constexpr const char kMillisecondsInterval[] =
    QT_TRANSLATE_NOOP("corescope::Engine", "milliseconds in (0, 1000]");
inline constexpr const char kAScale[] =
    QT_TRANSLATE_NOOP("corescope::Engine", "a scale from 0.1 to 100");
inline constexpr const char kAnInputText[] =
    QT_TRANSLATE_NOOP("corescope::Engine", "an input such as \"123\" or \"[123, 456]\"");
inline constexpr const char kAPairOfIntegers[] =
    QT_TRANSLATE_NOOP("corescope::Engine", "a pair [a, b]");
inline constexpr const char kASeriesName[] = QT_TRANSLATE_NOOP(
    "corescope::Engine",
    "serial, threads, threads + GIL, processes or their Python forms (Python threads, ...)");
inline constexpr const char kAWorkloadObject[] = QT_TRANSLATE_NOOP(
    "corescope::Engine",
    "a workload object {\"name\": ..., \"kernel\": ..., \"inputs\": ...}");
inline constexpr const char kAKernelName[] =
    QT_TRANSLATE_NOOP("corescope::Engine", "a kernel name (one of %1)");
inline constexpr const char kPythonObject[] = QT_TRANSLATE_NOOP(
    "corescope::Engine",
    "an object {\"file\": \"primes.py\", \"function\": \"is_prime\"}");
inline constexpr const char kAPyFileName[] =
    QT_TRANSLATE_NOOP("corescope::Engine", "a file name such as \"primes.py\"");
inline constexpr const char kAPythonFile[] =
    QT_TRANSLATE_NOOP("corescope::Engine", "a Python file (.py)");
inline constexpr const char kAFunctionName[] =
    QT_TRANSLATE_NOOP("corescope::Engine", "the name of a function in %1");
inline constexpr const char kInMainBool[] = QT_TRANSLATE_NOOP(
    "corescope::Engine",
    "true (the function is defined in __main__, as in a notebook) or false");
inline constexpr const char kAPair[] =
    QT_TRANSLATE_NOOP("corescope::Engine", "a pair [a, b] of non-negative integers (%1 takes two)");
inline constexpr const char kMilliseconds[] =
    QT_TRANSLATE_NOOP("corescope::Engine", "a number of milliseconds from 0 to %1");
inline constexpr const char kAnIntegerFromTo[] =
    QT_TRANSLATE_NOOP("corescope::Engine", "an integer from %1 to %2");
inline constexpr const char kOneOf[] =
    QT_TRANSLATE_NOOP("corescope::Engine", "one of %1");
inline constexpr const char kInputsShape[] = QT_TRANSLATE_NOOP(
    "corescope::Engine",
    "a list of inputs, {\"range\": {\"start\": ..., \"stop\": ...}} or "
    "{\"repeat\": {\"value\": ..., \"count\": ...}}");
inline constexpr const char kRangeObject[] = QT_TRANSLATE_NOOP(
    "corescope::Engine",
    "an object {\"start\": ..., \"stop\": ..., \"step\": ...}");
inline constexpr const char kRepeatObject[] =
    QT_TRANSLATE_NOOP("corescope::Engine", "an object {\"value\": ..., \"count\": ...}");
inline constexpr const char kAListOfOneResult[] =
    QT_TRANSLATE_NOOP("corescope::Engine", "a list of 1 result (one per task)");
inline constexpr const char kAListOfResults[] =
    QT_TRANSLATE_NOOP("corescope::Engine", "a list of %1 results (one per task)");
inline constexpr const char kABool[] =
    QT_TRANSLATE_NOOP("corescope::Engine", "true or false (%1 returns a bool)");
inline constexpr const char kCommaOrBracket[] =
    QT_TRANSLATE_NOOP("corescope::Engine", "',' or ']' after a list element");
inline constexpr const char kCommaOrBrace[] =
    QT_TRANSLATE_NOOP("corescope::Engine", "',' or '}' after an object member");
inline constexpr const char kColonAfterKey[] =
    QT_TRANSLATE_NOOP("corescope::Engine", "':' after the key");
inline constexpr const char kHexDigits[] =
    QT_TRANSLATE_NOOP("corescope::Engine", "4 hex digits after \\u");
inline constexpr const char kDigitAfterMinus[] =
    QT_TRANSLATE_NOOP("corescope::Engine", "a digit after '-'");
inline constexpr const char kDigitAfterPoint[] =
    QT_TRANSLATE_NOOP("corescope::Engine", "a digit after '.'");
inline constexpr const char kDigitInExponent[] =
    QT_TRANSLATE_NOOP("corescope::Engine", "a digit in the exponent");
inline constexpr const char kNulByte[] =
    QT_TRANSLATE_NOOP("corescope::Engine", "NUL byte (is this a binary file?)");
inline constexpr const char kNotUtf8Byte[] =
    QT_TRANSLATE_NOOP("corescope::Engine", "byte %1, not valid UTF-8 (is this a binary file?)");
inline constexpr const char kControlByte[] =
    QT_TRANSLATE_NOOP("corescope::Engine", "control byte %1 (is this a binary file?)");
inline constexpr const char kNoWorkloadGiven[] =
    QT_TRANSLATE_NOOP("corescope::Engine", "no workload given; shipped: %1");
inline constexpr const char kNoSuchWorkload[] = QT_TRANSLATE_NOOP(
    "corescope::Engine",
    "no such file, and no shipped workload has this id or name; shipped: %1");
inline constexpr const char kResultsCountDiffers[] =
    QT_TRANSLATE_NOOP("corescope::Engine", "has %1 results but the workload has %2 tasks");
inline constexpr const char kResultsCountDiffersOneTask[] =
    QT_TRANSLATE_NOOP("corescope::Engine", "has %1 results but the workload has 1 task");
inline constexpr const char kOneResultCountDiffers[] =
    QT_TRANSLATE_NOOP("corescope::Engine", "has 1 result but the workload has %1 tasks");

/// Every format above, the most specific before the more general one it could also match.
std::span<const char *const> engineFormats();

/// `format` with %1, %2, ... replaced by `args` in order: the English sentence.
std::string formatEngineText(const char *format, std::initializer_list<std::string_view> args);

/// kExpectedGot's sentence: "expected <expectation>, got <found>".
std::string expectedGot(std::string_view expectation, std::string_view found);

}   // namespace corescope::text
