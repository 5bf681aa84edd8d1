#!/bin/sh
# make bench-pg: a throw-away PostgreSQL server of its own (initdb + pg_ctl in a temporary directory,
# loopback only, on a free port), the load bench against it, and the server removed whatever happens.
# BENCH=path/to/KehoachPGBench CLIENTS=50 EDITS=200 TASKS=20 NOTICES=200
set -eu
BENCH=${BENCH:?the KehoachPGBench binary}
CLIENTS=${CLIENTS:-50}; EDITS=${EDITS:-200}; TASKS=${TASKS:-20}; NOTICES=${NOTICES:-200}
BIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
[ -n "$BIN" ] && [ -x "$BIN/initdb" ] || { echo "bench-pg: no PostgreSQL server binaries (make test-deps installs them)" >&2; exit 1; }
DIR=$(mktemp -d /tmp/kehoach-bench-pg.XXXXXX)
# The server refuses to run as root: then it runs as the postgres user.
AS=""
if [ "$(id -u)" -eq 0 ]; then chown postgres "$DIR"; AS="runuser -u postgres --"; fi
stop() { $AS "$BIN/pg_ctl" -D "$DIR/data" -m immediate -w stop >/dev/null 2>&1 || true; rm -rf "$DIR"; }
trap stop EXIT INT TERM
$AS "$BIN/initdb" -D "$DIR/data" -U bench --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
# max_connections above the clients; durability as a province server runs it (fsync on).
for attempt in 1 2 3 4 5 6 7 8 9 10; do
    PORT=$(( 20000 + $(od -An -N2 -tu2 /dev/urandom | tr -d ' ') % 40000 ))
    if $AS "$BIN/pg_ctl" -D "$DIR/data" -l "$DIR/server.log" -w -t 30 \
        -o "-p $PORT -k $DIR -c listen_addresses=127.0.0.1 -c max_connections=$((CLIENTS + 20))" start >/dev/null; then
        STARTED=1; break
    fi
done
[ "${STARTED:-0}" = 1 ] || { echo "bench-pg: the server did not start (see $DIR/server.log)" >&2; exit 1; }
"$BIN/psql" -X -q -h 127.0.0.1 -p "$PORT" -U bench -d postgres -c "CREATE DATABASE bench" >/dev/null
"$BENCH" "postgres://bench@127.0.0.1:$PORT/bench?sslmode=disable" "$CLIENTS" "$EDITS" "$TASKS" "$NOTICES"
