#pragma once

// The engine's sentences about workers and interpreters that end badly: how a process ended,
// what it was doing, what the pool or Python did then, and why a worker could not start. They
// are the broken-pool lesson's words, so they are said in the class's language like the rest
// of core/util/enginetext.h (which lists them in engineFormats(), the more general last).
// The sentences nest: "worker 2 (pid 7) died: killed by signal 11 (SIGSEGV) while running
// task 4 (input 0)" is kNamedDied of kWorkerName and kWhileRunning of kStatusKilled; the
// front ends say each part in the language (i18n::engineText).

#include <QtGlobal>   // QT_TRANSLATE_NOOP only

namespace corescope::text {

// Who: a pool's worker, an MPI rank (phrases inside the sentences below).
inline constexpr const char kWorkerName[] =
    QT_TRANSLATE_NOOP("corescope::Engine", "worker %1 (pid %2)");
inline constexpr const char kRankName[] =
    QT_TRANSLATE_NOOP("corescope::Engine", "rank %1 on %2 (pid %3)");
inline constexpr const char kRankNumber[] = QT_TRANSLATE_NOOP("corescope::Engine", "rank %1");
inline constexpr const char kTaskName[] =
    QT_TRANSLATE_NOOP("corescope::Engine", "task %1 (input %2)");

// How a process ended (pool::describeStatus); a Python worker's, as faulthandler named it.
inline constexpr const char kStatusKilled[] =
    QT_TRANSLATE_NOOP("corescope::Engine", "killed by signal %1 (%2)");
inline constexpr const char kStatusExited[] =
    QT_TRANSLATE_NOOP("corescope::Engine", "exited with code %1");
inline constexpr const char kStatusOther[] =
    QT_TRANSLATE_NOOP("corescope::Engine", "ended with status %1");
inline constexpr const char kKilledBy[] = QT_TRANSLATE_NOOP("corescope::Engine", "killed by %1");
inline constexpr const char kDied[] = QT_TRANSLATE_NOOP("corescope::Engine", "died");

// A worker's death, as the run's failure says it: who, how it ended (%2), and when.
inline constexpr const char kNamedDied[] = QT_TRANSLATE_NOOP("corescope::Engine", "%1 died: %2");
inline constexpr const char kWhileRunning[] =
    QT_TRANSLATE_NOOP("corescope::Engine", "%1 while running %2");
inline constexpr const char kWhileIdle[] = QT_TRANSLATE_NOOP("corescope::Engine", "%1 while idle");
inline constexpr const char kBeforeReadyWith[] =
    QT_TRANSLATE_NOOP("corescope::Engine", "%1 before it was ready, with %2 sent to it");
inline constexpr const char kBeforeReady[] =
    QT_TRANSLATE_NOOP("corescope::Engine", "%1 before it was ready");
inline constexpr const char kLeftTruncated[] =
    QT_TRANSLATE_NOOP("corescope::Engine", "%1; it left a truncated message");
inline constexpr const char kNamedKilledTimedOut[] =
    QT_TRANSLATE_NOOP("corescope::Engine", "%1 killed: %2 timed out after %3 ms");
inline constexpr const char kTimedOutAfter[] =
    QT_TRANSLATE_NOOP("corescope::Engine", "timed out after %1 ms");
inline constexpr const char kKilledTwoWorkers[] =
    QT_TRANSLATE_NOOP("corescope::Engine", "%1 killed two workers: %2; then %3");

// A worker's end as its lane in the timeline and the summary's worker line say it.
inline constexpr const char kKilledAfterItsTask[] =
    QT_TRANSLATE_NOOP("corescope::Engine", "killed after its task %1");
inline constexpr const char kKilledItsTask[] =
    QT_TRANSLATE_NOOP("corescope::Engine", "killed: its task %1");
inline constexpr const char kTasksToNewWorker[] =
    QT_TRANSLATE_NOOP("corescope::Engine", "%1; its tasks go to a new worker");
inline constexpr const char kWhenThePoolStopped[] =
    QT_TRANSLATE_NOOP("corescope::Engine", "%1 when the pool stopped: %2");
inline constexpr const char kCouldNotStart[] =
    QT_TRANSLATE_NOOP("corescope::Engine", "could not start: %1");

// Why the pool stopped (kWhenThePoolStopped's %2).
inline constexpr const char kNamedTimedOut[] =
    QT_TRANSLATE_NOOP("corescope::Engine", "%1 timed out");
inline constexpr const char kKilledTwoWorkersShort[] =
    QT_TRANSLATE_NOOP("corescope::Engine", "%1 killed two workers");
inline constexpr const char kNamedDiedShort[] = QT_TRANSLATE_NOOP("corescope::Engine", "%1 died");
inline constexpr const char kNamedBrokeProtocol[] =
    QT_TRANSLATE_NOOP("corescope::Engine", "%1 broke the protocol");
inline constexpr const char kPoolCouldNotStartWorker[] =
    QT_TRANSLATE_NOOP("corescope::Engine", "the pool could not start a worker");
inline constexpr const char kTooManyWorkerProcesses[] =
    QT_TRANSLATE_NOOP("corescope::Engine", "too many worker processes");
inline constexpr const char kRunCancelled[] =
    QT_TRANSLATE_NOOP("corescope::Engine", "run cancelled");
inline constexpr const char kPollFailed[] = QT_TRANSLATE_NOOP("corescope::Engine", "poll failed");
// What a pool needs before its first worker: its wake-up descriptor, the shared counter's memory.
inline constexpr const char kCannotCreateWakeup[] =
    QT_TRANSLATE_NOOP("corescope::Engine", "cannot create the pool's wake-up descriptor: %1");
inline constexpr const char kCannotCreateCounter[] =
    QT_TRANSLATE_NOOP("corescope::Engine", "cannot create the shared counter's memory: %1");
inline constexpr const char kCannotMapCounter[] =
    QT_TRANSLATE_NOOP("corescope::Engine", "cannot map the shared counter: %1");
inline constexpr const char kPollFailedBecause[] =
    QT_TRANSLATE_NOOP("corescope::Engine", "poll failed: %1");

// A pool that could not start its workers (and enginetext.h's kNotARegularFile).
inline constexpr const char kCouldNotStartWorker[] =
    QT_TRANSLATE_NOOP("corescope::Engine", "could not start worker %1 (%2): %3");
inline constexpr const char kStoppedAfterStarting[] =
    QT_TRANSLATE_NOOP("corescope::Engine", "stopped after starting %1 worker processes");
inline constexpr const char kWorkerExecutableNotFound[] =
    QT_TRANSLATE_NOOP("corescope::Engine", "worker executable not found: %1 (%2)");
inline constexpr const char kNoExecutableFolder[] =
    QT_TRANSLATE_NOOP("corescope::Engine", "cannot locate the running executable's folder");
inline constexpr const char kNoPathGiven[] = QT_TRANSLATE_NOOP("corescope::Engine", "no path given");
inline constexpr const char kNotExecutable[] =
    QT_TRANSLATE_NOOP("corescope::Engine", "exists but is not executable: %1");
inline constexpr const char kNotFoundOnPath[] =
    QT_TRANSLATE_NOOP("corescope::Engine", "not found on PATH");
inline constexpr const char kTooManyProcessesPerTask[] = QT_TRANSLATE_NOOP(
    "corescope::Engine",
    "a new process per task would start %1 worker processes, more than %2: raise the chunksize "
    "to at least %3");

// MPI ranks: a rank that died or was ended, and a job that ended early (mpirun's own words,
// quoted after the sentence, stay as mpirun wrote them).
inline constexpr const char kNamedDiedBecause[] =
    QT_TRANSLATE_NOOP("corescope::Engine", "%1 died (%2)");
inline constexpr const char kMpirunHow[] = QT_TRANSLATE_NOOP("corescope::Engine", "mpirun %1");
inline constexpr const char kTheDriver[] =
    QT_TRANSLATE_NOOP("corescope::Engine", "%1 (the driver)");
inline constexpr const char kRankTimedOut[] = QT_TRANSLATE_NOOP(
    "corescope::Engine",
    "%1 timed out after %2 ms while running %3 (a rank cannot be replaced: the MPI job ends)");
inline constexpr const char kNamedStoppedEarly[] =
    QT_TRANSLATE_NOOP("corescope::Engine", "%1 stopped before its tasks were done");
inline constexpr const char kItsWorkerStoppedEarly[] =
    QT_TRANSLATE_NOOP("corescope::Engine", "its worker stopped before its tasks were done");
inline constexpr const char kEndedByCorescope[] =
    QT_TRANSLATE_NOOP("corescope::Engine", "ended by Corescope: %1");
inline constexpr const char kMpiJobEndedEarlySaid[] =
    QT_TRANSLATE_NOOP("corescope::Engine", "the MPI job ended early (%1): %2");
inline constexpr const char kMpiJobEndedEarly[] =
    QT_TRANSLATE_NOOP("corescope::Engine", "the MPI job ended early (%1)");
inline constexpr const char kMpiJobEndedBeforeRunSaid[] =
    QT_TRANSLATE_NOOP("corescope::Engine", "the MPI job ended before the run did (%1): %2");
inline constexpr const char kMpiJobEndedBeforeRun[] =
    QT_TRANSLATE_NOOP("corescope::Engine", "the MPI job ended before the run did (%1)");
inline constexpr const char kMpirunNoRanksSaid[] =
    QT_TRANSLATE_NOOP("corescope::Engine", "mpirun could not start the ranks (%1): %2");
inline constexpr const char kMpirunNoRanks[] =
    QT_TRANSLATE_NOOP("corescope::Engine", "mpirun could not start the ranks (%1)");
inline constexpr const char kMpiRanksNotUpSaid[] = QT_TRANSLATE_NOOP(
    "corescope::Engine",
    "the MPI ranks were not all up within %1 s of mpirun's start (%2 of %3 worker ranks had said "
    "where they run): %4");
inline constexpr const char kMpiRanksNotUp[] = QT_TRANSLATE_NOOP(
    "corescope::Engine",
    "the MPI ranks were not all up within %1 s of mpirun's start (%2 of %3 worker ranks had said "
    "where they run)");
inline constexpr const char kMpiNotStartedSaid[] = QT_TRANSLATE_NOOP(
    "corescope::Engine", "the MPI job did not start within %1 s (%2 of %3 ranks announced): %4");
inline constexpr const char kMpiNotStarted[] = QT_TRANSLATE_NOOP(
    "corescope::Engine", "the MPI job did not start within %1 s (%2 of %3 ranks announced)");
// Why Corescope ended an MPI job (kEndedByCorescope's %1; also kRunCancelled, kPollFailed).
inline constexpr const char kMpiNotStartedInTime[] =
    QT_TRANSLATE_NOOP("corescope::Engine", "the MPI job did not start in time");
inline constexpr const char kATaskTimedOut[] =
    QT_TRANSLATE_NOOP("corescope::Engine", "a task timed out");
inline constexpr const char kTheRunFailed[] =
    QT_TRANSLATE_NOOP("corescope::Engine", "the run failed");
inline constexpr const char kTheRelayBroke[] =
    QT_TRANSLATE_NOOP("corescope::Engine", "the relay broke");
inline constexpr const char kTheMpiJobEnded[] =
    QT_TRANSLATE_NOOP("corescope::Engine", "the MPI job ended");

// The Python runtime: a worker process that died, and what Python said or did after it.
inline constexpr const char kPyWorkerDiedOf[] = QT_TRANSLATE_NOOP(
    "corescope::Engine", "the worker process (pid %1) died of %2 (faulthandler: \"%3\")");
inline constexpr const char kPyWorkerDiedSilently[] = QT_TRANSLATE_NOOP(
    "corescope::Engine",
    "the worker process (pid %1) died without a word (killed, or it exited)");
inline constexpr const char kThenPythonRaised[] =
    QT_TRANSLATE_NOOP("corescope::Engine", "%1; Python raised %2");
inline constexpr const char kNoBrokenPoolWithin[] = QT_TRANSLATE_NOOP(
    "corescope::Engine", "%1; Python did not report BrokenProcessPool within %2 s");
inline constexpr const char kPoolNeverReturns[] = QT_TRANSLATE_NOOP(
    "corescope::Engine",
    "%1; multiprocessing.Pool starts a new worker but never returns this task's result (its "
    "caller would wait forever), so Corescope ended the pool");
// The interpreter itself (serial, threads: the tasks run in it).
inline constexpr const char kInterpreterEndedSaid[] = QT_TRANSLATE_NOOP(
    "corescope::Engine", "the Python interpreter ended before the run did (%1): %2");
inline constexpr const char kInterpreterEnded[] = QT_TRANSLATE_NOOP(
    "corescope::Engine", "the Python interpreter ended before the run did (%1)");
// The interpreter's threads' tasks at its death, from their slots (serial: kWhileRunning).
inline constexpr const char kWhileItsThreadsRan[] =
    QT_TRANSLATE_NOOP("corescope::Engine", "%1 while its threads ran tasks %2");
inline constexpr const char kWhileItsThreadsRanOne[] =
    QT_TRANSLATE_NOOP("corescope::Engine", "%1 while its threads ran task %2");
inline constexpr const char kWhileRunningTaskOrLater[] = QT_TRANSLATE_NOOP(
    "corescope::Engine",
    "%1 while running task %2 or a later one: the driver's threads send their tasks' ends every "
    "25 ms, and the last ones never left");
inline constexpr const char kWhileRunningTasksOrLater[] = QT_TRANSLATE_NOOP(
    "corescope::Engine",
    "%1 while running tasks %2 or a later one: the driver's threads send their tasks' ends "
    "every 25 ms, and the last ones never left");
inline constexpr const char kDriverBrokeContract[] =
    QT_TRANSLATE_NOOP("corescope::Engine", "the Python driver broke the trace contract: %1");
inline constexpr const char kCannotOpenWorkersSocket[] =
    QT_TRANSLATE_NOOP("corescope::Engine", "cannot open the Python workers' socket: %1");
inline constexpr const char kCannotStartPython[] =
    QT_TRANSLATE_NOOP("corescope::Engine", "cannot start Python: %1");
inline constexpr const char kCannotStartProgram[] =
    QT_TRANSLATE_NOOP("corescope::Engine", "could not start %1: %2");
inline constexpr const char kPythonNoVersion[] = QT_TRANSLATE_NOOP(
    "corescope::Engine",
    "The Python interpreter \"%1\" did not report its version. Install Python 3.9 or newer "
    "(Debian: apt-get install python3), or give another path (--python PATH).");
inline constexpr const char kPythonTooOld[] = QT_TRANSLATE_NOOP(
    "corescope::Engine",
    "\"%1\" is Python %2; Corescope needs Python 3.9 or newer (Debian: apt-get install "
    "python3), or give another path (--python PATH).");
inline constexpr const char kPythonUnknownVersion[] = QT_TRANSLATE_NOOP(
    "corescope::Engine",
    "\"%1\" is Python of an unknown version; Corescope needs Python 3.9 or newer (Debian: "
    "apt-get install python3), or give another path (--python PATH).");
inline constexpr const char kDriverMissing[] = QT_TRANSLATE_NOOP(
    "corescope::Engine",
    "Corescope's Python driver is missing: looked for python/corescope_driver.py next to the "
    "program (%1) and in %2/; reinstall Corescope");
inline constexpr const char kPythonFileMissing[] =
    QT_TRANSLATE_NOOP("corescope::Engine", "the workload's Python file is missing: %1");

}   // namespace corescope::text
