#!/usr/bin/env bash
# Fuzzes the parser (intake, page cleaning, outline) for a bounded time with libFuzzer.
# Inputs that crash or hang are copied to Tests/BiganUnitTests/Fixtures/Fuzz/ (regression tests)
# and the script fails. Leaks are not looked for (Foundation leaks a path buffer per file opened).
# Usage: Scripts/fuzz.sh [seconds]   (the first build with the sanitizer takes a few minutes)
# The run is repeatable (libFuzzer seed 1); set BIGAN_FUZZ_SEED to explore other inputs.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
SECONDS_TO_RUN="${1:-60}"
FIXTURES="$ROOT/Tests/BiganUnitTests/Fixtures/Fuzz"
cd "$ROOT"
FLAGS=(-c debug --scratch-path .build-fuzz -Xswiftc -sanitize=fuzzer,address -Xswiftc -use-ld=lld -Xswiftc -DBIGAN_FUZZ)
build() { swift build "${FLAGS[@]}" --product bigan-fuzz 2>&1 | grep -vE "^\[|^Compiling|^Write"; return "${PIPESTATUS[0]}"; }
# SwiftPM can fail a second build of this product with "unknown build description"; it builds
# again once its build description is gone, and a stale binary is never fuzzed.
if ! build; then
  rm -f .build-fuzz/build.db .build-fuzz/*.yaml
  build || { echo "FAIL: the fuzz target does not build" >&2; exit 1; }
fi
FUZZER="$(swift build "${FLAGS[@]}" --show-bin-path)/bigan-fuzz"
[[ -x "$FUZZER" ]] || { echo "FAIL: no fuzz binary at $FUZZER" >&2; exit 1; }

WORK="$(mktemp -d "${TMPDIR:-/tmp}/bigan-fuzz.XXXXXX")"
trap 'rm -rf "$WORK"' EXIT
mkdir -p "$WORK/corpus" "$WORK/artifacts"
find "$FIXTURES" -type f ! -name README.md -exec cp {} "$WORK/corpus/" \;
set +e
(cd "$WORK" && ASAN_OPTIONS=detect_leaks=0 "$FUZZER" "$WORK/corpus" -seed="${BIGAN_FUZZ_SEED:-1}" -max_total_time="$SECONDS_TO_RUN" -timeout=10 -rss_limit_mb=2048 -detect_leaks=0 \
  -max_len=65536 -artifact_prefix="$WORK/artifacts/" -print_final_stats=1 >"$WORK/log" 2>&1)
STATUS=$?
set -e
grep -E "^#[0-9]+.*DONE|stat::number_of_executed_units|stat::peak_rss_mb|ERROR|SUMMARY" "$WORK/log" || tail -20 "$WORK/log"
FOUND=("$WORK"/artifacts/*)
if [[ $STATUS -ne 0 || -e "${FOUND[0]}" ]]; then
  tail -40 "$WORK/log" >&2
  for artifact in "$WORK"/artifacts/*; do
    [[ -e "$artifact" ]] && cp "$artifact" "$FIXTURES/" && echo "kept $(basename "$artifact") in $FIXTURES" >&2
  done
  echo "FAIL: the fuzzer found an input that crashes or hangs the parser (exit $STATUS)" >&2
  exit 1
fi
echo "ok: fuzzed the parser for ${SECONDS_TO_RUN}s without a crash or a hang"
