// The window in Korean and in Russian: menus, the lesson panel, the diagnosis and the charts'
// axis titles are the translated strings, View > Language switches them while the window is
// open, and the machine-readable output (the JSON report) does not change with the language.
#include "app/charts/chartstyle.h"
#include "app/charts/cpuchart.h"
#include "app/charts/qcpinclude.h"
#include "app/charts/speedupchart.h"
#include "app/charts/timelinechart.h"
#include "app/gui/diagnosispanel.h"
#include "app/gui/lessonguide.h"
#include "app/gui/lessonpanel.h"
#include "app/gui/mainwindow.h"
#include "app/gui/runstatusbar.h"
#include "app/gui/settings.h"
#include "app/i18n/language.h"
#include "app/i18n/workloadtexts.h"
#include "core/analysis/diagnosis.h"
#include "core/engine/sweep.h"
#include "core/io/reportreader.h"
#include "core/io/chrometracewriter.h"
#include "core/io/csvwriter.h"
#include "core/io/reportwriter.h"
#include "core/util/faulttext.h"
#include "core/io/runoptionsio.h"
#include "core/util/enginetext.h"
#include "core/workload/workloadparser.h"
#include "core/workload/catalog.h"
#include "tests/badjson.h"
#include "tests/badreports.h"
#include "tests/badworkloads.h"
#include "tests/engineruns.h"
#include "tests/handmaderuns.h"
#include "tests/timing.h"

#include <QCoreApplication>
#include <QDockWidget>
#include <QDoubleSpinBox>
#include <QFontDatabase>
#include <QFontMetrics>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTest>

#include <cerrno>
#include <cstring>
#include <sstream>

Q_DECLARE_METATYPE(corescope::RunOptions)

using namespace corescope;
using namespace corescope::gui;

namespace {

struct Expected {
    QString file, view, lessons, language, liveTab, cpuAxis, speedupAxis, lessonTitle,
        noBaseline, decimalPoint;
};

Expected expected(const QString &language)
{
    if (language == QLatin1String("ko"))
        return {QStringLiteral("파일(&F)"), QStringLiteral("보기(&V)"), QStringLiteral("레슨(&N)"),
                QStringLiteral("언어(&L)"), QStringLiteral("실시간(&L): 코어와 타임라인"),
                QStringLiteral("실행 시작 후 시간 (ms)"), QStringLiteral("속도 향상 (× 직렬)"),
                QStringLiteral("레슨: 파이썬 스레드와 CPU 작업: GIL"),
                QStringLiteral("이 워크로드의 직렬 실행이 아직 없어서 설명할 속도 향상이 "
                               "없습니다."),
                QStringLiteral(".")};
    if (language == QLatin1String("ru"))
        return {QStringLiteral("&Файл"), QStringLiteral("&Вид"), QStringLiteral("&Уроки"),
                QStringLiteral("&Язык"), QStringLiteral("&Вживую: ядра и задачи"),
                QStringLiteral("время от начала запуска (мс)"),
                QStringLiteral("ускорение (× последовательный)"),
                QStringLiteral("Урок: Потоки Python и вычисления: GIL"),
                QStringLiteral("Последовательного запуска этой нагрузки ещё нет, так что "
                               "ускорение не с чем сравнить."),
                QStringLiteral(",")};
    return {QStringLiteral("&File"), QStringLiteral("&View"), QStringLiteral("Lesso&ns"),
            QStringLiteral("&Language"), QStringLiteral("&Live: cores and timeline"),
            QStringLiteral("time since run start (ms)"), QStringLiteral("speedup (× serial)"),
            QStringLiteral("Lesson: Python threads and CPU work: the GIL"),
            QStringLiteral("No serial run of this workload yet, so no speedup to explain."),
            QStringLiteral(".")};
}

// What the window says, compared with what `language` must say.
void checkWindow(MainWindow &window, const QString &language)
{
    const Expected e = expected(language);
    QCOMPARE(window.fileMenu()->title(), e.file);
    QCOMPARE(window.viewMenu()->title(), e.view);
    QCOMPARE(window.lessonsMenu()->title(), e.lessons);
    QCOMPARE(window.languageMenu()->title(), e.language);
    QCOMPARE(window.tabs()->tabText(MainWindow::LiveTab), e.liveTab);
    // Before a run the per-core chart shares the timeline's first second: its unit is ms.
    QCOMPARE(window.cpuChart()->plot()->xAxis->label(), e.cpuAxis);
    QCOMPARE(window.timelineChart()->plot()->xAxis->label(), e.cpuAxis);
    QCOMPARE(window.speedupChart()->plot()->yAxis->label(), e.speedupAxis);
    QCOMPARE(window.lessonPanel()->text().section(QLatin1Char('\n'), 0, 0), e.lessonTitle);
    QVERIFY2(window.diagnosisPanel()->text().contains(e.noBaseline),
             qPrintable(window.diagnosisPanel()->text()));
    // The Lessons menu is built from the lessons' own texts, in the same language, once.
    QCOMPARE(window.lessonGuide()->lessonActions().size(), qsizetype(allLessons().size()));
    bool found = false;
    for (QAction *action : window.lessonGuide()->lessonActions())
        found = found || action->text().endsWith(e.lessonTitle.section(QStringLiteral(": "), 1));
    QVERIFY2(found, "the Lessons menu names the lesson in the window's language");
    // Texts set once in a constructor would stay in the language the window opened in: each
    // is the translator's answer for the language now.
    const auto said = [](const char *context, const char *source) {
        return QCoreApplication::translate(context, source);
    };
    auto *hosts = window.findChild<QLineEdit *>(QStringLiteral("hostsEdit"));
    QVERIFY(hosts);
    QCOMPARE(hosts->placeholderText(),
             said("corescope::gui::ControlPanel", "this machine (or node1:4,node2:4)"));
    auto *pythonDock = window.findChild<QDockWidget *>(QStringLiteral("pythonDock"));
    QVERIFY(pythonDock);
    QCOMPARE(pythonDock->windowTitle(), said("corescope::gui::MainWindow", "Python Equivalent"));
    QCOMPARE(pythonDock->toggleViewAction()->text(),
             said("corescope::gui::WindowMenus", "&Python Equivalent"));
    if (language != QLatin1String("en"))
        QVERIFY(pythonDock->windowTitle() != QLatin1String("Python Equivalent"));
}

} // namespace

