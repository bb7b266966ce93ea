#!/usr/bin/env bash
# Renders resources/icons/corescope.svg into the PNG sizes of the hicolor icon theme
# (resources/icons/hicolor/<N>x<N>/apps/corescope.png), which are committed: the build and the
# package need no SVG renderer. Run it after editing the SVG; needs rsvg-convert (librsvg2-bin).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
icons=$root/resources/icons
command -v rsvg-convert >/dev/null || { echo "render-icons: needs rsvg-convert (apt-get install librsvg2-bin)" >&2; exit 2; }
# The sizes desktops ask for: menus and panels (16-48), launchers and docks (64-256).
for n in 16 22 24 32 48 64 128 256; do
    mkdir -p "$icons/hicolor/${n}x${n}/apps"
    rsvg-convert -w "$n" -h "$n" "$icons/corescope.svg" -o "$icons/hicolor/${n}x${n}/apps/corescope.png"
done
