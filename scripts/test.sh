#!/usr/bin/env bash
# Sets up a Debian 12 machine (idempotent), builds Tiergate and runs the test suite.
# With CI=true warnings are errors. Two more stages can follow the suite:
#  - TIERGATE_SANITIZE_STAGE=1: the core tests again in an AddressSanitizer + UndefinedBehaviorSanitizer
#    build (build-asan/: only the core tests and tiergate-cli are built; ccache keeps later runs short),
#  - TIERGATE_FUZZ_STAGE=1: a short run of every libFuzzer target (scripts/fuzz.sh, FUZZ_SECONDS each,
#    default 20).
# Each stage prints how long it took. Benchmarks are not part of this run: scripts/bench.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
BUILD_DIR=${TIERGATE_BUILD_DIR:-build}
start=$(date +%s)
WERROR=OFF
if [ "${CI:-}" = "true" ]; then WERROR=ON; fi
cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DTIERGATE_WERROR="$WERROR" >/dev/null
cmake --build "$BUILD_DIR" --parallel "$(nproc)"
export QT_QPA_PLATFORM=offscreen
ctest --test-dir "$BUILD_DIR" -LE bench --output-on-failure --parallel "$(nproc)" --timeout 300
echo "test: build and suite in $(( $(date +%s) - start )) s"

if [ "${TIERGATE_SANITIZE_STAGE:-}" = "1" ]; then
    ASAN_DIR=${TIERGATE_ASAN_BUILD_DIR:-build-asan}
    start=$(date +%s)
    # -O1: sanitized code at -O2 takes longer to build than the tests take to run.
    cmake -S . -B "$ASAN_DIR" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1 -g1" \
        -DTIERGATE_SANITIZE=address,undefined -DTIERGATE_WERROR=OFF >/dev/null
    cmake --build "$ASAN_DIR" --parallel "$(nproc)" --target tests/core/all tiergate-cli
    ASAN_OPTIONS=detect_leaks=0:abort_on_error=1:strict_string_checks=1:detect_stack_use_after_return=1 \
        UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
        ctest --test-dir "$ASAN_DIR" -L core -LE bench --output-on-failure --parallel "$(nproc)" --timeout 600
    echo "sanitizers: core tests clean under ASan+UBSan in $(( $(date +%s) - start )) s"
fi

if [ "${TIERGATE_FUZZ_STAGE:-}" = "1" ]; then
    start=$(date +%s)
    FUZZ_SECONDS=${FUZZ_SECONDS:-20} ./scripts/fuzz.sh
    echo "fuzz: every target clean in $(( $(date +%s) - start )) s (build included)"
fi
