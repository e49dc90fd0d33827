#!/usr/bin/env bash
# Start a throw-away PostgreSQL server for the test suite (as root, in CI).
# Prints the SQLAlchemy URL on stdout; prints nothing and exits 1 if it cannot.
# Stop it with: tools/postgres-test.sh stop DIR
set -u
if [ "${1:-}" = "stop" ]; then
  bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
  [ -n "$bin" ] && su postgres -c "$bin/pg_ctl -D $2/data stop -m fast" >/dev/null 2>&1
  rm -rf "$2"
  exit 0
fi
[ "$(id -u)" = "0" ] || exit 1
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
if [ -z "$bin" ]; then
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql) \
    >/dev/null 2>&1 || exit 1
  bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
fi
id postgres >/dev/null 2>&1 || exit 1
dir=$(mktemp -d /tmp/mairie-pg.XXXXXX)
chown postgres "$dir"
su postgres -c "$bin/initdb -D $dir/data -A trust -U postgres" >/dev/null 2>&1 || exit 1
su postgres -c "$bin/pg_ctl -D $dir/data -w -l $dir/log \
  -o \"-k $dir -c listen_addresses=''\" start" >/dev/null 2>&1 || exit 1
echo "postgresql+psycopg://postgres@/postgres?host=$dir"
