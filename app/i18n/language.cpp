#include "app/i18n/language.h"

#include "app/i18n/workloadtexts.h"
#include "core/util/enginetext.h"
#include "core/workload/workloadparser.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QRegularExpression>
#include <QTranslator>

#include <algorithm>
#include <array>
#include <memory>
#include <optional>
#include <span>
#include <vector>

namespace corescope::i18n {

namespace {

struct Installed {
    QString language = QStringLiteral("en");
    std::unique_ptr<QTranslator> ours;
    std::unique_ptr<QTranslator> qt;
};

Installed &installed()
{
    static Installed state;
    return state;
}

} // namespace

QStringList availableLanguages()
{
    return {QStringLiteral("en"), QStringLiteral("ko"), QStringLiteral("ru")};
}

QString nativeLanguageName(const QString &code)
{
    if (code == QLatin1String("ko"))
        return QStringLiteral("한국어");
    if (code == QLatin1String("ru"))
        return QStringLiteral("Русский");
    if (code == QLatin1String("en"))
        return QStringLiteral("English");
    return code;
}

QString resolveLanguage(const QString &requested)
{
    if (availableLanguages().contains(requested))
        return requested;
    if (!requested.isEmpty() && requested != QLatin1String("system"))
        return {};
    // uiLanguages() honours LANGUAGE, LC_ALL, LC_MESSAGES and LANG on Unix, in that order.
    for (const QString &ui : QLocale::system().uiLanguages()) {
        const QString code = ui.section(QLatin1Char('-'), 0, 0).section(QLatin1Char('_'), 0, 0);
        if (availableLanguages().contains(code))
            return code;
    }
    return QStringLiteral("en");
}

bool applyLanguage(const QString &code)
{
    Installed &state = installed();
    for (auto *translator : {&state.ours, &state.qt}) {
        if (*translator)
            QCoreApplication::removeTranslator(translator->get());
        translator->reset();
    }
    state.language = availableLanguages().contains(code) ? code : QStringLiteral("en");
    const QLocale locale(state.language == QLatin1String("en") ? QLocale::English
                         : state.language == QLatin1String("ko") ? QLocale::Korean
                                                                  : QLocale::Russian);
    QLocale::setDefault(locale);
    // English installs nothing: removing the translators above already told every widget.
    if (state.language == QLatin1String("en"))
        return true;
    bool ok = true;
    auto ours = std::make_unique<QTranslator>();
    if (ours->load(QStringLiteral(":/i18n/corescope_%1.qm").arg(state.language))) {
        QCoreApplication::installTranslator(ours.get());
        state.ours = std::move(ours);
    } else {
        ok = false;
    }
    // Qt's own strings (standard buttons and dialogs); a missing file is not ours to fail on.
    auto qt = std::make_unique<QTranslator>();
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt.get());
        state.qt = std::move(qt);
    }
    return ok;
}

QString lessonText(std::string_view text)
{
    if (text.empty())
        return {};
    // The lessons' texts are string literals: data() ends in a NUL.
    return QCoreApplication::translate("Lesson", text.data());
}

