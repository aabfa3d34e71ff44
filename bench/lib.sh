# Shared by the bench scripts (source it; not part of the tests): starts pgdeck, logs in, and gives psql on the
# same server pgdeck manages, so each figure is measured beside psql in the same run.
#
#   bench_start [java options...]   starts target/pgdeck.jar (built when missing) and logs in as the team; the
#     account's password goes through the environment and a 0600 file, never a command line.
#     SERVER=embedded (default): pgdeck's embedded PostgreSQL (zonky's 15.x build).
#     SERVER=system: a throwaway cluster of the machine's own PostgreSQL 15 (Debian's build, as a platform would
#     run), which pgdeck manages as an external server.
#   Then: $BASE, $COOKIES, $XSRF, $PGDECK_PID, $PG_HOST/$PG_PORT/$PG_DB (the managed server), $WORK (under
#   $BENCH_DIR, default $TMPDIR or /tmp; removed on exit, after a bench_on_exit function if the bench defines one),
#   bench_psql [psql args...] (as the superuser), api_get PATH (body to stdout), ms PATH (GET time in ms),
#   median (reads numbers, one a line), psql_times SQL RUNS.

PSQL=${PSQL:-/usr/lib/postgresql/15/bin/psql}
PG_BIN=${PG_BIN:-/usr/lib/postgresql/15/bin}
SERVER=${SERVER:-embedded}
PORT=${PORT:-18931}
BASE="http://127.0.0.1:$PORT"
WORK=$(mktemp -d "${BENCH_DIR:-${TMPDIR:-/tmp}}/pgdeck-bench.XXXXXX")
# The cluster's owner (postgres) must reach its folder inside.
chmod 755 "$WORK"
COOKIES="$WORK/cookies"
PGDECK_PID=
PG_PORT=
PG_HOST=127.0.0.1
PG_DB=postgres

