#!/usr/bin/env bash
# Starts a private PostgreSQL server (as the postgres user, on a free port, in a temporary
# directory), runs the given command with TEST_PG_URL pointing at it, and stops the server.
# Installs Debian's postgresql package first when no server binaries are found.
set -euo pipefail

pg_bin() {
  local d
  for d in /usr/lib/postgresql/*/bin; do
    [ -x "$d/initdb" ] && { echo "$d"; return 0; }
  done
  return 1
}

if ! BIN=$(pg_bin); then
  echo "» Installing PostgreSQL (Debian package postgresql)…"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq && apt-get install -y -qq postgresql >/dev/null
  BIN=$(pg_bin)
fi

PORT=$(node -e "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})")
DIR=$(mktemp -d /tmp/tdkt-pg.XXXXXX)
chown postgres:postgres "$DIR" 2>/dev/null || true
as_pg() { if [ "$(id -u)" = 0 ]; then su postgres -s /bin/sh -c "$*"; else sh -c "$*"; fi; }
USER_NAME=$( [ "$(id -u)" = 0 ] && echo postgres || id -un )

as_pg "'$BIN/initdb' -D '$DIR/data' -U '$USER_NAME' --auth=trust --encoding=UTF8 --locale=C.UTF-8 >/dev/null"
as_pg "'$BIN/pg_ctl' -D '$DIR/data' -o \"-p $PORT -k '$DIR' -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off\" -l '$DIR/log' -w start >/dev/null"
cleanup() { as_pg "'$BIN/pg_ctl' -D '$DIR/data' -m immediate stop >/dev/null 2>&1" || true; rm -rf "$DIR"; }
trap cleanup EXIT

export TEST_PG_URL="postgres://$USER_NAME@127.0.0.1:$PORT/postgres"
echo "» PostgreSQL $("$BIN/postgres" --version | awk '{print $3}') on port $PORT"
"$@"
