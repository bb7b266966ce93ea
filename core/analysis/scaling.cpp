#include "core/analysis/scaling.h"

#include <algorithm>
#include <cmath>

namespace corescope {

double speedup(double serialSeconds, double parallelSeconds)
{
    return parallelSeconds > 0.0 ? serialSeconds / parallelSeconds : 0.0;
}

double efficiency(double speedup, int workers)
{
    return workers > 0 ? speedup / workers : 0.0;
}

std::optional<double> karpFlatt(double speedup, int workers)
{
    if (workers <= 1 || speedup <= 0.0)
        return std::nullopt;
    const double p = workers;
    return (1.0 / speedup - 1.0 / p) / (1.0 - 1.0 / p);
}

double AmdahlFit::predict(int workers) const
{
    if (workers <= 0)
        return 0.0;
    return 1.0 / (serialFraction + (1.0 - serialFraction) / workers);
}

std::optional<AmdahlFit> fitAmdahl(const std::vector<ScalingPoint> &points)
{
    // Through the origin: y = f x with x = 1 - 1/p, y = 1/S - 1/p.
    double sxx = 0.0, sxy = 0.0;
    int n = 0;
    for (const auto &pt : points) {
        if (pt.workers <= 1 || pt.speedup <= 0.0)
            continue;
        const double x = 1.0 - 1.0 / pt.workers;
        const double y = 1.0 / pt.speedup - 1.0 / pt.workers;
        sxx += x * x;
        sxy += x * y;
        ++n;
    }
    if (n == 0)
        return std::nullopt;
    AmdahlFit fit;
    fit.points = n;
    const double f = sxy / sxx;
    if (n > 1) {
        double rss = 0.0;
        for (const auto &pt : points) {
            if (pt.workers <= 1 || pt.speedup <= 0.0)
                continue;
            const double x = 1.0 - 1.0 / pt.workers;
            const double r = (1.0 / pt.speedup - 1.0 / pt.workers) - f * x;
            rss += r * r;
        }
        fit.standardError = std::sqrt(rss / (n - 1) / sxx);
    }
    fit.serialFraction = std::clamp(f, 0.0, 1.0);
    return fit;
}

std::optional<PredictionsChecked> checkPredictionsBeyond(const std::vector<ScalingPoint> &points,
                                                         int fitUpTo)
{
    std::vector<ScalingPoint> within;
    for (const ScalingPoint &p : points)
        if (p.workers <= fitUpTo)
            within.push_back(p);
    const std::optional<AmdahlFit> fit = fitAmdahl(within);
    if (!fit)
        return std::nullopt;
    PredictionsChecked out{*fit, {}};
    for (const ScalingPoint &p : points)
        if (p.workers > fitUpTo)
            out.checks.push_back({p.workers, fit->predict(p.workers), p.speedup});
    return out;
}

} // namespace corescope
