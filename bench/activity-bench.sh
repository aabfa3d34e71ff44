#!/usr/bin/env bash
# The Dashboard's cost on a busy server (not part of the tests): 300 sessions on the machine's own PostgreSQL 15, then
# the three queries of one refresh (sessions, locks, stats) timed as psql runs them, and the same refresh through
# pgdeck's API, in the same run. Target: a refresh costs the server under 5 ms. Usage: bench/activity-bench.sh
set -euo pipefail
cd "$(dirname "$0")/.."
export SERVER=system PG_MAX_CONNECTIONS=400
PORT=${PORT:-18977}
SESSIONS=${SESSIONS:-300}
source bench/lib.sh
bench_start -Xmx512m

for _ in $(seq 1 "$SESSIONS"); do
  "$PG_BIN/psql" -h 127.0.0.1 -p "$PG_PORT" -U postgres -d postgres -Atq -c 'SELECT pg_sleep(600)' >/dev/null 2>&1 &
done
sleep 5
echo "sessions on the server: $("$PG_BIN/psql" -h 127.0.0.1 -p "$PG_PORT" -U postgres -d postgres -Atc 'SELECT count(*) FROM pg_stat_activity')"

# The server's own time for each query (EXPLAIN ANALYZE), with the visible databases as pgdeck passes them. pgdeck's
# driver prepares a statement it runs again and again (from the fifth time), so a refresh costs the execution only;
# planning is shown apart.
sql_of() { sed "s/= ANY (?)/= ANY (ARRAY['postgres'])/g" "src/main/resources/io/pgdeck/activity/$1.sql" | grep -v '^\s*--'; }
server_ms() {
  local field=$1 total=0
  for query in sessions locks stats; do
    local ms
    ms=$({ echo 'EXPLAIN (ANALYZE, FORMAT JSON)'; sql_of "$query"; } | "$PG_BIN/psql" -h 127.0.0.1 -p "$PG_PORT" \
      -U postgres -d postgres -Atq | jq ".[0][\"$field\"]")
    total=$(echo "$total + $ms" | bc -l)
  done
  printf '%.2f\n' "$total"
}
psql_ms() {
  local started ended
  started=$(date +%s%N)
  for query in sessions locks stats; do sql_of "$query" | "$PG_BIN/psql" -h 127.0.0.1 -p "$PG_PORT" -U postgres -d postgres -Atq >/dev/null; done
  ended=$(date +%s%N)
  echo "scale=2; ($ended - $started) / 1000000" | bc
}
api_ms() {
  local started ended
  started=$(date +%s%N)
  for path in sessions locks stats; do api_get "/api/v1/activity/$path" >/dev/null; done
  ended=$(date +%s%N)
  echo "scale=2; ($ended - $started) / 1000000" | bc
}
for _ in 1 2 3; do api_ms >/dev/null; done
server=$(for _ in $(seq 1 15); do server_ms "Execution Time"; done | median)
planning=$(for _ in $(seq 1 15); do server_ms "Planning Time"; done | median)
psql_time=$(for _ in $(seq 1 15); do psql_ms; done | median)
api=$(for _ in $(seq 1 15); do api_ms; done | median)
echo "one refresh with $SESSIONS sessions: the server executes it in ${server} ms (target < 5 ms; planning, once per" \
  "connection, ${planning} ms);" \
  "psql, three queries ${psql_time} ms; pgdeck's API, three calls ${api} ms (ratio $(echo "scale=2; $api / $psql_time" | bc))"
pkill -f 'pg_sleep(600)' || true
