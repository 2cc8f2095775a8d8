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

# A full disk: the import may write at most 3 MiB to any file (the WAL fills first). Writes past
# the limit fail as on a full disk; SIGXFSZ is ignored so SQLite sees the error.
"$BIGAN" import --json --library "$SCRATCH/full.sqlite" "$FILE" >/dev/null
set +e
(trap '' XFSZ; ulimit -f 3072; exec "$BIGAN" import --library "$SCRATCH/full.sqlite" "$SCRATCH/corpus") \
  >"$SCRATCH/full.out" 2>&1
STATUS=$?
set -e
grep -v "^  ✓" "$SCRATCH/full.out" | tail -6 | sed 's/^/  | /'
[[ $STATUS -eq 1 ]] || fail "full disk: exit status $STATUS, expected 1"
grep -qiE "磁盘已满|无法写入|full|write" "$SCRATCH/full.out" || fail "full disk: the error does not say the disk is full"
healthy "$SCRATCH/full.sqlite" || fail "full disk: the library is not healthy"
echo "after the full disk: $(counts "$SCRATCH/full.sqlite")"
"$BIGAN" import --json --library "$SCRATCH/full.sqlite" "$SCRATCH/corpus" >/dev/null || fail "full disk: import again failed"
"$BIGAN" import --json --library "$SCRATCH/clean.sqlite" "$SCRATCH/corpus" >/dev/null
[[ "$(counts "$SCRATCH/full.sqlite")" == "$(counts "$SCRATCH/clean.sqlite")" ]] \
  || fail "full disk: after importing again the rows differ from a clean import"
pass "full disk: clear error, library healthy with whole files only, import again completes it"

# A real full disk, where the machine lets us mount a small tmpfs (root): SQLITE_FULL.
MOUNT="$SCRATCH/small-disk"
mkdir -p "$MOUNT"
if mount -t tmpfs -o size=4m tmpfs "$MOUNT" 2>/dev/null; then
  trap 'umount "$MOUNT" 2>/dev/null || true; chmod -R u+w "$SCRATCH" 2>/dev/null || true; rm -rf "$SCRATCH"' EXIT
  set +e; "$BIGAN" import --library "$MOUNT/lib.sqlite" "$SCRATCH/corpus" >"$SCRATCH/enospc.out" 2>&1; STATUS=$?; set -e
  grep -v "^  ✓" "$SCRATCH/enospc.out" | tail -3 | sed 's/^/  | /'
  [[ $STATUS -eq 1 ]] || fail "ENOSPC: exit status $STATUS, expected 1"
  grep -q "磁盘已满" "$SCRATCH/enospc.out" || fail "ENOSPC: the error does not say the disk is full"
  healthy "$MOUNT/lib.sqlite" || fail "ENOSPC: the library is not healthy"
  cp "$MOUNT"/lib.sqlite* "$SCRATCH/"
  umount "$MOUNT"
  "$BIGAN" import --json --library "$SCRATCH/lib.sqlite" "$SCRATCH/corpus" >/dev/null || fail "ENOSPC: import again failed"
  [[ "$(counts "$SCRATCH/lib.sqlite")" == "$(counts "$SCRATCH/clean.sqlite")" ]] \
    || fail "ENOSPC: after importing again the rows differ from a clean import"
  pass "a full tmpfs (SQLITE_FULL): the import stops with a clear error, the library holds whole files only"
else
  echo "skipped: cannot mount a small tmpfs here (not root); the ulimit case above covers write failures"
fi
