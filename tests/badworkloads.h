#pragma once

// Bad workload documents, each with the error Corescope gives for it (in English, as the engine
// writes it): tst_workloadparser checks the errors, tst_gui_language that each is said in the
// other languages.

#include "core/workload/workloadparser.h"

#include <QByteArray>
#include <QString>

#include <string>
#include <vector>

namespace corescope::testing {

// A small workload document, one field per line, so errors land on predictable positions:
// line 3 is the kernel (its value at column 13), line 4 the inputs (value at column 13), and
// `more` starts on line 5 ("params" values at column 13, "expected" values at column 15).
inline QByteArray doc(const QByteArray &kernel, const QByteArray &inputs, const QByteArray &more = {})
{
    return "{\n  \"name\": \"t\",\n  \"kernel\": \"" + kernel + "\",\n  \"inputs\": " + inputs
        + more + "\n}\n";
}

struct BadWorkload {
    QByteArray tag;
    QByteArray text;   ///< parsed as "primes.json"
    QString error;     ///< WorkloadError::toString()
};

inline std::vector<BadWorkload> badWorkloads()
{
    std::vector<BadWorkload> out;
    const auto row = [&out](const char *tag, const QByteArray &text, const QByteArray &error) {
        out.push_back({tag, text, QString::fromUtf8(error)});
    };
    // The messages list every kernel there is (your own Python function is written otherwise).
    std::string kernelList;
    for (const KernelInfo &k : allKernels())
        if (k.id != KernelId::PythonFunction)
            kernelList += (kernelList.empty() ? "" : ", ") + std::string(k.name);
    const QString pythonHint =
        QStringLiteral("; your own Python function is \"python\": {\"file\": ..., \"function\": ...}");
    const char *const kernels = kernelList.c_str();
    const QByteArray topLevel =
        "expected name, description, kernel, python, params, inputs, expected";

    // Inputs of a one-integer kernel.
    row("string input (the issue's example)", doc("is_prime", "[1, \"two\"]"),
        "primes.json:4:17: inputs[1]: expected a non-negative integer, got \"two\"");
    row("float input", doc("is_prime", "[5.0]"),
        "primes.json:4:14: inputs[0]: expected a non-negative integer, got 5.0");
    row("exponent input", doc("is_prime", "[1, 2, 1e3]"),
        "primes.json:4:20: inputs[2]: expected a non-negative integer, got 1e3");
    row("negative input", doc("is_prime", "[1, 2, 3, -4]"),
        "primes.json:4:23: inputs[3]: expected a non-negative integer, got -4");
    row("minus zero input", doc("is_prime", "[-0]"),
        "primes.json:4:14: inputs[0]: expected a non-negative integer, got -0");
    row("bool input", doc("is_prime", "[true]"),
        "primes.json:4:14: inputs[0]: expected a non-negative integer, got true");
    row("null input", doc("is_prime", "[null]"),
        "primes.json:4:14: inputs[0]: expected a non-negative integer, got null");
    row("list input", doc("is_prime", "[[1]]"),
        "primes.json:4:14: inputs[0]: expected a non-negative integer, got a list of 1 element");
    row("object input", doc("is_prime", "[{}]"),
        "primes.json:4:14: inputs[0]: expected a non-negative integer, got an empty object");
    row("signed digit string", doc("is_prime", "[\"+5\"]"),
        "primes.json:4:14: inputs[0]: expected a non-negative integer, got \"+5\"");
    row("empty string", doc("is_prime", "[\"\"]"),
        "primes.json:4:14: inputs[0]: expected a non-negative integer, got \"\"");
    row("digit string with space", doc("is_prime", "[\" 5\"]"),
        "primes.json:4:14: inputs[0]: expected a non-negative integer, got \" 5\"");
    row("hex string", doc("is_prime", "[\"0x1F\"]"),
        "primes.json:4:14: inputs[0]: expected a non-negative integer, got \"0x1F\"");
    row("plain number above 2^53", doc("is_prime", "[9007199254740993]"),
        "primes.json:4:14: inputs[0]: 9007199254740993 is above 2^53, the largest integer a JSON "
        "number holds exactly; write it as a decimal string: \"9007199254740993\"");
    row("plain 2^64-1", doc("is_prime", "[18446744073709551615]"),
        "primes.json:4:14: inputs[0]: 18446744073709551615 is above 2^53, the largest integer a "
        "JSON number holds exactly; write it as a decimal string: \"18446744073709551615\"");
    row("plain number above 2^64", doc("is_prime", "[18446744073709551616]"),
        "primes.json:4:14: inputs[0]: 18446744073709551616 is above the largest supported "
        "integer, 18446744073709551615");
    row("string above 2^64", doc("is_prime", "[\"18446744073709551616\"]"),
        "primes.json:4:14: inputs[0]: \"18446744073709551616\" is above the largest supported "
        "integer, 18446744073709551615");
    row("above the kernel's limit", doc("sum_loop", "[6000000001]"),
        "primes.json:4:14: inputs[0]: 6000000001 is above the sum_loop kernel's limit of "
        "6000000000");
    row("string above the kernel's limit", doc("mem_sweep", "[1, \"10001\"]"),
        "primes.json:4:17: inputs[1]: 10001 is above the mem_sweep kernel's limit of 10000");

    // Pairs.
    row("pair kernel given a number", doc("gcd_naive", "[[1, 2], 5]"),
        "primes.json:4:22: inputs[1]: expected a pair [a, b] of non-negative integers (gcd_naive "
        "takes two), got 5");
    row("short pair", doc("gcd_naive", "[[1]]"),
        "primes.json:4:14: inputs[0]: expected a pair [a, b] of non-negative integers (gcd_naive "
        "takes two), got a list of 1 element");
    row("long pair", doc("gcd_naive", "[[1, 2, 3]]"),
        "primes.json:4:14: inputs[0]: expected a pair [a, b] of non-negative integers (gcd_naive "
        "takes two), got a list of 3 elements");
    row("pair with a string", doc("gcd_naive", "[[1, \"x\"]]"),
        "primes.json:4:18: inputs[0][1]: expected a non-negative integer, got \"x\"");
    row("pair with a negative", doc("gcd_naive", "[[1, 2], [-3, 4]]"),
        "primes.json:4:23: inputs[1][0]: expected a non-negative integer, got -3");
    row("pair with a float", doc("gcd_naive", "[[1, 2], [3, 4], [5, 6.5]]"),
        "primes.json:4:34: inputs[2][1]: expected a non-negative integer, got 6.5");
    row("pair above the kernel's limit", doc("gcd_naive", "[[\"9007199254740992\", 1]]"),
        "primes.json:4:15: inputs[0][0]: 9007199254740992 is above the gcd_naive kernel's limit "
        "of 9007199254740991");

    // The document and its top-level fields.
    row("not an object", "[1, 2]",
        "primes.json:1:1: expected a workload object {\"name\": ..., \"kernel\": ..., "
        "\"inputs\": ...}, got a list of 2 elements");
    row("missing name", R"({"kernel": "is_prime", "inputs": [1]})",
        "primes.json:1:1: name: missing required field");
    row("name not a string", R"({"name": 5, "kernel": "is_prime", "inputs": [1]})",
        "primes.json:1:10: name: expected a non-empty string, got 5");
    row("empty name", R"({"name": "", "kernel": "is_prime", "inputs": [1]})",
        "primes.json:1:10: name: expected a non-empty string, got \"\"");
    row("name with a line break", R"({"name": "a\nb", "kernel": "is_prime", "inputs": [1]})",
        "primes.json:1:10: name: must be one line without control characters");
    row("description not a string",
        R"({"name": "t", "description": ["x"], "kernel": "is_prime", "inputs": [1]})",
        "primes.json:1:30: description: expected a string, got a list of 1 element");
    row("missing kernel", R"({"name": "t", "inputs": [1]})",
        "primes.json:1:1: kernel: missing required field");
    row("kernel not a string", R"({"name": "t", "kernel": 3, "inputs": [1]})",
        qPrintable(QStringLiteral("primes.json:1:25: kernel: expected a kernel name (one of %1), "
                                  "got 3").arg(QLatin1String(kernels))));
    row("unknown kernel, near miss", doc("is_prim", "[1]"),
        qPrintable(QStringLiteral("primes.json:3:13: kernel: unknown kernel \"is_prim\" (did you "
                                  "mean \"is_prime\"?); known kernels: %1%2")
                       .arg(QLatin1String(kernels), pythonHint)));
    row("unknown kernel", doc("fibonacci", "[1]"),
        qPrintable(QStringLiteral("primes.json:3:13: kernel: unknown kernel \"fibonacci\"; known "
                                  "kernels: %1%2").arg(QLatin1String(kernels), pythonHint)));
    row("kernel and python both", R"({"name": "t", "kernel": "is_prime", "python": {}, "inputs": [1]})",
        "primes.json:1:37: python: give either a kernel or your own Python function, not both");
    row("python: missing file",
        R"({"name": "t", "python": {"file": "/etc/hostname.py", "function": "f"}, "inputs": [1]})",
        "primes.json:1:34: python.file: no such file: /etc/hostname.py");
    row("python: not a .py file", R"({"name": "t", "python": {"file": "p.txt", "function": "f"}, "inputs": [1]})",
        "primes.json:1:34: python.file: expected a Python file (.py), got \"p.txt\"");
    row("python: bad function name",
        R"({"name": "t", "python": {"file": ":/x.py", "function": "1f"}, "inputs": [1]})",
        "primes.json:1:56: python.function: expected the name of a function in :/x.py, got \"1f\"");
    row("python: unknown key",
        R"({"name": "t", "python": {"file": ":/x.py", "func": "f"}, "inputs": [1]})",
        "primes.json:1:44: python.func: unknown field; python takes file, function, in_main");
    row("python: in_main not a bool",
        R"({"name": "t", "python": {"file": ":/x.py", "function": "f", "in_main": 1}, "inputs": [1]})",
        "primes.json:1:72: python.in_main: expected true (the function is defined in __main__, as "
        "in a notebook) or false, got 1");
    row("missing inputs", R"({"name": "t", "kernel": "is_prime"})",
        "primes.json:1:1: inputs: missing required field");
    row("typo in a top-level key", doc("is_prime", "[2]", ",\n  \"expectd\": [true]"),
        "primes.json:5:3: expectd: unknown field (did you mean \"expected\"?); " + topLevel);
    row("unknown top-level key", doc("is_prime", "[2]", ",\n  \"colour\": 1"),
        "primes.json:5:3: colour: unknown field; " + topLevel);
    row("odd top-level key", doc("is_prime", "[2]", ",\n  \"a:b\": 1"),
        "primes.json:5:3: \"a:b\": unknown field; " + topLevel);
    row("typo reported before the missing field",
        R"({"name": "t", "kernal": "is_prime", "inputs": [1]})",
        "primes.json:1:15: kernal: unknown field (did you mean \"kernel\"?); " + topLevel);

    // The inputs' shape.
    row("inputs not a list", doc("is_prime", "\"1, 2\""),
        "primes.json:4:13: inputs: expected a list of inputs, {\"range\": {\"start\": ..., "
        "\"stop\": ...}} or {\"repeat\": {\"value\": ..., \"count\": ...}}, got \"1, 2\"");
    row("empty list", doc("is_prime", "[]"),
        "primes.json:4:13: inputs: the workload has no tasks: the list is empty");
    row("empty generator", doc("is_prime", "{}"),
        "primes.json:4:13: inputs: expected a list of inputs, {\"range\": {\"start\": ..., "
        "\"stop\": ...}} or {\"repeat\": {\"value\": ..., \"count\": ...}}, got an empty object");
    row("unknown generator", doc("is_prime", R"({"ranje": {"stop": 5}})"),
        "primes.json:4:14: inputs.ranje: unknown generator (did you mean \"range\"?); expected "
        "\"range\" or \"repeat\"");
    row("two generators", doc("is_prime", R"({"range": {"stop": 5}, "repeat": {"value": 1, "count": 2}})"),
        "primes.json:4:36: inputs.repeat: only one generator is allowed, \"range\" or \"repeat\"");

    // range
    row("range not an object", doc("is_prime", R"({"range": [1, 5]})"),
        "primes.json:4:23: inputs.range: expected an object {\"start\": ..., \"stop\": ..., \"step\": ...}, "
        "got a list of 2 elements");
    row("range with a typo", doc("is_prime", R"({"range": {"start": 1, "stpo": 5}})"),
        "primes.json:4:36: inputs.range.stpo: unknown field (did you mean \"stop\"?); range "
        "takes start, stop, step");
    row("range without stop", doc("is_prime", R"({"range": {"start": 1}})"),
        "primes.json:4:23: inputs.range.stop: missing required field");
    row("range step 0", doc("is_prime", R"({"range": {"start": 1, "stop": 9, "step": 0}})"),
        "primes.json:4:55: inputs.range.step: expected a positive integer, got 0");
    row("range negative step", doc("is_prime", R"({"range": {"start": 1, "stop": 9, "step": -2}})"),
        "primes.json:4:55: inputs.range.step: expected a positive integer, got -2");
    row("range float step", doc("is_prime", R"({"range": {"start": 1, "stop": 9, "step": 1.5}})"),
        "primes.json:4:55: inputs.range.step: expected a positive integer, got 1.5");
    row("range negative start", doc("is_prime", R"({"range": {"start": -1, "stop": 5}})"),
        "primes.json:4:33: inputs.range.start: expected a non-negative integer, got -1");
    row("range stop as float", doc("is_prime", R"({"range": {"start": 1, "stop": 1e6}})"),
        "primes.json:4:44: inputs.range.stop: expected a non-negative integer, got 1e6");
    row("empty range", doc("is_prime", R"({"range": {"start": 10, "stop": 5}})"),
        "primes.json:4:23: inputs.range: the range is empty (stop 5 is not above start 10): the "
        "workload has no tasks");
    row("range too long", doc("double", R"({"range": {"start": 0, "stop": 50000001}})"),
        "primes.json:4:23: inputs.range: 50000001 tasks is more than the limit of 50000000 per "
        "workload (every task keeps a trace record)");
    row("range of pairs", doc("gcd_naive", R"({"range": {"stop": 5}})"),
        "primes.json:4:23: inputs.range: a range gives single integers, but gcd_naive takes "
        "pairs [a, b]: list the pairs instead");
    row("range above the kernel's limit", doc("mem_sweep", R"({"range": {"start": 9990, "stop": 10020}})"),
        "primes.json:4:47: inputs.range.stop: the range reaches 10019, above the mem_sweep "
        "kernel's limit of 10000");
    row("range start above the kernel's limit", doc("mem_sweep", R"({"range": {"start": 10001, "stop": 10020}})"),
        "primes.json:4:33: inputs.range.start: 10001 is above the mem_sweep kernel's limit of "
        "10000");

    // repeat
    row("repeat not an object", doc("is_prime", R"({"repeat": 5})"),
        "primes.json:4:24: inputs.repeat: expected an object {\"value\": ..., \"count\": ...}, got 5");
    row("repeat without count", doc("is_prime", R"({"repeat": {"value": 5}})"),
        "primes.json:4:24: inputs.repeat.count: missing required field");
    row("repeat without value", doc("is_prime", R"({"repeat": {"count": 5}})"),
        "primes.json:4:24: inputs.repeat.value: missing required field");
    row("repeat count 0", doc("is_prime", R"({"repeat": {"value": 5, "count": 0}})"),
        "primes.json:4:46: inputs.repeat.count: the workload has no tasks: count is 0");
    row("repeat too many", doc("double", R"({"repeat": {"value": 5, "count": 50000001}})"),
        "primes.json:4:46: inputs.repeat.count: 50000001 tasks is more than the limit of 50000000 "
        "per workload (every task keeps a trace record)");
    row("repeat bad value", doc("is_prime", R"({"repeat": {"value": "five", "count": 3}})"),
        "primes.json:4:34: inputs.repeat.value: expected a non-negative integer, got \"five\"");
    row("repeat unknown key", doc("is_prime", R"({"repeat": {"value": 5, "times": 3}})"),
        "primes.json:4:37: inputs.repeat.times: unknown field; repeat takes value, count");
    row("repeat a number for pairs", doc("gcd_naive", R"({"repeat": {"value": 5, "count": 3}})"),
        "primes.json:4:34: inputs.repeat.value: expected a pair [a, b] of non-negative integers "
        "(gcd_naive takes two), got 5");
    row("repeat a bad pair element", doc("gcd_naive", R"({"repeat": {"value": [4, true], "count": 3}})"),
        "primes.json:4:38: inputs.repeat.value[1]: expected a non-negative integer, got true");

    // params
    row("params not an object", doc("double", "[1]", ",\n  \"params\": [1]"),
        "primes.json:5:13: params: expected an object, got a list of 1 element");
    row("param for a kernel without any", doc("is_prime", "[1]", ",\n  \"params\": {\"sleep_ms_per_unit\": 5}"),
        "primes.json:5:14: params.sleep_ms_per_unit: unknown parameter: the is_prime kernel "
        "takes no parameters");
    row("param typo", doc("double", "[1]", ",\n  \"params\": {\"sleep_ms_per_units\": 5}"),
        "primes.json:5:14: params.sleep_ms_per_units: unknown parameter (did you mean "
        "\"sleep_ms_per_unit\"?); the double kernel takes sleep_ms_per_unit, sleep_reverse_from");
    row("param of another kernel", doc("double", "[1]", ",\n  \"params\": {\"buffer_mib\": 5}"),
        "primes.json:5:14: params.buffer_mib: unknown parameter; the double kernel takes "
        "sleep_ms_per_unit, sleep_reverse_from");
    row("negative sleep", doc("double", "[1]", ",\n  \"params\": {\"sleep_ms_per_unit\": -1}"),
        "primes.json:5:35: params.sleep_ms_per_unit: expected a number of milliseconds from 0 "
        "to 60000, got -1");
    row("sleep too long", doc("double", "[1]", ",\n  \"params\": {\"sleep_ms_per_unit\": 60000.5}"),
        "primes.json:5:35: params.sleep_ms_per_unit: expected a number of milliseconds from 0 "
        "to 60000, got 60000.5");
    row("sleep overflowing", doc("double", "[1]", ",\n  \"params\": {\"sleep_ms_per_unit\": 1e999}"),
        "primes.json:5:35: params.sleep_ms_per_unit: expected a number of milliseconds from 0 "
        "to 60000, got 1e999");
    row("sleep as a string", doc("double", "[1]", ",\n  \"params\": {\"sleep_ms_per_unit\": \"1000\"}"),
        "primes.json:5:35: params.sleep_ms_per_unit: expected a number of milliseconds from 0 "
        "to 60000, got \"1000\"");
    row("buffer 0", doc("mem_sweep", "[1]", ",\n  \"params\": {\"buffer_mib\": 0}"),
        "primes.json:5:28: params.buffer_mib: expected an integer from 1 to 4096, got 0");
    row("buffer too big", doc("mem_sweep", "[1]", ",\n  \"params\": {\"buffer_mib\": 4097}"),
        "primes.json:5:28: params.buffer_mib: expected an integer from 1 to 4096, got 4097");
    row("buffer float", doc("mem_sweep", "[1]", ",\n  \"params\": {\"buffer_mib\": 1.5}"),
        "primes.json:5:28: params.buffer_mib: expected an integer from 1 to 4096, got 1.5");
    row("negative reverse", doc("double", "[1]", ",\n  \"params\": {\"sleep_reverse_from\": -3}"),
        "primes.json:5:36: params.sleep_reverse_from: expected a non-negative integer, got -3");
    row("unknown sync", doc("shared_counter", "[1]", ",\n  \"params\": {\"sync\": \"shared-memory\"}"),
        "primes.json:5:22: params.sync: expected one of \"none\", \"lock\", \"shared_memory\", "
        "\"shared_memory_locked\", \"manager\", got \"shared-memory\"");
    row("unknown signal", doc("crash", "[0]", ",\n  \"params\": {\"signal\": \"SIGTERM\"}"),
        "primes.json:5:24: params.signal: expected one of \"SIGSEGV\", \"SIGABRT\", \"SIGKILL\", "
        "\"exit\", got \"SIGTERM\"");
    row("signal as a number", doc("crash", "[0]", ",\n  \"params\": {\"signal\": 11}"),
        "primes.json:5:24: params.signal: expected one of \"SIGSEGV\", \"SIGABRT\", \"SIGKILL\", "
        "\"exit\", got 11");

    // expected
    row("expected not a list", doc("is_prime", "[2, 4]", ",\n  \"expected\": true"),
        "primes.json:5:15: expected: expected a list of 2 results (one per task), got true");
    row("expected too short", doc("is_prime", "[2, 4]", ",\n  \"expected\": [true]"),
        "primes.json:5:15: expected: has 1 result but the workload has 2 tasks");
    row("expected too long for a range", doc("double", R"({"range": {"stop": 1}})", ",\n  \"expected\": [0, 2]"),
        "primes.json:5:15: expected: has 2 results but the workload has 1 task");
    row("expected a number for a bool kernel",
        doc("is_prime", "[2, 3, 4, 5, 6]", ",\n  \"expected\": [true, true, false, true, 0]"),
        "primes.json:5:41: expected[4]: expected true or false (is_prime returns a bool), got 0");
    row("expected a bool for an integer kernel", doc("double", "[1, 2]", ",\n  \"expected\": [2, true]"),
        "primes.json:5:19: expected[1]: expected a non-negative integer, got true");
    row("expected a negative", doc("double", "[1, 2]", ",\n  \"expected\": [2, -4]"),
        "primes.json:5:19: expected[1]: expected a non-negative integer, got -4");

    // Broken JSON.
    row("empty file", "", "primes.json:1:1: invalid JSON: empty input: expected a JSON value");
    row("malformed", R"({"name": "t" "kernel": 1})",
        "primes.json:1:14: invalid JSON: expected ',' or '}' after an object member, got "
        "character '\"'");
    row("truncated", "{\n  \"name\": \"t\",\n  \"kernel\": \"is_prime\",\n  \"inputs\": [1, 2",
        "primes.json:4:18: invalid JSON: unexpected end of input: the list opened at 4:13 is not "
        "closed (truncated file?)");
    row("trailing garbage", doc("is_prime", "[1]") + "}",
        "primes.json:6:1: invalid JSON: trailing data after the JSON value: character '}'");
    row("binary garbage", QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16),
        "primes.json:1:1: invalid JSON: expected a value, got byte 0x89, not valid UTF-8 (is "
        "this a binary file?)");
    row("NUL byte", QByteArray("{\0", 2),
        "primes.json:1:2: invalid JSON: expected a key in double quotes, got NUL byte (is this a "
        "binary file?)");
    row("invalid UTF-8", "{\"name\": \"caf\xE9\", \"kernel\": \"is_prime\", \"inputs\": [1]}",
        "primes.json:1:14: invalid JSON: byte 0xe9 in a string is not valid UTF-8 (is this a "
        "binary file?)");
    row("duplicate key", R"({"name": "a", "name": "b", "kernel": "is_prime", "inputs": [1]})",
        "primes.json:1:15: invalid JSON: duplicate key \"name\" (first at 1:2)");
    row("nesting too deep",
        doc("is_prime", QByteArray(64, '[') + QByteArray(64, ']')),
        "primes.json:4:76: invalid JSON: nesting deeper than 64 levels");
    return out;
}

}   // namespace corescope::testing
