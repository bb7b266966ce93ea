#include "app/gui/guimain.h"

#include "app/gui/settings.h"
#include "app/i18n/language.h"

#include "app/charts/cpuchart.h"
#include "app/charts/qcpinclude.h"
#include "app/charts/timelinechart.h"
#include "app/gui/controlpanel.h"
#include "app/gui/eventloopprobe.h"
#include "app/gui/lessonguide.h"
#include "app/gui/lessonpanel.h"
#include "app/gui/mainwindow.h"
#include "app/gui/messagebanner.h"
#include "core/exec/pythonexecutor.h"
#include "core/io/runoptionsio.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QIcon>
#include <QImage>
#include <QPixmap>
#include <QPushButton>
#include <QRegularExpression>
#include <QSaveFile>
#include <QTimer>

#include <cstdio>
#include <utility>

// The icons live in the static GUI library: without this the linker may drop them.
static void initResources()
{
    Q_INIT_RESOURCE(corescope);
}

namespace corescope::gui {

namespace {

void printError(const QString &message)
{
    std::fprintf(stderr, "corescope: %s\n", qUtf8Printable(message));
}

// The launcher's texts (help, errors of its options), in the language --lang or the settings
// chose.
class GuiMain {
    Q_DECLARE_TR_FUNCTIONS(corescope::gui::GuiMain)
};

struct ScriptOptions {
    bool run = false;
    bool race = false;
    bool quitAfterRun = false;
    bool presentation = false;
    QString screenshot;
    QString tab;
    QSize windowSize;
};

bool saveScreenshot(QWidget &window, const QString &path)
{
    const QPixmap shot = window.grab();
    // Through a QSaveFile as every export: a failed write leaves no half image. The format
    // comes from the suffix, as QPixmap::save(path) takes it.
    QSaveFile file(path);
    const QByteArray format = QFileInfo(path).suffix().toLower().toLatin1();
    if (shot.isNull() || format.isEmpty() || !file.open(QIODevice::WriteOnly)
        || !shot.save(&file, format.constData()) || !file.commit()) {
        printError(GuiMain::tr("--screenshot: could not write \"%1\"").arg(path));
        return false;
    }
    std::printf("corescope: screenshot %s (%dx%d)\n", qUtf8Printable(path), shot.width(),
                shot.height());
    // What the main window's picture gives each live chart (the screenshot test checks the room
    // they have): the widget's height and its data area's (axis rect) height, in pixels.
    if (const auto *main = qobject_cast<const MainWindow *>(&window)) {
        const QCustomPlot *cpu = main->cpuChart()->plot();
        const QCustomPlot *timeline = main->timelineChart()->plot();
        std::printf("corescope: chart heights: cpu %d (plot %d), timeline %d (plot %d); a "
                    "lane label every %d lanes\n",
                    cpu->height(), cpu->axisRect()->height(), timeline->height(),
                    timeline->axisRect()->height(), main->timelineChart()->laneLabelStep());
    }
    std::fflush(stdout);
    return true;
}

} // namespace

int guiMain(int argc, char *argv[])
{
    QApplication app(argc, argv);
    initResources();
    QApplication::setOrganizationName(QStringLiteral("Corescope"));
    QApplication::setApplicationName(QStringLiteral("Corescope"));
    QApplication::setApplicationVersion(QStringLiteral(CORESCOPE_VERSION));
    QGuiApplication::setDesktopFileName(QStringLiteral("corescope"));
    QIcon icon(QStringLiteral(":/icons/corescope.svg"));
    icon.addFile(QStringLiteral(":/icons/corescope-256.png"));
    QApplication::setWindowIcon(icon);

    // --lang for this session only; else what View > Language remembers; else the system's.
    // Taken first, so that the help and the errors below are said in it.
    QStringList arguments = QApplication::arguments();
    bool langGiven = false;
    const QString langOption = i18n::takeLanguageOption(arguments, &langGiven);
    const QString lang = langGiven ? langOption : Settings().language();
    const QString language = i18n::resolveLanguage(lang);
    if (language.isEmpty() || (langGiven && lang.isEmpty())) {
        // (In English: there is no language to say it in.)
        printError(QStringLiteral("--lang: expected en, ko or ru, got \"%1\"").arg(lang));
        return 2;
    }
    i18n::applyLanguage(language);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        GuiMain::tr("See parallelism: run a workload serially, on threads or on processes and "
                    "watch the cores, the per-worker timeline and the speedup."));
    parser.addHelpOption();
    parser.addVersionOption();
    // The value names apart: lupdate reads a tr() just after a translate() in the same call
    // as another class's.
    const QString workloadName =
        QCoreApplication::translate("corescope::cli::ValueName", "WORKLOAD");
    const QString optionalWorkload =
        QCoreApplication::translate("corescope::cli::ValueName", "[WORKLOAD]");
    const QString codeName = QCoreApplication::translate("corescope::cli::ValueName", "code");
    parser.addPositionalArgument(
        workloadName,
        GuiMain::tr("A shipped workload id or name, or a workload JSON file (default: the last "
                    "one used, else primes50)."),
        optionalWorkload);
    // (Shown in the help; taken out of the arguments above.)
    parser.addOption({QStringLiteral("lang"),
                      GuiMain::tr("The language: en, ko or ru (default: View > Language, else "
                                  "the system's)."),
                      codeName});
    // Hidden: for scripted demos, screenshots and the tests that drive the real binary (their
    // descriptions are never shown, so they stay English; their errors are said in the language).
    const auto hidden = [&parser](QCommandLineOption option) {
        option.setFlags(QCommandLineOption::HiddenFromHelp);
        parser.addOption(option);
    };
    hidden({QStringLiteral("run"), QStringLiteral("Press Run once the window is up.")});
    hidden({QStringLiteral("mode"), QStringLiteral("serial, threads or processes."),
            QStringLiteral("mode")});
    hidden({QStringLiteral("workers"), QStringLiteral("Worker count."), QStringLiteral("n")});
    hidden({QStringLiteral("chunksize"), QStringLiteral("Chunksize."), QStringLiteral("n")});
    hidden({QStringLiteral("ordering"),
            QStringLiteral("Older name for --api: ordered-batch (pool.map), ordered-stream "
                           "(pool.imap) or as-completed (pool.imap_unordered)."),
            QStringLiteral("ordering")});
    hidden({QStringLiteral("gil"), QStringLiteral("Emulate Python's GIL (threads mode).")});
    hidden({QStringLiteral("runtime"), QStringLiteral("native or python."),
            QStringLiteral("runtime")});
    hidden({QStringLiteral("api"),
            QStringLiteral("executor.map, submit.as_completed, pool.map, pool.imap or "
                           "pool.imap_unordered."),
            QStringLiteral("api")});
    hidden({QStringLiteral("start-method"),
            QStringLiteral("default, fork, spawn or forkserver."), QStringLiteral("method")});
    hidden({QStringLiteral("python"), QStringLiteral("The Python interpreter."),
            QStringLiteral("path")});
    hidden({QStringLiteral("scale"), QStringLiteral("The work per task, multiplied (0.1 to 100)."),
            QStringLiteral("x")});
    hidden({QStringLiteral("presentation"), QStringLiteral("Start in presentation mode.")});
    hidden({QStringLiteral("race"),
            QStringLiteral("Press the lesson's Race button once the window is up (with --lesson); "
                           "--screenshot then saves the race window, --quit-after-run quits "
                           "after it.")});
    hidden({QStringLiteral("lesson"),
            QStringLiteral("Open a lesson (as the Lessons menu does): its workload, options "
                           "and text."),
            QStringLiteral("id")});
    hidden({QStringLiteral("tab"), QStringLiteral("live, speedup, results or sweep."),
            QStringLiteral("tab")});
    hidden({QStringLiteral("window-size"), QStringLiteral("Window size, WxH."),
            QStringLiteral("WxH")});
    hidden({QStringLiteral("screenshot"),
            QStringLiteral("Save the window as an image when the run ends (or once shown)."),
            QStringLiteral("file")});
    hidden({QStringLiteral("quit-after-run"),
            QStringLiteral("Quit when the run ends (after --screenshot); exit 1 if it failed.")});

