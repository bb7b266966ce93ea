#pragma once

// The one reader and writer of RunOptions: run reports and sweep reports (JSON), the window's
// settings and the command line (text). Limits are RunOptions' own (validate() and its k*
// constants): nothing is read that RunOptions would refuse.

#include "core/exec/runoptions.h"
#include "core/io/fieldreader.h"
#include "core/io/outbuffer.h"

#include <initializer_list>
#include <string>
#include <string_view>

namespace corescope::io {

/// Every option's key, in the order a report writes them. Settings store them under "run/",
/// the command line spells some differently (--sample-hz for sample_hz).
inline constexpr std::string_view kRunOptionKeys[] = {
    "mode", "workers", "chunksize", "gil", "switch_interval_ms",
    "sample_hz", "process_per_task", "task_timeout_ms", "on_worker_death",
    "runtime", "api", "start_method", "python", "hosts", "hostfile", "mpirun", "scale"};

/// The option files, settings and command lines had before the API was the one choice in both
/// runtimes: "ordering" (ordered-batch, ordered-stream, as-completed), the native runtime's
/// order. Read, never written: setRunOptionFromText() and readRunOptions() take it as the Pool
/// API with that order (pool.map, pool.imap, pool.imap_unordered; pyApiFromOrderingName).
inline constexpr std::string_view kLegacyOrderingKey = "ordering";
/// Whether an older source's "ordering" decides the API: always without "api"; with both (files
/// written while "api" was the Python runtime's alone), for a native run only.
bool legacyOrderingDecides(const RunOptions &options, bool hasApi);

/// One option as text: "threads", "4", "true", "5" (what setRunOptionFromText() reads back).
std::string runOptionText(const RunOptions &options, std::string_view key);
/// Sets one option from text within RunOptions' limits. Returns empty on success, else what was
/// expected and what was given: `expected a whole number from 1 to 1024, got "0"`.
std::string setRunOptionFromText(RunOptions &options, std::string_view key, std::string_view text);

/// Writes `"key":value` for one option (JSON, no spaces).
void writeRunOption(OutBuffer &out, const RunOptions &options, std::string_view key);
/// Writes every option as one JSON object, in kRunOptionKeys' order.
void writeRunOptions(OutBuffer &out, const RunOptions &options);

/// Reads an "options" object into `options`: the members named in `required` (each must be
/// there; "api" may be an older file's "ordering"), or with none named every known member
/// present (others are skipped: a newer version's; "ordering" as legacyOrderingDecides() says). Types are checked per member ("options.workers: expected an integer"), then the
/// limits by RunOptions::validate() ("options: workers must be between 1 and 1024, got 0").
/// Throws FieldError.
void readRunOptions(const Field &object, RunOptions &options,
                    std::initializer_list<std::string_view> required = {});

} // namespace corescope::io
