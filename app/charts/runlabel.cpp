#include "app/charts/runlabel.h"

#include "core/exec/pythonexecutor.h"

namespace corescope::gui {

QString runLabel(const RunOptions &options, const std::optional<PythonInfo> &python)
{
    QString label = QString::fromStdString(options.label());
    if (options.runtime != Runtime::Python)
        return label;
    if (options.mode != Mode::Serial)   // serial is a plain loop: no API
        label += QStringLiteral(" · ") + QString::fromLatin1(pyApiLabel(options.api, options.mode));
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

} // namespace corescope::gui
