#pragma once

#include "core/exec/executor.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace corescope {

/// The ranks of an MPI job as the workers: Corescope starts Open MPI's `mpirun` (found on
/// PATH, or RunOptions::mpirunPath) with `workers + 1` ranks of corescope-mpi-worker (next to
/// the app; built only when CMake found MPI), on this machine or on RunOptions::mpiHosts /
/// mpiHostfile. Rank 0 relays (app/mpiworker/main.cpp); ranks 1..N are the workers, fed
/// `chunksize` tasks per message exactly as the process pool feeds its workers (the same
/// frames, the same WorkerLink records), so their tasks, start-up and handed-back times are
/// traced the same way, with each worker's rank and host in its record. Worker ids follow the
/// hosts (every rank of one host before the next host's), so lanes are grouped by host.
///
/// Bounds and faults: the ranks must all be up within kMpiStartMs (a hang becomes an error);
/// a rank that dies, a host mpirun cannot reach and mpirun refusing to start end the run
/// within about a second (mpirun ends the job; its message names the rank and host), naming
/// rank, host and task, results kept; a task timeout ends the whole job (a rank cannot be
/// replaced). Cancel sends mpirun SIGTERM (it ends every rank on every host), then kills its
/// process group.
class MpiExecutor final : public Executor {
public:
    void run(RunRecorder &recorder, std::stop_token stop) override;
};

/// How long all ranks may take to be up (mpirun started, every rank's Hello in).
inline constexpr int kMpiStartMs = 30'000;
/// Cancel: mpirun gets SIGTERM and this long to end every rank (on every host), then SIGKILL.
inline constexpr int kMpirunTermGraceMs = 1500;

/// mpirun's options for a job of `options` (hosts, oversubscription, running as root, the
/// test-only variables the ranks honour), before `-np` and the program: the same for the
/// native ranks and the Python runtime's. When mpirun ends the job (a dead rank, Cancel) it
/// sends each rank SIGTERM and, `sigkillAfterS` seconds later, SIGKILL (Open MPI's default
/// is 1).
std::vector<std::string> mpirunOptions(const RunOptions &options, int sigkillAfterS);

/// What mpirun's stderr says of the rank that took a job down: "process rank R with PID P on
/// node H exited on signal S (Name)". `cause` is "exited on ..." up to its full stop; no rank
/// when mpirun named none.
struct MpirunDeath {
    std::optional<std::uint32_t> rank;
    std::string cause;
};
MpirunDeath parseMpirunDeath(const std::string &stderrText);

/// `configured` when not empty, else `mpirun` searched on PATH; empty when not found.
std::string resolveMpirun(const std::string &configured);
/// corescope-mpi-worker next to the running executable (never on PATH).
std::string mpiWorkerPath();
/// Empty when MPI mode can run here; else one sentence saying what is missing and how to
/// install it (the window shows it on the greyed-out mode, the command line prints it).
std::string mpiAvailability(const std::string &mpirunPath);

} // namespace corescope
