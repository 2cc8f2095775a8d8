#!/usr/bin/env bash
# A library on PostgreSQL against one on SQLite, and PostgreSQL's faults:
#   1. three writers import overlapping folders into one PostgreSQL library at once; the library
#      agrees with one SQLite import of the same files (Scripts/compare-libraries.py: counts, 20
#      searches, listings, drafts of four occasions by seed);
#   2. kill -9 of a writer mid-import: no file half stored; the import run again completes it;
#   3. the server stopped mid-import: a clear error, whole files only; a stopped server gives a
#      clear error to every command; the import run again completes the library;
#   4. `bigan library copy` SQLite → PostgreSQL → SQLite: the same library each time;
#   and no output ever holds the password.
# Needs the cluster of Scripts/postgres-cluster.sh (its exported variables); EXTRA_CORPUS may name
# one more folder for step 1 (the dev corpus).
# Usage: Scripts/fault-postgres.sh [MiB]
source "$(dirname "$0")/lib.sh"
SIZE="${1:-8}"
[[ -n "${BIGAN_PG_URL:-}" && -n "${BIGAN_PG_FOLDER:-}" ]] || fail "no PostgreSQL cluster: eval \"\$(Scripts/postgres-cluster.sh start DIR)\" first"
PASSWORD="${BIGAN_PG_URL#*://*:}"
PASSWORD="${PASSWORD%@*}"
PORT="${BIGAN_PG_URL##*:}"
psql_as_admin() { psql -X -q -At -h "$BIGAN_PG_FOLDER" -p "$PORT" -U postgres -v ON_ERROR_STOP=1 "$@"; }
# library NAME: a new database for a library, its address.
library() { psql_as_admin -d postgres -c "CREATE DATABASE $1 OWNER bigan" >/dev/null; echo "$BIGAN_PG_URL/$1"; }
pg_sql() { psql_as_admin -d "$1" -c "SET search_path = bigan" -c "$2" 2>/dev/null | tail -1; }
# pg_counts DB: every table's rows, and a check that every stored file has its snippets.
pg_counts() {
  local out=""
  for table in source speech section snippet snippetSource snippetTheme; do out+="$table=$(pg_sql "$1" "SELECT count(*) FROM $table") "; done
  echo "$out"
}
pg_healthy() {
  local half
  half="$(pg_sql "$1" "SELECT count(*) FROM source s WHERE NOT EXISTS (
    SELECT 1 FROM speech p JOIN snippetSource o ON o.speechId = p.id WHERE p.sourceId = s.id)")"
  [[ "$half" == 0 ]] || { echo "$half files stored without their snippets" >&2; return 1; }
}
no_password() { ! grep -qF "$PASSWORD" "$@" || fail "the password was printed in $*"; }
compare() { python3 "$ROOT/Scripts/compare-libraries.py" "$BIGAN" "$1" "$2" | sed 's/^/  | /'; }

generate "$SIZE" "$SCRATCH/corpus" 31
generate 2 "$SCRATCH/extra" 32

# 1. Three writers at once.
TOGETHER="$(library together)"
EXTRA=("$SCRATCH/extra")
[[ -n "${EXTRA_CORPUS:-}" ]] && EXTRA+=("$EXTRA_CORPUS")
"$BIGAN" import --json --library "$SCRATCH/serial.sqlite" "$ROOT/Snippets" "${EXTRA[@]}" >/dev/null
"$BIGAN" import --json --library "$TOGETHER" "$ROOT/Snippets" "${EXTRA[@]}" >"$SCRATCH/w1.json" 2>"$SCRATCH/w1.err" &
W1=$!
"$BIGAN" import --json --library "$TOGETHER" "${EXTRA[@]}" >"$SCRATCH/w2.json" 2>"$SCRATCH/w2.err" &
W2=$!
"$BIGAN" import --json --library "$TOGETHER" "$ROOT/Snippets/public-domain" "${EXTRA[0]}" >"$SCRATCH/w3.json" 2>"$SCRATCH/w3.err" &
W3=$!
set +e; wait "$W1"; S1=$?; wait "$W2"; S2=$?; wait "$W3"; S3=$?; set -e
[[ $S1 -eq 0 && $S2 -eq 0 && $S3 -eq 0 ]] || { cat "$SCRATCH"/w?.err "$SCRATCH"/w?.json >&2; fail "writers exited $S1 $S2 $S3"; }
pg_healthy together || fail "three writers left a file half stored"
compare "$SCRATCH/serial.sqlite" "$TOGETHER" || fail "three writers at once differ from one SQLite import"
no_password "$SCRATCH"/w?.json "$SCRATCH"/w?.err
pass "three writers at once: the library agrees with one SQLite import of the same files"