namespace {

struct EngineFormat {
    const char *format;
    QRegularExpression pattern;   ///< the format with each %N as a lazy group, anchored
};

// Some arguments (numbered from 1) of a format, for the tables below.
struct FormatSlots {
    const char *format;
    int first;
    int second = 0;
    int third = 0;
};

bool listsSlot(std::span<const FormatSlots> table, const char *format, int slot)
{
    for (const FormatSlots &s : table)
        if (s.format == format)
            return slot == s.first || slot == s.second || slot == s.third;
    return false;
}

// The arguments that are always a whole number (a worker count, a pid, a task's index, a
// signal's number, milliseconds): matched as digits, so that a format whose text is general
// ("%1, %2 workers: %3", "worker %1 (pid %2)") does not take a sentence that only looks like it
// (a task's input "[12, 18]" before "... workers: ", a worker's protocol breach after its name).
bool numericSlot(const char *format, int slot)
{
    static constexpr FormatSlots kNumericSlots[]{
        {text::kSweepPointFailed, 2},    {text::kWorkerName, 1, 2},
        {text::kRankName, 1, 3},         {text::kRankNumber, 1},
        {text::kTaskName, 1},            {text::kStatusKilled, 1},
        {text::kStatusExited, 1},        {text::kTimedOutAfter, 1},
        {text::kNamedKilledTimedOut, 3}, {text::kRankTimedOut, 2},
        {text::kPyWorkerDiedOf, 1},      {text::kPyWorkerDiedSilently, 1},
        {text::kCouldNotStartWorker, 1}, {text::kStoppedAfterStarting, 1},
        {text::kTooManyProcessesPerTask, 1, 2, 3}, {text::kPyImportRaisedAt, 3},
    };
    return listsSlot(kNumericSlots, format, slot);
}

const std::vector<EngineFormat> &engineFormatPatterns()
{
    static const std::vector<EngineFormat> patterns = [] {
        std::vector<EngineFormat> out;
        static const QRegularExpression placeholder(QStringLiteral("\\\\%([1-9])"));
        for (const char *format : text::engineFormats()) {
            const QString escaped = QRegularExpression::escape(QString::fromUtf8(format));
            QString pattern;
            qsizetype from = 0;
            for (const QRegularExpressionMatch &m : placeholder.globalMatch(escaped)) {
                pattern += escaped.mid(from, m.capturedStart() - from);
                pattern += numericSlot(format, m.captured(1).toInt()) ? QStringLiteral("(\\d+)")
                                                                      : QStringLiteral("(.*?)");
                from = m.capturedEnd();
            }
            pattern += escaped.mid(from);
            out.push_back({format,
                           QRegularExpression(QRegularExpression::anchoredPattern(pattern),
                                              QRegularExpression::DotMatchesEverythingOption)});
        }
        return out;
    }();
    return patterns;
}

// %1 ... %9 replaced in one pass, so an argument that holds "%2" stays as it is.
QString substitute(const QString &format, const QStringList &args)
{
    QString out;
    for (qsizetype i = 0; i < format.size(); ++i) {
        const QChar c = format.at(i);
        if (c == QLatin1Char('%') && i + 1 < format.size() && format.at(i + 1) >= QLatin1Char('1')
            && format.at(i + 1) <= QLatin1Char('9')) {
            const qsizetype n = format.at(i + 1).unicode() - '1';
            if (n < args.size()) {
                out += args.at(n);
                ++i;
                continue;
            }
        }
        out += c;
    }
    return out;
}

// The arguments that hold a sentence or a phrase of the formats' own, said in the
// language too: a failed task's reason ("it raised ..."), what was expected and what was found,
// the JSON reader's complaint, a "did you mean" hint, the character a JSON reader stopped at.
// Every other argument (a name, a number, Python's own message, a path) stays as it is,
// whatever it reads like.
bool holdsSentence(const char *format, int slot)
{
    static constexpr FormatSlots kSentenceSlots[]{
        {text::kTaskFailed, 3},           {text::kExpectedGot, 1, 2},
        {text::kInvalidJson, 1},          {text::kInvalidNumber, 1},
        {text::kUnknownField, 1},         {text::kUnknownTopLevelField, 1},
        {text::kUnknownParameter, 1},     {text::kUnknownGenerator, 1},
        {text::kTrailingData, 1},         {text::kInvalidEscape, 1},
        {text::kHostsProblem, 1},         {text::kHostsEntry, 3},
        {text::kSweepPointFailedOneWorker, 2},
        {text::kExpectedHosts, 1},        {text::kSweepPointFailed, 3},
        // core/util/faulttext.h: who died, how, and what happened then
        {text::kNamedDied, 1, 2},         {text::kWhileRunning, 1, 2},
        {text::kWhileIdle, 1},            {text::kBeforeReadyWith, 1, 2},
        {text::kBeforeReady, 1},          {text::kLeftTruncated, 1},
        {text::kNamedKilledTimedOut, 1, 2}, {text::kKilledTwoWorkers, 1, 2, 3},
        {text::kKilledAfterItsTask, 1},   {text::kKilledItsTask, 1},
        {text::kTasksToNewWorker, 1},     {text::kWhenThePoolStopped, 1, 2},
        {text::kNamedTimedOut, 1},        {text::kNamedDiedShort, 1},
        {text::kKilledTwoWorkersShort, 1},
        {text::kNamedBrokeProtocol, 1},   {text::kWorkerExecutableNotFound, 2},
        {text::kPythonCannotRun, 2},      {text::kThenPythonRaised, 1},
        {text::kNoBrokenPoolWithin, 1},   {text::kPoolNeverReturns, 1},
        {text::kInterpreterEndedSaid, 1}, {text::kInterpreterEnded, 1},
        {text::kWhileRunningTaskOrLater, 1}, {text::kWhileRunningTasksOrLater, 1},
        {text::kWhileItsThreadsRan, 1},  {text::kWhileItsThreadsRanOne, 1},
        {text::kNamedDiedBecause, 1, 2},  {text::kMpirunHow, 1},
        {text::kTheDriver, 1},            {text::kRankTimedOut, 1, 3},
        {text::kNamedStoppedEarly, 1},    {text::kEndedByCorescope, 1},
        {text::kMpiJobEndedEarlySaid, 1}, {text::kMpiJobEndedEarly, 1},
        {text::kMpiJobEndedBeforeRunSaid, 1}, {text::kMpiJobEndedBeforeRun, 1},
        {text::kMpirunNoRanksSaid, 1},    {text::kMpirunNoRanks, 1},
    };
    return listsSlot(kSentenceSlots, format, slot);
}

// The arguments that hold a name of the app's own vocabulary (or the writer's own reason),
// said as the window says it: an execution's label ("native threads", "Python processes × 8":
// a sweep's series, a run's options) and a workload's name (a shipped workload's is
// translated; a user's own stays as it is, having no translation).
QString nameInLanguage(const char *format, int slot, const QString &arg)
{
    static constexpr FormatSlots kExecutionSlots[]{
        {text::kSweepProgress, 1},    {text::kSweepProgressOneWorker, 1},
        {text::kSweepProgressSerial, 1}, {text::kSweepPointFailed, 1},
        {text::kSweepPointFailedOneWorker, 1}};
    static constexpr FormatSlots kWorkloadSlots[]{
        {text::kWorkloadNoTasks, 1}, {text::kWorkloadTooManyTasks, 1},
        {text::kOwnPythonNeedsPython, 1}, {text::kManagerNeedsPython, 1}};
    // A write's reason is the system's, said as it is ("Connection timed out" would read as a
    // sentence of ours), except the writer's own "write failed".
    if (format == text::kCannotWriteFile && slot == 2 && arg == QLatin1String(text::kWriteFailed))
        return QCoreApplication::translate(text::kEngineTextContext, text::kWriteFailed);
    if (listsSlot(kWorkloadSlots, format, slot))
        return QCoreApplication::translate(kWorkloadContext, arg.toUtf8().constData());
    return listsSlot(kExecutionSlots, format, slot) ? runLabelText(arg.toStdString()) : arg;
}

// How deep sentences nest: a JSON error's invalid number's "expected ..., got ..." and its
// phrases; a sweep's failed point, the task in it that killed two workers, the second's death,
// its truncated message, while running what, how it ended: six, and room to spare.
constexpr int kMaxSentenceDepth = 8;

// `sentence` in the language, or nothing when it is of no format of ours (or an "expected ...,
// got ..." whose expectation no phrase says: English whole, not half).
std::optional<QString> translated(const QString &sentence, int depth)
{
    for (const EngineFormat &f : engineFormatPatterns()) {
        const QRegularExpressionMatch match = f.pattern.match(sentence);
        if (!match.hasMatch())
            continue;
        QStringList args;
        for (int i = 1; i <= match.lastCapturedIndex(); ++i) {
            QString arg = match.captured(i);
            if (depth < kMaxSentenceDepth && holdsSentence(f.format, i)) {
                if (std::optional<QString> inner = translated(arg, depth + 1))
                    arg = *inner;
                else if (f.format == text::kExpectedGot && i == 1)
                    return std::nullopt;
            }
            args << nameInLanguage(f.format, i, arg);
        }
        return substitute(QCoreApplication::translate(text::kEngineTextContext, f.format), args);
    }
    return std::nullopt;
}

}   // namespace

