#!/usr/bin/env bash
# CTest "deb_package": `cpack -G DEB` (into a temporary folder) builds
# corescope_<version>_<arch>.deb with its Debian dependencies declared and the installed tree
# inside, under /usr. Installing it on a fresh Debian 12 is scripts/check-deb.sh (needs root and
# the network), not this test.
#
#   tests/deb_package.sh CPACK BUILD_DIR VERSION GUI(ON|OFF)
set -euo pipefail
cpack=$1 build=$2 version=$3 gui=$4

out=$(mktemp -d "${TMPDIR:-/tmp}/corescope-debtest.XXXXXX")
trap 'rm -rf "$out"' EXIT
fail() { echo "deb_package: FAIL: $*" >&2; exit 1; }

"$cpack" -G DEB --config "$build/CPackConfig.cmake" -B "$out" >"$out/cpack.log" 2>&1 \
    || { cat "$out/cpack.log" >&2; fail "cpack -G DEB failed"; }
deb=$out/corescope_${version}_$(dpkg --print-architecture).deb
[ -f "$deb" ] || { ls "$out" >&2; fail "no ${deb##*/}"; }

field() { dpkg-deb -f "$deb" "$1"; }
[ "$(field Package)" = corescope ] || fail "Package is '$(field Package)'"
[ "$(field Version)" = "$version" ] || fail "Version is '$(field Version)', not $version"
# A relation field's package names, one a line ("libqt6core6 (>= 6.4.0), libc6" -> two lines).
names() { field "$1" | sed 's/, */\n/g' | sed 's/[ (].*//'; }
depends=$(field Depends)
needed=(libc6 libstdc++6 libqt6core6)
[ "$gui" = ON ] && needed+=(libqt6gui6 libqt6widgets6 libqt6svg6 libqcustomplot2.1-qt6)
for p in "${needed[@]}"; do
    names Depends | grep -qxF "$p" || fail "Depends lacks $p: $depends"
done
names Recommends | grep -qxF python3 || fail "python3 is not recommended: $(field Recommends)"

contents=$(dpkg-deb -c "$deb" | awk '{ print $6 }')
files=(./usr/bin/corescope ./usr/bin/corescope-worker ./usr/share/corescope/python/corescope_driver.py
       ./usr/share/corescope/workloads/primes6.json)
[ "$gui" = ON ] && files+=(./usr/share/applications/corescope.desktop
                          ./usr/share/icons/hicolor/48x48/apps/corescope.png
                          ./usr/share/icons/hicolor/scalable/apps/corescope.svg)
for f in "${files[@]}"; do
    grep -qxF "$f" <<<"$contents" || fail "the package lacks $f"
done
echo "deb_package: ok (${deb##*/}, $(stat -c %s "$deb") bytes; Depends: $depends)"
