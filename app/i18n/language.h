#pragma once

#include "core/exec/runoptions.h"

#include <QString>
#include <QStringList>

#include <string_view>

#include <cstdint>

namespace corescope {
struct Workload;
struct WorkloadError;
}   // namespace corescope

namespace corescope::i18n {

/// The languages Corescope is translated into, as codes: "en", "ko", "ru".
QStringList availableLanguages();
/// A language's own name, for the View > Language menu: "English", "한국어", "Русский".
QString nativeLanguageName(const QString &code);
/// The language to use for `requested`: "en", "ko" or "ru" as given; empty or "system" follows
/// the environment (LANGUAGE, LC_ALL, LC_MESSAGES, LANG through QLocale::system()), English
/// when none of ours is asked for. An unknown code gives an empty string.
QString resolveLanguage(const QString &requested);
/// Installs the translators for `code` (ours and Qt's own qtbase_*) in place of the previous
/// ones, and makes the locale the default one for numbers; English removes them. Qt then sends
/// every widget a QEvent::LanguageChange. Returns false if a translation could not be loaded.
bool applyLanguage(const QString &code);
/// The language applied last ("en" before any).
QString currentLanguage();
/// A lesson's text (title, what to look for, ..., a tutorial's name), marked in core/lessons in
/// the context "Lesson", in the current language.
QString lessonText(std::string_view text);

/// A sentence the engine built in English (core/util/enginetext.h: workload file errors,
/// option limits, the missing interpreter, a dead worker) in the current language: the format
/// it was built from, translated, with the same arguments. A sentence of no known format (or
/// English) comes back as it is.
QString engineText(std::string_view english);
/// A workload file's error as WorkloadError::toString() writes it (file:line:column: field:),
/// its message through engineText().
QString workloadErrorText(const WorkloadError &error);

/// An engine sentence after a frame of names and positions ("run.json:3:7: tasks[2].state: ",
/// "/path/run.json: "), as a saved file's reader gives it: the frame as it is, the first
/// sentence found after one of its ": " said in the language (English whole when none is).
QString framedEngineText(std::string_view english);

/// A unit of time as the engine writes it after a number ("s", "ms", "µs", "us", "ns"), in the
/// current language (Russian "мс"); any other text as it is.
QString timeUnitText(std::string_view unit);

/// A duration as core's formatDuration() writes it ("12.3 ms") with its unit in the current
/// language; `localeDecimals` also writes its decimal point as the locale does (the window; the
/// command line keeps ".").
QString durationInLanguage(const std::string &formatted, bool localeDecimals);

/// A shipped workload's name in the current language (a file's own name as it is).
QString workloadName(const Workload &workload);
/// A shipped workload's description in the current language (a file's own as it is).
QString workloadDescription(const Workload &workload);
/// "native threads + emulated GIL", "Python processes", ... in the current language.
QString executionText(Mode mode, bool gil, Runtime runtime);
/// A run's label as RunOptions::label() writes it ("native threads × 2"), or an execution's
/// (SweepSeries::label()), in the language; text of no such form stays as it is.
QString runLabelText(std::string_view label);
/// The chunksize a run uses, as the summary, the subtitles and the window say it: "7 (Pool.map's
/// default)", "5", "1 (5 ignored by ThreadPoolExecutor.map)".
QString chunksizeText(const RunOptions &options, std::uint64_t tasks);

/// Takes `--lang CODE` or `--lang=CODE` out of `arguments`; returns CODE (empty if absent).
/// `found` says whether the option was there at all.
QString takeLanguageOption(QStringList &arguments, bool *found = nullptr);

} // namespace corescope::i18n
