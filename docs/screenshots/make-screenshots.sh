#!/usr/bin/env bash
# Regenerates the PNGs in docs/screenshots/ (English and Bahasa Indonesia) from the real widgets.
# Runs the app's --screenshots mode under a virtual X server; it uses a throw-away workspace and settings.
#   docs/screenshots/make-screenshots.sh [BUILD_DIR]      (default: build)
# Needs xvfb (xvfb-run); the app must be built: cmake --build BUILD_DIR --target relasi
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
build="${1:-$root/build}"
app="$build/app/relasi"
if [[ ! -x "$app" ]]; then
    echo "relasi not built: run cmake --build $build --target relasi" >&2
    exit 1
fi
command -v xvfb-run >/dev/null || { echo "xvfb-run missing: sudo apt-get install xvfb" >&2; exit 1; }
# A plain, predictable look: Fusion style, no desktop theme, fixed font DPI.
export QT_QPA_PLATFORMTHEME=
export QT_STYLE_OVERRIDE=Fusion
export QT_FONT_DPI=96
xvfb-run -a -s "-screen 0 1280x800x24" "$app" --screenshots "$here"
