#!/usr/bin/env bash
# Sets up a Debian 12 machine (idempotent), builds Tiergate and runs the test suite.
# With CI=true warnings are errors. Benchmarks are not part of this run: scripts/bench.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
BUILD_DIR=${TIERGATE_BUILD_DIR:-build}
WERROR=OFF
if [ "${CI:-}" = "true" ]; then WERROR=ON; fi
cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DTIERGATE_WERROR="$WERROR" >/dev/null
cmake --build "$BUILD_DIR" --parallel "$(nproc)"
export QT_QPA_PLATFORM=offscreen
ctest --test-dir "$BUILD_DIR" -LE bench --output-on-failure --parallel "$(nproc)" --timeout 300
