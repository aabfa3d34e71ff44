#!/usr/bin/env bash
# One-shot query API under load (not part of the tests). Starts pgdeck with its embedded demo server at -Xmx256m and,
# in the same run, for each statement below:
#   - 50 clients posting it to POST /api/v1/databases/{db}/query for $SECONDS s (bench/OneShotLoad.java): requests
#     per second, errors, median and 99th percentile, how many waited over 2 s, and the most server backends pgdeck
#     held (sampled from pg_stat_activity);
#   - pgbench running the same statement with 8 clients for as long, on the same server: transactions per second,
#     with its connections kept (pgbench/s) and with a new connection per transaction (-C, as pgdeck's one-shot API
#     worked before it pooled: pgbench-C/s).
# Target: pgdeck's rate at least half pgbench's, no errors, at most 20 backends.
# Usage: bench/oneshot-bench.sh [seconds]   (builds target/pgdeck.jar first when it is missing)
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_PER_RUN=${1:-20}
PORT=${PORT:-18781}
PGBENCH=${PGBENCH:-/usr/lib/postgresql/15/bin/pgbench}
STATEMENTS=(
  "SELECT 1"
  "SELECT status, count(*) FROM store.orders WHERE customer_id = 42 GROUP BY status"
)

source bench/lib.sh
bench_start -Xmx256m

backends() {
  bench_psql -At -c "SELECT count(*) FROM pg_stat_activity WHERE application_name LIKE 'pgdeck%'"
}
# The most backends pgdeck held while the load ran, sampled every 200 ms until $WORK/stop exists.
sample_backends() {
  local most=0 now
  while [[ ! -f $WORK/stop ]]; do
    now=$(backends)
    ((now > most)) && most=$now
    sleep 0.2
  done
  echo "$most"
}
load() { java bench/OneShotLoad.java "$BASE" "$PG_DB" "$COOKIES" "$1" "$2" "$3"; }
pgbench_tps() {
  printf '%s;\n' "$1" >"$WORK/statement.sql"
  PGPASSWORD=$(cat "$WORK/state/embedded-postgres.password") "$PGBENCH" -n -h "$PG_HOST" -p "$PG_PORT" -U postgres \
    -c 8 -j 2 -T "$SECONDS_PER_RUN" ${2:-} -f "$WORK/statement.sql" "$PG_DB" 2>/dev/null |
    sed -n 's/^tps = \([0-9.]*\).*/\1/p' | head -1
}

printf '%-50s %9s %10s %6s %11s %6s %6s %7s %6s %8s\n' statement pgdeck/s pgbench/s ratio pgbench-C/s ratio \
  errors p99ms over2s backends
for statement in "${STATEMENTS[@]}"; do
  load 50 5 "$statement" >/dev/null # warm-up: JIT, pools and the server's caches
  rm -f "$WORK/stop"
  sample_backends >"$WORK/backends" &
  SAMPLER=$!
  RESULT=$(load 50 "$SECONDS_PER_RUN" "$statement")
  touch "$WORK/stop"
  wait "$SAMPLER"
  PGBENCH_TPS=$(pgbench_tps "$statement")
  PGBENCH_C_TPS=$(pgbench_tps "$statement" -C)
  RATE=$(sed -n 's/.*rate=\([0-9.]*\).*/\1/p' <<<"$RESULT")
  printf '%-50s %9.0f %10.0f %6.3f %11.0f %6.2f %6s %7s %6s %8s\n' "${statement:0:50}" "$RATE" "$PGBENCH_TPS" \
    "$(echo "$RATE / $PGBENCH_TPS" | bc -l)" "$PGBENCH_C_TPS" "$(echo "$RATE / $PGBENCH_C_TPS" | bc -l)" "$(sed -n 's/.*errors=\([0-9]*\).*/\1/p' <<<"$RESULT")" \
    "$(sed -n 's/.*p99=\([0-9.]*\).*/\1/p' <<<"$RESULT")" "$(sed -n 's/.*over2s=\([0-9]*\).*/\1/p' <<<"$RESULT")" \
    "$(cat "$WORK/backends")"
done
