#!/usr/bin/env bash
# Installs what is missing, builds, and opens Corescope on the 50 seed primes.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${CORESCOPE_BUILD_DIR:-$root/build}
bash "$root/scripts/build.sh"
exec "$build/bin/corescope" "$@"
