#include "core/engine/sweep.h"

#include "core/analysis/speedup.h"
#include "core/engine/runjob.h"
#include "core/io/timetext.h"
#include "core/util/enginetext.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <numeric>
#include <sstream>

namespace corescope {

namespace {

std::string trim(std::string_view s)
{
    while (!s.empty() && s.front() == ' ')
        s.remove_prefix(1);
    while (!s.empty() && s.back() == ' ')
        s.remove_suffix(1);
    return std::string(s);
}

std::vector<std::string> split(const std::string &text, char sep)
{
    std::vector<std::string> parts;
    std::string part;
    std::istringstream in(text);
    while (std::getline(in, part, sep))
        parts.push_back(trim(part));
    if (!text.empty() && text.back() == sep)
        parts.emplace_back();
    return parts;
}

std::optional<int> toInt(const std::string &s)
{
    int v = 0;
    const auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
    if (ec != std::errc() || end != s.data() + s.size() || s.empty())
        return std::nullopt;
    return v;
}

} // namespace

std::string SweepSeries::label() const
{
    return std::string(executionLabel(mode, gil, runtime));
}

std::string SweepSeries::id() const
{
    return std::string(executionId(mode, gil, runtime));
}

std::optional<std::vector<int>> SweepSpec::parseWorkerList(const std::string &text, std::string &error)
{
    std::vector<int> out;
    for (const std::string &part : split(text, ',')) {
        const auto dash = part.find('-');
        std::optional<int> lo, hi;
        if (dash == std::string::npos) {
            lo = hi = toInt(part);
        } else {
            lo = toInt(trim(part.substr(0, dash)));
            hi = toInt(trim(part.substr(dash + 1)));
        }
        if (!lo || !hi || *lo < 1 || *hi < *lo || *hi > RunOptions::kMaxWorkers) {
            error = text::expectedGot(
                text::formatEngineText(text::kWorkerCountsLike,
                                       {std::to_string(RunOptions::kMaxWorkers)}),
                '"' + part + '"');
            return std::nullopt;
        }
        for (int w = *lo; w <= *hi; ++w)
            out.push_back(w);
    }
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    if (out.empty()) {
        error = text::kAtLeastOneWorkerCount;
        return std::nullopt;
    }
    return out;
}

std::optional<std::vector<SweepSeries>> SweepSpec::parseModes(const std::string &text,
                                                              std::string &error, Runtime runtime)
{
    std::vector<SweepSeries> out;
    for (std::string part : split(text, ',')) {
        std::transform(part.begin(), part.end(), part.begin(), ::tolower);
        const std::string given = part;
        SweepSeries s;
        s.runtime = runtime;
        for (const auto &[prefix, r] : {std::pair{"py:", Runtime::Python},
                                        std::pair{"python:", Runtime::Python},
                                        std::pair{"native:", Runtime::Native}}) {
            if (part.starts_with(prefix)) {
                s.runtime = r;
                part.erase(0, std::string_view(prefix).size());
            }
        }
        if (part == "threads+gil" || part == "threads-gil" || part == "gil") {
            s.mode = Mode::Threads;
            s.gil = true;
        } else if (auto mode = modeFromName(part)) {
            s.mode = *mode;
        } else {
            error = text::expectedGot(text::kModesFrom, '"' + given + '"');
            return std::nullopt;
        }
        if (s.gil && s.runtime == Runtime::Python) {
            error = text::formatEngineText(text::kGilIsNative, {'"' + given + '"'});
            return std::nullopt;
        }
        if (std::find(out.begin(), out.end(), s) == out.end())
            out.push_back(s);
    }
    return out;
}

std::string SweepSpec::validate() const
{
    if (!workload || workload->taskCount() == 0)
        return text::kSweepNoWorkload;
    if (repeats < 1 || repeats > kMaxRepeats)
        return text::formatEngineText(text::kRepeatsRange,
                                      {std::to_string(kMaxRepeats), std::to_string(repeats)});
    if (workerCounts.empty())
        return text::kSweepNoWorkerCounts;
    // Checked apart from the series: the serial baselines the sweep adds are runs too.
    if (workload->kernelInfo().killsProcess)
        return text::formatEngineText(text::kSweepKillingKernel, {workload->kernelInfo().name});
    for (const SweepSeries &s : series) {
        RunOptions o = base;
        o.mode = s.mode;
        o.gil = s.gil;
        o.runtime = s.runtime;
        o.workers = workerCounts.back();
        if (std::string why = checkRunnable(*workload, o); !why.empty())
            return why;
    }
    return base.validate();
}

const SweepPoint *SweepResult::baseline() const
{
    for (const SweepPoint &p : points)
        if (p.series.mode == Mode::Serial && !p.wallSeconds.empty())
            return &p;
    return nullptr;
}

const SweepPoint *SweepResult::baseline(Runtime runtime) const
{
    for (const SweepPoint &p : points)
        if (p.series.mode == Mode::Serial && p.series.runtime == runtime && !p.wallSeconds.empty())
            return &p;
    return nullptr;
}

int SweepResult::shortRuns() const
{
    return int(std::count_if(points.begin(), points.end(),
                             [](const SweepPoint &p) { return p.shortRun(); }));
}

std::optional<PredictionsChecked> SweepResult::beyondOneHost(const SweepSeries &series) const
{
    std::vector<ScalingPoint> measured;
    for (const SweepPoint &p : points)
        if (p.series == series && p.error.empty() && !p.wallSeconds.empty())
            measured.push_back({p.workers, p.speedup});
    auto checked = checkPredictionsBeyond(measured, std::max(1, machine.logicalCores));
    if (!checked || checked->checks.empty())
        return std::nullopt;
    return checked;
}

void SweepResult::recompute()
{
    for (SweepPoint &p : points) {
        if (p.wallSeconds.empty())
            continue;
        const WallStats wall = wallStats(p.wallSeconds);
        p.median = wall.median;
        p.min = wall.min;
        p.max = wall.max;
        p.mean = wall.mean;
        p.stddev = wall.stddev;
    }
    const SweepPoint *base = baseline();
    baselineSeconds = base ? base->median : 0.0;
    fits.clear();
    std::vector<SweepSeries> seen;
    for (SweepPoint &p : points) {
        const SweepPoint *own = baseline(p.series.runtime);
        const double ownSeconds = own ? own->median : 0.0;
        if (p.wallSeconds.empty() || ownSeconds <= 0)
            continue;
        const SpeedupStats s =
            speedupStats(ownSeconds, {p.median, p.min, p.max, p.mean, p.stddev}, p.workers);
        p.speedup = s.speedup;
        p.speedupLow = s.low;
        p.speedupHigh = s.high;
        p.efficiency = s.efficiency;
        p.karpFlatt = s.karpFlatt;
        if (p.series.mode != Mode::Serial
            && std::find(seen.begin(), seen.end(), p.series) == seen.end())
            seen.push_back(p.series);
    }
    for (const SweepSeries &s : seen) {
        // Amdahl's law describes the workload, not an oversubscribed machine: more workers
        // than cores measure the core count, so the fit uses the points up to it (all of
        // them when the machine is unknown or too few are left).
        std::vector<ScalingPoint> all;
        std::vector<ScalingPoint> withinCores;
        for (const SweepPoint &p : points) {
            if (p.series != s || p.wallSeconds.empty())
                continue;
            all.push_back({p.workers, p.speedup});
            if (machine.logicalCores <= 0 || p.workers <= machine.logicalCores)
                withinCores.push_back({p.workers, p.speedup});
        }
        auto fit = fitAmdahl(withinCores);
        if (!fit)
            fit = fitAmdahl(all);
        if (fit)
            fits.push_back({s, *fit});
    }
}

SweepJob::SweepJob(SweepSpec spec) : m_spec(std::move(spec))
{
    m_result.workload = m_spec.workload;
    m_result.spec = m_spec;
    m_result.spec.workload.reset();
    m_result.machine = MachineInfo::current();
    m_result.startedAt = io::isoTimeNow();
    // The serial baselines first (one per runtime swept), then every series x worker count.
    for (const Runtime runtime : {Runtime::Native, Runtime::Python}) {
        const bool swept = std::any_of(m_spec.series.begin(), m_spec.series.end(),
                                       [runtime](const SweepSeries &s) { return s.runtime == runtime; });
        if (swept || (runtime == Runtime::Native && m_spec.series.empty())) {
            SweepPoint serial;
            serial.series = {Mode::Serial, false, runtime};
            m_result.points.push_back(serial);
        }
    }
    for (const SweepSeries &s : m_spec.series) {
        if (s.mode == Mode::Serial)
            continue;
        for (int w : m_spec.workerCounts) {
            SweepPoint p;
            p.series = s;
            p.workers = w;
            m_result.points.push_back(p);
        }
    }
    m_progress.runsTotal = int(m_result.points.size()) * m_spec.repeats + (m_spec.warmUp ? 1 : 0);
}

SweepJob::Progress SweepJob::progress() const
{
    std::lock_guard lock(m_mutex);
    return m_progress;
}

SweepResult SweepJob::result() const
{
    std::lock_guard lock(m_mutex);
    return m_result;
}

bool SweepJob::measure(const SweepSeries &series, int workers, std::stop_token stop,
                       double &seconds, std::string &error)
{
    RunOptions options = m_spec.base;
    options.mode = series.mode;
    options.gil = series.gil;
    options.runtime = series.runtime;
    options.workers = series.mode == Mode::Serial ? 1 : workers;
    RunJob job(m_spec.workload, options);
    job.run(stop);   // on this thread: the sweep's stop cancels the run going
    const RunResult r = job.recorder().takeResult();
    if (r.python && !r.python->version.empty()) {
        std::lock_guard lock(m_mutex);
        if (m_result.pythonVersion.empty()) {
            m_result.pythonVersion = r.python->version;
            m_result.pythonInterpreter = r.python->interpreter;
        }
    }
    if (r.status == RunStatus::Cancelled)
        return false;
    if (r.status != RunStatus::Ok) {
        error = r.error;
        if (r.failedBeforeStart) {
            std::lock_guard lock(m_mutex);
            m_result.failedBeforeStart = true;
            m_result.error = r.error;
        }
        return false;
    }
    seconds = double(r.wallNs) / 1e9;
    return true;
}

void SweepJob::run(std::stop_token stop)
{
    bool failed = false;
    std::string firstError;
    if (m_spec.warmUp) {
        {
            std::lock_guard lock(m_mutex);
            m_progress.current = text::kWarmUpRun;
        }
        double ignored = 0;
        std::string error;
        const SweepSeries first = m_result.points.size() > 1 ? m_result.points[1].series
                                                             : m_result.points[0].series;
        measure(first, m_spec.workerCounts.front(), stop, ignored, error);
        std::lock_guard lock(m_mutex);
        ++m_progress.runsDone;
    }
    const auto badInput = [this] {
        std::lock_guard lock(m_mutex);
        return m_result.failedBeforeStart;
    };
    const std::size_t count = m_result.points.size();
    for (std::size_t i = 0; i < count && !stop.stop_requested() && !badInput(); ++i) {
        SweepSeries series;
        int workers = 1;
        {
            std::lock_guard lock(m_mutex);
            series = m_result.points[i].series;
            workers = m_result.points[i].workers;
        }
        for (int rep = 0; rep < m_spec.repeats && !stop.stop_requested(); ++rep) {
            {
                std::lock_guard lock(m_mutex);
                const std::string repeat = std::to_string(rep + 1);
                const std::string repeats = std::to_string(m_spec.repeats);
                m_progress.current = series.mode == Mode::Serial
                    ? text::formatEngineText(text::kSweepProgressSerial,
                                             {series.label(), repeat, repeats})
                    : workers == 1
                    ? text::formatEngineText(text::kSweepProgressOneWorker,
                                             {series.label(), repeat, repeats})
                    : text::formatEngineText(text::kSweepProgress,
                                             {series.label(), std::to_string(workers), repeat,
                                              repeats});
            }
            double seconds = 0;
            std::string error;
            const bool ok = measure(series, workers, stop, seconds, error);
            std::lock_guard lock(m_mutex);
            ++m_progress.runsDone;
            SweepPoint &p = m_result.points[i];
            if (ok) {
                p.wallSeconds.push_back(seconds);
                m_result.recompute();
            } else if (!error.empty()) {
                p.error = error;
                if (!failed) {
                    failed = true;
                    firstError = workers == 1
                        ? text::formatEngineText(text::kSweepPointFailedOneWorker,
                                                 {series.label(), error})
                        : text::formatEngineText(text::kSweepPointFailed,
                                                 {series.label(), std::to_string(workers), error});
                }
                break;   // a failing configuration fails every repeat the same way
            }
        }
    }
    {
        std::lock_guard lock(m_mutex);
        m_result.recompute();
        if (m_result.failedBeforeStart) {
            m_result.status = "failed";   // its error is the run's, set by measure()
        } else {
            m_result.status = stop.stop_requested() ? "cancelled" : failed ? "failed" : "ok";
            m_result.error = firstError;
        }
        m_progress.current.clear();
    }
}

} // namespace corescope
