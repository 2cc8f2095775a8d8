#!/usr/bin/env bash
# Two imports into one new library at the same time both succeed, and the library holds what
# importing the two folders one after the other gives.
# Usage: Scripts/fault-concurrent.sh [MiB per folder]
source "$(dirname "$0")/lib.sh"
SIZE="${1:-4}"
generate "$SIZE" "$SCRATCH/a" 11
generate "$SIZE" "$SCRATCH/b" 22

"$BIGAN" import --json --library "$SCRATCH/serial.sqlite" "$SCRATCH/a" >/dev/null
"$BIGAN" import --json --library "$SCRATCH/serial.sqlite" "$SCRATCH/b" >/dev/null
SERIAL="$(counts "$SCRATCH/serial.sqlite")"

for round in 1 2; do
  LIB="$SCRATCH/together-$round.sqlite"
  "$BIGAN" import --json --library "$LIB" "$SCRATCH/a" >"$SCRATCH/a.json" 2>"$SCRATCH/a.err" &
  A=$!
  "$BIGAN" import --json --library "$LIB" "$SCRATCH/b" >"$SCRATCH/b.json" 2>"$SCRATCH/b.err" &
  B=$!
  set +e; wait "$A"; SA=$?; wait "$B"; SB=$?; set -e
  [[ $SA -eq 0 && $SB -eq 0 ]] || { cat "$SCRATCH"/a.err "$SCRATCH"/b.err "$SCRATCH"/*.json >&2; fail "exit statuses $SA and $SB"; }
  healthy "$LIB" || fail "the library of two concurrent imports is not healthy"
  TOGETHER="$(counts "$LIB")"
  echo "serial:   $SERIAL"
  echo "together: $TOGETHER"
  [[ "$TOGETHER" == "$SERIAL" ]] || fail "two concurrent imports differ from one after the other"
done
pass "two concurrent imports into one library both exit 0 with the rows of a serial import"
