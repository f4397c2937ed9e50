# Shared by run.sh and test.sh: the Debian 12 packages Auth Doctor needs, installed only when missing.
# shellcheck shell=bash

# To build and run.
AUTHDOCTOR_BUILD_PACKAGES=(
    cmake ninja-build g++ pkgconf
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n libqt6sql6-sqlite
    qtkeychain-qt6-dev libqt6svg6 qt6-qpa-plugins libgl-dev libxkbcommon-dev
    libsecret-1-0 gnome-keyring dbus
)
# To test and package as well: a headless X server for screenshots, the metadata validators, dpkg tools for cpack.
AUTHDOCTOR_TEST_PACKAGES=(
    xvfb xauth desktop-file-utils appstream dpkg-dev file dbus-x11
)

# install_missing PACKAGE...: apt-get installs the ones dpkg does not know as installed; silent when none are missing.
install_missing() {
    local missing=() package
    for package in "$@"; do
        if ! dpkg-query -W -f='${db:Status-Status}' "$package" 2>/dev/null | grep -qx installed; then
            missing+=("$package")
        fi
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    if [ "$(id -u)" -ne 0 ]; then
        echo "Auth Doctor needs these Debian packages: ${missing[*]}" >&2
        echo "Install them as root (apt-get install ${missing[*]}) or run this script as root." >&2
        exit 1
    fi
    echo "Installing: ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}