// The English words left in `said`, a message in another language: every word of Latin letters
// but a name (the file's keys, the kernels, JSON's literals, the options' values, a word with
// an underscore or a capital: Python, JSON, UTF, NUL, __main__), what it quotes ("...", '...',
// «...»), a path or a file's name, and a unit of time the language writes as English does.
QStringList englishWordsIn(const QString &said)
{
    QSet<QString> names;
    for (const char *name :
         {"a", "b", "py", "u", "true", "false", "null", "name", "description", "kernel", "python",
          "params", "inputs", "expected", "range", "repeat", "start", "stop", "step", "value",
          "count", "file", "function", "serial", "threads", "processes", "mpi", "native",
          "default", "fork", "spawn", "forkserver", "fail", "respawn", "executor", "map",
          "submit", "as_completed", "pool", "imap", "imap_unordered", "ordered", "batch",
          "stream", "as", "completed", "running", "ok", "cancelled", "failed", "hand_order",
          "tasks", "input", "index", "workload", "options", "workers", "start_ns", "mode",
          "format", "status", "version", "gil", "pid", "faulthandler", "mpirun"})
        names.insert(QString::fromLatin1(name));
    for (const KernelInfo &k : allKernels())
        names.insert(QString::fromLatin1(k.name.data(), qsizetype(k.name.size())));
    // (No raw strings: moc's preprocessor reads this file too.)
    static const QRegularExpression quoted(
        QStringLiteral("\"(?:[^\"\\\\]|\\\\.)*\"|'[^']*'|\u00ab[^\u00bb]*\u00bb"));
    // A path, a file's name, a field's path (workload.inputs).
    static const QRegularExpression path(QStringLiteral("[^\\s\"']*[/.][A-Za-z][^\\s\"']*"));
    static const QRegularExpression word(QStringLiteral("\\b[A-Za-z_][A-Za-z_0-9]*\\b"));
    QString rest = said;
    rest.remove(quoted);
    rest.remove(path);
    QStringList english;
    for (const QRegularExpressionMatch &m : word.globalMatch(rest)) {
        const QString w = m.captured();
        // A unit of time the language writes as English does (Korean "ms").
        const bool ownUnit = (w == QLatin1String("ms") || w == QLatin1String("s")
                              || w == QLatin1String("ns") || w == QLatin1String("us"))
            && i18n::timeUnitText(w.toStdString()) == w;
        if (!names.contains(w) && !w.contains(QLatin1Char('_')) && w.at(0).isLower() && !ownUnit)
            english << w;
    }
    return english;
}

// Empty when `said` is `english` said in another language: another text, with no English word
// left in it; else what is wrong.
QString untranslated(const std::string &english, const QString &said)
{
    if (said == QString::fromStdString(english))
        return QStringLiteral("not translated: ") + said;
    if (const QStringList words = englishWordsIn(said); !words.isEmpty())
        return said + QStringLiteral(" -- English: ") + words.join(QStringLiteral(", "));
    return {};
}

class TestLanguage final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void window_isTranslated_data();
    void window_isTranslated();
    void switchingLanguage_changesTheOpenWindow();
    void switchingLanguage_saysTheDiagnosisAgain();
    void switchingLanguage_saysTheStatusLineAgain();
    void engineText_translatesTheEngineSentences();
    void everyWorkloadError_isSaidInTheLanguage_data();
    void everyWorkloadError_isSaidInTheLanguage();
    void everyOptionError_isSaidInTheLanguage_data();
    void everyOptionError_isSaidInTheLanguage();
    void everySweepSpecError_isSaidInTheLanguage();
    void everySavedFileError_isSaidInTheLanguage_data();
    void everySavedFileError_isSaidInTheLanguage();
    void everyWriteError_isSaidInTheLanguage();
    void namesInsideSentences_areSaidInTheLanguage();
    void everyWorkerDeath_isSaidInTheLanguage_data();
    void everyWorkerDeath_isSaidInTheLanguage();
    void mpiEnds_areSaidInTheLanguage();
    void lessonLinks_surviveKoreanParticles();
    void chosenLanguage_isRemembered();
    void diagnosis_writesNumbersInTheLocale();
    void everyShippedWorkload_isMarkedForTranslation();
    void translations_areComplete_data();
    void translations_areComplete();
    void reportJson_isByteIdenticalAcrossLanguages();
    void hangul_hasAFont();
    void exportedChartInKorean_embedsAHangulFont();
    void languageOption_isTakenOut();
};

void TestLanguage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("CorescopeTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_gui_language"));
}

void TestLanguage::init()
{
    QSettings().clear();
    i18n::applyLanguage(QStringLiteral("en"));
}

void TestLanguage::cleanup()
{
    i18n::applyLanguage(QStringLiteral("en"));
}

void TestLanguage::window_isTranslated_data()
{
    QTest::addColumn<QString>("language");
    QTest::addRow("ko") << QStringLiteral("ko");
    QTest::addRow("ru") << QStringLiteral("ru");
    QTest::addRow("en") << QStringLiteral("en");
}

