#!/usr/bin/env bash
# Bad libraries: a --library that is not an SQLite database, a read-only library, and a disk
# that fills up during an import (SQLITE_FULL). Each gives a clear error naming the file, and the
# library is left untouched or holds only whole files.
# Usage: Scripts/fault-library.sh
source "$(dirname "$0")/lib.sh"
generate 3 "$SCRATCH/corpus"
FILE="$(find "$SCRATCH/corpus" -name '*.txt' | sort | sed -n 1p)"

# expect_refused LIBRARY WHAT COMMAND…: exits non-zero, names LIBRARY, leaves it and its folder as they were.
expect_refused() {
  local library="$1" what="$2"; shift 2
  local before after
  before="$(sha256sum "$library" | cut -d' ' -f1) $(ls -A "$(dirname "$library")" | tr '\n' ' ')"
  set +e; "$@" >"$SCRATCH/out" 2>&1; local status=$?; set -e
  sed 's/^/  | /' "$SCRATCH/out"
  after="$(sha256sum "$library" | cut -d' ' -f1) $(ls -A "$(dirname "$library")" | tr '\n' ' ')"
  [[ $status -ne 0 ]] || fail "$what: exit status 0"
  grep -qF "$library" "$SCRATCH/out" || fail "$what: the error does not name $library"
  [[ "$before" == "$after" ]] || fail "$what: the library or its folder changed ($before -> $after)"
  pass "$what: refused (exit $status), named, untouched"
}

# one_failure SUMMARY.json LIBRARY SOURCES_BEFORE WHAT: the import failed exactly one file (the one
# that did not fit) besides saying it stopped, and the library holds every file it called imported.
one_failure() {
  python3 - "$@" <<'PY'
import json, sqlite3, sys
summary = json.load(open(sys.argv[1]))
failed = [f for f in summary["failed"] if not f["error"].startswith("导入已停止")]
held = sqlite3.connect(f"file:{sys.argv[2]}?mode=ro", uri=True).execute("SELECT count(*) FROM source").fetchone()[0]
print(f"  imported {summary['imported']}, failed {[f['file'].rsplit('/', 1)[-1] for f in failed]}, library holds {held}")
assert len(failed) == 1, f"{sys.argv[4]}: {len(failed)} files failed, expected only the one that did not fit"
assert summary["imported"] > 0, f"{sys.argv[4]}: no file fitted"
assert held == int(sys.argv[3]) + summary["imported"], f"{sys.argv[4]}: the library holds {held} files"
PY
}

mkdir -p "$SCRATCH/notdb"
echo "这不是数据库，是一份笔记。" >"$SCRATCH/notdb/notes.sqlite"
expect_refused "$SCRATCH/notdb/notes.sqlite" "a text file as --library" \
  "$BIGAN" import --library "$SCRATCH/notdb/notes.sqlite" "$FILE"
expect_refused "$SCRATCH/notdb/notes.sqlite" "a text file as --library for search" \
  "$BIGAN" search --library "$SCRATCH/notdb/notes.sqlite" 发展

mkdir -p "$SCRATCH/other"
python3 -c "import sqlite3,sys; db=sqlite3.connect(sys.argv[1]); db.execute('CREATE TABLE t(x)'); db.commit()" \
  "$SCRATCH/other/other.sqlite"
expect_refused "$SCRATCH/other/other.sqlite" "another program's SQLite database" \
  "$BIGAN" import --library "$SCRATCH/other/other.sqlite" "$FILE"

mkdir -p "$SCRATCH/readonly"
"$BIGAN" import --json --library "$SCRATCH/readonly/lib.sqlite" "$FILE" >/dev/null
chmod 444 "$SCRATCH/readonly/lib.sqlite"
expect_refused "$SCRATCH/readonly/lib.sqlite" "a read-only library" \
  "$BIGAN" import --library "$SCRATCH/readonly/lib.sqlite" "$SCRATCH/corpus"

