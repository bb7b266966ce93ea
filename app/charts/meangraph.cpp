#include "app/charts/meangraph.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace corescope::gui {

MeanGraph::MeanGraph(QCPAxis *keyAxis, QCPAxis *valueAxis) : QCPGraph(keyAxis, valueAxis) {}

void MeanGraph::getOptimizedLineData(QVector<QCPGraphData> *lineData,
                                     const QCPGraphDataContainer::const_iterator &begin,
                                     const QCPGraphDataContainer::const_iterator &end) const
{
    QCPAxis *keyAxis = mKeyAxis.data();
    const auto count = end - begin;
    if (!lineData || !keyAxis || count < 2)
        return QCPGraph::getOptimizedLineData(lineData, begin, end);
    const double pixels = std::abs(keyAxis->coordToPixel((end - 1)->key)
                                   - keyAxis->coordToPixel(begin->key));
    const double allowed = std::max(2.0, pixels / kPixelsPerPoint);
    std::ptrdiff_t run = 1;
    while (double(count) / double(run) > allowed)
        run *= 2;
    if (run == 1)
        return QCPGraph::getOptimizedLineData(lineData, begin, end);

    const auto first = mDataContainer->constBegin();
    const auto last = mDataContainer->constEnd();
    // Whole runs, from the one that holds `begin` to the one that holds `end - 1`.
    auto it = first + ((begin - first) / run) * run;
    lineData->clear();
    lineData->reserve(static_cast<int>(count / run + 2));
    while (it < end) {
        const auto stop = (last - it) > run ? it + run : last;
        double keys = 0.0;
        double values = 0.0;
        int known = 0;
        for (auto at = it; at != stop; ++at) {
            if (std::isnan(at->value))
                continue;
            keys += at->key;
            values += at->value;
            ++known;
        }
        // A run with no reading (another host before its first) stays a gap in the line.
        if (known > 0)
            lineData->append(QCPGraphData(keys / known, values / known));
        else
            lineData->append(QCPGraphData(it->key, std::numeric_limits<double>::quiet_NaN()));
        it = stop;
    }
}

} // namespace corescope::gui
