#pragma once

#include <optional>
#include <string_view>
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
///
/// A fit is only as good as its points: it carries the standard error of f and how far the
/// measured speedups sit from its curve, and a prediction comes with its 95 % interval (f's
/// interval from Student's t on points - 1 degrees of freedom, through S(p), which falls as f
/// rises). With one point there is no spread to estimate and no interval: no prediction.
struct AmdahlFit {
    double serialFraction = 0.0;   ///< f, clamped to [0, 1]
    double standardError = 0.0;    ///< of f; 0 with a single informative point
    int points = 0;                ///< informative points used (p > 1)
    /// Root mean square of (measured - fitted) / fitted speedup over the points used: how far
    /// the measurements sit from the curve (0.12 = 12 % off on average).
    double relativeError = 0.0;
    /// The speedup the fit predicts at p workers (a prediction, not a measurement).
    double predict(int workers) const;

    struct Interval {
        double low = 0.0;
        double high = 0.0;
    };
    /// The 95 % interval of f, within [0, 1]; nullopt with fewer than 2 points.
    std::optional<Interval> serialFractionInterval() const;
    /// The 95 % interval of the speedup predicted at `workers`; nullopt with fewer than 2
    /// points (then no prediction may be shown: it would come without its uncertainty).
    std::optional<Interval> predictInterval(int workers) const;
};
/// Needs at least one point with workers > 1.
std::optional<AmdahlFit> fitAmdahl(const std::vector<ScalingPoint> &points);

/// Below this many informative points (workers > 1) a fit is flagged: two points always lie
/// near some Amdahl curve, and one has no spread to judge it by.
inline constexpr int kMinReliableFitPoints = 3;
/// Above this relative error (RMS of (measured - fitted) / fitted) a fit is flagged as poor:
/// the curve does not describe the measurements (overhead, imbalance, noise). 10 %: well above
/// the few percent that repeated runs of one setting scatter on a quiet machine.
inline constexpr double kPoorFitRelativeError = 0.10;

/// Why a fit's predictions should not be trusted. Ids (fitWarningId) are English and stable.
enum class FitWarning { TooFewPoints, PoorFit };
std::vector<FitWarning> fitWarnings(const AmdahlFit &fit);
/// A fit of too few points on a machine whose `cores` cannot give more: workers > 1 within
/// the cores are at most cores - 1 points, and the fit has all of them. Its warning then
/// names the machine, not the sweep.
bool fitLimitedByCores(const AmdahlFit &fit, int cores);
/// "too_few_points", "poor_fit": the ids sweep reports write.
std::string_view fitWarningId(FitWarning warning);

/// Runs shorter than this (median wall time) measure mostly start-up and timer noise: a sweep
/// flags them. 200 ms: a 2-core machine's scheduling and process start-up costs are a few to
/// tens of ms, which must stay small against the run.
inline constexpr double kShortRunSeconds = 0.2;
/// A run (or a point's median run) of `seconds` is short: under kShortRunSeconds.
inline bool isShortRun(double seconds) { return seconds < kShortRunSeconds; }

/// A prediction checked: what the fit said at `workers`, and what was measured there.
struct PredictionCheck {
    int workers = 0;
    double predicted = 0.0;
    std::optional<AmdahlFit::Interval> interval;   ///< of the prediction; none with one point
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
