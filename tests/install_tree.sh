#!/usr/bin/env bash
# CTest "install_tree": `cmake --install` into a temporary DESTDIR (prefix /usr, as the .deb)
# lays out exactly the expected tree, and the installed program runs from there alone: it
# finds its worker and its Python driver beside itself / in its share/ folder, not in the
# build tree (without the installed worker a processes run fails, so it is the one used).
#
#   tests/install_tree.sh CMAKE BUILD_DIR SOURCE_DIR VERSION GUI(ON|OFF)
set -euo pipefail
cmake=$1 build=$2 source=$3 version=$4 gui=$5

root=$(mktemp -d "${TMPDIR:-/tmp}/corescope-install.XXXXXX")
trap 'rm -rf "$root"' EXIT
fail() { echo "install_tree: FAIL: $*" >&2; exit 1; }

DESTDIR=$root/dest "$cmake" --install "$build" --prefix /usr >"$root/install.log" \
    || { cat "$root/install.log" >&2; fail "cmake --install failed"; }
usr=$root/dest/usr

# 1. The tree: every file expected, nothing else.
expected=(bin/corescope bin/corescope-worker)
# The MPI ranks' worker, when this build has MPI (optional at build time).
[ -e "$build/bin/corescope-mpi-worker" ] && expected+=(bin/corescope-mpi-worker)
for f in "$source"/resources/python/*.py; do
    expected+=("share/corescope/python/${f##*/}")
done
for f in "$source"/resources/workloads/*.py; do
    expected+=("share/corescope/python/workloads/${f##*/}")
done
for f in "$source"/resources/workloads/*.json "$source"/resources/workloads/*.py; do
    expected+=("share/corescope/workloads/${f##*/}")
done
sizes=(16 22 24 32 48 64 128 256)
if [ "$gui" = ON ]; then
    expected+=(share/applications/corescope.desktop share/icons/hicolor/scalable/apps/corescope.svg)
    for n in "${sizes[@]}"; do
        expected+=("share/icons/hicolor/${n}x${n}/apps/corescope.png")
    done
fi
printf '%s\n' "${expected[@]}" | sort >"$root/expected"
(cd "$usr" && find . -type f -o -type l) | sed 's|^\./||' | sort >"$root/installed"
[ "$(wc -l <"$root/expected")" -ge 20 ] || fail "expected list too short: $(wc -l <"$root/expected")"
diff -u "$root/expected" "$root/installed" >&2 || fail "the installed tree differs (- expected, + installed)"

[ -x "$usr/bin/corescope" ] && [ -x "$usr/bin/corescope-worker" ] || fail "binaries not executable"
if command -v readelf >/dev/null; then
    ! readelf -d "$usr/bin/corescope" | grep -E 'R(UN)?PATH' | grep -qF "$build" \
        || fail "the installed corescope has the build tree in its RUNPATH"
fi

if [ "$gui" = ON ]; then
    desktop=$usr/share/applications/corescope.desktop
    grep -qx 'Exec=corescope %f' "$desktop" || fail ".desktop: Exec is not 'corescope %f'"
    grep -qx 'Icon=corescope' "$desktop" || fail ".desktop: Icon is not 'corescope'"
    # The menu speaks the classrooms' languages too.
    for key in 'Name[ko]' 'Name[ru]' 'GenericName[ko]' 'GenericName[ru]' 'Comment[ko]' 'Comment[ru]'; do
        grep -qF "$key=" "$desktop" || fail ".desktop: no $key"
    done
    if command -v desktop-file-validate >/dev/null; then
        desktop-file-validate "$desktop" || fail ".desktop does not validate"
    fi
    # Each PNG is the size of its folder (width and height from the IHDR chunk).
    for n in "${sizes[@]}"; do
        png=$usr/share/icons/hicolor/${n}x${n}/apps/corescope.png
        read -r w h < <(od -An -tu1 -j16 -N8 "$png" \
            | awk '{ print $1*16777216 + $2*65536 + $3*256 + $4, $5*16777216 + $6*65536 + $7*256 + $8 }')
        [ "$w" = "$n" ] && [ "$h" = "$n" ] || fail "icon ${n}x${n} is ${w}x${h}"
    done
fi

# 2. The installed program, run from a folder of its own with /usr/bin:/bin as PATH: nothing of
# the build tree is on its way.
mkdir -p "$root/cwd" "$root/home"
cd "$root/cwd"
installed() {
    env -u LD_LIBRARY_PATH -u QT_PLUGIN_PATH HOME="$root/home" PATH=/usr/bin:/bin \
        "$usr/bin/corescope" "$@"
}
out=$(installed --version) || fail "corescope --version failed"
[ "$out" = "corescope $version" ] || fail "--version printed '$out', not 'corescope $version'"

installed run primes6 --mode processes -j 2 --report "$root/run.json" >"$root/run.out" 2>&1 \
    || { cat "$root/run.out" >&2; fail "corescope run primes6 --mode processes -j 2 failed"; }
grep -q '"mode":"processes"' "$root/run.json" || fail "the report is not of a processes run"
grep -q '"status":"ok"' "$root/run.json" || fail "the processes run's status is not ok"
oks=$(grep -o '"ok":true' "$root/run.json" | wc -l)
[ "$oks" -eq 6 ] || fail "the processes run checked $oks of primes6's 6 results ok"

# An installed example workload is a valid file of its own.
installed run "$usr/share/corescope/workloads/sum10.json" --mode threads -j 2 --quiet \
    >"$root/file.out" 2>&1 || { cat "$root/file.out" >&2; fail "running the installed sum10.json failed"; }

# The Python runtime finds the installed driver, and a shipped workload's own Python file in
# share/corescope/python/workloads/ (only with a python3 on the PATH the program gets); without
# the installed driver it fails.
if PATH=/usr/bin:/bin command -v python3 >/dev/null; then
    pyrun() {
        installed run primes6-notebook --runtime python --mode processes -j 2 --start-method fork "$@"
    }
    pyrun >"$root/py.out" 2>&1 || { cat "$root/py.out" >&2; fail "the Python run from the install failed"; }
    mv "$usr/share/corescope/python/corescope_driver.py" "$root/driver.moved"
    if pyrun >"$root/nodriver.out" 2>&1; then
        fail "a Python run succeeded without the installed driver: it used another one"
    fi
    grep -q "Python driver is missing" "$root/nodriver.out" \
        || { cat "$root/nodriver.out" >&2; fail "without the driver, the run failed for another reason"; }
    mv "$root/driver.moved" "$usr/share/corescope/python/corescope_driver.py"
else
    echo "install_tree: no python3 in /usr/bin:/bin, the Python runtime's run is not checked"
fi

# The worker used is the installed one: without it, a processes run fails.
mv "$usr/bin/corescope-worker" "$root/worker.moved"
if installed run primes6 --mode processes -j 2 >"$root/noworker.out" 2>&1; then
    fail "a processes run succeeded without the installed worker: it used another one"
fi
grep -qF "$usr/bin/corescope-worker" "$root/noworker.out" \
    || { cat "$root/noworker.out" >&2; fail "without the worker, the error does not name the installed path"; }
mv "$root/worker.moved" "$usr/bin/corescope-worker"
echo "install_tree: ok ($(wc -l <"$root/installed") files under $usr)"
