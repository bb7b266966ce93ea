#include "app/cli/commandline.h"

#ifdef CORESCOPE_HAVE_GUI
#include "app/gui/guimain.h"
#endif

#include <QCoreApplication>

#include <memory>

int main(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);

    // One binary, two front ends: a subcommand (or --help/--version) stays headless and never
    // touches a display; anything else opens the window.
    if (corescope::cli::isCommandLineInvocation(arguments)) {
        QCoreApplication app(argc, argv);
        QCoreApplication::setApplicationName(QStringLiteral("corescope"));
        QCoreApplication::setApplicationVersion(QStringLiteral(CORESCOPE_VERSION));
        return corescope::cli::runCommandLine(arguments);
    }
#ifdef CORESCOPE_HAVE_GUI
    return corescope::gui::guiMain(argc, argv);
#else
    QCoreApplication app(argc, argv);
    return corescope::cli::runCommandLine({arguments.value(0), QStringLiteral("--help")});
#endif
}
