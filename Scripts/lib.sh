# Shared by the fault scripts: the built binaries, a scratch folder, checks on a library.
# Source it; set BIGAN and BIGAN_BENCH to use other binaries (default: .build/release).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BIGAN="${BIGAN:-$ROOT/.build/release/bigan}"
BIGAN_BENCH="${BIGAN_BENCH:-$ROOT/.build/release/bigan-bench}"
for binary in "$BIGAN" "$BIGAN_BENCH"; do
  [[ -x "$binary" ]] || { echo "missing $binary: run swift build -c release first" >&2; exit 2; }
done
SCRATCH="$(mktemp -d "${TMPDIR:-/tmp}/bigan-fault.XXXXXX")"
trap 'chmod -R u+w "$SCRATCH" 2>/dev/null || true; rm -rf "$SCRATCH"' EXIT
# No user configuration, no default library of this account.
export XDG_DATA_HOME="$SCRATCH/home/data" XDG_CONFIG_HOME="$SCRATCH/home/config"
unset BIGAN_LIBRARY

fail() { echo "FAIL: $*" >&2; exit 1; }
pass() { echo "ok: $*"; }

# generate MIB FOLDER [SEED]: a corpus of unique paragraphs.
generate() { "$BIGAN_BENCH" generate --size "$1" --seed "${3:-2024}" "$2" >/dev/null; }

# sql LIBRARY QUERY: one value from the library, read-only.
sql() { python3 - "$1" "$2" <<'PY'
import sqlite3, sys
db = sqlite3.connect(f"file:{sys.argv[1]}?mode=ro", uri=True)
print("|".join(str(v) for v in db.execute(sys.argv[2]).fetchone()))
PY
}

# counts LIBRARY: the row count of every table, one line.
counts() {
  local tables="source speech section snippet snippetSource snippetTheme searchBacklog sectionBacklog"
  local out=""
  for table in $tables; do out+="$table=$(sql "$1" "SELECT count(*) FROM $table") "; done
  out+="indexed=$(postings "$1" snippetSearch) headings=$(postings "$1" sectionSearch)"
  echo "$out"
}

# postings LIBRARY TABLE: how many (token, row) pairs a full-text index holds (its fingerprint:
# the contentless index cannot be counted row by row).
postings() { python3 - "$1" "$2" <<'PY'
import sqlite3, sys
db = sqlite3.connect(f"file:{sys.argv[1]}?mode=ro", uri=True)
db.execute(f"CREATE VIRTUAL TABLE temp.vocab USING fts5vocab(main, {sys.argv[2]}, 'row')")
print(db.execute("SELECT coalesce(sum(doc), 0) FROM temp.vocab").fetchone()[0])
PY
}

# healthy LIBRARY: integrity_check, foreign keys and the full-text index's own check pass.
healthy() {
  python3 - "$1" <<'PY'
import sqlite3, sys
db = sqlite3.connect(sys.argv[1])
assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok", "integrity_check"
assert db.execute("PRAGMA foreign_key_check").fetchall() == [], "foreign_key_check"
db.execute("INSERT INTO snippetSearch(snippetSearch) VALUES('integrity-check')")
db.execute("INSERT INTO sectionSearch(sectionSearch) VALUES('integrity-check')")
# Every stored file has all its paragraphs: a source without a speech or snippets is half imported.
half = db.execute("""SELECT count(*) FROM source s WHERE NOT EXISTS (
    SELECT 1 FROM speech p JOIN snippetSource o ON o.speechId = p.id WHERE p.sourceId = s.id)""").fetchone()[0]
assert half == 0, f"{half} sources without snippets"
db.close()
PY
}

# peak_run LIMIT_SECONDS COMMAND…: runs the command under /usr/bin/time; sets STATUS, SECONDS_TAKEN, PEAK_MIB.
peak_run() {
  local limit="$1"; shift
  local timing="$SCRATCH/time.$$"
  set +e
  /usr/bin/time -f "%e %M" -o "$timing" timeout -s KILL "$limit" "$@"
  STATUS=$?
  set -e
  read -r SECONDS_TAKEN PEAK_KIB < <(tail -1 "$timing")
  PEAK_MIB=$((PEAK_KIB / 1024))
}
