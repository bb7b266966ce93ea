#!/usr/bin/env bash
# Checks a Corescope .deb on a fresh Debian 12: makes a minimal bookworm system with mmdebstrap
# (downloads ~100 MB from deb.debian.org), installs the package there with
# `apt install ./corescope_*.deb` (so every library it needs must come from its Depends), runs
# `corescope --version`, a processes run, a Python-runtime run and the window offscreen with a
# screenshot, then `apt remove corescope`. Needs root and the network; not part of the suite.
#
#   bash scripts/check-deb.sh [build/corescope_0.1.0_amd64.deb] [SCREENSHOT.png]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
deb=${1:-$(ls "$root"/build/corescope_*.deb 2>/dev/null | tail -1)}
shot=${2:-}
[ -f "$deb" ] || { echo "check-deb: no .deb (run 'cpack -G DEB' in build/ first)" >&2; exit 2; }
[ "$(id -u)" -eq 0 ] || { echo "check-deb: needs root (chroot, mounts)" >&2; exit 2; }
command -v mmdebstrap >/dev/null || apt-get install -y --no-install-recommends mmdebstrap

sys=$(mktemp -d "${TMPDIR:-/tmp}/corescope-deb.XXXXXX")
cleanup() {
    for m in dev proc sys; do
        mountpoint -q "$sys/$m" && umount -R "$sys/$m"
    done
    # Only once nothing is mounted below it: never delete through a bind mount of /dev.
    if ! grep -qF " $sys/" /proc/mounts; then
        rm -rf "$sys"
    else
        echo "check-deb: $sys still has mounts; left in place" >&2
    fi
}
trap cleanup EXIT

mmdebstrap --variant=apt --mode=root bookworm "$sys" http://deb.debian.org/debian
cp /etc/resolv.conf "$sys/etc/resolv.conf"
cp "$deb" "$sys/tmp/"
mount -t proc proc "$sys/proc"
mount --rbind /dev "$sys/dev"
mount -t sysfs sys "$sys/sys"

chroot "$sys" bash -euo pipefail -c '
    cd /tmp
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt install -y ./corescope_*.deb
    [ "$(command -v corescope)" = /usr/bin/corescope ]
    grep -qx "Exec=corescope %f" /usr/share/applications/corescope.desktop
    corescope --version
    corescope run primes6 --mode processes -j 2
    corescope run primes6-notebook --runtime python --mode processes -j 2 --start-method fork --quiet
    QT_QPA_PLATFORM=offscreen corescope primes6 --mode processes --workers 2 \
        --window-size 1400x900 --screenshot /tmp/window.png --quit-after-run --run
    apt remove -y corescope
    if [ -e /usr/bin/corescope ]; then echo "corescope is still installed" >&2; exit 1; fi
'
[ -z "$shot" ] || cp "$sys/tmp/window.png" "$shot"
echo "check-deb: $(basename "$deb") installs, runs and removes on a fresh Debian 12"
