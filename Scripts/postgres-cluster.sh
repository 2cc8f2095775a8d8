#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the tests, the fault script and the benchmark, from Debian's
# `postgresql` package: initdb as the `postgres` user (initdb refuses root) in a folder of its own,
# a free loopback port with password logins and a Unix socket in the same folder.
#
# Usage: Scripts/postgres-cluster.sh start FOLDER   prints `export …` lines to eval:
#          BIGAN_TEST_POSTGRES (a scratch database for the tests; bigan_bench is another, for the
#          benchmark), BIGAN_PG_ADMIN (a superuser address over the socket), BIGAN_PG_URL (the role
#          and its password, without a database), BIGAN_PG_FOLDER
#        Scripts/postgres-cluster.sh halt FOLDER    stops the server at once (as a crash would)
#        Scripts/postgres-cluster.sh resume FOLDER  starts it again as before
#        Scripts/postgres-cluster.sh stop FOLDER    stops the cluster and removes the folder
set -euo pipefail
command="${1:?start or stop}"
folder="${2:?a folder}"

bin_dir() {
  local version
  version="$(ls /usr/lib/postgresql | sort -V | tail -1)"
  [[ -x "/usr/lib/postgresql/$version/bin/initdb" ]] || { echo "no PostgreSQL in /usr/lib/postgresql: install Debian's postgresql" >&2; exit 2; }
  echo "/usr/lib/postgresql/$version/bin"
}
as_postgres() { runuser -u postgres -- "$@"; }

case "$command" in
start)
  BIN="$(bin_dir)"
  mkdir -p "$folder"
  chown postgres:postgres "$folder"
  chmod 700 "$folder"
  port="$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
  password="bigan-$(od -An -N6 -tx1 /dev/urandom | tr -d ' \n')"
  as_postgres "$BIN/initdb" -D "$folder/data" -U postgres -E UTF8 --locale=C.UTF-8 --auth-local=trust \
    --auth-host=scram-sha-256 >"$folder/initdb.log"
  # A test cluster: nothing needs to survive a crash of the machine.
  echo "-p $port -k $folder -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" \
    >"$folder/options"
  as_postgres "$BIN/pg_ctl" -D "$folder/data" -l "$folder/server.log" -w -t 60 -o "$(cat "$folder/options")" start >/dev/null
  admin="postgres://postgres@/postgres?host=$folder&port=$port"
  as_postgres "$BIN/psql" -q -h "$folder" -p "$port" -d postgres -v ON_ERROR_STOP=1 \
    -c "CREATE ROLE bigan LOGIN PASSWORD '$password'" \
    -c "CREATE DATABASE bigan_test OWNER bigan" -c "CREATE DATABASE bigan_bench OWNER bigan" >/dev/null
  echo "export BIGAN_PG_FOLDER='$folder'"
  echo "export BIGAN_PG_ADMIN='$admin'"
  echo "export BIGAN_PG_URL='postgres://bigan:$password@127.0.0.1:$port'"
  echo "export BIGAN_TEST_POSTGRES='postgres://bigan:$password@127.0.0.1:$port/bigan_test'"
  ;;
halt)
  as_postgres "$(bin_dir)/pg_ctl" -D "$folder/data" -m immediate -w stop >/dev/null
  ;;
resume)
  as_postgres "$(bin_dir)/pg_ctl" -D "$folder/data" -l "$folder/server.log" -w -t 60 -o "$(cat "$folder/options")" start >/dev/null
  ;;
stop)
  if [[ -f "$folder/data/postmaster.pid" ]]; then
    as_postgres "$(bin_dir)/pg_ctl" -D "$folder/data" -m fast -w stop >/dev/null || true
  fi
  rm -rf "$folder"
  ;;
*)
  echo "usage: $0 start|halt|resume|stop FOLDER" >&2
  exit 2
  ;;
esac