QString engineText(std::string_view english)
{
    const QString sentence = QString::fromUtf8(english.data(), qsizetype(english.size()));
    return translated(sentence, 0).value_or(sentence);
}

QString framedEngineText(std::string_view english)
{
    const QString text = QString::fromUtf8(english.data(), qsizetype(english.size()));
    if (std::optional<QString> whole = translated(text, 0))
        return *whole;
    for (qsizetype at = text.indexOf(QLatin1String(": ")); at >= 0;
         at = text.indexOf(QLatin1String(": "), at + 2)) {
        if (std::optional<QString> rest = translated(text.mid(at + 2), 0))
            return text.left(at + 2) + *rest;
    }
    return text;
}

namespace {

constexpr const char *kUnitsContext = "corescope::Units";
// The units formatDuration() writes, marked for lupdate.
constexpr std::array<const char *, 5> kTimeUnits{
    QT_TRANSLATE_NOOP("corescope::Units", "s"), QT_TRANSLATE_NOOP("corescope::Units", "ms"),
    QT_TRANSLATE_NOOP("corescope::Units", "µs"), QT_TRANSLATE_NOOP("corescope::Units", "us"),
    QT_TRANSLATE_NOOP("corescope::Units", "ns")};

}   // namespace

QString timeUnitText(std::string_view unit)
{
    for (const char *u : kTimeUnits)
        if (unit == u)
            return QCoreApplication::translate(kUnitsContext, u);
    return QString::fromUtf8(unit.data(), qsizetype(unit.size()));
}

