#!/usr/bin/env bash
# Installs what is missing, builds with warnings as errors, and runs every test.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${CORESCOPE_BUILD_DIR:-$root/build}
bash "$root/scripts/build.sh" -DCORESCOPE_WERROR=ON
cd "$build"
ctest --output-on-failure --timeout 600 -j2 "$@"

# Then (issue 6) each fuzz target for 20 s (clang, libFuzzer), the executor tests under TSan and
# the suite without the GUI under ASan + UBSan, whose ctest summary ends the output. Each builds
# in its own folder (build-fuzz/, build-tsan/, build-asan/). CORESCOPE_SANITIZE=0 skips them.
if [ "${CORESCOPE_SANITIZE:-1}" != 0 ]; then
    bash "$root/scripts/fuzz.sh" 20
    CORESCOPE_SANITIZE_GUI=OFF bash "$root/scripts/sanitize.sh" tsan \
        -R '^tst_(emulatedgil|executors|processpool|faults|sweep|jobrunner|subprocess|ioloop|cpusampler|soak|pythonruntime|tsan_canary)$'
    # python_driver runs only Python (the plain build ran it): not again under ASan.
    CORESCOPE_SANITIZE_GUI=OFF bash "$root/scripts/sanitize.sh" asan -E '^python_driver$'
fi
