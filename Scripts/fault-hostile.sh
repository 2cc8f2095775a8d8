#!/usr/bin/env bash
# Hostile files: a zip bomb named .docx is refused quickly in little memory with an error naming
# the file; a 20 MB text with no line break is handled in bounded time and memory.
# Usage: Scripts/fault-hostile.sh
source "$(dirname "$0")/lib.sh"

python3 "$ROOT/Scripts/make-zip-bomb.py" "$SCRATCH/bomb.docx" 1024
echo "zip bomb: $(stat -c %s "$SCRATCH/bomb.docx") bytes, unpacks to 1 GiB"
peak_run 60 "$BIGAN" import --library "$SCRATCH/lib.sqlite" "$SCRATCH/bomb.docx" >"$SCRATCH/bomb.out" 2>&1
sed 's/^/  | /' "$SCRATCH/bomb.out"
echo "zip bomb: exit $STATUS in ${SECONDS_TAKEN}s, peak ${PEAK_MIB} MiB"
[[ $STATUS -eq 1 ]] || fail "zip bomb: exit status $STATUS, expected 1"
grep -q "bomb.docx" "$SCRATCH/bomb.out" || fail "zip bomb: the error does not name the file"
awk -v s="$SECONDS_TAKEN" 'BEGIN { exit !(s < 20) }' || fail "zip bomb: took ${SECONDS_TAKEN}s (limit 20)"
((PEAK_MIB < 300)) || fail "zip bomb: peak ${PEAK_MIB} MiB (limit 300)"
pass "zip bomb refused in ${SECONDS_TAKEN}s, ${PEAK_MIB} MiB, naming the file"

python3 - "$SCRATCH/one-line.txt" <<'PY'
import sys
text = "".join(f"第{i}条，坚持稳中求进工作总基调，推动高质量发展取得新成效，人民群众获得感持续增强。" for i in range(200_000))
data = text.encode()[:20_000_000].decode(errors="ignore").encode()
open(sys.argv[1], "wb").write(data)
PY
echo "one line: $(stat -c %s "$SCRATCH/one-line.txt") bytes, $(wc -l <"$SCRATCH/one-line.txt") line breaks"
peak_run 120 "$BIGAN" import --library "$SCRATCH/lib.sqlite" "$SCRATCH/one-line.txt" >"$SCRATCH/line.out" 2>&1
tail -5 "$SCRATCH/line.out" | sed 's/^/  | /'
echo "one line: exit $STATUS in ${SECONDS_TAKEN}s, peak ${PEAK_MIB} MiB"
[[ $STATUS -le 1 ]] || fail "one line: exit status $STATUS (killed or crashed)"
awk -v s="$SECONDS_TAKEN" 'BEGIN { exit !(s < 60) }' || fail "one line: took ${SECONDS_TAKEN}s (limit 60)"
((PEAK_MIB < 500)) || fail "one line: peak ${PEAK_MIB} MiB (limit 500)"
healthy "$SCRATCH/lib.sqlite" || fail "the library is not healthy after the hostile files"
pass "a 20 MB line handled in ${SECONDS_TAKEN}s, ${PEAK_MIB} MiB (exit $STATUS)"
