#include "core/engine/sweep.h"

#include "core/analysis/speedup.h"
#include "core/engine/runjob.h"
#include "core/trace/exportio.h"
#include "core/util/json.h"

#include <algorithm>
#include <charconv>
#include <cerrno>
#include <cmath>
#include <cstring>
#include <ctime>
#include <fstream>
#include <iomanip>
#include <limits>
#include <numeric>
#include <sstream>

namespace corescope {

namespace {

constexpr int kPredictAt[] = {8, 16, 64};

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

std::string isoNow()
{
    const std::time_t t = std::time(nullptr);
    std::tm tm{};
    localtime_r(&t, &tm);
    std::ostringstream out;
    out << std::put_time(&tm, "%Y-%m-%dT%H:%M:%S%z");
    return out.str();
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
    if (repeats < 1 || repeats > 100)
        return "repeats must be between 1 and 100, got " + std::to_string(repeats);
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
        if (p.wallSeconds.empty() || baselineSeconds <= 0)
            continue;
        const SpeedupStats s =
            speedupStats(baselineSeconds, {p.median, p.min, p.max, p.mean, p.stddev}, p.workers);
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
    m_result.startedAt = isoNow();
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
    options.workers = series.mode == Mode::Serial ? 1 : workers;
    RunJob job(m_spec.workload, options);
    job.run(stop);   // on this thread: the sweep's stop cancels the run going
    const RunResult r = job.recorder().takeResult();
    if (r.status == RunStatus::Cancelled)
        return false;
    if (r.status != RunStatus::Ok) {
        error = r.error;
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
        m_progress.current.clear();
    }
}

// --- writers -------------------------------------------------------------------------------

namespace {

void writeReport(const SweepResult &s, exportio::OutBuffer &out)
{
    const auto key = [&](std::string_view k) {
        out.jsonString(k);
        out.put(':');
    };
    const auto real = [&](double v) { out.real(v); };
    out.put("{");
    key("format");
    out.jsonString("corescope-sweep");
    out.put(",");
    key("version");
    out.integer(1);
    out.put(",");
    key("workload");
    out.put("{");
    key("name");
    out.jsonString(s.workload ? s.workload->name : "");
    out.put(",");
    key("kernel");
    out.jsonString(s.workload ? s.workload->kernelInfo().name : "");
    out.put(",");
    key("tasks");
    out.unsignedInteger(s.workload ? s.workload->taskCount() : 0);
    out.put(",");
    key("source");
    out.jsonString(s.workload ? s.workload->sourcePath : "");
    out.put("},");
    key("options");
    out.put("{");
    key("chunksize");
    out.integer(s.spec.base.chunksize);
    out.put(",");
    key("ordering");
    out.jsonString(orderingName(s.spec.base.ordering));
    out.put(",");
    key("repeats");
    out.integer(s.spec.repeats);
    out.put(",");
    key("warm_up");
    out.put(s.spec.warmUp ? "true" : "false");
    out.put(",");
    key("switch_interval_ms");
    real(s.spec.base.switchIntervalMs);
    // What was asked for, so a reopened sweep that was cancelled early still knows its plan.
    out.put(",");
    key("modes");
    out.put("[");
    for (std::size_t i = 0; i < s.spec.series.size(); ++i) {
        if (i)
            out.put(",");
        out.jsonString(s.spec.series[i].label());
    }
    out.put("],");
    key("worker_counts");
    out.put("[");
    for (std::size_t i = 0; i < s.spec.workerCounts.size(); ++i) {
        if (i)
            out.put(",");
        out.integer(s.spec.workerCounts[i]);
    }
    out.put("]},");
    key("machine");
    out.put("{");
    key("logical_cores");
    out.integer(s.machine.logicalCores);
    out.put(",");
    key("cpu_model");
    out.jsonString(s.machine.cpuModel);
    out.put(",");
    key("os");
    out.jsonString(s.machine.os);
    out.put(",");
    key("kernel");
    out.jsonString(s.machine.kernel);
    out.put(",");
    key("hostname");
    out.jsonString(s.machine.hostname);
    out.put("},");
    key("started_at");
    out.jsonString(s.startedAt);
    out.put(",");
    key("status");
    out.jsonString(s.status);
    out.put(",");
    key("error");
    if (s.error.empty())
        out.put("null");
    else
        out.jsonString(s.error);
    out.put(",");
    key("baseline_s");
    real(s.baselineSeconds);
    out.put(",");
    key("points");
    out.put("[");
    bool first = true;
    for (const SweepPoint &p : s.points) {
        if (!first)
            out.put(",");
        first = false;
        out.put("\n{");
        key("series");
        out.jsonString(p.series.label());
        out.put(",");
        key("mode");
        out.jsonString(modeName(p.series.mode));
        out.put(",");
        key("gil");
        out.put(p.series.gil ? "true" : "false");
        out.put(",");
        key("workers");
        out.integer(p.workers);
        out.put(",");
        key("runs_s");
        out.put("[");
        for (std::size_t k = 0; k < p.wallSeconds.size(); ++k) {
            if (k)
                out.put(",");
            real(p.wallSeconds[k]);
        }
        out.put("]");
        for (auto [name, value] : {std::pair{"median_s", p.median}, {"min_s", p.min}, {"max_s", p.max},
                                   {"mean_s", p.mean}, {"stddev_s", p.stddev}, {"speedup", p.speedup},
                                   {"speedup_min", p.speedupLow}, {"speedup_max", p.speedupHigh},
                                   {"efficiency", p.efficiency}}) {
            out.put(",");
            key(name);
            real(value);
        }
        out.put(",");
        key("karp_flatt");
        if (p.karpFlatt)
            real(*p.karpFlatt);
        else
            out.put("null");
        out.put(",");
        key("error");
        if (p.error.empty())
            out.put("null");
        else
            out.jsonString(p.error);
        out.put("}");
    }
    out.put("],");
    key("amdahl");
    out.put("[");
    first = true;
    for (const SeriesFit &f : s.fits) {
        if (!first)
            out.put(",");
        first = false;
        out.put("\n{");
        key("series");
        out.jsonString(f.series.label());
        out.put(",");
        key("serial_fraction");
        real(f.fit.serialFraction);
        out.put(",");
        key("standard_error");
        real(f.fit.standardError);
        out.put(",");
        key("points");
        out.integer(f.fit.points);
        out.put(",");
        key("predicted_speedup");
        out.put("{");
        bool firstPrediction = true;
        for (int cores : kPredictAt) {
            if (!firstPrediction)
                out.put(",");
            firstPrediction = false;
            key(std::to_string(cores));
            real(f.fit.predict(cores));
        }
        out.put("}}");
    }
    out.put("]}\n");
}

void writeCsv(const SweepResult &s, exportio::OutBuffer &out)
{
    out.put("mode,workers,median_s,min_s,max_s,mean_s,stddev_s,speedup,efficiency,karp_flatt,runs\r\n");
    for (const SweepPoint &p : s.points) {
        out.csvField(p.series.label());
        out.put(',');
        out.integer(p.workers);
        for (double v : {p.median, p.min, p.max, p.mean, p.stddev, p.speedup, p.efficiency}) {
            out.put(',');
            out.real(v);
        }
        out.put(',');
        if (p.karpFlatt)
            out.real(*p.karpFlatt);
        out.put(',');
        out.integer(static_cast<std::int64_t>(p.wallSeconds.size()));
        out.put("\r\n");
    }
}

} // namespace

std::string sweepReportJson(const SweepResult &sweep)
{
    std::ostringstream s;
    {
        exportio::OutBuffer out(s);
        writeReport(sweep, out);
        out.flush();
    }
    return s.str();
}

std::string sweepCsv(const SweepResult &sweep)
{
    std::ostringstream s;
    {
        exportio::OutBuffer out(s);
        writeCsv(sweep, out);
        out.flush();
    }
    return s.str();
}

std::string writeSweepReportFile(const SweepResult &sweep, const std::string &path)
{
    return exportio::writeFileAtomically(path, [&](std::ostream &os) {
        exportio::OutBuffer out(os);
        writeReport(sweep, out);
        return out.flush();
    });
}

std::string writeSweepCsvFile(const SweepResult &sweep, const std::string &path)
{
    return exportio::writeFileAtomically(path, [&](std::ostream &os) {
        exportio::OutBuffer out(os);
        writeCsv(sweep, out);
        return out.flush();
    });
}

// --- reader --------------------------------------------------------------------------------

namespace {

// A field that is missing or of the wrong type ends the read with "field: message".
struct FieldError {
    std::string message;
};

class SweepReportReader {
public:
    explicit SweepReportReader(SweepResult &out) : m_out(out) {}