void TestLanguage::window_isTranslated()
{
    QFETCH(QString, language);
    QVERIFY(i18n::applyLanguage(language));
    MainWindow window;
    QVERIFY(window.lessonGuide()->openLesson(QStringLiteral("gil-cpu")));
    // A parallel run with no serial run of its workload: the panel asks for the baseline.
    window.diagnosisPanel()->showRun(testruns::gilGcdRun(), nullptr);
    checkWindow(window, language);
}

void TestLanguage::switchingLanguage_changesTheOpenWindow()
{
    MainWindow window;
    QVERIFY(window.lessonGuide()->openLesson(QStringLiteral("gil-cpu")));
    window.diagnosisPanel()->showRun(testruns::gilGcdRun(), nullptr);
    checkWindow(window, QStringLiteral("en"));
    for (const QString &language : {QStringLiteral("ko"), QStringLiteral("ru"), QStringLiteral("en")}) {
        window.setLanguage(language);
        QCOMPARE(i18n::currentLanguage(), language);
        // Qt posts QEvent::LanguageChange; the window says its texts again when it arrives.
        QTRY_COMPARE(window.fileMenu()->title(), expected(language).file);
        // The panel shows the run it showed; the guide says it again for a finished run only,
        // so the test says it again as the guide would after a run.
        window.diagnosisPanel()->showRun(testruns::gilGcdRun(), nullptr);
        checkWindow(window, language);
        // The timeline's legend, made before the switch, says its entries again.
        const QCPLegend *legend = window.timelineChart()->plot()->legend;
        QStringList entries;
        for (int i = 0; i < legend->itemCount(); ++i)
            if (auto *item = dynamic_cast<gui::chartstyle::SwatchLegendItem *>(legend->item(i)))
                entries << item->text();
        QVERIFY(entries.contains(QCoreApplication::translate("Charts", "results held by the caller")));
        if (language != QLatin1String("en"))
            QVERIFY2(!entries.contains(QStringLiteral("results held by the caller")),
                     qPrintable(entries.join(QStringLiteral(", "))));
        // Numbers as the language writes them, in the controls made before the switch.
        const QDoubleSpinBox *interval = window.controls()->switchIntervalBox();
        QTRY_VERIFY2(interval->text().contains(QLocale().decimalPoint()),
                     qPrintable(interval->text()));
    }
}

void TestLanguage::switchingLanguage_saysTheDiagnosisAgain()
{
    // A real (serial, native) run: the diagnosis the window shows after it is said again in
    // each language, without running again.
    MainWindow window;
    QVERIFY(window.loadWorkload(QStringLiteral("doubler")));
    RunOptions options = window.runOptions();
    options.mode = Mode::Serial;
    options.runtime = Runtime::Native;
    QSignalSpy ended(&window, &MainWindow::runEnded);
    QVERIFY(window.startRun(options));
    QVERIFY(ended.wait(test::scaledMs(30000)));
    QTRY_VERIFY(window.diagnosisPanel()->text().contains(QStringLiteral("This was the serial baseline")));
    const struct {
        QString language, sentence;
    } expected[] = {{QStringLiteral("ko"), QStringLiteral("이것은 직렬 기준선이었습니다")},
                    {QStringLiteral("ru"), QStringLiteral("Это был последовательный базовый запуск")},
                    {QStringLiteral("en"), QStringLiteral("This was the serial baseline")}};
    for (const auto &e : expected) {
        window.setLanguage(e.language);
        QTRY_VERIFY2(window.diagnosisPanel()->text().contains(e.sentence),
                     qPrintable(window.diagnosisPanel()->text()));
    }
    // Switched on the Sweep tab, where the panel is hidden with its text: said again too.
    window.showTab(MainWindow::SweepTab);
    window.setLanguage(expected[0].language);
    QTRY_VERIFY2(window.diagnosisPanel()->text().contains(expected[0].sentence),
                 qPrintable(window.diagnosisPanel()->text()));
    window.setLanguage(QStringLiteral("en"));
}

void TestLanguage::switchingLanguage_saysTheStatusLineAgain()
{
    // The status line keeps what describes the run, not its text: a switch says it again.
    MainWindow window;
    QVERIFY(window.loadWorkload(QStringLiteral("doubler")));
    RunOptions options = window.runOptions();
    options.mode = Mode::Serial;
    options.runtime = Runtime::Native;
    QSignalSpy ended(&window, &MainWindow::runEnded);
    QVERIFY(window.startRun(options));
    QVERIFY(ended.wait(test::scaledMs(30000)));
    QTRY_VERIFY2(window.runStatus()->stateText().startsWith(QStringLiteral("Done in ")),
                 qPrintable(window.runStatus()->stateText()));
    const struct {
        QString language, done;
    } expected[] = {{QStringLiteral("ko"), QStringLiteral("완료")},
                    {QStringLiteral("ru"), QStringLiteral("Готово за ")},
                    {QStringLiteral("en"), QStringLiteral("Done in ")}};
    for (const auto &e : expected) {
        window.setLanguage(e.language);
        QTRY_VERIFY2(window.runStatus()->stateText().contains(e.done),
                     qPrintable(window.runStatus()->stateText()));
    }
}