    if (!parser.parse(arguments)) {
        printError(parser.errorText());
        return 2;
    }
    if (parser.isSet(QStringLiteral("help")))
        parser.showHelp(0);
    if (parser.isSet(QStringLiteral("version")))
        parser.showVersion();
    const QStringList positional = parser.positionalArguments();
    if (positional.size() > 1) {
        printError(GuiMain::tr("expected at most one workload, got %1: \"%2\"")
                       .arg(positional.size())
                       .arg(positional.join(QStringLiteral("\" \""))));
        return 2;
    }

    ScriptOptions script;
    script.run = parser.isSet(QStringLiteral("run"));
    script.race = parser.isSet(QStringLiteral("race"));
    if (script.race && (script.run || !parser.isSet(QStringLiteral("lesson")))) {
        printError(
            GuiMain::tr("--race: races the lesson given with --lesson (and replaces --run)"));
        return 2;
    }
    script.quitAfterRun = parser.isSet(QStringLiteral("quit-after-run"));
    script.presentation = parser.isSet(QStringLiteral("presentation"));
    script.screenshot = parser.value(QStringLiteral("screenshot"));
    script.tab = parser.value(QStringLiteral("tab"));
    if (parser.isSet(QStringLiteral("window-size"))) {
        const auto match = QRegularExpression(QStringLiteral("^(\\d{3,5})[xX](\\d{3,5})$"))
                               .match(parser.value(QStringLiteral("window-size")));
        if (!match.hasMatch()) {
            printError(GuiMain::tr("--window-size: expected WIDTHxHEIGHT such as 1600x1000, got "
                                   "\"%1\"")
                           .arg(parser.value(QStringLiteral("window-size"))));
            return 2;
        }
        script.windowSize = QSize(match.captured(1).toInt(), match.captured(2).toInt());
    }
    // In MainWindow::Tab's order.
    static const QStringList kTabs{QStringLiteral("live"), QStringLiteral("speedup"),
                                   QStringLiteral("results"), QStringLiteral("sweep")};
    if (!script.tab.isEmpty() && !kTabs.contains(script.tab)) {
        printError(GuiMain::tr("--tab: expected live, speedup, results or sweep, got \"%1\"")
                       .arg(script.tab));
        return 2;
    }

