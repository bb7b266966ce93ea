#include "core/io/sweepreport.h"

#include "core/io/atomicfile.h"
#include "core/io/fieldreader.h"
#include "core/io/jsonreader.h"
#include "core/io/outbuffer.h"
#include "core/io/runoptionsio.h"
#include "core/util/enginetext.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fstream>
#include <sstream>

namespace corescope {

namespace {

using io::Field;

constexpr int kPredictAt[] = {8, 16, 64};

void writeReport(const SweepResult &s, io::OutBuffer &out)
{
    const auto key = [&](std::string_view k) {
        out.jsonString(k);
        out.put(':');
    };
    const auto real = [&](double v) { out.real(v); };
    out.put("{");
    key("format");
    out.jsonString(kSweepReportFormat);
    out.put(",");
    key("version");
    out.integer(kSweepReportVersion);
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
    io::writeRunOption(out, s.spec.base, "chunksize");
    out.put(",");
    io::writeRunOption(out, s.spec.base, "api");
    out.put(",");
    key("repeats");
    out.integer(s.spec.repeats);
    out.put(",");
    key("warm_up");
    out.put(s.spec.warmUp ? "true" : "false");
    out.put(",");
    io::writeRunOption(out, s.spec.base, "switch_interval_ms");
    out.put(",");
    io::writeRunOption(out, s.spec.base, "scale");
    // What was asked for, so a reopened sweep that was cancelled early still knows its plan.
    out.put(",");
    key("modes");
    out.put("[");
    for (std::size_t i = 0; i < s.spec.series.size(); ++i) {
        if (i)
            out.put(",");
        out.jsonString(s.spec.series[i].id());
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
    // The interpreter of the Python runs (null for native runs only): which Python measured.
    key("python");
    if (s.pythonVersion.empty()) {
        out.put("null,");
    } else {
        out.put("{");
        key("version");
        out.jsonString(s.pythonVersion);
        out.put(",");
        key("interpreter");
        out.jsonString(s.pythonInterpreter);
        out.put("},");
    }
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
        out.jsonString(p.series.id());
        out.put(",");
        key("mode");
        out.jsonString(modeName(p.series.mode));
        out.put(",");
        key("gil");
        out.put(p.series.gil ? "true" : "false");
        out.put(",");
        key("runtime");
        out.jsonString(runtimeName(p.series.runtime));
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
        out.put(",");
        key("short_run");
        out.put(p.shortRun() ? "true" : "false");
        out.put("}");
    }
    out.put("],");
    // What makes the numbers doubtful, as ids (the fits carry their own).
    key("warnings");
    out.put(s.shortRuns() > 0 ? "[\"short_runs\"]," : "[],");
    key("short_run_s");
    real(kShortRunSeconds);
    out.put(",");
    key("amdahl");
    out.put("[");
    first = true;
    for (const SeriesFit &f : s.fits) {
        if (!first)
            out.put(",");
        first = false;
        out.put("\n{");
        key("series");
        out.jsonString(f.series.id());
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
        key("relative_error");
        real(f.fit.relativeError);
        out.put(",");
        key("confidence");
        real(0.95);
        out.put(",");
        const auto fInterval = f.fit.serialFractionInterval();
        key("serial_fraction_interval");
        if (fInterval) {
            out.put("[");
            real(fInterval->low);
            out.put(",");
            real(fInterval->high);
            out.put("]");
        } else {
            out.put("null");
        }
        out.put(",");
        key("warnings");
        out.put("[");
        bool firstWarning = true;
        for (const FitWarning w : fitWarnings(f.fit)) {
            if (!firstWarning)
                out.put(",");
            firstWarning = false;
            out.jsonString(fitWarningId(w));
        }
        out.put("],");
        key("predicted_speedup");
        out.put("{");
        bool firstPrediction = true;
        for (int cores : kPredictAt) {
            if (!firstPrediction)
                out.put(",");
            firstPrediction = false;
            key(std::to_string(cores));
            // Never a prediction without its uncertainty: null where there is none.
            if (f.fit.predictInterval(cores))
                real(f.fit.predict(cores));
            else
                out.put("null");
        }
        out.put("},");
        // The 95 % interval of each prediction; null with one point (no spread to judge by).
        key("predicted_speedup_interval");
        out.put("{");
        firstPrediction = true;
        for (int cores : kPredictAt) {
            if (!firstPrediction)
                out.put(",");
            firstPrediction = false;
            key(std::to_string(cores));
            if (const auto range = f.fit.predictInterval(cores)) {
                out.put("[");
                real(range->low);
                out.put(",");
                real(range->high);
                out.put("]");
            } else {
                out.put("null");
            }
        }
        out.put("}}");
    }
    out.put("]}\n");
}

} // namespace

namespace {

// Every member is required: a sweep report is written whole, by one version.
class SweepReportReader {
public:
    explicit SweepReportReader(SweepResult &out) : m_out(out) {}