void TestLanguage::engineText_translatesTheEngineSentences()
{
    // The engine's English, as validate() and the workload parser build it, in each language.
    RunOptions options;
    options.workers = 0;
    const std::string tooFew = options.validate();
    QVERIFY(!tooFew.empty());
    auto parsed = parseWorkload("{\"name\": \"x\", \"inputs\": [1]}", "mine.json");
    const auto *error = std::get_if<WorkloadError>(&parsed);
    QVERIFY(error);
    QCOMPARE(i18n::workloadErrorText(*error), QString::fromStdString(error->toString()));
    QCOMPARE(i18n::engineText(tooFew), QString::fromStdString(tooFew));
    QVERIFY(i18n::applyLanguage(QStringLiteral("ko")));
    QVERIFY2(i18n::engineText(tooFew).startsWith(QStringLiteral("워커 수는 1에서 ")),
             qPrintable(i18n::engineText(tooFew)));
    QVERIFY2(i18n::engineText(tooFew).endsWith(QStringLiteral(": 0")), qPrintable(i18n::engineText(tooFew)));
    QVERIFY2(i18n::workloadErrorText(*error).contains(QStringLiteral("mine.json:1:1: kernel: 필수 필드")),
             qPrintable(i18n::workloadErrorText(*error)));
    QVERIFY(i18n::applyLanguage(QStringLiteral("ru")));
    QVERIFY2(i18n::engineText(tooFew).startsWith(QStringLiteral("число рабочих должно быть от 1 до ")),
             qPrintable(i18n::engineText(tooFew)));
    // A mismatch whose first result Corescope did not keep is said in its own format, not in
    // the general one with English in its %4 (the one listed first is tried first).
    const std::string notKept =
        text::formatEngineText(text::kResultsDifferNotKept, {"4", "0", "0", "0"});
    QCOMPARE(i18n::engineText(notKept),
             QCoreApplication::translate(text::kEngineTextContext, text::kResultsDifferNotKept)
                 .arg(QStringLiteral("4"), QStringLiteral("0"), QStringLiteral("0"),
                      QStringLiteral("0")));
    // A sentence inside a sentence is said in the language too: a Python task that raised.
    const std::string raised = text::formatEngineText(
        text::kTaskFailed,
        {"3", "5", text::formatEngineText(text::kItRaised, {"ValueError: bad input"})});
    QCOMPARE(i18n::engineText(raised),
             QStringLiteral("задача 3 (вход 5) не удалась: она выбросила ValueError: bad input"));
    // The workload's own Python file that does not import (the driver's L): Corescope's
    // sentence in the language, Python's own words of what it raised as Python said them.
    QCOMPARE(i18n::engineText(text::formatEngineText(
                 text::kPyImportRaisedAt,
                 {"bad.py", "ModuleNotFoundError: No module named 'numpy' at line 9", "3"})),
             QStringLiteral("при импорте bad.py (python.file нагрузки) возникло исключение "
                            "ModuleNotFoundError: No module named 'numpy' at line 9 в строке 3"));
    // A workload file's type error: the frame, then what was expected and what was found, each
    // said in the language where it is one of the known phrases.
    auto typo = parseWorkload("{\"name\": \"x\", \"kernel\": \"is_prime\", \"inputs\": [1, \"eleven\"]}",
                              "mine.json");
    const auto *typoError = std::get_if<WorkloadError>(&typo);
    QVERIFY(typoError);
    QCOMPARE(typoError->message, std::string("expected a non-negative integer, got \"eleven\""));
    QCOMPARE(i18n::engineText(typoError->message),
             QStringLiteral("ожидалось: неотрицательное целое число, а здесь \"eleven\""));
    QCOMPARE(i18n::engineText("expected a value, got character ','"),
             QStringLiteral("ожидалось: значение, а здесь символ ','"));
    // A sentence of no known format stays as it is.
    QCOMPARE(i18n::engineText("something else entirely"), QStringLiteral("something else entirely"));
    // Every format is marked and translated: the Russian differs from the English.
    for (const char *format : text::engineFormats())
        QVERIFY2(QCoreApplication::translate(text::kEngineTextContext, format) != QLatin1String(format),
                 format);
    // Every format is found as itself: none listed before it also matches its sentences (a
    // general "%1 stopped ..." before "its worker stopped ..." said the latter half English).
    // Its arguments are numbers, which every placeholder takes (some take only numbers).
    const auto filled = [](QString format) {
        for (char n = '1'; n <= '9'; ++n)
            format.replace(QLatin1Char('%') + QLatin1Char(n), QLatin1String("7") + QLatin1Char(n));
        return format;
    };
    for (const char *language : {"ru", "ko"}) {
        QVERIFY(i18n::applyLanguage(QString::fromLatin1(language)));
        for (const char *format : text::engineFormats()) {
            if (format == std::string_view(text::kExpectedGot))
                continue;   // said only when what was expected is a phrase of its own
            const std::string english = filled(QString::fromUtf8(format)).toStdString();
            QCOMPARE(i18n::engineText(english),
                     filled(QCoreApplication::translate(text::kEngineTextContext, format)));
        }
    }
}

void TestLanguage::everyWorkloadError_isSaidInTheLanguage_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QByteArray>("text");
    for (const char *language : {"ru", "ko"})
    {
        for (const testing::BadWorkload &bad : testing::badWorkloads())
            QTest::addRow("%s %s", language, bad.tag.constData())
                << QString::fromLatin1(language) << bad.text;
        // The JSON reader's every complaint, inside "invalid JSON: ...".
        for (const testing::BadJson &bad : testing::badJsonDocuments())
            QTest::addRow("%s json %s", language, bad.tag.constData())
                << QString::fromLatin1(language) << bad.text;
    }
}

// Each error a workload file can get, as the window and the command line say it: the message
// of a known format, and no English word left in it but the file's own names (its keys, the
// kernels, JSON's literals) and what it quotes.
void TestLanguage::everyWorkloadError_isSaidInTheLanguage()
{
    QFETCH(QString, language);
    QFETCH(QByteArray, text);
    QVERIFY(i18n::applyLanguage(language));
    auto parsed = parseWorkload(std::string_view(text.constData(), std::size_t(text.size())),
                                "primes.json");
    const auto *error = std::get_if<WorkloadError>(&parsed);
    QVERIFY(error);
    const QString problem = untranslated(error->message, i18n::engineText(error->message));
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

void TestLanguage::everyOptionError_isSaidInTheLanguage_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QByteArray>("key");
    QTest::addColumn<QByteArray>("value");
    const std::pair<const char *, const char *> bad[]{
        {"mode", "fibers"},          {"runtime", "ruby"},        {"api", "map_async"},
        {"start_method", "vfork"},   {"on_worker_death", "retry"}, {"ordering", "random"},
        {"workers", "0"},            {"workers", "many"},        {"chunksize", "-1"},
        {"switch_interval_ms", "x"}, {"scale", "0"},             {"gil", "maybe"},
        {"hosts", "a:0"},            {"hosts", ":2"},            {"hosts", "a b"}};
    for (const char *language : {"ru", "ko"})
        for (const auto &[key, value] : bad)
            QTest::addRow("%s %s %s", language, key, value)
                << QString::fromLatin1(language) << QByteArray(key) << QByteArray(value);
}

