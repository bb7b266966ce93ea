#include "app/charts/runlabel.h"

#include "core/exec/pythonexecutor.h"

#include <QCoreApplication>

namespace corescope::gui {

QString runLabel(const RunOptions &options, const std::optional<PythonInfo> &python)
{
    QString label = QString::fromStdString(options.label());
    // The API in both runtimes: it decides when results come back. Serial is a plain loop.
    if (options.mode != Mode::Serial)
        label += QStringLiteral(" · ") + QString::fromLatin1(pyApiLabel(options.api, options.mode));
    if (options.runtime != Runtime::Python)
        return label;
    // probePython() is cached per path: cheap after the first call, as the run's own check made.
    const std::string version =
        python ? python->version : probePython(options.pythonPath).version;
    if (!version.empty())
        label += QStringLiteral(" · Python ") + QString::fromStdString(version);
    return label;
}

QString runLabel(const RunResult &run)
{
    return runLabel(run.options, run.python);
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

QString chunksizeText(const RunOptions &options, std::uint64_t tasks)
{
    const QString value = QString::number(options.effectiveChunksize(tasks));
    if (options.chunksize > 0)
        return value;
    return QCoreApplication::translate("corescope::gui::RunLabel", "%1 (%2's default)")
        .arg(value, QString::fromLatin1(pyApiLabel(options.api, options.mode)));
}

} // namespace corescope::gui
