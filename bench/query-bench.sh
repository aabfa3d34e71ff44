#!/usr/bin/env bash
# Query Tool bench (not part of the tests). Starts pgdeck with its embedded demo server at -Xmx256m and, in the
# same run, measures on a 1,000,000-row x 5-column SELECT:
#   - time to the first page at the API (POST /query-sessions/{id}/executions), target <= 200 ms;
#   - the whole result downloaded as CSV (GET .../export?format=csv) against psql's \copy (...) to stdout csv,
#     target <= 1.2x; the JSON export and a page fetched at offset 900,000 for scale;
#   - the server's heap after a full GC and its peak RSS.
# Usage: bench/query-bench.sh [runs]   (builds target/pgdeck.jar first when it is missing)
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${1:-3}
PORT=${PORT:-18777}
QUERY="SELECT g AS id, g * 2 AS doubled, md5(g::text) AS hash, timestamptz '2024-01-01' + g * interval '1 second' AS at, g % 7 = 0 AS flag FROM generate_series(1, 1000000) g"

source bench/lib.sh
bench_start -Xmx256m
APP=$PGDECK_PID
DB=$PG_DB

api() { curl -s -b "$COOKIES" -H "X-XSRF-TOKEN: $XSRF" -H "Content-Type: application/json" "$@"; }
json() { python3 -c "import json,sys; d=json.load(sys.stdin); print($1)"; }

SESSION=$(api -X POST "$BASE/api/v1/databases/$DB/query-sessions" -d '{}' | json 'd["id"]')
BODY=$(python3 -c 'import json,sys; print(json.dumps({"sql": sys.argv[1]}))' "$QUERY")

first_page() {
  api -o "$WORK/execution.json" -w '%{time_total}\n' -X POST "$BASE/api/v1/query-sessions/$SESSION/executions" -d "$BODY"
}
psql_first_page() {
  local started ended
  started=$(date +%s.%N)
  bench_psql -c "SELECT * FROM ($QUERY) q LIMIT 1000" >/dev/null
  ended=$(date +%s.%N)
  echo "$ended - $started" | bc
}
first_page >/dev/null # warm-up: JIT and the server's caches
for _ in $(seq 1 "$RUNS"); do first_page; done >"$WORK/first.txt"
for _ in $(seq 1 "$RUNS"); do psql_first_page; done >"$WORK/psql-first.txt"
RESULT=$(json 'd["results"][0]["resultId"]' <"$WORK/execution.json")
ROWS_FIRST=$(json 'len(d["results"][0]["rows"])' <"$WORK/execution.json")

export_csv() {
  api -o "$WORK/export.csv" -w '%{time_total}\n' "$BASE/api/v1/query-sessions/$SESSION/results/$RESULT/export?format=csv"
}
psql_copy() {
  local started ended
  started=$(date +%s.%N)
  bench_psql -c "\\copy ($QUERY) to stdout csv header" >"$WORK/psql.csv"
  ended=$(date +%s.%N)
  echo "$ended - $started" | bc
}
peak_rss() { awk '/VmHWM/ {print $2}' "/proc/$APP/status"; }

export_csv >/dev/null && psql_copy >/dev/null # warm-up
: >"$WORK/csv.txt"; : >"$WORK/psql.txt"
for _ in $(seq 1 "$RUNS"); do
  # A fresh execution each time: the export must not find the rows already read.
  first_page >/dev/null
  RESULT=$(json 'd["results"][0]["resultId"]' <"$WORK/execution.json")
  export_csv >>"$WORK/csv.txt"
  psql_copy >>"$WORK/psql.txt"
done
cmp -s "$WORK/export.csv" "$WORK/psql.csv" && SAME="identical" || SAME="DIFFERENT"
CSV_LINES=$(wc -l <"$WORK/export.csv")

first_page >/dev/null
RESULT=$(json 'd["results"][0]["resultId"]' <"$WORK/execution.json")
JSON_TIME=$(api -o "$WORK/export.json" -w '%{time_total}\n' "$BASE/api/v1/query-sessions/$SESSION/results/$RESULT/export?format=json")
JSON_ROWS=$(python3 -c 'import json,sys; print(len(json.load(open(sys.argv[1]))))' "$WORK/export.json")
first_page >/dev/null
RESULT=$(json 'd["results"][0]["resultId"]' <"$WORK/execution.json")
FAR_PAGE=$(api -o /dev/null -w '%{time_total}\n' "$BASE/api/v1/query-sessions/$SESSION/results/$RESULT/rows?offset=900000&limit=1000")
BACK_PAGE=$(api -o /dev/null -w '%{time_total}\n' "$BASE/api/v1/query-sessions/$SESSION/results/$RESULT/rows?offset=450000&limit=1000")

HEAP=$(jcmd $APP GC.run >/dev/null 2>&1; jcmd $APP GC.heap_info 2>/dev/null | grep -Eo 'used [0-9]+K' | head -1 || true)
RSS_KB=$(peak_rss)

FIRST=$(median <"$WORK/first.txt")
PSQL_FIRST=$(median <"$WORK/psql-first.txt")
CSV=$(median <"$WORK/csv.txt")
PSQL_T=$(median <"$WORK/psql.txt")
printf "query: %s\n" "$QUERY"; printf "load average: %s\n" "$(cut -d" " -f1-3 /proc/loadavg)"
printf 'first page (%s rows) at the API, median of %s: %.0f ms   (target <= 200 ms)\n' "$ROWS_FIRST" "$RUNS" "$(echo "$FIRST * 1000" | bc)"
printf '  the same 1000 rows through psql (SELECT ... LIMIT 1000, process start included): %.0f ms\n' "$(echo "$PSQL_FIRST * 1000" | bc)"
printf 'CSV export, median of %s: pgdeck %.3f s, psql \\copy %.3f s, ratio %.2fx   (target <= 1.2x); %s lines, files %s\n' \
  "$RUNS" "$CSV" "$PSQL_T" "$(echo "$CSV / $PSQL_T" | bc -l)" "$CSV_LINES" "$SAME"
printf 'JSON export: %.3f s for %s rows (%.2fx psql CSV)\n' "$JSON_TIME" "$JSON_ROWS" "$(echo "$JSON_TIME / $PSQL_T" | bc -l)"
printf 'page at offset 900,000 (reads and spills the rows before it): %.3f s; then back at 450,000: %.0f ms\n' "$FAR_PAGE" "$(echo "$BACK_PAGE * 1000" | bc)"
printf 'server: -Xmx256m, heap after GC: %s, peak RSS: %s MB\n' "${HEAP:-n/a}" "$((RSS_KB / 1024))"