// An option given as text on the command line or in a sweep spec, refused in the language.
void TestLanguage::everyOptionError_isSaidInTheLanguage()
{
    QFETCH(QString, language);
    QFETCH(QByteArray, key);
    QFETCH(QByteArray, value);
    QVERIFY(i18n::applyLanguage(language));
    RunOptions options;
    std::string error = io::setRunOptionFromText(options, key.toStdString(), value.toStdString());
    if (error.empty())
        error = options.validate();   // hosts: read as given, refused by validate()
    QVERIFY2(!error.empty(), key.constData());
    const QString problem = untranslated(error, i18n::engineText(error));
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

// A sweep's worker counts and modes as typed (--workers, --modes, the Sweep tab), refused in
// the language.
void TestLanguage::everySweepSpecError_isSaidInTheLanguage()
{
    std::vector<std::string> errors(4);
    QVERIFY(!SweepSpec::parseWorkerList("x", errors[0]));
    QVERIFY(!SweepSpec::parseWorkerList(",", errors[1]));
    QVERIFY(!SweepSpec::parseModes("fibers", errors[2], Runtime::Native));
    QVERIFY(!SweepSpec::parseModes("threads+gil", errors[3], Runtime::Python));
    SweepSpec spec;
    errors.push_back(spec.validate());   // no workload
    // What the sweep says as it goes, and a point that failed (as SweepRunner writes them).
    errors.push_back(text::formatEngineText(text::kSweepProgress, {"threads", "2", "1", "3"}));
    errors.push_back(text::formatEngineText(text::kSweepProgressSerial, {"serial", "1", "3"}));
    errors.push_back(text::formatEngineText(text::kSweepProgressOneWorker, {"threads", "1", "3"}));
    errors.push_back(text::formatEngineText(
        text::kSweepPointFailedOneWorker,
        {"threads", text::formatEngineText(text::kItRaised, {"ValueError: Bad"})}));
    errors.push_back(text::kWarmUpRun);
    errors.push_back(text::formatEngineText(
        text::kSweepPointFailed,
        {"processes", "2",
         text::formatEngineText(text::kTaskFailed,
                                {"1", "2", text::formatEngineText(text::kItRaised,
                                                                  {"ValueError: Bad"})})}));
    for (const char *language : {"ru", "ko"}) {
        QVERIFY(i18n::applyLanguage(QString::fromLatin1(language)));
        for (const std::string &error : errors) {
            QVERIFY(!error.empty());
            const QString problem = untranslated(error, i18n::engineText(error));
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
        }
    }
}

void TestLanguage::everySavedFileError_isSaidInTheLanguage_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QByteArray>("text");
    for (const char *language : {"ru", "ko"})
        for (const testing::BadReport &bad : testing::badReports())
            QTest::addRow("%s %s", language, bad.tag.constData())
                << QString::fromLatin1(language) << bad.text;
}

// A saved run that cannot be read, as File > Open says it: its frame (file, position, field)
// as it is, the sentence in the language.
void TestLanguage::everySavedFileError_isSaidInTheLanguage()
{
    QFETCH(QString, language);
    QFETCH(QByteArray, text);
    QVERIFY(i18n::applyLanguage(language));
    const auto read =
        readRunReportData(std::string_view(text.constData(), std::size_t(text.size())), "run.json");
    const auto *error = std::get_if<std::string>(&read);
    QVERIFY(error);
    const QString said = i18n::framedEngineText(*error);
    QVERIFY2(said.startsWith(QStringLiteral("run.json:")), qPrintable(said));
    const QString problem = untranslated(*error, said);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

// A file that cannot be written (Save, Export, --csv ...) and a pool that cannot get what it
// needs before its first worker, said in the language: the sentences whole, and the writers'
// own errors with the path and the system's reason kept as they are.
void TestLanguage::everyWriteError_isSaidInTheLanguage()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const std::string path = dir.filePath(QStringLiteral("no/such/folder/run.out")).toStdString();
    const RunResult run = testruns::failedPrimeRun();
    const std::string written[] = {writeTasksCsvFile(run, path), writeRunReportFile(run, path),
                                   writeChromeTraceFile(run, path)};
    const std::string reason = std::strerror(EMFILE);
    const std::string sentences[] = {
        text::formatEngineText(text::kCannotWriteFile, {path, text::kWriteFailed}),
        text::formatEngineText(text::kCannotCreateWakeup, {reason}),
        text::formatEngineText(text::kCannotCreateCounter, {reason}),
        text::formatEngineText(text::kCannotMapCounter, {reason}),
    };
    for (const char *language : {"ru", "ko"}) {
        QVERIFY(i18n::applyLanguage(QString::fromLatin1(language)));
        for (const std::string &error : written) {
            const std::string prefix = "cannot write " + path + ": ";
            QVERIFY2(error.starts_with(prefix), error.c_str());
            QCOMPARE(i18n::engineText(error),
                     QCoreApplication::translate(text::kEngineTextContext, text::kCannotWriteFile)
                         .arg(QString::fromStdString(path),
                              QString::fromStdString(error.substr(prefix.size()))));
        }
        for (const std::string &sentence : sentences) {
            // The system's reason stays as it is: the words around it are checked.
            const QString said = i18n::engineText(sentence);
            QVERIFY2(said != QString::fromStdString(sentence), qPrintable(said));
            QString rest = said;
            rest.remove(QString::fromStdString(reason)).remove(QString::fromStdString(path));
            const QString problem = untranslated(sentence, rest);
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
        }
    }
}

