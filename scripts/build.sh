#!/usr/bin/env bash
# Configures and builds Corescope into build/ (or $CORESCOPE_BUILD_DIR). Extra arguments go to
# CMake's configure step.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${CORESCOPE_BUILD_DIR:-$root/build}
bash "$root/scripts/install-deps.sh"
launcher=()
if command -v ccache >/dev/null; then
    export CCACHE_BASEDIR="$root"   # paths relative to the clone: another clone hits the cache
    launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache -DCMAKE_C_COMPILER_LAUNCHER=ccache)
fi
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo "${launcher[@]}" "$@"
cmake --build "$build"
