#pragma once

#include "core/analysis/scaling.h"
#include "core/exec/runoptions.h"
#include "core/trace/machineinfo.h"
#include "core/workload/workload.h"

#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <stop_token>
#include <variant>
#include <vector>

namespace corescope {


/// One line of a scaling curve: a mode, for native threads whether the emulated GIL is on, and
/// the runtime (each runtime's speedups are against its own serial baseline).
struct SweepSeries {
    Mode mode = Mode::Threads;
    bool gil = false;
    Runtime runtime = Runtime::Native;
    /// For people: "native threads + emulated GIL", "Python threads", ... (executionLabel)
    std::string label() const;
    /// In files (sweep reports, CSV): "threads + GIL", "Python threads", ... (executionId)
    std::string id() const;
    friend bool operator==(const SweepSeries &, const SweepSeries &) = default;
};

/// What to sweep. The serial baseline is always measured (speedup needs it).
struct SweepSpec {
    std::shared_ptr<const Workload> workload;
    std::vector<SweepSeries> series;       ///< parallel series; a serial entry is the baseline
    std::vector<int> workerCounts;         ///< e.g. 1..2 x cores
    int repeats = 3;
    /// Repeats per point, at most: the one limit of validate(), sweep reports and --repeat.
    static constexpr int kMaxRepeats = 100;
    bool warmUp = true;                    ///< one discarded run first
    RunOptions base;                       ///< chunksize, API, switch interval, sampleHz

    /// Empty when fine, else what is wrong.
    std::string validate() const;
    /// Parses "1-8" or "1,2,4,8" (or a mix: "1-4,8,16"); nullopt and `error` on bad text.
    static std::optional<std::vector<int>> parseWorkerList(const std::string &text, std::string &error);
    /// Parses "serial,threads,threads+gil,processes"; a "py:" (or "python:") or "native:" prefix
    /// picks a mode's runtime ("py:threads,native:threads"), else it is `runtime`.
    static std::optional<std::vector<SweepSeries>> parseModes(const std::string &text,
                                                              std::string &error,
                                                              Runtime runtime = Runtime::Native);
};

/// One measured point: every repeat's wall time and what follows from them.
struct SweepPoint {
    SweepSeries series;
    int workers = 1;
    std::vector<double> wallSeconds;       ///< one per successful repeat
    double median = 0, min = 0, max = 0, mean = 0, stddev = 0;
    double speedup = 0, speedupLow = 0, speedupHigh = 0;   ///< against the serial median
    double efficiency = 0;
    std::optional<double> karpFlatt;
    std::string error;                     ///< a failed run (worker died, mismatch, ...)
    /// Its median run took less than kShortRunSeconds: start-up and timer noise weigh on it
    /// (efficiencies above 100 %, curves that wobble). Sweep reports write it as "short_run".
    bool shortRun() const { return !wallSeconds.empty() && isShortRun(median); }
};

struct SeriesFit {
    SweepSeries series;
    AmdahlFit fit;
};

/// A whole sweep: a self-contained value, saved and reopened like a run.
struct SweepResult {
    std::shared_ptr<const Workload> workload;
    SweepSpec spec;                        ///< workload pointer cleared; see `workload`
    MachineInfo machine;
    /// The interpreter of the sweep's Python runs, as the first of them reported it: "3.11.2"
    /// and its path. Empty for a sweep of native runs only.
    std::string pythonVersion;
    std::string pythonInterpreter;
    std::string startedAt;
    std::string status = "running";        ///< "running", "ok", "cancelled", "failed"
    std::string error;
    /// A run's workload code did not load (RunResult::failedBeforeStart): bad input that would
    /// fail every run, so the sweep stopped there; `error` is Python's message alone. Not saved.
    bool failedBeforeStart = false;
    double baselineSeconds = 0;            ///< the first serial median, 0 until measured
    std::vector<SweepPoint> points;        ///< the serial baselines first, one per runtime
    std::vector<SeriesFit> fits;           ///< per parallel series, once it has points

    /// Recomputes statistics, speedups and fits from the wall times. The Amdahl fit uses
    /// the points with at most machine.logicalCores workers (all points when that leaves
    /// none with more than one worker): beyond the cores a curve flattens for want of cores.
    void recompute();
    /// The first serial baseline measured; baseline(runtime) that runtime's.
    const SweepPoint *baseline() const;
    const SweepPoint *baseline(Runtime runtime) const;
    /// How many measured points are short runs (SweepPoint::shortRun).
    int shortRuns() const;
    /// A series that can go beyond this host (MPI ranks): the Amdahl fit from its points up to
    /// machine.logicalCores, checked against every larger count it measured. Nullopt when it
    /// measured none beyond, or nothing up to the cores can be fitted.
    std::optional<PredictionsChecked> beyondOneHost(const SweepSeries &series) const;
};

/// A sweep: one run at a time (runs must not disturb each other), on the thread that calls
/// run(). progress() and result() may be read from any other thread meanwhile.
class SweepJob {
public:
    /// Call spec.validate() first: the job does not validate again.
    explicit SweepJob(SweepSpec spec);
    SweepJob(const SweepJob &) = delete;
    SweepJob &operator=(const SweepJob &) = delete;

    /// Measures every point and returns when the sweep has ended (ok, failed, or cancelled by
    /// `stop`, which also cancels the run going at that moment). The result has its final
    /// status on return.
    void run(std::stop_token stop);

    struct Progress {
        int runsDone = 0;
        int runsTotal = 0;
        std::string current;   ///< "threads, 4 workers, repeat 2/3"
    };
    Progress progress() const;
    /// The sweep so far (points fill in as runs finish).
    SweepResult result() const;

private:
    /// One run; false and `error` when it failed (empty when cancelled). A run whose workload
    /// code did not load sets m_result.failedBeforeStart and its error.
    bool measure(const SweepSeries &series, int workers, std::stop_token stop, double &seconds,
                 std::string &error);

    SweepSpec m_spec;
    mutable std::mutex m_mutex;
    SweepResult m_result;
    Progress m_progress;
};

} // namespace corescope
