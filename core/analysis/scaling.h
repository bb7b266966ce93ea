#pragma once

#include <optional>
#include <vector>

namespace corescope {

/// Speedup of a run against the serial baseline: T1 / Tp.
double speedup(double serialSeconds, double parallelSeconds);
/// Parallel efficiency: speedup / workers.
double efficiency(double speedup, int workers);
/// Karp-Flatt experimentally determined serial fraction: (1/S - 1/p) / (1 - 1/p), for p > 1.
std::optional<double> karpFlatt(double speedup, int workers);

/// One measured point of a scaling curve.
struct ScalingPoint {
    int workers = 1;
    double speedup = 1.0;
};

/// Amdahl's law, S(p) = 1 / (f + (1 - f) / p), fitted to measured points by least squares on
/// the linear form 1/S - 1/p = f (1 - 1/p).
struct AmdahlFit {
    double serialFraction = 0.0;   ///< f, clamped to [0, 1]
    double standardError = 0.0;    ///< of f; 0 with a single informative point
    int points = 0;                ///< informative points used (p > 1)
    /// The speedup the fit predicts at p workers (a prediction, not a measurement).
    double predict(int workers) const;
};
/// Needs at least one point with workers > 1.
std::optional<AmdahlFit> fitAmdahl(const std::vector<ScalingPoint> &points);

/// A prediction checked: what the fit said at `workers`, and what was measured there.
struct PredictionCheck {
    int workers = 0;
    double predicted = 0.0;
    double measured = 0.0;
};
/// The Amdahl fit from the points with at most `fitUpTo` workers (one host's cores), and for
/// every point beyond it, its prediction beside its measurement ("predicted 11.7x at 16,
/// measured 10.9x"). Nullopt when no point up to `fitUpTo` can be fitted.
struct PredictionsChecked {
    AmdahlFit fit;
    std::vector<PredictionCheck> checks;   ///< by the points' order
};
std::optional<PredictionsChecked> checkPredictionsBeyond(const std::vector<ScalingPoint> &points,
                                                         int fitUpTo);

} // namespace corescope