    MainWindow window;
    // The runtime chosen, not the one a workload that only Python runs selected (the flags
    // below change what they name; the rest is said again as it is).
    RunOptions options = window.controls()->preferredOptions();
    // Through the one RunOptions reader, so the window takes what `corescope run` takes.
    static constexpr std::pair<const char *, std::string_view> kRunFlags[] = {
        {"mode", "mode"},       {"ordering", "ordering"}, {"workers", "workers"},
        {"chunksize", "chunksize"}, {"runtime", "runtime"}, {"api", "api"},
        {"start-method", "start_method"}, {"python", "python"}, {"scale", "scale"}};
    for (const auto &[name, key] : kRunFlags) {
        const QString flag = QString::fromLatin1(name);
        if (!parser.isSet(flag))
            continue;
        if (const std::string error =
                io::setRunOptionFromText(options, key, parser.value(flag).toStdString());
            !error.empty()) {
            printError(QStringLiteral("--%1: %2").arg(flag, i18n::engineText(error)));
            return 2;
        }
    }
    if (parser.isSet(QStringLiteral("gil")))
        options.gil = true;
    window.setRunOptions(options);
    // The panel falls back to native without an interpreter; a script asked for Python.
    if (options.runtime == Runtime::Python && window.runOptions().runtime != Runtime::Python) {
        printError(i18n::engineText(probePython(options.pythonPath).error));
        return 2;
    }