# A library that cannot be written (a read-only file and folder, a read-only mount): every command
# that only reads works and leaves the folder as it was; the ones that write say so in Chinese.
# expect_reads LIBRARY WHAT: search, stats, themes, snippets and draft succeed; import and retag refuse.
expect_reads() {
  local library="$1" what="$2" before after
  before="$(ls -A "$(dirname "$library")" | tr '\n' ' ')"
  "$BIGAN" search --library "$library" 发展 >"$SCRATCH/ro.out" 2>"$SCRATCH/ro.err" || { cat "$SCRATCH/ro.err"; fail "$what: search failed"; }
  [[ -s "$SCRATCH/ro.out" ]] || fail "$what: search found nothing"
  "$BIGAN" stats --library "$library" >/dev/null 2>&1 || fail "$what: stats failed"
  "$BIGAN" themes --library "$library" >/dev/null 2>&1 || fail "$what: themes failed"
  "$BIGAN" snippets --library "$library" --theme 作风建设 >/dev/null 2>&1 || fail "$what: snippets failed"
  "$BIGAN" draft --library "$library" --occasion 总结表彰会 --role 市长 --year 2026 >/dev/null 2>&1 || fail "$what: draft failed"
  for command in import retag; do
    local args=(); [[ $command == import ]] && args=("$FILE")
    set +e; "$BIGAN" "$command" --library "$library" "${args[@]}" >"$SCRATCH/ro.out" 2>&1; local status=$?; set -e
    [[ $status -ne 0 ]] || fail "$what: $command exit status 0"
    grep -q "只读" "$SCRATCH/ro.out" || { cat "$SCRATCH/ro.out"; fail "$what: $command does not say the library is read-only"; }
  done
  after="$(ls -A "$(dirname "$library")" | tr '\n' ' ')"
  [[ "$before" == "$after" ]] || fail "$what: the folder changed ($before -> $after)"
  pass "$what: reading commands work, writing ones refuse in Chinese, the folder is untouched"
}
mkdir -p "$SCRATCH/shelf"
"$BIGAN" import --json --library "$SCRATCH/shelf/lib.sqlite" "$SCRATCH/corpus" >/dev/null
chmod 444 "$SCRATCH/shelf/lib.sqlite"; chmod 555 "$SCRATCH/shelf"
expect_reads "$SCRATCH/shelf/lib.sqlite" "a read-only library file and folder"
chmod 755 "$SCRATCH/shelf"; chmod 644 "$SCRATCH/shelf/lib.sqlite"
SHARE="$SCRATCH/share"
mkdir -p "$SHARE"
if mount --bind "$SCRATCH/shelf" "$SHARE" 2>/dev/null && mount -o remount,bind,ro "$SHARE" 2>/dev/null; then
  expect_reads "$SHARE/lib.sqlite" "a library on a read-only mount"
  umount "$SHARE"
else
  umount "$SHARE" 2>/dev/null || true
  [[ "${CI:-}" != true ]] || fail "cannot make a read-only bind mount (root needed)"
  echo "skipped: cannot make a read-only bind mount here (not root)"
fi

