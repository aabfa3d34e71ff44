#!/usr/bin/env bash
# View/Edit Data benchmark (not part of the tests). Starts pgdeck (bench/lib.sh), loads a
# 1,000,000-row table, and measures at the HTTP API, psql alongside in the same run:
#   - pages of 100 rows at offsets 0, 500,000 and 999,900 in the stable (key) order, by offset and by the
#     cursor of the page before (10 runs each, median);
#   - saving 1,000 edited rows in one changes request (target <= 1 s);
#   - CSV export of the whole table against psql's \copy (target <= 1.2x).
# Usage: bench/data-bench.sh   (PORT=18931 RUNS=10 to change; SERVER=system to manage a cluster of the machine's
# own PostgreSQL 15 instead of the embedded one; needs curl, jq, psql 15)
set -euo pipefail
cd "$(dirname "$0")/.."

RUNS=${RUNS:-10}
source bench/lib.sh
bench_start
TABLE_PATH="/api/v1/databases/$PG_DB/schemas/bench/tables/big"
psql() { bench_psql "$@"; }
echo "pgdeck $(git rev-parse --short HEAD 2>/dev/null) on $(psql -Atc 'SELECT version()' | cut -d' ' -f1-2) ($SERVER server)"

echo "Loading 1,000,000 rows into $PG_DB.bench.big..."
psql -v ON_ERROR_STOP=1 <<'SQL'
-- As a production server commits: on a server set to commit asynchronously, VACUUM right after the load could
-- not mark the fresh pages all-visible, and every index-only scan would then read the table too.
SET synchronous_commit = on;
DROP SCHEMA IF EXISTS bench CASCADE;
CREATE SCHEMA bench;
CREATE TABLE bench.big (
    id         bigint PRIMARY KEY,
    name       text NOT NULL,
    amount     numeric(12,2),
    created_at timestamptz NOT NULL,
    note       text,
    flag       boolean
);
INSERT INTO bench.big
SELECT g, 'name ' || g, g * 1.25, timestamptz '2024-01-01 00:00:00+00' + g * interval '1 minute', md5(g::text), g % 2 = 0
  FROM generate_series(1, 1000000) g;
VACUUM ANALYZE bench.big;
CHECKPOINT;
SELECT format('%s of %s pages all-visible', relallvisible, relpages) FROM pg_class WHERE oid = 'bench.big'::regclass;
SQL


check_page() { # offset: the page holds the rows offset+1 .. offset+100 in key order
  local first last
  read -r first last < <(api_get "$TABLE_PATH/rows?limit=100&offset=$1" | jq -r '"\(.rows[0][0]) \(.rows[-1][0])"')
  [[ $first == $(($1 + 1)) && $last == $(($1 + 100)) ]] || { echo "page at $1 is $first..$last" >&2; exit 1; }
}

echo
echo "Pages of 100 rows, stable key order, median of $RUNS (ms); psql runs the page as a user would type it,"
echo "SELECT * ... ORDER BY id LIMIT 100 OFFSET n, in one session (server time only, no connection or HTTP):"
printf '%-10s %12s %12s %12s %10s\n' offset "by offset" "by cursor" "psql" "ratio"
# As a server that has run a while: the JVM has compiled the paths a page and a cursor take (a few hundred calls).
token=$(api_get "$TABLE_PATH/rows?limit=100&offset=0" | jq -r .next)
for _ in $(seq 300); do api_get "$TABLE_PATH/rows?limit=100&offset=0" >/dev/null; done
for _ in $(seq 300); do api_get "$TABLE_PATH/rows?limit=100&after=$token" >/dev/null; done
for offset in 0 500000 999900; do
  check_page "$offset"
  for _ in $(seq 5); do api_get "$TABLE_PATH/rows?limit=100&offset=$offset" >/dev/null; done
  by_offset=$(for _ in $(seq "$RUNS"); do ms "$TABLE_PATH/rows?limit=100&offset=$offset"; done | median)
  if ((offset == 0)); then
    by_cursor=$by_offset
  else
    token=$(api_get "$TABLE_PATH/rows?limit=100&offset=$((offset - 100))" | jq -r .next)
    first=$(api_get "$TABLE_PATH/rows?limit=100&after=$token" | jq -r '.rows[0][0]')
    [[ $first == $((offset + 1)) ]] || { echo "cursor page starts at $first" >&2; exit 1; }
    by_cursor=$(for _ in $(seq "$RUNS"); do ms "$TABLE_PATH/rows?limit=100&after=$token"; done | median)
  fi
  by_psql=$(psql_times "SELECT * FROM bench.big ORDER BY id LIMIT 100 OFFSET $offset" "$RUNS" | median)
  ratio=$(awk -v a="$by_offset" -v p="$by_psql" 'BEGIN {printf "%.2fx", a / p}')
  printf '%-10s %12.1f %12.1f %12.1f %10s\n' "$offset" "$by_offset" "$by_cursor" "$by_psql" "$ratio"
done

echo
echo "Saving 1,000 edited rows in one changes request (3 runs):"
save_times=()
for run in 1 2 3; do
  api_get "$TABLE_PATH/rows?limit=1000&offset=$((run * 100000))" | jq -c --arg run "$run" '
    . as $page
    | {updates: [ $page.rows[] as $row
        | ([$page.columns[].name] as $names | [range(0; $names | length)] | map({key: $names[.], value: $row[.]}) | from_entries) as $original
        | {key: {id: $original.id}, original: $original, set: {note: ("edited in run " + $run), flag: ($original.flag | not)}} ]}' \
    >"$WORK/changes.json"
  result=$(curl -s -f -o "$WORK/saved.json" -w '%{time_total}' -b "$COOKIES" -H "X-XSRF-TOKEN: $XSRF" \
    -H 'Content-Type: application/json' --data-binary "@$WORK/changes.json" "$BASE$TABLE_PATH/changes")
  [[ $(jq .updated "$WORK/saved.json") == 1000 ]] || { cat "$WORK/saved.json" >&2; exit 1; }
  save_times+=("$(awk -v t="$result" 'BEGIN {printf "%.1f", t * 1000}')")
done
edited=$(psql -At -c "SELECT count(*) FROM bench.big WHERE note LIKE 'edited in run %'")
echo "  ${save_times[*]} ms; median $(printf '%s\n' "${save_times[@]}" | median) ms (target <= 1000); rows edited: $edited"

echo
echo "CSV export of the whole table (5 runs each, alternating, median):"
api_times=()
psql_times=()
for _ in 1 2 3 4 5; do
  start=$(date +%s%N)
  curl -s -f -b "$COOKIES" "$BASE$TABLE_PATH/export?format=csv" >"$WORK/api.csv"
  api_times+=("$((($(date +%s%N) - start) / 1000000))")
  start=$(date +%s%N)
  psql -c "\\copy bench.big to stdout csv header" >"$WORK/psql.csv"
  psql_times+=("$((($(date +%s%N) - start) / 1000000))")
done
cmp -s "$WORK/api.csv" "$WORK/psql.csv" || { echo "the API's CSV differs from psql's" >&2; exit 1; }
api_median=$(printf '%s\n' "${api_times[@]}" | median)
psql_median=$(printf '%s\n' "${psql_times[@]}" | median)
echo "  pgdeck: ${api_times[*]} ms; median $api_median ms ($(wc -c <"$WORK/api.csv") bytes, identical to psql's)"
echo "  psql \\copy: ${psql_times[*]} ms; median $psql_median ms"
awk -v a="$api_median" -v p="$psql_median" 'BEGIN {printf "  ratio pgdeck / psql: %.2fx (target <= 1.2x)\n", a / p}'
