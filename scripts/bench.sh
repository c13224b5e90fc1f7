#!/usr/bin/env bash
# Builds Tiergate (Release) and runs the benchmarks. Each benchmark prints its figures with their
# targets and baselines (as ratios); this script adds the machine's load average before and after
# each one, since every figure depends on it.
#   BENCH_RUNS=3 ./scripts/bench.sh            every benchmark three times
#   ./scripts/bench.sh bench_budget bench_ledger   only these
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
BUILD_DIR=${TIERGATE_BUILD_DIR:-build}
RUNS=${BENCH_RUNS:-1}
cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build "$BUILD_DIR" --parallel "$(nproc)"
export QT_QPA_PLATFORM=offscreen

# Figures of the performance goals and where they come from:
#   bench_budget   budget check at 0 / 1M / 10M rows today; `load` at c=1 on each (ratio >= 0.9);
#                  `load` at c=64 (>= 3,000 req/s) and processor time per request (<= 0.3 ms)
#   bench_ledger   bulk insert (>= 65,000 rows/s), per-model p95 (< 200 ms), dashboard queries
#   bench_router   router overhead per request (< 50 us median)
#   bench_chat     chat streaming stalls (4 panels x 500 tok/s: p99 < 16 ms, worst < 50 ms)
#   bench_chart    live chart memory and stalls with 1M results
#   bench_conversation  100k-message conversation first paint (< 300 ms, < 100 MB); 10 MB answer finish
#   bench_transport transport throughput against the openai npm client
#   bench_import   LiteLLM import of 10,000 models (well under 1 s), per-model time against 1,000 models
default=(bench_budget bench_ledger bench_router bench_transport bench_chat bench_chart bench_conversation bench_import)
if [ "$#" -gt 0 ]; then benches=("$@"); else benches=("${default[@]}"); fi
registered=$(ctest --test-dir "$BUILD_DIR" -L bench -N | sed -n 's/^ *Test *#[0-9]*: *//p')

for bench in "${benches[@]}"; do
    if ! grep -qx "$bench" <<<"$registered"; then
        echo "== $bench: not built in this tree, skipped"
        continue
    fi
    for run in $(seq 1 "$RUNS"); do
        echo "== $bench, run $run of $RUNS; load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
        ctest --test-dir "$BUILD_DIR" -R "^${bench}\$" --verbose --timeout 7200 | sed -n 's/^[0-9]*: //p'
        echo "== $bench, run $run of $RUNS; load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
    done
done
