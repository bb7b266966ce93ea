#include "core/exec/python/equivalent.h"

#include "core/exec/pythonexecutor.h"
#include "core/workload/workloadparser.h"

#include <algorithm>
#include <fstream>
#include <sstream>
#include <vector>

namespace corescope {

namespace {

// Kernels whose Python source stands alone in corescope_kernels.py (no helper, no module
// state): the program shows them in full. The others are imported from that file.
bool standsAlone(KernelId kernel)
{
    switch (kernel) {
    case KernelId::IsPrime:
    case KernelId::GcdNaive:
    case KernelId::SumLoop:
    case KernelId::Double:
    case KernelId::SleepMs:
    case KernelId::SpinMs:
    case KernelId::MakeList:
        return true;
    default:
        return false;
    }
}

std::string number(double v)
{
    std::ostringstream out;
    out << v;
    std::string s = out.str();
    if (s.find_first_of(".e") == std::string::npos)
        s += ".0";
    return s;
}

// The params the driver binds (those that differ from the kernel's defaults), as keywords.
std::vector<std::string> boundParams(const Workload &w)
{
    const KernelParams &p = w.params;
    const KernelParams defaults;
    std::vector<std::string> out;
    switch (w.kernel) {
    case KernelId::Double:
        if (p.sleepMsPerUnit != defaults.sleepMsPerUnit)
            out.push_back("sleep_ms_per_unit=" + number(p.sleepMsPerUnit));
        if (p.sleepReverseFrom != defaults.sleepReverseFrom)
            out.push_back("sleep_reverse_from=" + std::to_string(p.sleepReverseFrom));
        break;
    case KernelId::MemSweep:
        if (p.bufferMiB != defaults.bufferMiB)
            out.push_back("buffer_mib=" + std::to_string(p.bufferMiB));
        break;
    case KernelId::Crash:
        if (p.crashSignal != defaults.crashSignal)
            out.push_back("signal=" + std::to_string(p.crashSignal));
        break;
    case KernelId::SharedCounter:
        if (p.counterSync != defaults.counterSync)
            out.push_back("sync=\"" + std::string(counterSyncWorkloadName(p.counterSync)) + '"');
        break;
    default:
        break;
    }
    return out;
}

std::string inputsLiteral(const Workload &w, std::string_view name)
{
    std::string text = std::string(name) + " = ";
    if (const auto *range = std::get_if<RangeInputs>(&w.inputs)) {
        text += "range(" + std::to_string(range->start) + ", " + std::to_string(range->stop);
        if (range->step != 1)
            text += ", " + std::to_string(range->step);
        return text + ")\n";
    }
    const bool pairs = w.kernelInfo().arity == 2;
    const auto item = [pairs](const TaskInput &in) {
        return pairs ? '(' + std::to_string(in.a) + ", " + std::to_string(in.b) + ')'
                     : std::to_string(in.a);
    };
    if (const auto *repeat = std::get_if<RepeatInputs>(&w.inputs))
        return text + '[' + item(repeat->value) + "] * " + std::to_string(repeat->count) + '\n';
    // Wrapped at 92 columns, as the seeds' lists are.
    text += '[';
    std::string line = text;
    text.clear();
    const std::uint64_t n = w.taskCount();
    for (std::uint64_t i = 0; i < n; ++i) {
        const std::string value = item(w.input(i)) + (i + 1 < n ? "," : "]");
        if (line.size() + value.size() + 1 > 92 && line.size() > 4) {
            text += line + '\n';
            line = "    ";
        } else if (line.back() != '[' && line != "    ") {
            line += ' ';
        }
        line += value;
    }
    if (n == 0)
        line += ']';
    return text + line + '\n';
}

std::string indent(const std::string &code, std::string_view by)
{
    std::string out;
    std::istringstream in(code);
    for (std::string line; std::getline(in, line);)
        out += line.empty() ? "\n" : std::string(by) + line + '\n';
    return out;
}

} // namespace

std::string pythonFunctionSource(std::string_view source, std::string_view name)
{
    const std::string head = "def " + std::string(name) + '(';
    std::size_t at = source.rfind(head, 0) == 0 ? 0 : std::string_view::npos;
    if (at == std::string_view::npos) {
        at = source.find('\n' + head);
        if (at == std::string_view::npos)
            return {};
        ++at;
    }
    // The body: every line up to the next one that starts at column 0 (blank lines inside).
    std::size_t end = source.find('\n', at);
    while (end != std::string_view::npos && end + 1 < source.size()) {
        const char next = source[end + 1];
        if (next != ' ' && next != '\t' && next != '\n')
            break;
        end = source.find('\n', end + 1);
    }
    std::string body(source.substr(at, end == std::string_view::npos ? source.size() - at
                                                                      : end - at));
    while (!body.empty() && (body.back() == '\n' || body.back() == ' '))
        body.pop_back();
    return body + '\n';
}

std::string shippedKernelsSource()
{
    std::string error;
    const std::string driver = pythonDriverPath(error);
    if (driver.empty())
        return {};
    const std::string path = driver.substr(0, driver.find_last_of('/') + 1) + "corescope_kernels.py";
    std::ifstream file(path);
    std::ostringstream text;
    text << file.rdbuf();
    return text.str();
}

std::string pythonEquivalent(const Workload &w, const RunOptions &o, std::string_view kernels)
{
    const bool native = o.runtime == Runtime::Native;
    const bool threads = o.mode == Mode::Threads;
    const bool processes = o.mode == Mode::Processes;
    const bool executor = o.api == PyApi::ExecutorMap || o.api == PyApi::SubmitAsCompleted;
    const bool mpiExecutor = o.mode == Mode::Mpi && executor;   // mpi4py's MPIPoolExecutor
    std::string out = "# " + w.name + ": " + o.label();
    if (o.mode != Mode::Serial)
        out += ", " + std::string(pyApiLabel(o.api, o.mode));
    out += '\n';
    if (native) {
        out += "# Corescope ran this in C++ (" + std::string(executionLabel(o.mode, o.gil, o.runtime))
            + "). The same settings in Python:\n";
        if (threads && !o.gil)
            out += "# Python threads run under the GIL: computing tasks take turns on one core,\n"
                   "# where the native threads ran at once.\n";
    } else {
        out += "# What Corescope's Python runtime runs for these settings, less its tracing.\n";
    }
    if (mpiExecutor)
        out += "# Run it as: mpirun -np " + std::to_string(o.workers + 1)
            + " python3 -m mpi4py.futures this_file.py   (rank 0 runs it, the others are the pool)\n";

    // Imports.
    std::vector<std::string> imports;
    if (o.mode != Mode::Serial) {
        if (mpiExecutor)
            imports.push_back("from mpi4py.futures import MPIPoolExecutor");
        if (executor && !(mpiExecutor && o.api == PyApi::ExecutorMap))
            imports.push_back("import concurrent.futures as cf");
        if (processes && (!executor || o.startMethod != StartMethod::Default))
            imports.push_back("import multiprocessing as mp");
        if (threads && !executor)
            imports.push_back("from multiprocessing.pool import ThreadPool");
    }
    const std::vector<std::string> bound = boundParams(w);
    if (!bound.empty())
        imports.push_back("from functools import partial");
    std::string function;
    std::string functionName;
    if (w.python) {
        functionName = w.python->function;
        const std::string file = w.python->file;
        const std::string module = file.substr(0, file.rfind(".py"));
        if (w.python->inMain) {
            function = "# " + functionName + " is defined in this program's __main__, as a notebook "
                "cell defines it:\nexec(open(\"" + file + "\").read())\n";
        } else {
            imports.push_back("from " + module + " import " + functionName + "   # " + file);
        }
    } else {
        functionName = std::string(w.kernelInfo().name);
        const std::string source =
            standsAlone(w.kernel) ? pythonFunctionSource(kernels, functionName) : std::string();
        if (!source.empty()) {
            function = source;
            for (const char *module : {"math", "time"})
                if (source.find(std::string(module) + '.') != std::string::npos)
                    imports.push_back("import " + std::string(module));
        } else {
            imports.push_back("from corescope_kernels import " + functionName
                              + "   # resources/python/corescope_kernels.py");
        }
    }
    std::sort(imports.begin(), imports.end(), [](const std::string &a, const std::string &b) {
        return a.starts_with("from") == b.starts_with("from") ? a < b : b.starts_with("from");
    });
    out += '\n';
    for (const std::string &line : imports)
        out += line + '\n';
    if (!function.empty())
        out += "\n\n" + function;
    std::string task = functionName;
    if (!bound.empty()) {
        std::string args;
        for (const std::string &b : bound)
            args += ", " + b;
        out += "\n\ntask = partial(" + functionName + args + ")";
        task = "task";
    }
    const std::string inputs = w.kernelInfo().arity == 2 && !w.python ? "PAIRS" : "NUMS";
    out += "\n\n" + inputsLiteral(w, inputs);

    // The run, as the driver makes it.
    std::string body;
    const int workers = o.mode == Mode::Serial ? 1 : o.workers;
    const std::string chunk = std::to_string(o.chunksize > 0 ? o.chunksize : 1);
    const std::string context = o.startMethod == StartMethod::Default
        ? std::string()
        : "mp.get_context(\"" + std::string(startMethodName(o.startMethod)) + "\")";
    if (o.mode == Mode::Serial) {
        body = "results = [" + task + "(x) for x in " + inputs + "]\nprint(results)\n";
    } else if (executor) {
        std::string pool = threads ? "cf.ThreadPoolExecutor(max_workers=" + std::to_string(workers)
            : mpiExecutor          ? "MPIPoolExecutor(max_workers=" + std::to_string(workers)
                                   : "cf.ProcessPoolExecutor(max_workers=" + std::to_string(workers);
        if (processes && !context.empty())
            pool += ", mp_context=" + context;
        body = "with " + pool + ") as ex:\n";
        if (o.api == PyApi::ExecutorMap) {
            body += "    # in input order, each as soon as it and every earlier one are done\n";
            if (threads && o.chunksize > 1)
                body += "    # (ThreadPoolExecutor.map accepts chunksize and ignores it)\n";
            body += "    results = list(ex.map(" + task + ", " + inputs + ", chunksize=" + chunk
                + "))\nprint(results)\n";
        } else {
            body += "    futures = [ex.submit(" + task + ", x) for x in " + inputs + "]\n"
                    "    for future in cf.as_completed(futures):   # as each completes\n"
                    "        print(future.result())\n";
        }
    } else {
        std::string pool = threads ? "ThreadPool(" : (context.empty() ? "mp" : context) + ".Pool(";
        body = "pool = " + pool + std::to_string(workers) + ")\n";
        if (o.api == PyApi::PoolMap) {
            body += "# every result at once, when the last is done\n"
                    "results = pool.map(" + task + ", " + inputs
                + (o.chunksize > 0 ? ", chunksize=" + std::to_string(o.chunksize) : std::string())
                + ")\n";
        } else {
            const bool ordered = o.api == PyApi::PoolImap;
            body += std::string("for result in pool.") + (ordered ? "imap(" : "imap_unordered(") + task
                + ", " + inputs + ", chunksize=" + chunk + "):"
                + (ordered ? "   # in input order, as they arrive\n" : "   # as each completes\n")
                + "    print(result)\n";
        }
        body += "pool.close()\npool.join()\n";
        if (o.api == PyApi::PoolMap)
            body += "print(results)\n";
    }
    out += "\n\nif __name__ == \"__main__\":\n" + indent(body, "    ");
    return out;
}

} // namespace corescope
