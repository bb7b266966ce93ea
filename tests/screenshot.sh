#!/usr/bin/env bash
# Refreshes docs/screenshot-main.png, screenshot-presentation-1280x720.png,
# screenshot-presentation-1920x1080.png, screenshot-ko.png, screenshot-ru.png and
# screenshot-race.png (the emulated-GIL lesson's race): runs the real window
# under Xvfb on the seed primes (processes mode, 2 workers) through tst_gui_screenshot, which
# keeps the pictures when CORESCOPE_SCREENSHOT_DIR is set.
#   tests/screenshot.sh [BUILD_DIR]      (default: build)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
build="${1:-$root/build}"
ninja -C "$build" corescope corescope-worker tst_gui_screenshot
CORESCOPE_SCREENSHOT_DIR="$root/docs" "$build/bin/tst_gui_screenshot"
echo "Updated $root/docs/screenshot-{main,presentation-1280x720,presentation-1920x1080,ko,ru,race}.png"