bench_cleanup() {
  if declare -F bench_on_exit >/dev/null; then bench_on_exit || true; fi
  [[ -n $PGDECK_PID ]] && { kill "$PGDECK_PID" 2>/dev/null; wait "$PGDECK_PID" 2>/dev/null || true; }
  local pid_file
  for pid_file in "$WORK"/*/postmaster.pid; do
    [[ -f $pid_file ]] && runuser -u postgres -- "$PG_BIN/pg_ctl" -D "${pid_file%/*}" -m immediate stop >/dev/null 2>&1
  done
  rm -rf "$WORK"
}
trap bench_cleanup EXIT

free_port() { python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }

# A cluster of the machine's own binaries in $WORK/$1 (server options in $2), trusted on the loopback only, owned by
# postgres (which refuses root); its port in CLUSTER_PORT. bench_cleanup stops it.
start_cluster() {
  local dir=$WORK/$1
  CLUSTER_PORT=$(free_port)
  mkdir -p "$dir" && chown postgres "$dir"
  runuser -u postgres -- "$PG_BIN/initdb" -D "$dir" -U postgres -A trust >/dev/null
  runuser -u postgres -- "$PG_BIN/pg_ctl" -D "$dir" -l "$dir/server.log" \
    -o "-p $CLUSTER_PORT -k $dir -c listen_addresses=127.0.0.1 ${2:-}" -w start >/dev/null
}

start_system_server() {
  start_cluster cluster "-c max_connections=${PG_MAX_CONNECTIONS:-100}"
  PG_PORT=$CLUSTER_PORT
}

bench_start() {
  [[ -f target/pgdeck.jar ]] || ./mvnw -B -q -DskipTests package
  local server_args=()
  if [[ $SERVER == system ]]; then
    start_system_server
    # pgdeck reads the password from a file; trust ignores it, but the setting is required.
    echo unused >"$WORK/server-password"
    server_args=(--pgdeck.server.host="$PG_HOST" --pgdeck.server.port="$PG_PORT" --pgdeck.server.username=postgres
      --pgdeck.server.password-file="$WORK/server-password" --pgdeck.server.database=postgres)
  fi
  (umask 077 && head -c 12 /dev/urandom | od -An -tx1 | tr -d ' \n' | sed 's/^/bench-/' >"$WORK/password")
  # Emptied first, here: a bench that starts pgdeck again must not find the last run's "ready" line.
  : >"$WORK/pgdeck.log"
  PGDECK_ACCOUNT_PASSWORD=$(cat "$WORK/password") java "$@" -jar target/pgdeck.jar --server.port="$PORT" \
    --pgdeck.state.dir="$WORK/state" "${server_args[@]}" >"$WORK/pgdeck.log" 2>&1 &
  PGDECK_PID=$!
  for _ in $(seq 1 180); do
    grep -q "pgdeck is ready" "$WORK/pgdeck.log" && break
    kill -0 "$PGDECK_PID" 2>/dev/null || { cat "$WORK/pgdeck.log"; exit 1; }
    sleep 1
  done
  bench_login
  if [[ $SERVER == embedded ]]; then
    PG_PORT=$(api_get /api/v1/deployment | jq -r .server.port)
    PG_DB=demo
  fi
}

# As the browser does: the login page's CSRF field; the answer brings the session and XSRF-TOKEN cookies.
bench_login() {
  local csrf status
  csrf=$(curl -s -c "$COOKIES" -b "$COOKIES" "$BASE/login" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p')
  status=$(curl -s -o /dev/null -w '%{http_code}' -c "$COOKIES" -b "$COOKIES" --data-urlencode username=team \
    --data-urlencode "password@$WORK/password" --data-urlencode "_csrf=$csrf" "$BASE/login")
  [[ $status == 302 ]] || { echo "login failed ($status)" >&2; exit 1; }
  XSRF=$(awk '$6 == "XSRF-TOKEN" {print $7}' "$COOKIES")
}

# The embedded server asks for its generated password (kept 0600 in the state directory): through the environment.
bench_psql() {
  local password=
  [[ -f $WORK/state/embedded-postgres.password ]] && password=$(cat "$WORK/state/embedded-postgres.password")
  PGPASSWORD=$password "$PSQL" -X -q -h "$PG_HOST" -p "$PG_PORT" -U postgres -d "$PG_DB" "$@"
}
api_get() { curl -s -f -b "$COOKIES" "$BASE$1"; }
ms() { curl -s -f -o /dev/null -w '%{time_total}\n' -b "$COOKIES" "$BASE$1" | awk '{printf "%.1f\n", $1 * 1000}'; }
median() { sort -n | awk '{v[NR] = $1} END {m = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2; printf "%.6g", m}'; }

# Runs one statement $2 times in one psql session; prints each run's time in ms (psql's \timing).
psql_times() {
  { echo '\timing on'; for _ in $(seq "$2"); do echo "$1 \\g /dev/null"; done; } | bench_psql |
    sed -n 's/^Time: \([0-9.]*\) ms.*/\1/p'
}

# Fills schema $1 of the managed database with about $2 MB: a wide events table (text, numbers, timestamps, jsonb)
# with its keys and an index, and the customers it references. Used by the backup and replace benches.
fill_events_schema() {
  local schema=$1 rows=$(($2 * 1024 * 1024 / 190))
  local run=(bench_psql -v ON_ERROR_STOP=1 -q -c)
  "${run[@]}" "DROP SCHEMA IF EXISTS $schema CASCADE; CREATE SCHEMA $schema"
  "${run[@]}" "CREATE TABLE $schema.customers (id int PRIMARY KEY, name text NOT NULL, email text)"
  "${run[@]}" "INSERT INTO $schema.customers SELECT g, 'customer ' || g, 'c' || g || '@example.com' FROM generate_series(1, 100000) g"
  "${run[@]}" "CREATE TABLE $schema.events (id bigint PRIMARY KEY, customer_id int REFERENCES $schema.customers,
       at timestamptz NOT NULL, kind text NOT NULL, amount numeric(12,2), payload jsonb, note text)"
  "${run[@]}" "INSERT INTO $schema.events SELECT g, 1 + g % 100000, now() - g * interval '1 second',
       (ARRAY['view','cart','buy','refund'])[1 + g % 4], (g % 100000) / 100.0,
       jsonb_build_object('n', g, 'tag', md5(g::text)), repeat(md5((g * 7)::text), 1 + g % 2)
     FROM generate_series(1, $rows) g"
  "${run[@]}" "CREATE INDEX events_at ON $schema.events (at); ANALYZE $schema.events"
}
