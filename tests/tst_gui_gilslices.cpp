// The timeline under a GIL (issue 15, item 1): a task bar is solid only where its worker held
// the GIL and hatched ("waiting for the GIL") elsewhere, so the solid parts of two lanes never
// stand one above the other. Read as the plottable lays them out: per pixel column, the
// share of each lane drawn solid.

#include "tests/engineruns.h"
#include "tests/guitesting.h"
#include "core/workload/workloadparser.h"

#include <QTest>

#include <algorithm>

using namespace corescope;
namespace tl = corescope::gui::timeline;

namespace {

std::shared_ptr<const Workload> spinWorkload(int tasks, int ms)
{
    std::string json = "{\"name\": \"spin\", \"kernel\": \"spin_ms\", \"inputs\": [";
    for (int i = 0; i < tasks; ++i)
        json += (i ? ", " : "") + std::to_string(ms);
    json += "]}";
    auto w = parseWorkload(json, "spin.json");
    if (auto *e = std::get_if<WorkloadError>(&w))
        qFatal("%s", e->toString().c_str());
    return std::make_shared<const Workload>(std::get<Workload>(std::move(w)));
}

} // namespace

class TestGuiGilSlices final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    // Hand-made holds: coverage per column is the share held, clipped to the range asked.
    void coverage_isTheShareHeld()
    {
        tl::TimelineData data;
        data.reset(2, 0);
        data.addGilHolds({{0, 10, 0, false}, {10, 20, 1, false}, {20, 25, 0, false}});
        QVERIFY(data.anyHolds());
        QVERIFY(!data.holdsSampled());
        QCOMPARE(data.heldWithin(0, 0, 30), std::int64_t{15});
        QCOMPARE(data.heldWithin(1, 0, 15), std::int64_t{5});
        tl::PixelMap map;   // 1 px = 5 ns
        map.pxPerNs = 0.2;
        std::vector<float> lane0, lane1;
        data.holdCoverage(0, map, 0, 30, 0.0, 6.0, lane0);
        data.holdCoverage(1, map, 0, 30, 0.0, 6.0, lane1);
        const std::vector<float> want0{1, 1, 0, 0, 1, 0};
        const std::vector<float> want1{0, 0, 1, 1, 0, 0};
        QVERIFY(lane0 == want0);
        QVERIFY(lane1 == want1);
        data.addGilHolds({{40, 45, 1, true}});
        QVERIFY(data.holdsSampled());
    }

    // A real run of native threads under the emulated GIL, shown whole: in no pixel column
    // are both lanes solid, each lane is solid somewhere, and the paint drew hold slices.
    void emulatedGilRun_solidPartsNeverStack()
    {
        RunOptions o;
        o.mode = Mode::Threads;
        o.workers = 2;
        o.gil = true;
        o.switchIntervalMs = 5.0;
        o.sampleHz = 0;
        const RunResult r = test::runToEnd(spinWorkload(4, 40), o);
        QCOMPARE(r.status, RunStatus::Ok);
        QVERIFY(!r.gilHolds.empty());

        gui::TimelineChart chart;
        chart.resize(1400, 500);
        chart.show();
        chart.setRun(r);
        auto *plot = chart.plot();
        plot->replot(QCustomPlot::rpImmediateRefresh);
        const tl::TimelinePlottable *plottable = test::timelinePlottable(chart);
        QVERIFY(plottable);
        QVERIFY2(plottable->lastPaint().holdRects > 0, "no hold slice was painted");
        const tl::TimelineData &data = plottable->data();
        QCOMPARE(data.laneCount(), 2);

        // Zoomed to the middle 40 ms, then to the whole run: the layouts the paint uses.
        const QRect rect = plot->xAxis->axisRect()->rect();
        for (const auto &[from, to] : {std::pair{double(r.wallNs) * 0.3e-9, double(r.wallNs) * 0.3e-9 + 0.04},
                                       std::pair{0.0, double(r.wallNs) * 1e-9}}) {
            plot->xAxis->setRange(from, to);
            plot->replot(QCustomPlot::rpImmediateRefresh);
            tl::PixelMap map;
            map.originPx = plot->xAxis->coordToPixel(0.0);
            map.pxPerNs = (plot->xAxis->coordToPixel(1.0) - map.originPx) * 1e-9;
            const double left = rect.left();
            const double right = rect.right() + 1.0;
            const auto t0 = static_cast<std::int64_t>(map.t(left));
            const auto t1 = static_cast<std::int64_t>(map.t(right));
            std::vector<float> a, b;
            data.holdCoverage(0, map, t0, t1, left, right, a);
            data.holdCoverage(1, map, t0, t1, left, right, b);
            QCOMPARE(a.size(), b.size());
            float solidA = 0, solidB = 0;
            for (std::size_t k = 0; k < a.size(); ++k) {
                QVERIFY2(a[k] + b[k] <= 1.001f, qPrintable(QStringLiteral("column %1: %2 + %3 held")
                                                                .arg(k).arg(a[k]).arg(b[k])));
                solidA = std::max(solidA, a[k]);
                solidB = std::max(solidB, b[k]);
            }
            QVERIFY(solidA > 0.5f);
            QVERIFY(solidB > 0.5f);
        }
    }
};

QTEST_MAIN(TestGuiGilSlices)
#include "tst_gui_gilslices.moc"
