#include "core/engine/sweep.h"

#include "core/engine/runsession.h"
#include "core/io/timetext.h"

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
    return std::string(executionLabel(mode, gil));
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
            error = "expected worker counts like 1-8 or 1,2,4,8 (each 1.."
                + std::to_string(RunOptions::kMaxWorkers) + "), got \"" + part + "\"";
            return std::nullopt;
        }
        for (int w = *lo; w <= *hi; ++w)
            out.push_back(w);
    }
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    if (out.empty()) {
        error = "expected at least one worker count";
        return std::nullopt;
    }
    return out;
}

std::optional<std::vector<SweepSeries>> SweepSpec::parseModes(const std::string &text, std::string &error)
{
    std::vector<SweepSeries> out;
    for (std::string part : split(text, ',')) {
        std::transform(part.begin(), part.end(), part.begin(), ::tolower);
        SweepSeries s;
        if (part == "threads+gil" || part == "threads-gil" || part == "gil") {
            s = {Mode::Threads, true};
        } else if (auto mode = modeFromName(part)) {
            s = {*mode, false};
        } else {
            error = "expected modes from serial, threads, threads+gil, processes, got \"" + part + "\"";
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
        return "the sweep has no workload";
    if (repeats < 1 || repeats > kMaxRepeats)
        return "repeats must be between 1 and " + std::to_string(kMaxRepeats) + ", got "
            + std::to_string(repeats);
    if (workerCounts.empty())
        return "the sweep has no worker counts";
    for (const SweepSeries &s : series) {
        RunOptions o = base;
        o.mode = s.mode;
        o.gil = s.gil;
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

void SweepResult::recompute()
{
    for (SweepPoint &p : points) {
        if (p.wallSeconds.empty())
            continue;
        std::vector<double> v = p.wallSeconds;
        std::sort(v.begin(), v.end());
        const std::size_t n = v.size();
        p.median = n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
        p.min = v.front();
        p.max = v.back();
        p.mean = std::accumulate(v.begin(), v.end(), 0.0) / double(n);
        double ss = 0;
        for (double x : v)
            ss += (x - p.mean) * (x - p.mean);
        p.stddev = n > 1 ? std::sqrt(ss / double(n - 1)) : 0.0;
    }
    const SweepPoint *base = baseline();
    baselineSeconds = base ? base->median : 0.0;
    fits.clear();
    std::vector<SweepSeries> seen;
    for (SweepPoint &p : points) {
        if (p.wallSeconds.empty() || baselineSeconds <= 0)
            continue;
        p.speedup = speedup(baselineSeconds, p.median);
        p.speedupLow = speedup(baselineSeconds, p.max);
        p.speedupHigh = speedup(baselineSeconds, p.min);
        p.efficiency = efficiency(p.speedup, p.workers);
        p.karpFlatt = karpFlatt(p.speedup, p.workers);
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

SweepRunner::SweepRunner(SweepSpec spec) : m_spec(std::move(spec))
{
    m_result.workload = m_spec.workload;
    m_result.spec = m_spec;
    m_result.spec.workload.reset();
    m_result.machine = MachineInfo::current();
    m_result.startedAt = io::isoTimeNow();
    // The serial baseline first, then every series x worker count.
    m_result.points.push_back({SweepSeries{Mode::Serial, false}, 1, {}, 0, 0, 0, 0, 0, 0, 0, 0, 0, {}, {}});
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

SweepRunner::~SweepRunner()
{
    cancel();
    if (m_thread.joinable())
        m_thread.join();
}

void SweepRunner::start()
{
    m_thread = std::jthread([this](std::stop_token stop) { runAll(stop); });
}

void SweepRunner::cancel()
{
    m_thread.request_stop();
}

bool SweepRunner::isFinished() const
{
    std::lock_guard lock(m_mutex);
    return m_finished;
}

bool SweepRunner::waitFor(std::chrono::milliseconds timeout) const
{
    std::unique_lock lock(m_mutex);
    return m_finishedCv.wait_for(lock, timeout, [this] { return m_finished; });
}

SweepRunner::Progress SweepRunner::progress() const
{
    std::lock_guard lock(m_mutex);
    return m_progress;
}

SweepResult SweepRunner::result() const
{
    std::lock_guard lock(m_mutex);
    return m_result;
}

bool SweepRunner::measure(const SweepSeries &series, int workers, std::stop_token &stop,
                          double &seconds, std::string &error)
{
    RunOptions options = m_spec.base;
    options.mode = series.mode;
    options.gil = series.gil;
    options.workers = series.mode == Mode::Serial ? 1 : workers;
    RunSession session(m_spec.workload, options);
    session.start();
    while (!session.waitFor(std::chrono::milliseconds(20))) {
        if (stop.stop_requested())
            session.cancel();
    }
    const RunResult r = session.recorder().result();
    if (r.status == RunStatus::Cancelled)
        return false;
    if (r.status != RunStatus::Ok) {
        error = r.error;
        return false;
    }
    seconds = double(r.wallNs) / 1e9;
    return true;
}

void SweepRunner::runAll(std::stop_token stop)
{
    bool failed = false;
    std::string firstError;
    if (m_spec.warmUp) {
        {
            std::lock_guard lock(m_mutex);
            m_progress.current = "warm-up run";
        }
        double ignored = 0;
        std::string error;
        const SweepSeries first = m_result.points.size() > 1 ? m_result.points[1].series
                                                             : m_result.points[0].series;
        measure(first, m_spec.workerCounts.front(), stop, ignored, error);
        std::lock_guard lock(m_mutex);
        ++m_progress.runsDone;
    }
    const std::size_t count = m_result.points.size();
    for (std::size_t i = 0; i < count && !stop.stop_requested(); ++i) {
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
                m_progress.current = series.label()
                    + (series.mode == Mode::Serial ? std::string()
                                                   : ", " + std::to_string(workers) + " workers")
                    + ", repeat " + std::to_string(rep + 1) + "/" + std::to_string(m_spec.repeats);
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
                    firstError = series.label() + ", " + std::to_string(workers)
                        + " workers: " + error;
                }
                break;   // a failing configuration fails every repeat the same way
            }
        }
    }
    {
        std::lock_guard lock(m_mutex);
        m_result.recompute();
        m_result.status = stop.stop_requested() ? "cancelled" : failed ? "failed" : "ok";
        m_result.error = firstError;
        m_finished = true;
        m_progress.current.clear();
    }
    m_finishedCv.notify_all();
}

} // namespace corescope
