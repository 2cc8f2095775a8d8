# The PostgreSQL part of CI, sourced by .ci/run (`source Scripts/ci-postgres.sh`): installs Debian's
# `postgresql` by name (never a copy that happens to be on the machine), starts a cluster of its
# own in a temporary folder on a free loopback port as the postgres user (Scripts/postgres-cluster.sh),
# exports its addresses (BIGAN_TEST_POSTGRES for the store tests, BIGAN_PG_URL, BIGAN_PG_FOLDER …)
# and stops it when the run ends, whatever happens. Any failure here fails the run: under CI the
# PostgreSQL tests must run, never be skipped.
if ! DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null 2>&1; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null \
    || { echo "could not install Debian's postgresql"; exit 1; }
fi
dpkg-query -W -f='PostgreSQL from Debian: ${Package} ${Version}\n' postgresql
PG_FOLDER="$(mktemp -d /tmp/bigan-ci-pg.XXXXXX)"
trap 'Scripts/postgres-cluster.sh stop "$PG_FOLDER"' EXIT
if ! PG_SETTINGS="$(Scripts/postgres-cluster.sh start "$PG_FOLDER")"; then
  echo "could not start a PostgreSQL cluster"; cat "$PG_FOLDER"/*.log 2>/dev/null; exit 1
fi
eval "$PG_SETTINGS"
