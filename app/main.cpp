#include "app/cli/commandline.h"
#include "app/i18n/language.h"

#ifdef CORESCOPE_HAVE_GUI
#include "app/charts/headlesscharts.h"
#include "app/gui/guimain.h"

#include <QApplication>
#endif

#include <QCoreApplication>

#include <cstdio>
#include <memory>

#ifdef CORESCOPE_HAVE_GUI
namespace {

QtMessageHandler g_qtHandler = nullptr;

// The offscreen platform asks Qt for a runtime directory, which warns on every machine without
// XDG_RUNTIME_DIR (CI, ssh, containers) and then uses its default: noise on a command line's
// stderr, before the errors a user reads. That one warning is dropped; every other goes on.
void dropRuntimeDirWarning(QtMsgType type, const QMessageLogContext &context, const QString &text)
{
    if (type == QtWarningMsg && text.startsWith(QLatin1String("QStandardPaths: XDG_RUNTIME_DIR")))
        return;
    if (g_qtHandler)
        g_qtHandler(type, context, text);
    else
        std::fprintf(stderr, "%s\n", qPrintable(qFormatLogMessage(type, context, text)));
}

} // namespace
#endif

int main(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);

    // One binary, two front ends: a subcommand (or --help/--version) stays headless and never
    // touches a display; anything else opens the window.
    // --lang CODE: the command line's language (its lessons' texts); the window takes it too.
    bool langGiven = false;
    const QString lang = corescope::i18n::takeLanguageOption(arguments, &langGiven);
    if (corescope::cli::isCommandLineInvocation(arguments)) {
#ifdef CORESCOPE_HAVE_GUI
        // --chart files are drawn by the window's chart widgets, offscreen: no display needed.
        if (corescope::cli::wantsCharts(arguments)) {
            if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
                qputenv("QT_QPA_PLATFORM", "offscreen");
            g_qtHandler = qInstallMessageHandler(dropRuntimeDirWarning);
            QApplication app(argc, argv);
            QCoreApplication::setApplicationName(QStringLiteral("corescope"));
            QCoreApplication::setApplicationVersion(QStringLiteral(CORESCOPE_VERSION));
            corescope::gui::installHeadlessChartRenderers();
            if (!corescope::cli::applyCommandLineLanguage(lang, langGiven))
                return 2;
            return corescope::cli::runCommandLine(arguments);
        }
#endif
        QCoreApplication app(argc, argv);
        QCoreApplication::setApplicationName(QStringLiteral("corescope"));
        QCoreApplication::setApplicationVersion(QStringLiteral(CORESCOPE_VERSION));
        if (!corescope::cli::applyCommandLineLanguage(lang, langGiven))
            return 2;
        return corescope::cli::runCommandLine(arguments);
    }
#ifdef CORESCOPE_HAVE_GUI
    return corescope::gui::guiMain(argc, argv);
#else
    QCoreApplication app(argc, argv);
    return corescope::cli::runCommandLine({arguments.value(0), QStringLiteral("--help")});
#endif
}
