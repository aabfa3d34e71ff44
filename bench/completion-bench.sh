#!/usr/bin/env bash
# Query Tool completion on a large catalog: 100,000 tables (5 columns each) in the embedded demo server. Times the
# first suggestions the editor asks for (relations after FROM by a prefix, a relation's columns, the schemas) end
# to end with curl and a logged-in session (median of RUNS after a warm-up), beside psql running the same catalog
# query, and prints the bytes each answer carries next to what a whole-catalog completion would have carried.
# Target: first suggestions within 100 ms.
# Usage: bench/completion-bench.sh   (TABLES=100000 RUNS=20; builds target/pgdeck.jar first if it is missing)
set -euo pipefail
cd "$(dirname "$0")/.."
TABLES=${TABLES:-100000}
RUNS=${RUNS:-20}
PORT=${PORT:-18183}
source bench/lib.sh
bench_start ${JAVA_OPTS:-}
sql() { bench_psql -v ON_ERROR_STOP=1 "$@"; }

echo "creating $TABLES tables in schema many..."
sql -c "DROP SCHEMA IF EXISTS many CASCADE" -c "CREATE SCHEMA many"
for ((from = 1; from <= TABLES; from += 1000)); do
  to=$(( from + 999 < TABLES ? from + 999 : TABLES ))
  sql -c "DO \$\$ BEGIN FOR i IN $from..$to LOOP
      EXECUTE format('CREATE TABLE many.t%s (id bigint, name text, amount numeric, created timestamptz, flag boolean)', i);
    END LOOP; END \$\$"
done
sql -c "ANALYZE"

base="/api/v1/databases/$PG_DB/completion"
timed() { ms "$1" >/dev/null; for ((i = 0; i < RUNS; i++)); do ms "$1"; done | median; }
psql_ms() {
  local query
  query=$(awk 'BEGIN { n = 0 } !/^ *--/ { while (index($0, "?")) sub(/\?/, "$" (++n)); print }' \
    "src/main/resources/io/pgdeck/query/$1")
  { echo '\timing on'; echo "PREPARE q AS $query;"; for ((i = 0; i <= RUNS; i++)); do echo "EXECUTE q$2 \\g /dev/null"; done; } |
    bench_psql | sed -n 's/^Time: \([0-9.]*\) ms.*/\1/p' | tail -n "$RUNS" | median
}

relations_ms=$(timed "$base/relations?prefix=t5000")
relations_psql=$(psql_ms completion-relations.sql "('t5000', 't5001', 't5001', NULL, NULL, 100)")
columns_ms=$(timed "$base/columns?relation=t77777&schema=many")
columns_psql=$(psql_ms completion-columns.sql "('many', 't77777', 'many', 't77777')")
schemas_ms=$(timed "$base/schemas")
relations_bytes=$(api_get "$base/relations?prefix=t5000" | wc -c)
whole_bytes=$(sql -At -c "SELECT sum(length(c.relname) + length(n.nspname) + 40 +
    (SELECT coalesce(sum(length(a.attname) + 3), 0) FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attnum > 0))
  FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
  WHERE c.relkind IN ('r','p','v','m','f') AND n.nspname NOT IN ('pg_catalog','information_schema')")

printf 'tables: %s\n' "$TABLES"
printf 'relations by prefix (first suggestions): pgdeck %s ms, psql %s ms (server time only)\n' "$relations_ms" "$relations_psql"
printf 'columns of one relation:                 pgdeck %s ms, psql %s ms\n' "$columns_ms" "$columns_psql"
printf 'schemas:                                 pgdeck %s ms\n' "$schemas_ms"
printf 'answer size: %s bytes (a whole-catalog answer: about %s bytes)\n' "$relations_bytes" "$whole_bytes"