    void read(const json::Value &root)
    {
        if (!root.isObject())
            fail("", "expected an object");
        const std::string format = string(root, "format", "");
        if (format != kSweepReportFormat)
            fail("format", "expected \"corescope-sweep\", got \"" + format + "\"");
        const int version = integer(root, "version", "", 1, 1000);
        if (version > kSweepReportVersion)
            fail("version", "version " + std::to_string(version)
                     + " was written by a newer Corescope; this one reads version "
                     + std::to_string(kSweepReportVersion));

        const json::Value &w = object(root, "workload", "");
        auto workload = std::make_shared<Workload>();
        workload->name = string(w, "name", "workload.");
        workload->sourcePath = string(w, "source", "workload.");
        const std::string kernel = string(w, "kernel", "workload.");
        if (auto id = kernelByName(kernel))
            workload->kernel = *id;
        else if (!kernel.empty())
            fail("workload.kernel", "unknown kernel \"" + kernel + "\"");
        const auto tasks = static_cast<std::uint64_t>(integer64(w, "tasks", "workload.", 0, kMaxTasks));
        // The inputs are not in a sweep report: placeholders keep the task count.
        workload->inputs = RepeatInputs{TaskInput{}, tasks};
        workload->description = "Reopened from a saved sweep: its task inputs are not saved.";
        // A sweep without a workload writes empty names: it reads back without one.
        if (!(kernel.empty() && tasks == 0 && workload->name.empty()))
            m_out.workload = workload;

        const json::Value &o = object(root, "options", "");
        SweepSpec &spec = m_out.spec;
        spec.base.chunksize = integer(o, "chunksize", "options.", 0, 1 << 30);
        const std::string ordering = string(o, "ordering", "options.");
        if (auto value = orderingFromName(ordering))
            spec.base.ordering = *value;
        else
            fail("options.ordering", "unknown ordering \"" + ordering + "\"");
        spec.repeats = integer(o, "repeats", "options.", 1, 100);
        spec.warmUp = boolean(o, "warm_up", "options.");
        spec.base.switchIntervalMs = real(o, "switch_interval_ms", "options.");
        if (o.find("modes")) {
            for (const json::Value &v : array(o, "modes", "options.")) {
                if (!v.isString())
                    fail("options.modes", "expected a list of mode names");
                spec.series.push_back(series(v.asString(), "options.modes"));
            }
        }
        if (o.find("worker_counts")) {
            for (const json::Value &v : array(o, "worker_counts", "options.")) {
                if (!v.isNumber() || !v.asNumber().isExactInteger() || v.asNumber().isNegative)
                    fail("options.worker_counts", "expected a list of worker counts");
                spec.workerCounts.push_back(static_cast<int>(v.asNumber().magnitude));
            }
        }

        const json::Value &m = object(root, "machine", "");
        m_out.machine.logicalCores = integer(m, "logical_cores", "machine.", 0, 1 << 20);
        m_out.machine.cpuModel = string(m, "cpu_model", "machine.");
        m_out.machine.os = string(m, "os", "machine.");
        m_out.machine.kernel = string(m, "kernel", "machine.");
        m_out.machine.hostname = string(m, "hostname", "machine.");

        m_out.startedAt = string(root, "started_at", "");
        m_out.status = string(root, "status", "");
        if (m_out.status != "running" && m_out.status != "ok" && m_out.status != "cancelled"
            && m_out.status != "failed")
            fail("status", "expected running, ok, cancelled or failed, got \"" + m_out.status + "\"");
        m_out.error = optionalString(root, "error", "");
        m_out.baselineSeconds = real(root, "baseline_s", "");

        const json::Array &points = array(root, "points", "");
        for (std::size_t i = 0; i < points.size(); ++i)
            m_out.points.push_back(point(points[i], "points[" + std::to_string(i) + "]."));
        const json::Array &fits = array(root, "amdahl", "");
        for (std::size_t i = 0; i < fits.size(); ++i) {
            const std::string at = "amdahl[" + std::to_string(i) + "].";
            const json::Value &f = fits[i];
            if (!f.isObject())
                fail(at.substr(0, at.size() - 1), "expected an object");
            SeriesFit fit;
            fit.series = series(string(f, "series", at), at + "series");
            fit.fit.serialFraction = real(f, "serial_fraction", at);
            fit.fit.standardError = real(f, "standard_error", at);
            fit.fit.points = integer(f, "points", at, 0, 1 << 20);
            m_out.fits.push_back(fit);
        }

        // Older reports did not write the plan: it follows from the points.
        if (spec.series.empty()) {
            for (const SweepPoint &p : m_out.points)
                if (p.series.mode != Mode::Serial
                    && std::find(spec.series.begin(), spec.series.end(), p.series) == spec.series.end())
                    spec.series.push_back(p.series);
        }
        if (spec.workerCounts.empty()) {
            for (const SweepPoint &p : m_out.points)
                if (p.series.mode != Mode::Serial)
                    spec.workerCounts.push_back(p.workers);
            std::sort(spec.workerCounts.begin(), spec.workerCounts.end());
            spec.workerCounts.erase(std::unique(spec.workerCounts.begin(), spec.workerCounts.end()),
                                    spec.workerCounts.end());
        }
    }

private:
    static constexpr std::int64_t kMaxTasks = std::int64_t{1} << 40;

