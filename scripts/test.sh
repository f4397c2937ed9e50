#!/usr/bin/env bash
# Installs what is missing, builds with warnings as errors, runs every test, and builds the Debian package.
# Exits non-zero on any failure.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/deps.sh
install_missing "${AUTHDOCTOR_BUILD_PACKAGES[@]}" "${AUTHDOCTOR_TEST_PACKAGES[@]}"

build=${AUTHDOCTOR_TEST_BUILD_DIR:-build/test}
jobs=$(nproc)
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DAUTHDOCTOR_WERROR=ON >/dev/null
cmake --build "$build" --parallel "$jobs" -- --quiet

# Tests must never reach a real proxy or a desktop session: loopback only, offscreen widgets.
export no_proxy='*' NO_PROXY='*' QT_QPA_PLATFORM=offscreen
unset http_proxy https_proxy HTTP_PROXY HTTPS_PROXY all_proxy ALL_PROXY DISPLAY WAYLAND_DISPLAY

ctest --test-dir "$build" --output-on-failure --parallel "$jobs" --no-tests=error -LE keychain
# The keychain tests need a real Secret Service in a private D-Bus session with a throw-away HOME.
scripts/keychain-tests.sh "$build"

# The package must build and hold what a desktop needs.
(cd "$build" && cpack -G DEB >/dev/null)
deb=$(ls -t "$build"/authdoctor_*.deb | head -n 1)
contents=$(dpkg-deb -c "$deb")
for path in usr/bin/authdoctor usr/bin/authdoctor-cli usr/share/applications/io.github.authdoctor.AuthDoctor.desktop \
    usr/share/metainfo/io.github.authdoctor.AuthDoctor.metainfo.xml; do
    grep -q "$path\$" <<<"$contents" || { echo "package check: $path missing from $deb" >&2; exit 1; }
done
echo "package check: $(basename "$deb") holds the programs, the desktop file and the metainfo"
