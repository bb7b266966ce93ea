#include "core/analysis/scaling.h"

#include <algorithm>
#include <cmath>
#include <iterator>

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

namespace {

// Two-sided 95 % quantiles of Student's t for 1..30 degrees of freedom; beyond, the normal's.
double tQuantile95(int degreesOfFreedom)
{
    static constexpr double kT[] = {12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306,
                                    2.262,  2.228, 2.201, 2.179, 2.160, 2.145, 2.131, 2.120,
                                    2.110,  2.101, 2.093, 2.086, 2.080, 2.074, 2.069, 2.064,
                                    2.060,  2.056, 2.052, 2.048, 2.045, 2.042};
    if (degreesOfFreedom < 1)
        return 0.0;
    if (degreesOfFreedom <= int(std::size(kT)))
        return kT[degreesOfFreedom - 1];
    return 1.960;
}

double amdahl(double f, int workers)
{
    return 1.0 / (f + (1.0 - f) / workers);
}

} // namespace

std::optional<AmdahlFit::Interval> AmdahlFit::serialFractionInterval() const
{
    if (points < 2)
        return std::nullopt;
    const double half = tQuantile95(points - 1) * standardError;
    return Interval{std::clamp(serialFraction - half, 0.0, 1.0),
                    std::clamp(serialFraction + half, 0.0, 1.0)};
}

std::optional<AmdahlFit::Interval> AmdahlFit::predictInterval(int workers) const
{
    const auto f = serialFractionInterval();
    if (!f || workers <= 0)
        return std::nullopt;
    // S(p) falls as f rises: the largest f gives the smallest speedup.
    return Interval{amdahl(f->high, workers), amdahl(f->low, workers)};
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
    // How far the measurements sit from the curve drawn (the clamped f's), in speedup terms.
    double squares = 0.0;
    for (const auto &pt : points) {
        if (pt.workers <= 1 || pt.speedup <= 0.0)
            continue;
        const double fitted = fit.predict(pt.workers);
        const double r = (pt.speedup - fitted) / fitted;
        squares += r * r;
    }
    fit.relativeError = std::sqrt(squares / n);
    return fit;
}

std::vector<FitWarning> fitWarnings(const AmdahlFit &fit)
{
    std::vector<FitWarning> out;
    if (fit.points < kMinReliableFitPoints)
        out.push_back(FitWarning::TooFewPoints);
    if (fit.relativeError > kPoorFitRelativeError)
        out.push_back(FitWarning::PoorFit);
    return out;
}

bool fitLimitedByCores(const AmdahlFit &fit, int cores)
{
    // Within 2 or 3 cores a sweep has 1 or 2 worker counts above one; fewer fitted points
    // mean the sweep left some out (or a fit beyond the cores: neither is the machine's doing).
    return cores >= 2 && cores - 1 < kMinReliableFitPoints && fit.points == cores - 1;
}

std::string_view fitWarningId(FitWarning warning)
{
    switch (warning) {
    case FitWarning::TooFewPoints: return "too_few_points";
    case FitWarning::PoorFit: return "poor_fit";
    }
    return "unknown";
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
            out.checks.push_back(
                {p.workers, fit->predict(p.workers), fit->predictInterval(p.workers), p.speedup});
    return out;
}

} // namespace corescope
