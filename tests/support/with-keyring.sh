#!/bin/sh
# Runs a command with a throwaway, unlocked GNOME Keyring as the Secret Service: call it through
# `dbus-run-session -- with-keyring.sh COMMAND...`. HOME and XDG_RUNTIME_DIR point into a fresh
# temporary folder, so the user's own keyring is never touched.
set -eu
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
export HOME="$tmp"
export XDG_RUNTIME_DIR="$tmp/run"
export XDG_DATA_HOME="$tmp/data"
mkdir -m 700 -p "$XDG_RUNTIME_DIR" "$XDG_DATA_HOME"
eval "$(printf 'tiergate-test' | gnome-keyring-daemon --unlock --components=secrets)"
export GNOME_KEYRING_CONTROL
export TIERGATE_TEST_KEYRING=1
"$@"