    [[noreturn]] static void fail(const std::string &field, const std::string &message)
    {
        throw FieldError{field.empty() ? message : field + ": " + message};
    }

    static const json::Value &member(const json::Value &object, const char *key,
                                     const std::string &at)
    {
        const json::Member *m = object.find(key);
        if (!m)
            fail(at + key, "missing");
        return m->value;
    }

    static std::string string(const json::Value &object, const char *key, const std::string &at)
    {
        const json::Value &v = member(object, key, at);
        if (!v.isString())
            fail(at + key, "expected a string, got " + v.describe());
        return v.asString();
    }

    static std::string optionalString(const json::Value &object, const char *key,
                                      const std::string &at)
    {
        const json::Value &v = member(object, key, at);
        if (v.isNull())
            return {};
        if (!v.isString())
            fail(at + key, "expected a string or null, got " + v.describe());
        return v.asString();
    }

    static bool boolean(const json::Value &object, const char *key, const std::string &at)
    {
        const json::Value &v = member(object, key, at);
        if (!v.isBool())
            fail(at + key, "expected true or false, got " + v.describe());
        return v.asBool();
    }

    static double number(const json::Value &v, const std::string &field)
    {
        if (!v.isNumber())
            fail(field, "expected a number, got " + v.describe());
        const std::string &text = v.asNumber().literal;
        double value = 0;
        const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
        if (ec != std::errc() || end != text.data() + text.size() || !std::isfinite(value))
            fail(field, "expected a finite number, got " + text);
        return value;
    }

