#!/usr/bin/env bash
# Installs what Corescope needs to build, test and run on Debian (12 or newer).
# Does nothing when everything is already there; otherwise apt-get update, then install.
set -euo pipefail

packages=(
    cmake ninja-build g++ pkg-config
    qt6-base-dev qt6-svg-dev libqcustomplot-dev libgl-dev
    qt6-l10n-tools qt6-tools-dev qt6-translations-l10n   # lupdate/lrelease, LinguistTools, qtbase_ko/ru
    fonts-noto-cjk                                       # Hangul in the window and exported charts
    libbenchmark-dev
    python3
    xvfb xauth imagemagick   # the screenshot test runs the real window under Xvfb
    clang libclang-rt-dev clang-format    # scripts/fuzz.sh: libFuzzer and clang's sanitizer runtimes (clang 14 on Debian 12)
    openmpi-bin libopenmpi-dev    # MPI mode (optional at build time: CMake's FindMPI); tst_mpi runs mpirun
    python3-mpi4py                # the Python runtime over MPI ranks (mpi4py.futures, for /usr/bin/python3)
    dpkg-dev desktop-file-utils   # cpack -G DEB reads the .deb's dependencies (dpkg-shlibdeps); the .desktop file is validated
)

missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

echo "Installing: ${missing[*]}"
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update
$sudo apt-get install -y --no-install-recommends "${missing[@]}"
