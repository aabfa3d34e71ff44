#!/usr/bin/env bash
# Object Explorer listing speed: a schema with 10,000 tables (5 columns, a primary key and one more index each) in
# the embedded demo server; times GET .../schemas/bench/tables end to end with curl and a logged-in session
# (10 runs after one warm-up, median), and psql running the same catalog query, for the ratio. Target: < 300 ms.
# Usage: bench/explorer-bench.sh   (builds target/pgdeck.jar first if it is missing; needs curl and psql)
set -euo pipefail
cd "$(dirname "$0")/.."
TABLES=${TABLES:-10000}
RUNS=${RUNS:-10}
PORT=${PORT:-18182}
source bench/lib.sh
bench_start ${JAVA_OPTS:-}
sql() { bench_psql -v ON_ERROR_STOP=1 "$@"; }

echo "creating $TABLES tables in schema bench..."
sql -c "DROP SCHEMA IF EXISTS bench CASCADE" -c "CREATE SCHEMA bench"
# Batches of 500, one transaction each, to stay inside the lock table.
for ((from = 1; from <= TABLES; from += 500)); do
  to=$(( from + 499 < TABLES ? from + 499 : TABLES ))
  sql -c "DO \$\$ BEGIN FOR i IN $from..$to LOOP
      EXECUTE format('CREATE TABLE bench.t%s (id bigint PRIMARY KEY, name text, amount numeric(12,2),
                      created timestamptz DEFAULT now(), flag boolean)', i);
      EXECUTE format('CREATE INDEX t%s_name ON bench.t%s (name)', i, i);
    END LOOP; END \$\$"
done
sql -c "ANALYZE"

url="$BASE/api/v1/databases/$PG_DB/schemas/bench/tables"
count=$(curl -s -b "$COOKIES" "$url" | grep -o '"name"' | wc -l)
[[ $count -eq $TABLES ]] || { echo "expected $TABLES tables in the listing, got $count"; exit 1; }

curl -s -o /dev/null -b "$COOKIES" "$url"
pgdeck=$(for ((i = 0; i < RUNS; i++)); do
  curl -s -o /dev/null -b "$COOKIES" -w '%{time_total}\n' "$url" | awk '{ printf "%.1f\n", $1 * 1000 }'
done | median)
bytes=$(curl -s -b "$COOKIES" "$url" | wc -c)

# psql: the same catalog query from relations.sql, prepared with the same parameters, its rows thrown away.
query=$(awk 'BEGIN { n = 0 } !/^ *--/ { while (index($0, "?")) sub(/\?/, "$" (++n)); print }' src/main/resources/io/pgdeck/explorer/relations.sql)
psql_ms=$(for ((i = 0; i < RUNS; i++)); do
  start=$(date +%s%N)
  sql -o /dev/null -c "PREPARE listing(text, text) AS $query" -c "EXECUTE listing('bench', 'r,p')"
  echo "$(( ($(date +%s%N) - start) / 100000 ))" | awk '{ printf "%.1f\n", $1 / 10 }'
done | median)

printf 'tables listed: %d (%d KB of JSON)\n' "$count" $((bytes / 1024))
printf 'pgdeck GET %s: median %s ms over %d runs (target < 300 ms)\n' "${url#$BASE}" "$pgdeck" "$RUNS"
printf 'psql, same query (process start included): median %s ms; ratio pgdeck/psql %.2f\n' "$psql_ms" \
  "$(awk -v a="$pgdeck" -v b="$psql_ms" 'BEGIN { print a / b }')"