    static double real(const json::Value &object, const char *key, const std::string &at)
    {
        return number(member(object, key, at), at + key);
    }

    static int integer(const json::Value &object, const char *key, const std::string &at,
                       std::int64_t min, std::int64_t max)
    {
        return static_cast<int>(integer64(object, key, at, min, std::min<std::int64_t>(max, std::numeric_limits<int>::max())));
    }

    static std::int64_t integer64(const json::Value &object, const char *key, const std::string &at,
                                  std::int64_t min, std::int64_t max)
    {
        const json::Value &v = member(object, key, at);
        if (!v.isNumber() || !v.asNumber().isExactInteger())
            fail(at + key, "expected a whole number, got " + v.describe());
        const json::Number &n = v.asNumber();
        const std::int64_t value = n.isNegative ? -static_cast<std::int64_t>(n.magnitude)
                                                : static_cast<std::int64_t>(n.magnitude);
        if (value < min || value > max)
            fail(at + key, "expected " + std::to_string(min) + " to " + std::to_string(max)
                     + ", got " + n.literal);
        return value;
    }

    static const json::Value &object(const json::Value &object, const char *key,
                                     const std::string &at)
    {
        const json::Value &v = member(object, key, at);
        if (!v.isObject())
            fail(at + key, "expected an object, got " + v.describe());
        return v;
    }