# A lock held by another process: a Chinese notice after a short wait, the import goes on once the
# lock is released; a lock never released ends in a clear error.
# hold LIBRARY SECONDS: holds the library's write lock that long (in the background).
hold() { python3 -c "
import sqlite3, sys, time
db = sqlite3.connect(sys.argv[1], isolation_level=None); db.execute('BEGIN IMMEDIATE')
open(sys.argv[1] + '.held', 'w').close(); time.sleep(float(sys.argv[2])); db.execute('COMMIT')" "$1" "$2" & }
"$BIGAN" import --json --library "$SCRATCH/locked.sqlite" "$FILE" >/dev/null
hold "$SCRATCH/locked.sqlite" 3; HOLDER=$!
until [[ -f "$SCRATCH/locked.sqlite.held" ]]; do sleep 0.05; done
"$BIGAN" import --library "$SCRATCH/locked.sqlite" "$SCRATCH/corpus" >"$SCRATCH/lock.out" 2>"$SCRATCH/lock.err" \
  || { cat "$SCRATCH/lock.err"; fail "a lock held for 3 s: the import failed"; }
wait "$HOLDER"
grep -q "库正被另一进程使用，等待中…" "$SCRATCH/lock.err" || fail "a lock held for 3 s: no notice that the import waits"
pass "a lock held for 3 s: the import says it waits, then completes"
rm -f "$SCRATCH/locked.sqlite.held"
hold "$SCRATCH/locked.sqlite" 120; HOLDER=$!
until [[ -f "$SCRATCH/locked.sqlite.held" ]]; do sleep 0.05; done
STARTED=$(date +%s)
set +e; timeout 100 "$BIGAN" import --library "$SCRATCH/locked.sqlite" "$FILE" >"$SCRATCH/lock.out" 2>&1; STATUS=$?; set -e
kill "$HOLDER" 2>/dev/null || true; wait "$HOLDER" 2>/dev/null || true
sed 's/^/  | /' "$SCRATCH/lock.out"
[[ $STATUS -eq 1 ]] || fail "a lock never released: exit status $STATUS, expected 1"
grep -q "片段库正被另一进程使用" "$SCRATCH/lock.out" || fail "a lock never released: no clear error"
pass "a lock never released: a clear error after $(( $(date +%s) - STARTED )) s"

# A table dropped by another program: every command names the library as damaged, never the input.
cp "$SCRATCH/clean-source.sqlite" "$SCRATCH/dropped.sqlite" 2>/dev/null \
  || "$BIGAN" import --json --library "$SCRATCH/dropped.sqlite" "$FILE" >/dev/null
python3 -c "import sqlite3,sys; db=sqlite3.connect(sys.argv[1]); db.execute('DROP TABLE snippetTheme'); db.commit()" \
  "$SCRATCH/dropped.sqlite"
for command in import search; do
  set +e; "$BIGAN" "$command" --library "$SCRATCH/dropped.sqlite" "$([[ $command == import ]] && echo "$SCRATCH/corpus" || echo 发展)" \
    >"$SCRATCH/dropped.out" 2>&1; STATUS=$?; set -e
  sed 's/^/  | /' "$SCRATCH/dropped.out" | head -3
  [[ $STATUS -eq 1 ]] || fail "a dropped table, $command: exit status $STATUS"
  grep -q "dropped.sqlite: 片段库已损坏：缺少表 snippetTheme" "$SCRATCH/dropped.out" || fail "a dropped table, $command: no clear error about the library"
  ! grep -q "corpus/" "$SCRATCH/dropped.out" || fail "a dropped table, $command: the error blames an input file"
done
pass "a dropped table: import and search say the library is damaged, naming it"

# A full disk: the import may write at most 3 MiB to any file (the WAL fills first). Writes past
# the limit fail as on a full disk; SIGXFSZ is ignored so SQLite sees the error.
"$BIGAN" import --json --library "$SCRATCH/full.sqlite" "$FILE" >/dev/null
set +e
(trap '' XFSZ; ulimit -f 3072; exec "$BIGAN" import --json --library "$SCRATCH/full.sqlite" "$SCRATCH/corpus") \
  >"$SCRATCH/full.json" 2>"$SCRATCH/full.err"
STATUS=$?
set -e
grep -E '"error"' "$SCRATCH/full.json" | sort | uniq -c | sed 's/^/  | /'
[[ $STATUS -eq 1 ]] || fail "full disk: exit status $STATUS, expected 1"
grep -qiE "磁盘已满|无法写入" "$SCRATCH/full.json" || fail "full disk: the error does not say the disk is full"
one_failure "$SCRATCH/full.json" "$SCRATCH/full.sqlite" 1 "full disk" || fail "full disk: more than the file that did not fit failed"
healthy "$SCRATCH/full.sqlite" || fail "full disk: the library is not healthy"
echo "after the full disk: $(counts "$SCRATCH/full.sqlite")"
"$BIGAN" import --json --library "$SCRATCH/full.sqlite" "$SCRATCH/corpus" >/dev/null || fail "full disk: import again failed"
"$BIGAN" import --json --library "$SCRATCH/clean.sqlite" "$SCRATCH/corpus" >/dev/null
[[ "$(counts "$SCRATCH/full.sqlite")" == "$(counts "$SCRATCH/clean.sqlite")" ]] \
  || fail "full disk: after importing again the rows differ from a clean import"
pass "full disk: clear error, only the file that did not fit failed, library healthy with whole files only, import again completes it"

# A real full disk, where the machine lets us mount a small tmpfs (root): SQLITE_FULL.
MOUNT="$SCRATCH/small-disk"
mkdir -p "$MOUNT"
if mount -t tmpfs -o size=4m tmpfs "$MOUNT" 2>/dev/null; then
  trap 'umount "$MOUNT" 2>/dev/null || true; chmod -R u+w "$SCRATCH" 2>/dev/null || true; rm -rf "$SCRATCH"' EXIT
  set +e; "$BIGAN" import --json --library "$MOUNT/lib.sqlite" "$SCRATCH/corpus" >"$SCRATCH/enospc.json" 2>&1; STATUS=$?; set -e
  grep -E '"error"' "$SCRATCH/enospc.json" | sort | uniq -c | sed 's/^/  | /'
  [[ $STATUS -eq 1 ]] || fail "ENOSPC: exit status $STATUS, expected 1"
  grep -q "磁盘已满" "$SCRATCH/enospc.json" || fail "ENOSPC: the error does not say the disk is full"
  one_failure "$SCRATCH/enospc.json" "$MOUNT/lib.sqlite" 0 "ENOSPC" || fail "ENOSPC: more than the file that did not fit failed"
  healthy "$MOUNT/lib.sqlite" || fail "ENOSPC: the library is not healthy"
  cp "$MOUNT"/lib.sqlite* "$SCRATCH/"
  umount "$MOUNT"
  "$BIGAN" import --json --library "$SCRATCH/lib.sqlite" "$SCRATCH/corpus" >/dev/null || fail "ENOSPC: import again failed"
  [[ "$(counts "$SCRATCH/lib.sqlite")" == "$(counts "$SCRATCH/clean.sqlite")" ]] \
    || fail "ENOSPC: after importing again the rows differ from a clean import"
  pass "a full tmpfs (SQLITE_FULL): only the file that did not fit fails, the import stops with a clear error, the library holds whole files only"
else
  echo "skipped: cannot mount a small tmpfs here (not root); the ulimit case above covers write failures"
fi
