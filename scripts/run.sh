#!/usr/bin/env bash
# Sets up a Debian 12 machine (idempotent), builds Tiergate and starts the GUI.
# Arguments are passed to the app (e.g. --panel compare).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
BUILD_DIR=${TIERGATE_BUILD_DIR:-build}
cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build "$BUILD_DIR" --parallel "$(nproc)" --target tiergate tiergate-cli
exec "$BUILD_DIR/bin/tiergate" "$@"