// The app's own names inside an engine sentence are said as the window says them: a sweep's
// series and a run's label, a shipped workload's name; a name of the user's stays as it is.
void TestLanguage::namesInsideSentences_areSaidInTheLanguage()
{
    RunOptions options;
    options.runtime = Runtime::Python;
    options.mode = Mode::Processes;
    options.workers = 8;
    const std::string series(executionLabel(Mode::Threads, true, Runtime::Native));
    const std::string sentences[] = {
        text::formatEngineText(text::kSweepProgress, {series, "2", "1", "3"}),
        text::formatEngineText(text::kSweepProgressSerial,
                               {std::string(executionLabel(Mode::Serial, false, Runtime::Python)),
                                "1", "3"}),
    };
    const char *shipped = "Shared counter through a Manager";
    const std::string refusal =
        text::formatEngineText(text::kManagerNeedsPython, {shipped, "manager"});
    for (const char *language : {"ru", "ko"}) {
        QVERIFY(i18n::applyLanguage(QString::fromLatin1(language)));
        for (const std::string &sentence : sentences) {
            const QString said = i18n::engineText(sentence);
            const QString problem = untranslated(sentence, said);
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
        }
        const QString name = QCoreApplication::translate(i18n::kWorkloadContext, shipped);
        QVERIFY(name != QString::fromLatin1(shipped));
        QVERIFY2(i18n::engineText(refusal).contains(name), qPrintable(i18n::engineText(refusal)));
        const QString label = i18n::runLabelText(options.label());
        QVERIFY2(label.endsWith(QStringLiteral(" \u00d7 8")), qPrintable(label));
        const QString problem = untranslated(options.label(), label);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        // A workload of the user's keeps its name.
        const std::string own = text::formatEngineText(text::kWorkloadNoTasks, {"my primes"});
        QVERIFY2(i18n::engineText(own).contains(QStringLiteral("my primes")),
                 qPrintable(i18n::engineText(own)));
    }
}

void TestLanguage::everyWorkerDeath_isSaidInTheLanguage_data()
{
    QTest::addColumn<QString>("workload");
    QTest::addColumn<RunOptions>("options");
    QTest::addColumn<QString>("sentence");   // a piece of the English, so the row says what it covers
    RunOptions native;
    native.mode = Mode::Processes;
    native.workerPath = CORESCOPE_BIN_DIR "/corescope-worker";
    QTest::addRow("native worker killed by its task")
        << QStringLiteral("broken-pool") << native << QStringLiteral(" while running task ");
    RunOptions respawn = native;
    respawn.onWorkerDeath = WorkerDeathPolicy::Respawn;
    QTest::addRow("native task that killed two workers")
        << QStringLiteral("broken-pool") << respawn << QStringLiteral(" killed two workers: ");
    RunOptions timeout = native;
    timeout.taskTimeoutMs = 300;
    QTest::addRow("native task timed out")
        << QStringLiteral("{\"name\": \"slow\", \"kernel\": \"sleep_ms\", \"inputs\": [5000, 1]}")
        << timeout << QStringLiteral(" timed out after 300 ms");
    // A task of two inputs ("[a, b]", a comma before " workers: ") that times out twice: the
    // sweep's "%1, %2 workers: %3" must not take it.
    RunOptions twice = timeout;
    twice.onWorkerDeath = WorkerDeathPolicy::Respawn;
    QTest::addRow("native task of two inputs that killed two workers")
        << QStringLiteral("{\"name\": \"slow pair\", \"kernel\": \"gcd_naive\", "
                          "\"inputs\": [[100000000000, 100000000001]]}")
        << twice << QStringLiteral(" (input [100000000000, 100000000001]) killed two workers: ");
    RunOptions python;
    python.runtime = Runtime::Python;
    python.mode = Mode::Processes;
    // (Python raised BrokenProcessPool, or did not within the time Corescope waits for it.)
    QTest::addRow("ProcessPoolExecutor's worker killed by its task")
        << QStringLiteral("broken-pool") << python << QStringLiteral("the worker process (pid ");
    python.api = PyApi::PoolMap;
    QTest::addRow("Pool.map's worker killed by its task")
        << QStringLiteral("broken-pool") << python << QStringLiteral("; multiprocessing.Pool starts");
    python.api = PyApi::ExecutorMap;
    python.mode = Mode::Threads;
    QTest::addRow("Python threads' interpreter killed by a task")
        << QStringLiteral("broken-pool") << python
        << QStringLiteral("the Python interpreter ended before the run did");
}

