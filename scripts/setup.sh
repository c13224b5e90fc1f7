#!/usr/bin/env bash
# Installs what a Debian 12 (bookworm) machine needs to build, run and test Tiergate.
# Idempotent: when every package is already present it only checks and returns in seconds.
set -euo pipefail

PACKAGES=(
    build-essential cmake ninja-build pkg-config git
    qt6-base-dev qt6-base-dev-tools libqt6opengl6-dev libgl-dev libxkbcommon-dev
    qt6-charts-dev qt6-svg-dev qt6-httpserver-dev qt6-websockets-dev
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools libqt6sql6-sqlite libsqlite3-dev
    qt6-qpa-plugins
    qtkeychain-qt6-dev libyaml-cpp-dev libkf5syntaxhighlighting-tools
    xvfb xauth fonts-dejavu-core desktop-file-utils appstream clang-format ccache
    dbus-daemon gnome-keyring zlib1g-dev
    qt6-translations-l10n fonts-wqy-microhei
)

missing=()
for p in "${PACKAGES[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$p")
    fi
done

if [ ${#missing[@]} -eq 0 ]; then
    echo "setup: all ${#PACKAGES[@]} packages present"
    exit 0
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
echo "setup: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
echo "setup: done"
