#include "app/charts/runlabel.h"

#include "app/i18n/language.h"
#include "app/i18n/workloadtexts.h"
#include "core/exec/pythonexecutor.h"
#include "core/workload/workload.h"

#include <QCoreApplication>
#include <QLocale>

namespace corescope::gui {

namespace {

QString localised(const std::string &text)
{
    return i18n::durationInLanguage(text, true);
}

} // namespace

QString durationText(double seconds, DurationFormat format)
{
    return localised(formatDuration(seconds, format));
}

QString durationTextNs(std::int64_t ns, DurationFormat format)
{
    return localised(formatDurationNs(ns, format));
}

QString optionsText(const RunOptions &options)
{
    const QString execution = executionText(options.mode, options.gil, options.runtime);
    if (options.mode == Mode::Serial)
        return execution;
    return execution + QStringLiteral(" \u00d7 ") + QLocale().toString(options.workers);
}

QString scaleText(double scale, std::optional<KernelId> kernel)
{
    const double effective = kernel ? effectiveWorkScale(*kernel, scale) : scale;
    if (effective == 1.0 && scale == 1.0)
        return {};
    const auto factor = [](double x) -> QString {
        return QStringLiteral("\u00d7") + QLocale().toString(x, 'g', 4);
    };
    if (effective == scale)
        return QCoreApplication::translate("corescope::gui::RunLabel", "%1 work per task")
            .arg(factor(scale));
    return QCoreApplication::translate("corescope::gui::RunLabel", "%1 work per task (%2 asked)")
        .arg(factor(effective), factor(scale));
}

QString runLabel(const RunOptions &options, const std::optional<PythonInfo> &python,
                 std::optional<KernelId> kernel)
{
    QString label = optionsText(options);
    // The API in both runtimes: it decides when results come back. Serial is a plain loop.
    if (options.mode != Mode::Serial)
        label += QStringLiteral(" · ") + QString::fromLatin1(pyApiLabel(options.api, options.mode));
    if (options.runtime == Runtime::Python) {
        // probePython() is cached per path: cheap after the first call, as the run's own check
        // made.
        const std::string version =
            python ? python->version : probePython(options.pythonPath).version;
        if (!version.empty())
            label += QStringLiteral(" · Python ") + QString::fromStdString(version);
    }
    if (const QString scale = scaleText(options.scale, kernel); !scale.isEmpty())
        label += QStringLiteral(" · ") + scale;
    return label;
}

QString runLabel(const RunResult &run)
{
    return runLabel(run.options, run.python,
                    run.workload ? std::optional(run.workload->kernel) : std::nullopt);
}

QString runTitle(const Workload &workload, const RunOptions &options)
{
    return workloadName(workload) + QStringLiteral(" · ") + runLabel(options, {}, workload.kernel);
}

QString kernelsNote(const RunOptions &options, std::optional<double> pythonRatio)
{
    if (options.runtime != Runtime::Native)
        return {};
    if (!pythonRatio || *pythonRatio <= 0)
        return QCoreApplication::translate("corescope::gui::RunLabel", "native C++ kernels");
    return QCoreApplication::translate(
               "corescope::gui::RunLabel",
               "native C++ kernels; each task computed %1x as long in Python (last Python run)")
        .arg(QString::number(*pythonRatio, 'f', *pythonRatio < 10 ? 1 : 0));
}

QString orderingText(Ordering ordering)
{
    return QCoreApplication::translate(kOrderingLabelContext, orderingLabel(ordering).data());
}

QString apiText(PyApi api, Mode mode)
{
    return QCoreApplication::translate("corescope::gui::RunLabel", "%1: %2")
        .arg(QString::fromLatin1(pyApiLabel(api, mode)), orderingText(pyApiOrdering(api)));
}

} // namespace corescope::gui
