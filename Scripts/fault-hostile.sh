#!/usr/bin/env bash
# Hostile files: a zip bomb named .docx is refused quickly in little memory with an error naming
# the file; a 20 MB text with no line break is handled in bounded time and memory; the parser takes
# linear time on a 20 MB single line, a million short lines and a line of a million markers (each
# parsed at full and at a quarter size: the full size may take at most about four times as long).
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

# hostile KIND FILE SCALE: writes one of the parser's hostile inputs at SCALE of its full size.
hostile() { python3 - "$@" <<'PY'
import sys
kind, path, scale = sys.argv[1], sys.argv[2], float(sys.argv[3])
if kind == "one-line":  # 20 MB, no line break, a marker and a sentence end every few characters
    text = "".join(f"第{i}条，坚持稳中求进工作总基调，推动高质量发展取得新成效，人民群众获得感持续增强。" for i in range(int(200_000 * scale)))
    data = text.encode()[: int(20_000_000 * scale)].decode(errors="ignore").encode()
elif kind == "short-lines":  # a million short lines of every shape the outline rules look at
    shapes = ["一、加强领导", "同志们：", "生态底色更加亮丽。", "附件", "1.“某某”：名词解释。", "①见注释。", "结束语",
              "各位代表！", "第一，抓落实。", "关于某某问题", "5.5%", "——某某", "新华社记者 张三/摄", "本作品来自某某"]
    data = "\n".join(shapes[i % len(shapes)] for i in range(int(1_000_000 * scale))).encode()
else:  # markers: one line of a million list markers at sentence starts and after colons
    numerals = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二"]
    forms = ["{}是。", "第{}，", "（{}）", "{}、", "{}要："]
    data = "".join(forms[i % 5].format(numerals[i % 12]) for i in range(int(1_000_000 * scale))).encode()
open(path, "wb").write(data)
PY
}

for kind in one-line short-lines markers; do
  hostile "$kind" "$SCRATCH/$kind-quarter.txt" 0.25
  hostile "$kind" "$SCRATCH/$kind.txt" 1
  peak_run 60 "$BIGAN" parse "$SCRATCH/$kind-quarter.txt" --json >/dev/null 2>&1
  QUARTER=$SECONDS_TAKEN
  peak_run 120 "$BIGAN" parse "$SCRATCH/$kind.txt" --json >/dev/null 2>"$SCRATCH/$kind.err"
  echo "$kind: $(stat -c %s "$SCRATCH/$kind.txt") bytes in ${SECONDS_TAKEN}s (a quarter: ${QUARTER}s), peak ${PEAK_MIB} MiB"
  [[ $STATUS -eq 0 ]] || { sed 's/^/  | /' "$SCRATCH/$kind.err" | tail -5; fail "$kind: exit status $STATUS"; }
  awk -v s="$SECONDS_TAKEN" 'BEGIN { exit !(s < 60) }' || fail "$kind: took ${SECONDS_TAKEN}s (limit 60)"
  awk -v s="$SECONDS_TAKEN" -v q="$QUARTER" 'BEGIN { exit !(s <= 6 * q + 2) }' \
    || fail "$kind: ${SECONDS_TAKEN}s at full size against ${QUARTER}s at a quarter: not linear"
  ((PEAK_MIB < 1024)) || fail "$kind: peak ${PEAK_MIB} MiB (limit 1024)"
  pass "$kind parsed in linear time (${QUARTER}s, then ${SECONDS_TAKEN}s at four times the size)"
done

# Names that are not UTF-8 (GBK from a Windows archive) or carry a terminal escape: imported by
# folder and by file, unchanged the second time, shown decoded and escaped, never raw.
NAMES="$SCRATCH/names/$(printf '\262\304\301\317')"  # 材料 in GBK
mkdir -p "$NAMES"
GBK="$NAMES/$(printf '\275\262\273\260').txt"         # 讲话.txt in GBK
ESC="$NAMES/$(printf 'esc\033[31mred').txt"
printf '关于安全生产的讲话\n\n要压实安全生产责任，扎实开展隐患排查整治。\n' >"$GBK"
printf '第二篇讲话\n\n要坚持问题导向，扎实推进作风建设。\n' >"$ESC"
"$BIGAN" import --library "$SCRATCH/names.sqlite" "$SCRATCH/names" >"$SCRATCH/names.out" 2>&1 \
  || { cat "$SCRATCH/names.out"; fail "names: importing the folder failed"; }
grep -q "导入 2" "$SCRATCH/names.out" || { cat "$SCRATCH/names.out"; fail "names: the folder did not import both files"; }
"$BIGAN" import --json --library "$SCRATCH/names.sqlite" "$GBK" "$ESC" >"$SCRATCH/names.json" \
  || fail "names: importing the files by name failed"
python3 -c "import json,sys; s=json.load(open(sys.argv[1])); assert s['unchanged'] == 2, s" "$SCRATCH/names.json" \
  || fail "names: importing the same files again was not unchanged"
"$BIGAN" search --library "$SCRATCH/names.sqlite" 隐患排查 >"$SCRATCH/names.out"
"$BIGAN" search --library "$SCRATCH/names.sqlite" 作风建设 >>"$SCRATCH/names.out"
sed 's/^/  | /' "$SCRATCH/names.out" | grep -a "names/" || true
grep -q "材料/讲话.txt" "$SCRATCH/names.out" || fail "names: the GBK name is not shown decoded"
grep -qF 'esc\x1B[31mred.txt' "$SCRATCH/names.out" || fail "names: the escape in a name is not shown escaped"
! grep -q $'\033' "$SCRATCH/names.out" || fail "names: a raw escape reached the terminal"
[[ "$(sql "$SCRATCH/names.sqlite" "SELECT count(*) FROM source WHERE instr(pathBytes, X'BDB2BBB0') > 0")" == 1 ]] \
  || fail "names: the GBK bytes of the name are not kept"
pass "GBK and escape-sequence names: imported by folder and by file, unchanged again, shown decoded and escaped"
