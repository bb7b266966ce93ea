#pragma once

// Saved run reports made bad one way each, with a part of the error Corescope gives for each
// (in English, as the engine writes it): tst_report checks the errors, tst_gui_language that
// each is said in the other languages.

#include "core/io/reportwriter.h"
#include "tests/handmaderuns.h"

#include <QByteArray>
#include <QString>

#include <cstring>
#include <sstream>
#include <vector>

namespace corescope::testing {

struct BadReport {
    QByteArray tag;
    QByteArray text;   ///< read as "run.json"
    QString message;   ///< a part of the error
};

inline std::vector<BadReport> badReports()
{
    std::ostringstream written;
    writeRunReport(testruns::gilGcdRun(), written);
    const QByteArray good = QByteArray::fromStdString(written.str());
    const auto replaced = [&good](const char *from, const char *to) {
        QByteArray copy = good;
        const qsizetype at = copy.indexOf(from);
        if (at < 0)
            qFatal("test setup: %s not in the report", from);
        return copy.replace(at, qsizetype(std::strlen(from)), to);
    };
    std::vector<BadReport> out;
    const auto row = [&out](const char *tag, const QByteArray &text, const char *message) {
        out.push_back({tag, text, QString::fromUtf8(message)});
    };
    row("empty", QByteArray(), "run.json:1:1: ");
    row("not JSON", "hello", "run.json:1:1: ");
    row("truncated", good.left(good.size() / 2), "run.json:");
    row("trailing text", good + "x", "after the document");
    row("a workload file", R"({"name": "x", "kernel": "is_prime"})", "missing \"format\"");
    row("other format", replaced("corescope-run", "corescope-sweep"),
        "run.json:1:11: format: not a Corescope run report (\"corescope-sweep\")");
    row("newer version", replaced("\"version\":1", "\"version\":7"), "newer Corescope");
    row("time of the wrong type", replaced("\"start_ns\":10000000", "\"start_ns\":\"soon\""),
        "tasks[2].start_ns: expected an integer or null");
    row("negative time", replaced("\"start_ns\":10000000", "\"start_ns\":-5"),
        "tasks[2].start_ns: value -5 out of range");
    row("fractional count", replaced("\"workers\":2", "\"workers\":2.5"),
        "options.workers: expected an integer");
    row("options out of range", replaced("\"workers\":2", "\"workers\":0"),
        "options: workers must be between");
    row("unknown kernel", replaced("\"gcd_naive\"", "\"gcd_fast\""),
        "workload.kernel: unknown kernel");
    row("unknown mode", replaced("\"threads\"", "\"fibers\""),
        "options.mode: expected one of serial, threads, processes, mpi, got \"fibers\"");
    row("input of the wrong shape", replaced("\"[1963309, 2265973]\"", "\"1963309\""),
        "tasks[0].input: the gcd_naive kernel takes a pair");
    row("input not a number", replaced("\"[1963309, 2265973]\"", "\"[1963309, x]\""),
        "tasks[0].input: expected");
    row("tasks out of order", replaced("{\"index\":1,", "{\"index\":3,"), "listed in index order");
    row("hand order names a missing task", replaced("[0,1,2,3]", "[0,1,2,9]"), "hand_order: task 9");
    row("task count disagrees", replaced("\"tasks\":4", "\"tasks\":5"), "says 5 tasks");
    row("unknown status", replaced("\"status\":\"ok\"", "\"status\":\"fine\""), "unknown status");
    return out;
}

}   // namespace corescope::testing