    static const json::Array &array(const json::Value &object, const char *key,
                                    const std::string &at)
    {
        const json::Value &v = member(object, key, at);
        if (!v.isArray())
            fail(at + key, "expected a list, got " + v.describe());
        return v.asArray();
    }

    static SweepSeries series(const std::string &label, const std::string &field)
    {
        for (const SweepSeries s : {SweepSeries{Mode::Serial, false}, SweepSeries{Mode::Threads, false},
                                    SweepSeries{Mode::Threads, true}, SweepSeries{Mode::Processes, false}})
            if (s.label() == label)
                return s;
        fail(field, "expected serial, threads, threads + GIL or processes, got \"" + label + "\"");
    }

    static SweepPoint point(const json::Value &v, const std::string &at)
    {
        if (!v.isObject())
            fail(at.substr(0, at.size() - 1), "expected an object");
        SweepPoint p;
        const std::string mode = string(v, "mode", at);
        if (auto m = modeFromName(mode))
            p.series.mode = *m;
        else
            fail(at + "mode", "unknown mode \"" + mode + "\"");
        p.series.gil = boolean(v, "gil", at);
        if (p.series.gil && p.series.mode != Mode::Threads)
            fail(at + "gil", "only threads run under the emulated GIL");
        p.workers = integer(v, "workers", at, 1, RunOptions::kMaxWorkers);
        for (const json::Value &r : array(v, "runs_s", at))
            p.wallSeconds.push_back(number(r, at + "runs_s"));
        p.median = real(v, "median_s", at);
        p.min = real(v, "min_s", at);
        p.max = real(v, "max_s", at);
        p.mean = real(v, "mean_s", at);
        p.stddev = real(v, "stddev_s", at);
        p.speedup = real(v, "speedup", at);
        p.speedupLow = real(v, "speedup_min", at);
        p.speedupHigh = real(v, "speedup_max", at);
        p.efficiency = real(v, "efficiency", at);
        if (const json::Value &kf = member(v, "karp_flatt", at); !kf.isNull())
            p.karpFlatt = number(kf, at + "karp_flatt");
        p.error = optionalString(v, "error", at);
        return p;
    }

    SweepResult &m_out;
};

} // namespace

std::variant<SweepResult, std::string> readSweepReportData(std::string_view text,
                                                           const std::string &name)
{
    auto parsed = json::parse(text);
    if (const auto *error = std::get_if<json::ParseError>(&parsed))
        return name + ':' + error->toString();
    SweepResult result;
    try {
        SweepReportReader(result).read(std::get<json::Value>(parsed));
    } catch (const FieldError &error) {
        return name + ": " + error.message;
    }
    return result;
}

std::variant<SweepResult, std::string> readSweepReport(const std::string &path)
{
    std::ifstream in(path, std::ios::binary);
    if (!in)
        return path + ": cannot open: " + std::strerror(errno);
    std::ostringstream bytes;
    bytes << in.rdbuf();
    if (in.bad())
        return path + ": cannot read";
    return readSweepReportData(bytes.str(), path);
}

} // namespace corescope
