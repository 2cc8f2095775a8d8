#!/usr/bin/env bash
# kill -9 in the middle of an import, then the same import again: the library is healthy and
# holds exactly the rows of a clean import. Ctrl-C stops after the current file, says what was
# done, and the import run again completes the library.
# The kill comes once the import has committed its first files and goes on with the rest; the
# Ctrl-C at 30 % of the time the clean import took. Neither waits for a fixed time, so a fast
# machine does not finish the import first.
# Usage: Scripts/fault-kill.sh [MiB]
source "$(dirname "$0")/lib.sh"
SIZE="${1:-12}"
generate "$SIZE" "$SCRATCH/corpus"

STARTED=$(date +%s%N)
"$BIGAN" import --json --library "$SCRATCH/clean.sqlite" "$SCRATCH/corpus" >/dev/null
CLEAN_MS=$(( ($(date +%s%N) - STARTED) / 1000000 ))
healthy "$SCRATCH/clean.sqlite" || fail "the clean import is not healthy"
CLEAN="$(counts "$SCRATCH/clean.sqlite")"
echo "clean:   $CLEAN (${CLEAN_MS} ms)"
# seconds PERCENT: that share of the clean import's time, in seconds, for sleep.
seconds() { awk -v ms="$CLEAN_MS" -v pct="$1" 'BEGIN { printf "%.2f", ms * pct / 100000 }'; }
INT_AFTER=$(seconds 30)

# kill -9 once some files are committed, then the same import again.
"$BIGAN" import --json --library "$SCRATCH/killed.sqlite" "$SCRATCH/corpus" >/dev/null 2>&1 &
PID=$!
STARTED=$(date +%s%N)
until [[ -f "$SCRATCH/killed.sqlite" ]] && (( $(sql "$SCRATCH/killed.sqlite" "SELECT count(*) FROM source" 2>/dev/null || echo 0) > 0 )); do
  kill -0 "$PID" 2>/dev/null || fail "the import ended before the kill; use a larger corpus"
  sleep 0.05
done
kill -0 "$PID" 2>/dev/null || fail "the import ended before the kill; use a larger corpus"
kill -9 "$PID"
KILL_AFTER=$(awk -v ns="$(( $(date +%s%N) - STARTED ))" 'BEGIN { printf "%.2f", ns / 1e9 }')
wait "$PID" 2>/dev/null || true
echo "killed:  $(counts "$SCRATCH/killed.sqlite")"
"$BIGAN" import --json --library "$SCRATCH/killed.sqlite" "$SCRATCH/corpus" >/dev/null \
  || fail "the import after kill -9 failed"
healthy "$SCRATCH/killed.sqlite" || fail "the library after kill -9 is not healthy"
RESUMED="$(counts "$SCRATCH/killed.sqlite")"
echo "resumed: $RESUMED"
[[ "$RESUMED" == "$CLEAN" ]] || fail "after kill -9 and a second import the rows differ from a clean import"
pass "kill -9 after ${KILL_AFTER}s, import again: healthy, same rows as a clean import"

# kill -9 while the progress bar is drawn (a terminal, through script(1)): every file the bar
# called committed (已入库 N) is in the library.
script -qfc "echo \$\$ >'$SCRATCH/bar.pid'; exec '$BIGAN' import --library '$SCRATCH/bar.sqlite' '$SCRATCH/corpus'" \
  "$SCRATCH/bar.log" >/dev/null 2>&1 &
SCRIPT=$!
shown() { grep -ao '已入库 [0-9]*' "$SCRATCH/bar.log" 2>/dev/null | tail -1 | grep -o '[0-9]*' || echo 0; }
until (( $(shown) > 0 )); do
  kill -0 "$SCRIPT" 2>/dev/null || fail "the import under a terminal ended before it showed a commit; use a larger corpus"
  sleep 0.05
done
sleep 0.3
kill -9 "$(cat "$SCRATCH/bar.pid")"
wait "$SCRIPT" 2>/dev/null || true
SHOWN=$(shown)
HELD=$(sql "$SCRATCH/bar.sqlite" "SELECT count(*) FROM source")
echo "bar showed $SHOWN files committed; the library holds $HELD"
(( SHOWN > 0 && HELD >= SHOWN )) || fail "the bar called $SHOWN files committed but the library holds $HELD"
healthy "$SCRATCH/bar.sqlite" || fail "the library after kill -9 under the bar is not healthy"
pass "kill -9 under the progress bar: all $SHOWN files it called committed are in the library ($HELD)"

# Ctrl-C: stops after the current file with exit 130 and a summary; again completes the library.
"$BIGAN" import --library "$SCRATCH/interrupted.sqlite" "$SCRATCH/corpus" >"$SCRATCH/int.out" 2>"$SCRATCH/int.err" &
PID=$!
sleep "$INT_AFTER"
kill -0 "$PID" 2>/dev/null || fail "the import ended before the Ctrl-C; use a larger corpus"
kill -INT "$PID"
set +e; wait "$PID"; STATUS=$?; set -e
cat "$SCRATCH/int.err" "$SCRATCH/int.out" | sed 's/^/  | /'
[[ $STATUS -eq 130 ]] || fail "Ctrl-C: exit status $STATUS, expected 130"
grep -q "已中断" "$SCRATCH/int.err" || fail "Ctrl-C: no note that the import was interrupted"
[[ -s "$SCRATCH/int.out" ]] || fail "Ctrl-C: no summary of what was done"
healthy "$SCRATCH/interrupted.sqlite" || fail "the library after Ctrl-C is not healthy"
"$BIGAN" import --json --library "$SCRATCH/interrupted.sqlite" "$SCRATCH/corpus" >/dev/null \
  || fail "the import after Ctrl-C failed"
[[ "$(counts "$SCRATCH/interrupted.sqlite")" == "$CLEAN" ]] || fail "after Ctrl-C and a second import the rows differ"
pass "Ctrl-C after ${INT_AFTER}s stops cleanly with a summary; import again: same rows as a clean import"
