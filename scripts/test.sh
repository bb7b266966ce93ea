#!/usr/bin/env bash
# Installs what is missing, builds with warnings as errors, and runs every test.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${CORESCOPE_BUILD_DIR:-$root/build}
bash "$root/scripts/build.sh" -DCORESCOPE_WERROR=ON
cd "$build"
ctest --output-on-failure --timeout 600 -j2 "$@"