# 2. kill -9 once files are committed, then the same import again.
"$BIGAN" import --json --library "$SCRATCH/clean.sqlite" "$SCRATCH/corpus" >/dev/null
KILLED="$(library killed)"
"$BIGAN" import --json --library "$KILLED" "$SCRATCH/corpus" >/dev/null 2>&1 &
PID=$!
until (( $(pg_sql killed "SELECT count(*) FROM source" || echo 0) > 0 )); do
  kill -0 "$PID" 2>/dev/null || fail "the import ended before the kill; use a larger corpus"
  sleep 0.05
done
kill -9 "$PID"
wait "$PID" 2>/dev/null || true
echo "killed:  $(pg_counts killed)"
pg_healthy killed || fail "kill -9 left a file half stored"
"$BIGAN" import --json --library "$KILLED" "$SCRATCH/corpus" >/dev/null || fail "the import after kill -9 failed"
compare "$SCRATCH/clean.sqlite" "$KILLED" || fail "after kill -9 and a second import the library differs"
pass "kill -9 mid-import: whole files only; importing again gives the library of a clean import"

# 3. The server stops mid-import; then every command says it cannot connect.
STOPPED="$(library stopped)"
"$BIGAN" import --library "$STOPPED" "$SCRATCH/corpus" >"$SCRATCH/stop.out" 2>"$SCRATCH/stop.err" &
PID=$!
until (( $(pg_sql stopped "SELECT count(*) FROM source" || echo 0) > 0 )); do
  kill -0 "$PID" 2>/dev/null || fail "the import ended before the server stopped; use a larger corpus"
  sleep 0.05
done
"$ROOT/Scripts/postgres-cluster.sh" halt "$BIGAN_PG_FOLDER"
set +e; wait "$PID"; STATUS=$?; set -e
grep -v "^  ✓" "$SCRATCH/stop.out" "$SCRATCH/stop.err" | tail -4 | sed 's/^/  | /'
[[ $STATUS -eq 1 ]] || fail "server stopped mid-import: exit status $STATUS, expected 1"
grep -qE "连接中断|无法连接" "$SCRATCH/stop.out" "$SCRATCH/stop.err" || fail "server stopped mid-import: no clear error"
set +e; "$BIGAN" stats --library "$STOPPED" >"$SCRATCH/down.out" 2>&1; STATUS=$?; set -e
sed 's/^/  | /' "$SCRATCH/down.out"
[[ $STATUS -ne 0 ]] && grep -q "无法连接到 PostgreSQL 服务器" "$SCRATCH/down.out" || fail "a stopped server: no clear error"
no_password "$SCRATCH/stop.out" "$SCRATCH/stop.err" "$SCRATCH/down.out"
"$ROOT/Scripts/postgres-cluster.sh" resume "$BIGAN_PG_FOLDER"
pg_healthy stopped || fail "the stopped server holds a file half stored"
"$BIGAN" import --json --library "$STOPPED" "$SCRATCH/corpus" >/dev/null || fail "the import after the server came back failed"
compare "$SCRATCH/clean.sqlite" "$STOPPED" || fail "after the server came back and a second import the library differs"
pass "the server stopped mid-import: a clear error, whole files only; a stopped server is named; importing again completes it"

# 4. Copy both ways.
COPY="$(library copied)"
"$BIGAN" library copy --from "$SCRATCH/serial.sqlite" --to "$COPY" >"$SCRATCH/copy.out" || fail "copy to PostgreSQL failed"
"$BIGAN" library copy --from "$COPY" --to "$SCRATCH/back.sqlite" >>"$SCRATCH/copy.out" || fail "copy from PostgreSQL failed"
sed 's/^/  | /' "$SCRATCH/copy.out"
no_password "$SCRATCH/copy.out"
compare "$SCRATCH/serial.sqlite" "$COPY" || fail "the copy on PostgreSQL differs"
compare "$SCRATCH/serial.sqlite" "$SCRATCH/back.sqlite" || fail "the copy back to SQLite differs"
set +e; "$BIGAN" library copy --from "$SCRATCH/serial.sqlite" --to "$COPY" >"$SCRATCH/refused.out" 2>&1; STATUS=$?; set -e
[[ $STATUS -ne 0 ]] && grep -q "不是空的" "$SCRATCH/refused.out" || fail "a copy into a full library was not refused"
pass "library copy SQLite → PostgreSQL → SQLite: the same library; a full target is refused"