    if (!positional.isEmpty() && !window.loadWorkload(positional.first())) {
        // The window shows why; a script must not go on with another workload, and its
        // terminal hears why too (the banner's reason: file:line:column, the field).
        if (script.run || script.quitAfterRun) {
            const QString shown = window.messageBanner()->text();
            const QString why = shown.contains(QLatin1Char('\n'))
                ? shown.section(QLatin1Char('\n'), 1)
                : shown;
            printError(why.isEmpty()
                           ? GuiMain::tr("could not load \"%1\"").arg(positional.first())
                           : GuiMain::tr("could not load \"%1\": %2").arg(positional.first(), why));
            return 2;
        }
    }
    if (parser.isSet(QStringLiteral("lesson"))
        && !window.lessonGuide()->openLesson(parser.value(QStringLiteral("lesson")))) {
        printError(GuiMain::tr("--lesson: no lesson \"%1\" (corescope lessons lists them)")
                       .arg(parser.value(QStringLiteral("lesson"))));
        return 2;
    }
    if (script.windowSize.isValid())
        window.resize(script.windowSize);
    if (!script.tab.isEmpty())
        window.showTab(static_cast<MainWindow::Tab>(kTabs.indexOf(script.tab)));
    window.show();
    if (script.presentation)
        window.setPresentationMode(true);

    int exitCode = 0;
    if (script.race) {
        window.setAskBeforeReplacingRun(false);
        QObject::connect(&window, &MainWindow::runEnded, &window, [&window, &exitCode] {
            const auto result = window.lastResult();
            const bool ok = result && result->status == RunStatus::Ok;
            std::printf("corescope: run %s in %.3f s\n",
                        result ? std::string(runStatusName(result->status)).c_str() : "?",
                        result ? static_cast<double>(result->wallNs) / 1e9 : 0.0);
            std::fflush(stdout);
            if (!ok)
                exitCode = 1;
        });
        QObject::connect(&window, &MainWindow::raceShown, &window,
                         [&window, &script, &exitCode](RaceWindow *race) {
            if (script.windowSize.isValid())
                race->resize(script.windowSize);
            std::printf("corescope: race shown\n");
            std::fflush(stdout);
            QTimer::singleShot(800, race, [&window, &script, &exitCode, race] {
                if (!script.screenshot.isEmpty() && !saveScreenshot(*race, script.screenshot))
                    exitCode = 2;
                if (script.quitAfterRun) {
                    race->close();
                    window.close();
                }
            });
        });
        QTimer::singleShot(500, &window, [&window, &exitCode] {
            QPushButton *race = window.lessonPanel()->raceButton();
            if (!race->isVisible()) {
                printError(GuiMain::tr("--race: the lesson has no race"));
                exitCode = 2;
                QApplication::exit(2);
                return;
            }
            race->click();
            if (!window.isRunning()) {
                printError(window.messageBanner()->text());
                exitCode = 2;
                QApplication::exit(2);
            }
        });
    } else if (script.run) {
        // A script never stops to ask.
        window.setAskBeforeReplacingRun(false);
        QObject::connect(&window, &MainWindow::runEnded, &window, [&window, &script, &exitCode] {
            const auto result = window.lastResult();
            const bool ok = result && result->status == RunStatus::Ok;
            std::printf("corescope: run %s in %.3f s; event loop max delay %.1f ms\n",
                        result ? std::string(runStatusName(result->status)).c_str() : "?",
                        result ? static_cast<double>(result->wallNs) / 1e9 : 0.0,
                        window.eventLoopProbe()->maxDelayMs());
            std::fflush(stdout);
            exitCode = ok ? 0 : 1;
            // Give the charts' queued replots a moment before taking the picture.
            QTimer::singleShot(500, &window, [&window, &script, &exitCode] {
                if (!script.screenshot.isEmpty() && !saveScreenshot(window, script.screenshot))
                    exitCode = 2;
                if (script.quitAfterRun)
                    window.close();
            });
        });
        // Once the window is up and painted: its first layout and paint are not the run's.
        QTimer::singleShot(500, &window, [&window, &exitCode] {
            if (!window.startRun()) {
                printError(window.messageBanner()->text());
                exitCode = 2;
                QApplication::exit(2);
            }
        });
    } else if (!script.screenshot.isEmpty()) {
        QTimer::singleShot(800, &window, [&window, &script, &exitCode] {
            if (!saveScreenshot(window, script.screenshot))
                exitCode = 2;
            if (script.quitAfterRun)
                window.close();
        });
    }

    const int code = QApplication::exec();
    return code != 0 ? code : exitCode;
}

} // namespace corescope::gui
