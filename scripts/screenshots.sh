#!/usr/bin/env bash
# Renders every panel of the GUI offscreen, in light and dark themes, with real traffic through
# the built-in Simulator, into resources/screenshots/. Run after a build (scripts/run.sh or test.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=${TIERGATE_BUILD_DIR:-build}/bin/tiergate
OUT=resources/screenshots
mkdir -p "$OUT"
export QT_QPA_PLATFORM=offscreen
for theme in light dark; do
    data=$(mktemp -d)
    "$BIN" --data-dir "$data" --theme "$theme" --panel chat \
        --prompt "Show me a Python retry helper with exponential backoff." --screenshot "$OUT/chat-$theme.png"
    # Compare: a finished three-column run (budget, standard and the flaky model), two runs each.
    "$BIN" --data-dir "$data" --theme "$theme" --panel compare --demo-requests 8 \
        --prompt "Write a Python function that retries with exponential backoff." --screenshot "$OUT/compare-$theme.png"
    # Experiments: the example prompt set against the three demo tiers, three runs each.
    "$(dirname "$BIN")/tiergate-cli" experiment run resources/examples/tier-check.jsonl --column tier:demo-budget \
        --column tier:demo-standard --column tier:demo-premium --repeat 3 --data-dir "$data" \
        --out "$data/reports" >/dev/null 2>&1
    for tab in results vote decision; do
        "$BIN" --data-dir "$data" --theme "$theme" --panel "experiments/$tab" \
            --screenshot "$OUT/experiments-$tab-$theme.png"
    done
    for panel in chart costs profiles; do
        "$BIN" --data-dir "$data" --theme "$theme" --panel "$panel" --demo-requests 12 \
            --screenshot "$OUT/$panel-$theme.png"
    done
    rm -rf "$data"
done
cp "$OUT/chat-light.png" "$OUT/mainwindow.png"
echo "screenshots written to $OUT"