QString durationInLanguage(const std::string &formatted, bool localeDecimals)
{
    const std::size_t space = formatted.rfind(' ');
    QString number = QString::fromStdString(formatted.substr(0, space));
    if (localeDecimals) {
        const QString point = QLocale().decimalPoint();
        if (point != QLatin1String("."))
            number.replace(QLatin1Char('.'), point);
    }
    if (space == std::string::npos)
        return number;
    return number + QLatin1Char(' ') + timeUnitText(std::string_view(formatted).substr(space + 1));
}

QString workloadName(const Workload &workload)
{
    return QCoreApplication::translate(kWorkloadContext, workload.name.c_str());
}

QString workloadDescription(const Workload &workload)
{
    return QCoreApplication::translate(kWorkloadContext, workload.description.c_str());
}

QString runLabelText(std::string_view label)
{
    const QString text = QString::fromUtf8(label.data(), qsizetype(label.size()));
    // RunOptions::label(): the execution's label, then " × N" workers.
    static const QRegularExpression workers(QStringLiteral("^(.*)( \\x{00d7} \\d+)$"));
    const QRegularExpressionMatch m = workers.match(text);
    const QString execution = m.hasMatch() ? m.captured(1) : text;
    return QCoreApplication::translate(kExecutionLabelContext, execution.toUtf8().constData())
        + (m.hasMatch() ? m.captured(2) : QString());
}

QString executionText(Mode mode, bool gil, Runtime runtime)
{
    return QCoreApplication::translate(kExecutionLabelContext,
                                       executionLabel(mode, gil, runtime).data());
}

QString chunksizeText(const RunOptions &options, std::uint64_t tasks)
{
    const QString value = QString::number(options.effectiveChunksize(tasks));
    const QString api = QString::fromLatin1(pyApiLabel(options.api, options.mode));
    if (options.chunksize > 1 && !options.chunksizeApplies())
        return QCoreApplication::translate("corescope::gui::RunLabel", "%1 (%2 ignored by %3)")
            .arg(value, QString::number(options.chunksize), api);
    if (options.chunksize > 0)
        return value;
    return QCoreApplication::translate("corescope::gui::RunLabel", "%1 (%2's default)").arg(value, api);
}

QString workloadErrorText(const WorkloadError &error)
{
    // The frame as toString() writes it; only the message has words.
    QString out = QString::fromStdString(error.file);
    if (error.line > 0) {
        out += QLatin1Char(':') + QString::number(error.line);
        if (error.column > 0)
            out += QLatin1Char(':') + QString::number(error.column);
    }
    if (!out.isEmpty())
        out += QStringLiteral(": ");
    if (!error.field.empty())
        out += QString::fromStdString(error.field) + QStringLiteral(": ");
    return out + engineText(error.message);
}

QString currentLanguage()
{
    return installed().language;
}

QString takeLanguageOption(QStringList &arguments, bool *found)
{
    if (found)
        *found = false;
    QString code;
    for (int i = 1; i < arguments.size();) {
        const QString &a = arguments.at(i);
        if (a == QLatin1String("--lang")) {
            code = arguments.value(i + 1);
            arguments.remove(i, std::min<qsizetype>(2, arguments.size() - i));
        } else if (a.startsWith(QLatin1String("--lang="))) {
            code = a.mid(7);
            arguments.remove(i);
        } else {
            ++i;
            continue;
        }
        if (found)
            *found = true;
    }
    return code;
}

} // namespace corescope::i18n