    void read(const Field &root)
    {
        if (!root.value().isObject())
            root.fail(json::expectedGot(text::kAnObject, root.value()));
        const std::string format = root["format"].string();
        if (format != kSweepReportFormat)
            root["format"].fail(text::formatEngineText(text::kNotASweepReport, {json::quote(format)}));
        const auto version = root["version"].integer(1, 1000);
        if (version > kSweepReportVersion)
            root["version"].fail(text::formatEngineText(
                text::kNewerVersion, {std::to_string(version), std::to_string(kSweepReportVersion)}));

        const Field w = object(root["workload"]);
        auto workload = std::make_shared<Workload>();
        workload->name = w["name"].string();
        workload->sourcePath = w["source"].string();
        const std::string kernel = w["kernel"].string();
        if (auto id = kernelByName(kernel))
            workload->kernel = *id;
        else if (!kernel.empty())
            w["kernel"].fail(text::formatEngineText(text::kUnknownKernelName, {json::quote(kernel)}));
        const auto tasks = static_cast<std::uint64_t>(w["tasks"].integer(0, kMaxTasks));
        // The inputs are not in a sweep report: placeholders keep the task count.
        workload->inputs = RepeatInputs{TaskInput{}, tasks};
        workload->description = "Reopened from a saved sweep: its task inputs are not saved.";
        // A sweep without a workload writes empty names: it reads back without one.
        if (!(kernel.empty() && tasks == 0 && workload->name.empty()))
            m_out.workload = workload;

        const Field o = object(root["options"]);
        SweepSpec &spec = m_out.spec;
        // "api": an older report's "ordering" stands for it (io::kLegacyOrderingKey).
        io::readRunOptions(o, spec.base, {"chunksize", "api", "switch_interval_ms"});
        if (o["scale"].exists())   // written since the work scale (older sweeps ran at x1)
            io::readRunOptions(o, spec.base, {"scale"});
        spec.repeats = static_cast<int>(o["repeats"].integer(1, SweepSpec::kMaxRepeats));
        spec.warmUp = o["warm_up"].boolean();
        if (o["modes"].exists()) {
            for (const Field &v : o["modes"].elements()) {
                if (!v.value().isString())
                    v.fail(json::expectedGot(text::kAString, v.value()));
                spec.series.push_back(series(v.string(), o["modes"]));
            }
        }
        if (o["worker_counts"].exists()) {
            for (const Field &v : o["worker_counts"].elements()) {
                const json::Value &n = v.value();
                if (!n.isNumber() || !n.asNumber().isExactInteger() || n.asNumber().isNegative)
                    v.fail(json::expectedGot(text::kANonNegativeInteger, n));
                spec.workerCounts.push_back(static_cast<int>(n.asNumber().magnitude));
            }
        }

        const Field m = object(root["machine"]);
        m_out.machine.logicalCores = static_cast<int>(m["logical_cores"].integer(0, 1 << 20));
        m_out.machine.cpuModel = m["cpu_model"].string();
        m_out.machine.os = m["os"].string();
        m_out.machine.kernel = m["kernel"].string();
        m_out.machine.hostname = m["hostname"].string();
        // Written since sweeps named their interpreter; null for native runs only.
        if (const Field py = root["python"]; py.exists() && !py.isNull()) {
            object(py);
            m_out.pythonVersion = py["version"].string();
            m_out.pythonInterpreter = py["interpreter"].string();
        }

        m_out.startedAt = root["started_at"].string();
        m_out.status = root["status"].string();
        if (m_out.status != "running" && m_out.status != "ok" && m_out.status != "cancelled"
            && m_out.status != "failed")
            root["status"].fail(text::expectedGot(
                text::formatEngineText(text::kOneOf, {"running, ok, cancelled, failed"}),
                json::quote(m_out.status)));
        m_out.error = root["error"].stringOrNull();
        m_out.baselineSeconds = root["baseline_s"].real<double>();

        for (const Field &p : root["points"].elements())
            m_out.points.push_back(point(p));
        for (const Field &f : root["amdahl"].elements()) {
            object(f);
            SeriesFit fit;
            fit.series = series(f["series"].string(), f["series"]);
            fit.fit.serialFraction = f["serial_fraction"].real<double>();
            fit.fit.standardError = f["standard_error"].real<double>();
            fit.fit.points = static_cast<int>(f["points"].integer(0, 1 << 20));
            // Absent before fits carried their quality: 0, as an exact fit would have.
            if (const Field e = f["relative_error"]; e.exists())
                fit.fit.relativeError = e.real<double>();
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

    static const Field &object(const Field &f)
    {
        if (!f.value().isObject())
            f.fail(json::expectedGot(text::kAnObject, f.value()));
        return f;
    }

    static SweepSeries series(const std::string &label, const Field &field)
    {
        for (const Runtime runtime : {Runtime::Native, Runtime::Python})
            for (const SweepSeries s :
                 {SweepSeries{Mode::Serial, false, runtime}, SweepSeries{Mode::Threads, false, runtime},
                  SweepSeries{Mode::Threads, true, runtime}, SweepSeries{Mode::Processes, false, runtime}})
                if (s.id() == label)
                    return s;
        field.fail(text::expectedGot(text::kASeriesName, json::quote(label)));
    }

    static SweepPoint point(const Field &v)
    {
        object(v);
        SweepPoint p;
        const std::string mode = v["mode"].string();
        if (auto m = modeFromName(mode))
            p.series.mode = *m;
        else
            v["mode"].fail(text::formatEngineText(text::kUnknownMode, {json::quote(mode)}));
        p.series.gil = v["gil"].boolean();
        if (p.series.gil && p.series.mode != Mode::Threads)
            v["gil"].fail(text::kThreadsOnlyGil);
        if (const Field runtime = v["runtime"]; runtime.exists()) {   // absent before runtimes
            const std::string name = runtime.string();
            if (const auto r = runtimeFromName(name))
                p.series.runtime = *r;
            else
                runtime.fail(text::formatEngineText(text::kUnknownRuntime, {json::quote(name)}));
        }
        p.workers = static_cast<int>(v["workers"].integer(1, RunOptions::kMaxWorkers));
        for (const Field &r : v["runs_s"].elements())
            p.wallSeconds.push_back(r.real<double>());
        p.median = v["median_s"].real<double>();
        p.min = v["min_s"].real<double>();
        p.max = v["max_s"].real<double>();
        p.mean = v["mean_s"].real<double>();
        p.stddev = v["stddev_s"].real<double>();
        p.speedup = v["speedup"].real<double>();
        p.speedupLow = v["speedup_min"].real<double>();
        p.speedupHigh = v["speedup_max"].real<double>();
        p.efficiency = v["efficiency"].real<double>();
        if (const Field kf = v["karp_flatt"]; !kf.value().isNull())
            p.karpFlatt = kf.real<double>();
        p.error = v["error"].stringOrNull();
        return p;
    }

    SweepResult &m_out;
};

} // namespace

std::string sweepReportJson(const SweepResult &sweep)
{
    std::ostringstream s;
    {
        io::OutBuffer out(s);
        writeReport(sweep, out);
        out.flush();
    }
    return s.str();
}

std::string writeSweepReportFile(const SweepResult &sweep, const std::string &path)
{
    return io::writeFileAtomically(path, [&](std::ostream &os) {
        io::OutBuffer out(os);
        writeReport(sweep, out);
        return out.flush();
    });
}

std::variant<SweepResult, std::string> readSweepReportData(std::string_view text,
                                                           const std::string &name)
{
    auto parsed = json::parse(text);
    if (const auto *error = std::get_if<json::ParseError>(&parsed))
        return name + ':' + error->toString();
    SweepResult result;
    try {
        SweepReportReader(result).read(Field(std::get<json::Value>(parsed)));
    } catch (const io::FieldError &error) {
        // Without line:column, as sweep reports always said: "s.json: points[0].workers: ...".
        return name + ": " + error.toString();
    }
    return result;
}

std::variant<SweepResult, std::string> readSweepReport(const std::string &path)
{
    std::ifstream in(path, std::ios::binary);
    if (!in)
        return path + ": " + text::formatEngineText(text::kCannotOpenSaved, {std::strerror(errno)});
    std::ostringstream bytes;
    bytes << in.rdbuf();
    if (in.bad())
        return path + ": " + text::kCannotReadFile;
    return readSweepReportData(bytes.str(), path);
}

} // namespace corescope