// The broken-pool lesson in the class's language: a run whose worker (or interpreter) died
// says why in Russian and in Korean, and so does each worker's end (the sentences the summary
// and the timeline show through engineText). What Python, faulthandler and the interpreter's
// stderr said stays theirs.
void TestLanguage::everyWorkerDeath_isSaidInTheLanguage()
{
    QFETCH(QString, workload);
    QFETCH(RunOptions, options);
    QFETCH(QString, sentence);
    std::shared_ptr<const Workload> w;
    if (workload.startsWith(QLatin1Char('{'))) {
        auto parsed = parseWorkload(workload.toStdString(), "slow.json");
        QVERIFY(std::holds_alternative<Workload>(parsed));
        w = std::make_shared<const Workload>(std::get<Workload>(std::move(parsed)));
    } else {
        w = test::shippedWorkload(workload.toStdString());
    }
    const RunResult run = test::runToEnd(w, options);
    QCOMPARE(run.status, RunStatus::Failed);
    QVERIFY2(QString::fromStdString(run.error).contains(sentence), run.error.c_str());
    std::vector<std::string> texts{run.error};
    for (const WorkerRecord &worker : run.workers)
        if (!worker.exitReason.empty())
            texts.push_back(worker.exitReason);
    // (Python threads have no end of their own: the interpreter's is the run's error.)
    if (options.mode == Mode::Processes)
        QVERIFY2(texts.size() >= 2, "no worker's end was recorded");
    static const QRegularExpression pythonSaid(
        QStringLiteral("BrokenProcessPool: [^;]*|Fatal Python error: [^\"\u00bb]*"));
    // The interpreter's stderr, quoted after the sentence that says it ended ("(...): <tail>").
    static const QRegularExpression stderrTail(QStringLiteral("\\): .*$"),
                                               QRegularExpression::DotMatchesEverythingOption);
    const bool interpreterEnded = run.error.starts_with("the Python interpreter ended");
    for (const char *language : {"ru", "ko"}) {
        QVERIFY(i18n::applyLanguage(QString::fromLatin1(language)));
        for (const std::string &english : texts) {
            QString said = i18n::engineText(english);
            said.remove(pythonSaid);
            if (interpreterEnded && english == run.error)
                said.replace(stderrTail, QStringLiteral(")"));
            const QString problem = untranslated(english, said);
            QVERIFY2(problem.isEmpty(), qPrintable(QString::fromLatin1(language) + QStringLiteral(": ") + problem));
        }
    }
}

// An MPI job's ends, as mpiexecutor.cpp and the Python runtime's mpiranks.cpp build them (a run
// needs Open MPI, which tst_mpi has): each said in Russian and Korean.
void TestLanguage::mpiEnds_areSaidInTheLanguage()
{
    using text::formatEngineText;
    const std::string rank = formatEngineText(text::kRankName, {"1", "node2.lab", "4711"});
    const std::string task = formatEngineText(text::kTaskName, {"3", "5"});
    const std::string mpirunKilled = formatEngineText(
        text::kMpirunHow, {formatEngineText(text::kStatusKilled, {"9", "SIGKILL"})});
    const std::string mpirunExited =
        formatEngineText(text::kMpirunHow, {formatEngineText(text::kStatusExited, {"1"})});
    const std::string ends[]{
        formatEngineText(text::kWhileRunning,
                         {formatEngineText(text::kNamedDiedBecause, {rank, mpirunKilled}), task}),
        formatEngineText(text::kTheDriver,
                         {formatEngineText(text::kNamedDiedBecause,
                                           {formatEngineText(text::kRankNumber, {"0"}), mpirunKilled})}),
        formatEngineText(text::kRankTimedOut, {rank, "300", task}),
        formatEngineText(text::kWhileIdle, {formatEngineText(text::kNamedStoppedEarly, {rank})}),
        formatEngineText(text::kMpiJobEndedEarly, {mpirunExited}),
        formatEngineText(text::kMpiJobEndedBeforeRun, {mpirunKilled}),
        formatEngineText(text::kMpirunNoRanks, {mpirunExited}),
        formatEngineText(text::kMpiRanksNotUp, {"30", "1", "2"}),
        formatEngineText(text::kMpiNotStarted, {"30", "1", "2"}),
        formatEngineText(text::kEndedByCorescope, {text::kTheRelayBroke}),
        formatEngineText(text::kEndedByCorescope, {text::kRunCancelled}),
        std::string(text::kItsWorkerStoppedEarly),
    };
    for (const char *language : {"ru", "ko"}) {
        QVERIFY(i18n::applyLanguage(QString::fromLatin1(language)));
        for (const std::string &english : ends) {
            const QString problem = untranslated(english, i18n::engineText(english));
            QVERIFY2(problem.isEmpty(), qPrintable(QString::fromLatin1(language) + QStringLiteral(": ") + problem));
        }
    }
}

void TestLanguage::lessonLinks_surviveKoreanParticles()
{
    // "counter-locked를 불러와 보세요": the id is still a link to load the workload.
    QVERIFY(i18n::applyLanguage(QStringLiteral("ko")));
    MainWindow window;
    QVERIFY(window.lessonGuide()->openLesson(QStringLiteral("shared-race-python")));
    auto *thenTry = window.lessonPanel()->findChild<QLabel *>(QStringLiteral("lessonThenTry"));
    QVERIFY(thenTry);
    QVERIFY2(thenTry->text().contains(
                 QStringLiteral("<a href=\"workload:counter-locked\">counter-locked</a>를")),
             qPrintable(thenTry->text()));
}

void TestLanguage::chosenLanguage_isRemembered()
{
    {
        MainWindow window;
        window.setLanguage(QStringLiteral("ru"));
    }
    QCOMPARE(Settings().language(), QStringLiteral("ru"));
    {
        MainWindow window;
        window.setLanguage(QString());   // System
    }
    QCOMPARE(Settings().language(), QString());
    QSettings().setValue(Settings::kLanguage, QStringLiteral("klingon"));
    QCOMPARE(Settings().language(), QString());   // unknown: the system's
}

void TestLanguage::diagnosis_writesNumbersInTheLocale()
{
    TaskCompute native{Runtime::Native, KernelId::IsPrime, 6, 1.0e6, "native processes × 2"};
    TaskCompute python{Runtime::Python, KernelId::IsPrime, 6, 2.5e6, "Python processes × 2"};
    const auto finding = runtimeComparison(native, python);
    QVERIFY(finding);
    QVERIFY(finding->format && *finding->format);
    QCOMPARE(findingText(*finding), QString::fromStdString(finding->text));   // English
    QVERIFY(finding->text.find("2.5x") != std::string::npos);

    QVERIFY(i18n::applyLanguage(QStringLiteral("ru")));
    const QString ru = findingText(*finding);
    QVERIFY2(ru.contains(QStringLiteral("2,5")), qPrintable(ru));
    QVERIFY2(ru.contains(QStringLiteral("Python")), qPrintable(ru));
    QVERIFY2(!ru.contains(QStringLiteral("each task computed")), qPrintable(ru));

    QVERIFY(i18n::applyLanguage(QStringLiteral("ko")));
    const QString ko = findingText(*finding);
    QVERIFY2(ko.contains(QStringLiteral("2.5배")), qPrintable(ko));
    QVERIFY2(ko.contains(QStringLiteral("네이티브 C++ 커널")), qPrintable(ko));
}

