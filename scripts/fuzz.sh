#!/usr/bin/env bash
# Builds the libFuzzer targets with clang (in build-fuzz/, apart from the GCC build) and runs each
# for FUZZ_SECONDS seconds (default 60). Corpora grow in build-fuzz/corpus/<target>, seeded from
# tests/data; a crash is saved in build-fuzz/crashes/ and makes the script fail. The regression
# inputs in tests/data/fuzz/<target>/ (inputs that once crashed) are replayed first.
#   ./scripts/fuzz.sh                 all targets, 60 s each
#   FUZZ_SECONDS=10 ./scripts/fuzz.sh fuzz_sseparser fuzz_config
set -euo pipefail
cd "$(dirname "$0")/.."

SECONDS_EACH=${FUZZ_SECONDS:-60}
BUILD_DIR=${TIERGATE_FUZZ_BUILD_DIR:-build-fuzz}
TARGETS=("$@")
if [ ${#TARGETS[@]} -eq 0 ]; then
    TARGETS=(fuzz_sseparser fuzz_streamchunk fuzz_contract fuzz_config fuzz_litellm)
fi

# clang 14 and its libFuzzer runtime, from Debian (idempotent, quick when present).
PACKAGES=(clang-14 libclang-rt-14-dev)
missing=()
for p in "${PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
    SUDO=""
    if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
    echo "fuzz: installing ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    $SUDO apt-get update -qq
    $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

# -O1: sanitized code at -O2 takes longer to build than it runs. TIERGATE_FUZZ_CORE_TESTS=ON adds
# the core tests and tiergate-cli to the same build (scripts/test.sh's sanitizer stage); a build
# folder configured so keeps them.
core_tests=()
if [ -n "${TIERGATE_FUZZ_CORE_TESTS:-}" ]; then core_tests=(-DTIERGATE_FUZZ_CORE_TESTS="$TIERGATE_FUZZ_CORE_TESTS"); fi
cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER=clang++-14 \
    -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1 -g1" -DTIERGATE_FUZZ=ON "${core_tests[@]}" >/dev/null
if [ -n "${TIERGATE_FUZZ_CONFIGURE_ONLY:-}" ]; then exit 0; fi
cmake --build "$BUILD_DIR" --parallel "$(nproc)" --target "${TARGETS[@]}"

seeds_of() {
    case "$1" in
    fuzz_sseparser) echo tests/data/*.sse ;;
    fuzz_streamchunk) echo tests/data/*.sse tests/data/chat_response.json ;;
    fuzz_contract) echo tests/data/chat_*.json tests/data/error_*.json ;;
    fuzz_config) echo tests/data/config-*.json ;;
    fuzz_litellm) echo tests/data/*.yaml ;;
    esac
}

export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=0:abort_on_error=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
mkdir -p "$BUILD_DIR/crashes"
status=0
summary=()
for target in "${TARGETS[@]}"; do
    binary="$BUILD_DIR/tests/fuzz/$target"
    corpus="$BUILD_DIR/corpus/$target"
    mkdir -p "$corpus"
    regressions="tests/data/fuzz/$target"
    if [ -d "$regressions" ] && [ -n "$(ls -A "$regressions")" ]; then
        "$binary" "$regressions"/* >/dev/null 2>&1 || { echo "fuzz: $target fails on a regression input"; status=1; }
    fi
    # Seeds: each file of tests/data, and for the stream-chunk reader each data line of the streams.
    for seed in $(seeds_of "$target"); do
        if [ "$target" = fuzz_streamchunk ] && [[ "$seed" == *.sse ]]; then
            n=0
            grep '^data: {' "$seed" | while IFS= read -r line; do
                n=$((n + 1))
                printf '%s' "${line#data: }" >"$corpus/seed-$(basename "$seed")-$n"
            done
        else
            # The SSE target reads two control bytes first.
            if [ "$target" = fuzz_sseparser ]; then
                { printf '\001\002'; cat "$seed"; } >"$corpus/seed-$(basename "$seed")"
            else
                cp "$seed" "$corpus/seed-$(basename "$seed")"
            fi
        fi
    done
    log="$BUILD_DIR/$target.log"
    if "$binary" "$corpus" -max_total_time="$SECONDS_EACH" -max_len=65536 -rss_limit_mb=2048 -timeout=10 \
        -print_final_stats=1 -artifact_prefix="$BUILD_DIR/crashes/$target-" >"$log" 2>&1; then
        runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' || echo "?")
        size=$(find "$corpus" -type f | wc -l)
        summary+=("$target: $runs executions, corpus $size inputs")
    else
        summary+=("$target: FAILED (see $log and $BUILD_DIR/crashes/)")
        tail -n 40 "$log"
        status=1
    fi
done
printf 'fuzz: %s\n' "${summary[@]}"
exit $status
