#!/usr/bin/env bash
# Replace restore bench (not part of the test run): on the embedded demo server, fills a schema with about 1 GB, backs
# it up (custom format), then restores it over the live schema (pgdeck's Replace: one transaction, dependents kept)
# against the same replace done by hand with pg_restore --clean --if-exists --single-transaction, in the same run.
# Target: pgdeck within 10% of pg_restore by hand.
#
#   bench/replace-bench.sh [MB]     # default 1024; ROUNDS (default 2) alternate which side goes first
set -euo pipefail
cd "$(dirname "$0")/.."

SIZE_MB=${1:-1024}
ROUNDS=${ROUNDS:-2}
PORT=${PORT:-18093}
DB=demo
SCHEMA=bench
source bench/lib.sh

now() { date +%s.%N; }
seconds() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", b - a }'; }
mean() { awk '{ s += $1 } END { printf "%.2f", s / NR }'; }

bench_start
STORAGE=$WORK/state/storage
api() { curl -s -b "$COOKIES" -H "X-XSRF-TOKEN: $XSRF" -H 'Content-Type: application/json' "$@"; }
export PGHOST=$PG_HOST PGPORT=$PG_PORT PGUSER=postgres PGDATABASE=$DB
PGPASSWORD=$(cat "$WORK/state/embedded-postgres.password")
export PGPASSWORD
sql() { bench_psql -v ON_ERROR_STOP=1 -c "$1"; }

rows=$((SIZE_MB * 1024 * 1024 / 190))
echo "replace bench: filling $DB.$SCHEMA with $rows rows (~${SIZE_MB} MB), a view in another schema depending on it"
sql "DROP SCHEMA IF EXISTS bench_reporting CASCADE"
fill_events_schema "$SCHEMA" "$SIZE_MB"
sql "CREATE SCHEMA bench_reporting; CREATE VIEW bench_reporting.kinds AS SELECT kind, count(*) FROM $SCHEMA.events GROUP BY kind"

run_job() {
  local path=$1 body=$2 t0 answer id status
  t0=$(now)
  answer=$(api -X POST --data "$body" "$BASE/api/v1/databases/$DB/$path")
  id=$(jq -r .jobId <<<"$answer")
  [[ $id != null ]] || { echo "$path refused: $answer" >&2; exit 1; }
  api -N "$BASE/api/v1/jobs/$id/log" >/dev/null
  status=$(api "$BASE/api/v1/jobs/$id" | jq -r .status)
  [[ $status == succeeded ]] || { echo "job $id $status" >&2; api "$BASE/api/v1/jobs/$id/log" | tail -20 >&2; exit 1; }
  seconds "$t0" "$(now)"
}

run_job backups "{\"scope\":\"schema\",\"schema\":\"$SCHEMA\",\"file\":\"bench/replace.dump\",\"format\":\"custom\"}" >/dev/null
DUMP=$STORAGE/bench/replace.dump
# By hand, the same replace: the schema's objects dropped and restored in one transaction. The view that depends on
# the schema blocks pg_restore's DROP, so by hand it is dropped first and made again after (as pgdeck does).
VIEW_SQL="CREATE VIEW bench_reporting.kinds AS SELECT kind, count(*) FROM $SCHEMA.events GROUP BY kind"
by_hand() {
  local t0; t0=$(now)
  { echo "BEGIN; DROP VIEW bench_reporting.kinds;"
    "$PG_BIN/pg_restore" --clean --if-exists --file=- "$DUMP"
    echo "$VIEW_SQL; COMMIT;"; } | bench_psql -v ON_ERROR_STOP=1 -q >/dev/null
  hand+=("$(seconds "$t0" "$(now)")")
}
by_pgdeck() { api_times+=("$(run_job restores '{"file":"bench/replace.dump"}')"); }
hand=(); api_times=()
for round in $(seq 1 "$ROUNDS"); do
  if (( round % 2 == 1 )); then by_pgdeck; by_hand; else by_hand; by_pgdeck; fi
  echo "round $round: replace by hand ${hand[-1]} s, through pgdeck ${api_times[-1]} s"
done
sql "SELECT count(*) FROM bench_reporting.kinds" >/dev/null
t_h=$(printf '%s\n' "${hand[@]}" | mean); t_a=$(printf '%s\n' "${api_times[@]}" | mean)
printf 'replace: by hand %s s, through pgdeck %s s, ratio %s (dump %s)\n' "$t_h" "$t_a" \
  "$(awk -v a="$t_a" -v b="$t_h" 'BEGIN { printf "%.3f", a / b }')" "$(du -h "$DUMP" | cut -f1)"