void TestLanguage::everyShippedWorkload_isMarkedForTranslation()
{
    QStringList marked;
    for (const char *text : i18n::shippedWorkloadTexts())
        marked << QString::fromUtf8(text);
    const auto shipped = shippedWorkloads();
    QVERIFY(!shipped.empty());
    for (const CatalogEntry &entry : shipped) {
        QVERIFY2(marked.contains(QString::fromStdString(entry.workload.name)),
                 entry.workload.name.c_str());
        QVERIFY2(marked.contains(QString::fromStdString(entry.workload.description)),
                 entry.workload.description.c_str());
    }
    QCOMPARE(marked.size(), qsizetype(2 * shipped.size()));   // none left over
}

void TestLanguage::translations_areComplete_data()
{
    QTest::addColumn<QString>("language");
    QTest::addRow("ko") << QStringLiteral("ko");
    QTest::addRow("ru") << QStringLiteral("ru");
}

void TestLanguage::translations_areComplete()
{
    // Every shipped workload's name and every lesson's title has its translation compiled in.
    QFETCH(QString, language);
    QVERIFY(i18n::applyLanguage(language));
    for (const char *text : i18n::shippedWorkloadTexts())
        QVERIFY2(QCoreApplication::translate(i18n::kWorkloadContext, text)
                     != QString::fromUtf8(text),
                 text);
    for (const Lesson &lesson : allLessons())
        QVERIFY2(i18n::lessonText(lesson.title) != QString::fromUtf8(lesson.title.data()),
                 lesson.title.data());
}

void TestLanguage::reportJson_isByteIdenticalAcrossLanguages()
{
    const RunResult run = testruns::gilGcdRun();
    QByteArray reports[3];
    const QString languages[] = {QStringLiteral("en"), QStringLiteral("ko"), QStringLiteral("ru")};
    for (int i = 0; i < 3; ++i) {
        QVERIFY(i18n::applyLanguage(languages[i]));
        std::ostringstream out;
        QVERIFY(writeRunReport(run, out));
        reports[i] = QByteArray::fromStdString(out.str());
    }
    QVERIFY(reports[0].size() > 100);
    QCOMPARE(reports[1], reports[0]);
    QCOMPARE(reports[2], reports[0]);
}

void TestLanguage::languageOption_isTakenOut()
{
    QStringList args{QStringLiteral("corescope"), QStringLiteral("lessons"),
                     QStringLiteral("--lang"), QStringLiteral("ko"), QStringLiteral("gil-cpu")};
    bool found = false;
    QCOMPARE(i18n::takeLanguageOption(args, &found), QStringLiteral("ko"));
    QVERIFY(found);
    QCOMPARE(args, (QStringList{QStringLiteral("corescope"), QStringLiteral("lessons"),
                                QStringLiteral("gil-cpu")}));
    args = {QStringLiteral("corescope"), QStringLiteral("--lang=ru")};
    QCOMPARE(i18n::takeLanguageOption(args, &found), QStringLiteral("ru"));
    QCOMPARE(args, QStringList{QStringLiteral("corescope")});
    args = {QStringLiteral("corescope"), QStringLiteral("run")};
    QCOMPARE(i18n::takeLanguageOption(args, &found), QString());
    QVERIFY(!found);
    QCOMPARE(i18n::resolveLanguage(QStringLiteral("ru")), QStringLiteral("ru"));
    QCOMPARE(i18n::resolveLanguage(QStringLiteral("xx")), QString());
    QVERIFY(i18n::availableLanguages().contains(i18n::resolveLanguage(QString())));
}

void TestLanguage::hangul_hasAFont()
{
    // Without a CJK font Korean is drawn as boxes, in the window and in exported charts.
    const QStringList families = QFontDatabase::families(QFontDatabase::Korean);
    QVERIFY2(!families.isEmpty(), "no font for Hangul: install fonts-noto-cjk "
                                  "(scripts/install-deps.sh)");
    bool drawsHangul = false;
    for (const QString &family : families)
        drawsHangul = drawsHangul || QFontMetrics(QFont(family)).inFontUcs4(0xD55C);   // 한
    QVERIFY(drawsHangul);
}

void TestLanguage::exportedChartInKorean_embedsAHangulFont()
{
    // The command line's chart, in Korean: Hangul drawn with a CJK font (fonts-noto-cjk), not
    // boxes. The PDF embeds the fonts it drew with.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString pdf = dir.filePath(QStringLiteral("timeline.pdf"));
    QProcess corescope;
    corescope.start(QStringLiteral(CORESCOPE_BIN_DIR "/corescope"),
                    {QStringLiteral("run"), QStringLiteral("primes6"), QStringLiteral("--mode"),
                     QStringLiteral("serial"), QStringLiteral("--lang"), QStringLiteral("ko"),
                     QStringLiteral("--chart"), pdf, QStringLiteral("--quiet")});
    QVERIFY(corescope.waitForFinished(corescope::test::scaledMs(60000)));
    QCOMPARE(corescope.exitCode(), 0);
    QFile file(pdf);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY2(file.readAll().contains("CJK"), "no CJK font embedded: install fonts-noto-cjk");
}

QTEST_MAIN(TestLanguage)
#include "tst_gui_language.moc"
