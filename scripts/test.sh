#!/usr/bin/env bash
# Sets up a Debian 12 machine (idempotent), builds Tiergate and runs the test suite.
# With CI=true warnings are errors. Three more stages follow the suite (by default only in CI):
#  - TIERGATE_SANITIZE_STAGE=1: the core tests again in an AddressSanitizer + UndefinedBehaviorSanitizer
#    build (clang, build-fuzz/: only the core, its tests and tiergate-cli; ccache keeps later runs short),
#  - TIERGATE_FUZZ_STAGE=1: a short run of every libFuzzer target on the same build (scripts/fuzz.sh,
#    FUZZ_SECONDS each, default 20),
#  - TIERGATE_TSAN_STAGE=1: the tests of the code that runs on a second thread (the search indexer)
#    in a ThreadSanitizer build (scripts/tsan.sh, build-tsan/: only the core and those tests).
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

# In CI the stages run by default (TIERGATE_SANITIZE_STAGE=0, TIERGATE_FUZZ_STAGE=0 or
# TIERGATE_TSAN_STAGE=0 skip one).
if [ "${CI:-}" = "true" ]; then
    : "${TIERGATE_SANITIZE_STAGE:=1}" "${TIERGATE_FUZZ_STAGE:=1}" "${TIERGATE_TSAN_STAGE:=1}"
fi
FUZZ_DIR=${TIERGATE_FUZZ_BUILD_DIR:-build-fuzz}
export TIERGATE_FUZZ_BUILD_DIR=$FUZZ_DIR

if [ "${TIERGATE_SANITIZE_STAGE:-}" = "1" ]; then
    start=$(date +%s)
    # One clang build serves both stages: tiergate_core instrumented for AddressSanitizer,
    # UndefinedBehaviorSanitizer and libFuzzer's coverage, the core tests and tiergate-cli on it,
    # and the fuzzers (scripts/fuzz.sh). Only what the sanitized tests need is built.
    TIERGATE_FUZZ_CORE_TESTS=ON TIERGATE_FUZZ_CONFIGURE_ONLY=1 ./scripts/fuzz.sh
    cmake --build "$FUZZ_DIR" --parallel "$(nproc)" --target tests/core/all tiergate-cli
    ASAN_OPTIONS=detect_leaks=0:abort_on_error=1:strict_string_checks=1:detect_stack_use_after_return=1 \
        UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 QTEST_FUNCTION_TIMEOUT=900000 TIERGATE_SANITIZED_RUN=1 \
        ctest --test-dir "$FUZZ_DIR" -L core -LE bench --output-on-failure --parallel "$(nproc)" --timeout 900
    echo "sanitizers: core tests clean under ASan+UBSan in $(( $(date +%s) - start )) s (build included)"
fi

if [ "${TIERGATE_FUZZ_STAGE:-}" = "1" ]; then
    start=$(date +%s)
    FUZZ_SECONDS=${FUZZ_SECONDS:-20} ./scripts/fuzz.sh
    echo "fuzz: every target clean in $(( $(date +%s) - start )) s (build included)"
fi

if [ "${TIERGATE_TSAN_STAGE:-}" = "1" ]; then
    start=$(date +%s)
    ./scripts/tsan.sh
    echo "tsan: the threaded code's tests clean under ThreadSanitizer in $(( $(date +%s) - start )) s (build included)"
fi
