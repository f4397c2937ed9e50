#!/usr/bin/env bash
# Installs what is missing, builds Auth Doctor, and starts the wizard. Arguments go to the program (e.g. an address).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/deps.sh
install_missing "${AUTHDOCTOR_BUILD_PACKAGES[@]}"

build=${AUTHDOCTOR_BUILD_DIR:-build/release}
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DAUTHDOCTOR_BUILD_TESTS=OFF >/dev/null
cmake --build "$build" --parallel "$(nproc)" -- --quiet

if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
    echo "No graphical display found (DISPLAY and WAYLAND_DISPLAY are unset)." >&2
    echo "Start scripts/run.sh from a desktop session, or use the command line:" >&2
    echo "  $build/src/cli/authdoctor-cli diagnose https://example.com/" >&2
    exit 1
fi
exec "$build/src/app/authdoctor" "$@"
