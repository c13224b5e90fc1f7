#!/usr/bin/env bash
# Renders every panel of the GUI offscreen, with real traffic through the built-in Simulator, into
# resources/screenshots/: at 1600x1000 (<panel>-<theme>.png) and 1024x700
# (<panel>-<theme>-1024x700.png), light and dark, in English and in German (…-de…). Run after a
# build (scripts/run.sh or test.sh); rerun at will. SCREENSHOT_LANGUAGES / SCREENSHOT_SIZES /
# SCREENSHOT_THEMES narrow the set (e.g. SCREENSHOT_LANGUAGES=en).
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=${TIERGATE_BUILD_DIR:-build}/bin/tiergate
CLI=$(dirname "$BIN")/tiergate-cli
OUT=resources/screenshots
mkdir -p "$OUT"
export QT_QPA_PLATFORM=offscreen
unset TIERGATE_PROFILE
LANGUAGES=${SCREENSHOT_LANGUAGES:-en de}
SIZES=${SCREENSHOT_SIZES:-1600x1000 1024x700}
THEMES=${SCREENSHOT_THEMES:-light dark}

for theme in $THEMES; do
    for language in $LANGUAGES; do
        # One data folder per theme and language: the Chat conversation, the Compare run and the
        # ledger rows are real requests through the Simulator.
        data=$(mktemp -d)
        settings="$data/settings.ini"
        "$CLI" experiment run resources/examples/tier-check.jsonl --column tier:demo-budget \
            --column tier:demo-standard --column tier:demo-premium --repeat 3 --data-dir "$data" \
            --out "$data/reports" >/dev/null 2>&1
        for size in $SIZES; do
            suffix="$theme"
            [ "$language" = en ] || suffix="$suffix-$language"
            [ "$size" = 1600x1000 ] || suffix="$suffix-$size"
            run() { LANG=$([ "$language" = de ] && echo de_DE.UTF-8 || echo C.UTF-8) "$BIN" --data-dir "$data" \
                --settings "$settings" --theme "$theme" --language "$language" --size "$size" "$@"; }
            run --panel chat --prompt "Show me a Python retry helper with exponential backoff." \
                --screenshot "$OUT/chat-$suffix.png"
            # Compare: a finished run over the demo columns.
            run --panel compare --demo-requests 8 \
                --prompt "Write a Python function that retries with exponential backoff." \
                --screenshot "$OUT/compare-$suffix.png"
            for tab in results vote decision; do
                run --panel "experiments/$tab" --screenshot "$OUT/experiments-$tab-$suffix.png"
            done
            for panel in chart costs profiles; do
                run --panel "$panel" --demo-requests 12 --screenshot "$OUT/$panel-$suffix.png"
            done
        done
        rm -rf "$data"
    done
done
[ -f "$OUT/chat-light.png" ] && cp "$OUT/chat-light.png" "$OUT/mainwindow.png"
echo "screenshots written to $OUT"
