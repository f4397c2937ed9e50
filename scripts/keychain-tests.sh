#!/usr/bin/env bash
# Runs the keychain tests (ctest -L keychain) against a real gnome-keyring in a private D-Bus session and a throwaway
# home, then searches that home, the settings files, the test logs and /tmp for the test secrets: none may be there
# in plain text. Usage: scripts/keychain-tests.sh BUILD_DIR
set -euo pipefail

if [ $# -ne 1 ] || [ ! -d "$1" ]; then
    echo "usage: $0 BUILD_DIR" >&2
    exit 2
fi
build=$(cd "$1" && pwd)
for tool in dbus-run-session dbus-send gnome-keyring-daemon ctest od; do
    command -v "$tool" >/dev/null || { echo "keychain tests: $tool is missing (packages dbus, gnome-keyring)" >&2; exit 1; }
done

real_home=$HOME
root=$(mktemp -d /tmp/authdoctor-keychain.XXXXXX)
trap 'rm -rf "$root"' EXIT
mkdir -p "$root/home/.local/share" "$root/home/.config" "$root/home/.cache" "$root/tmp"
mkdir -m 700 "$root/runtime"
chmod 700 "$root/home"

# gnome-keyring shows its unlock and "new keyring" prompts on a display and waits for an answer forever; without one it
# fails at once. None of the desktop session's bus or keyring may be reached: this session is private.
unset DISPLAY WAYLAND_DISPLAY DBUS_SESSION_BUS_ADDRESS DBUS_STARTER_ADDRESS DBUS_STARTER_BUS_TYPE \
    GNOME_KEYRING_CONTROL SSH_AUTH_SOCK
export HOME=$root/home XDG_DATA_HOME=$root/home/.local/share XDG_CONFIG_HOME=$root/home/.config \
    XDG_CACHE_HOME=$root/home/.cache XDG_RUNTIME_DIR=$root/runtime TMPDIR=$root/tmp
export AUTHDOCTOR_KEYCHAIN_PRIVATE_SESSION=1
# A token new to every run ends every test secret, so that no old copy and no binary holding the fixed part can match.
token=$(od -An -N6 -tx1 /dev/urandom | tr -d ' \n')
export AUTHDOCTOR_KEYCHAIN_TEST_TOKEN=$token
# The secrets tests/keychain/TestCredentialStore.cpp writes; keep the two lists the same.
secrets=("pässwörd-✓-Test-42-$token" "Updated-Secret-99-$token" "apikey-Zeta-7-$token" "child-Secret-5-$token")

status=0
dbus-run-session -- sh -c '
    echo -n pw | gnome-keyring-daemon --unlock --components=secrets >/dev/null
    exec ctest --test-dir "$1" -L keychain --output-on-failure --no-tests=error
' sh "$build" || status=$?

# The timings and the outcome of each failure mode, from the full test output ctest keeps.
grep -h '\[measure\]' "$build/Testing/Temporary/LastTest.log" | sed 's/^.*\[measure\] /keychain: /' || true

keyring=$XDG_DATA_HOME/keyrings/login.keyring
if [ ! -s "$keyring" ]; then
    echo "keychain tests: no keyring file at $keyring; the tests did not reach gnome-keyring" >&2
    status=1
fi

# The keyring file is encrypted; anything else that holds a secret or the token is a plain-text copy.
patterns=()
for needle in "${secrets[@]}" "$token"; do
    patterns+=(-e "$needle")
done
search=("$root" /tmp "$build/Testing")
for dir in "$real_home/.config" "$real_home/.local/share/keyrings" "$real_home/.cache"; do
    [ -d "$dir" ] && search+=("$dir")
done
# grep's status says 2 when some file could not be read even if another matched; what it prints is what counts.
leaks=$(LC_ALL=C grep -rlF -D skip --binary-files=text -s "${patterns[@]}" "${search[@]}" || true)
if [ -n "$leaks" ]; then
    echo "keychain tests: a test secret was found in plain text in:" >&2
    echo "$leaks" >&2
    status=1
else
    echo "keychain tests: no test secret in plain text under ${search[*]}"
fi
exit "$status"
