#!/usr/bin/env bash
# ThreadSanitizer pass over the code that runs on more than one thread: the conversation search
# index is written on a thread of its own (core/chat/searchindexer), beside the GUI thread that
# writes and searches the conversations. Built apart with clang (build-tsan/, -O1): tiergate_core
# and the tests that drive the indexer, nothing else. Qt is not built with ThreadSanitizer, so
# races are looked for in our code only (ignore_noninstrumented_modules); no report is suppressed.
# (Qt's mutexes are annotated in its headers, but QWaitCondition unlocks inside Qt, unseen: the
# indexer waits on a standard condition variable.)
#   ./scripts/tsan.sh                  configure, build and run
#   TIERGATE_TSAN_BUILD_DIR=dir        another build folder
set -euo pipefail
cd "$(dirname "$0")/.."

BUILD_DIR=${TIERGATE_TSAN_BUILD_DIR:-build-tsan}
# The core tests whose code starts the search indexer (through ConversationStore).
TESTS=(tst_conversationstore tst_chatsession tst_conversationimport tst_handoffimport)

# clang 14 and its sanitizer runtimes, from Debian (idempotent, quick when present).
PACKAGES=(clang-14 libclang-rt-14-dev)
missing=()
for p in "${PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
    SUDO=""
    if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
    echo "tsan: installing ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    $SUDO apt-get update -qq
    $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

# -O1: instrumented code at -O2 takes longer to build than it runs.
cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER=clang++-14 \
    -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1 -g1" -DTIERGATE_SANITIZE=thread >/dev/null
cmake --build "$BUILD_DIR" --parallel "$(nproc)" --target "${TESTS[@]}"

regex="^($(IFS='|'; echo "${TESTS[*]}"))\$"
TSAN_OPTIONS="halt_on_error=1:second_deadlock_stack=1:ignore_noninstrumented_modules=1" \
    QTEST_FUNCTION_TIMEOUT=900000 TIERGATE_SANITIZED_RUN=1 QT_QPA_PLATFORM=offscreen \
    ctest --test-dir "$BUILD_DIR" -R "$regex" --output-on-failure --parallel "$(nproc)" --timeout 900
