#!/usr/bin/env bash
# Builds Corescope with a sanitizer and runs the test suite under it.
#
#   bash scripts/sanitize.sh asan [CTEST_ARGS...]   AddressSanitizer + UBSan, in build-asan/
#   bash scripts/sanitize.sh tsan [CTEST_ARGS...]   ThreadSanitizer, in build-tsan/
#
# The compiler flags are the "asan" / "tsan" presets of CMakePresets.json; the run-time options
# and the suppression files (scripts/sanitizers/, each entry says why) are set here. Any report
# fails the test it happened in (halt_on_error). Extra arguments go to ctest, e.g.
# -R 'tst_(executors|sweep)'. The build goes to build-asan/ or build-tsan/ inside the repository
# or inside $CORESCOPE_SANITIZE_ROOT; CORESCOPE_SANITIZE_GUI=OFF leaves out the GUI and its
# widget tests (a shorter build, for CI).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
kind=${1:-}
case "$kind" in
    asan|tsan) shift ;;
    *) echo "usage: bash scripts/sanitize.sh asan|tsan [CTEST_ARGS...]" >&2; exit 2 ;;
esac
build=${CORESCOPE_SANITIZE_ROOT:-$root}/build-$kind
supp=$root/scripts/sanitizers

bash "$root/scripts/install-deps.sh"
args=(--preset "$kind" -B "$build" -DCORESCOPE_BUILD_GUI="${CORESCOPE_SANITIZE_GUI:-ON}")
if command -v ccache >/dev/null; then
    export CCACHE_BASEDIR="$root"   # paths relative to the clone: another clone hits the cache
    args+=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache -DCMAKE_C_COMPILER_LAUNCHER=ccache)
fi
(cd "$root" && cmake "${args[@]}" >/dev/null)
cmake --build "$build"

# handle_segv=0: the crash kernel's workers must die by their own SIGSEGV, as they do
# unsanitized (the fault tests check the signal), not exit through ASan's report.
export ASAN_OPTIONS="halt_on_error=1:detect_leaks=1:handle_segv=0:handle_sigbus=0:handle_abort=0"
export UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1"
export LSAN_OPTIONS="suppressions=$supp/lsan.supp:print_suppressions=0"
export TSAN_OPTIONS="halt_on_error=1:second_deadlock_stack=1:suppressions=$supp/tsan.supp:print_suppressions=0"
cd "$build"
ctest --output-on-failure --timeout 900 -j2 "$@"
