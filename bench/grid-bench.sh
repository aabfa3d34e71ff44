#!/usr/bin/env bash
# Grid bench (not part of the tests). Starts pgdeck with its embedded demo server and, in the same run, measures in
# headless Chromium (bench/GridBench.java, driven by Playwright) over 1,000,000 rows:
#   - the Query Tool: Ctrl+End from the first cell to the last row shown (the result is read to its end on the way);
#   - View/Edit Data on a 1,000,000-row table: Ctrl+End to its last row;
#   - frame times while each grid scrolls (600 pixels each frame), median and 95th percentile, beside the frame time
#     of the page with nothing moving (headless Chromium's own pace);
# against psql reading the same rows (SELECT to /dev/null), and prints each grid figure's ratio to psql's.
# Usage: [GRID_BENCH_JAVA_OPTS=...] bench/grid-bench.sh [runs]   (builds target/pgdeck.jar first when it is missing)
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${1:-3}
PORT=${PORT:-18779}
QUERY="SELECT g AS n FROM generate_series(1, 1000000) g"

source bench/lib.sh
# GRID_BENCH_JAVA_OPTS: more options for pgdeck, e.g. -Dspring.web.resources.static-locations=file:OTHER_BUILD/ to
# measure another build of the page beside this one.
bench_start -Xmx256m ${GRID_BENCH_JAVA_OPTS:-}

bench_psql -v ON_ERROR_STOP=1 -c "DROP SCHEMA IF EXISTS bench_grid CASCADE; CREATE SCHEMA bench_grid" \
  -c "CREATE TABLE bench_grid.million AS SELECT g AS id FROM generate_series(1, 1000000) g" \
  -c "ALTER TABLE bench_grid.million ADD PRIMARY KEY (id)" -c "VACUUM ANALYZE bench_grid.million"

# Playwright (the version the tests use) and what it needs, from Maven's local repository (the tests fetched them).
M2=${M2_REPO:-$HOME/.m2/repository}
PW=$(sed -n 's:.*<playwright.version>\(.*\)</playwright.version>.*:\1:p' pom.xml)
GSON=$(sed -n 's:.*<gson.version>\(.*\)</gson.version>.*:\1:p' "$M2/com/microsoft/playwright/parent-pom/$PW/parent-pom-$PW.pom")
CLASSPATH=$(printf '%s:' "$M2/com/microsoft/playwright"/{playwright,driver,driver-bundle}/"$PW"/*-"$PW".jar \
  "$M2/com/google/code/gson/gson/$GSON/gson-$GSON.jar")

psql_read() {
  local started ended
  started=$(date +%s.%N)
  bench_psql -c "$1" >/dev/null
  ended=$(date +%s.%N)
  echo "($ended - $started) * 1000" | bc
}
for _ in $(seq 1 "$RUNS"); do psql_read "$QUERY"; done >"$WORK/psql-query.txt"
for _ in $(seq 1 "$RUNS"); do psql_read "SELECT * FROM bench_grid.million"; done >"$WORK/psql-data.txt"
PSQL_QUERY=$(median <"$WORK/psql-query.txt")
PSQL_DATA=$(median <"$WORK/psql-data.txt")

PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 java -cp "$CLASSPATH" bench/GridBench.java "$BASE" "$WORK/password" "$PG_DB" bench_grid.million "$RUNS" >"$WORK/grid.txt"
figure() { awk -v name="$1" '$1 == name {print $2}' "$WORK/grid.txt"; }

echo "Grid over 1,000,000 rows, median of $RUNS runs (headless Chromium, 1280x800)"
printf '%-44s %10s ms   psql reading the rows: %8.1f ms   ratio %.2f\n' \
  "Query Tool: Ctrl+End to the last row" "$(figure query_ctrl_end_ms)" "$PSQL_QUERY" \
  "$(echo "$(figure query_ctrl_end_ms) / $PSQL_QUERY" | bc -l)"
printf '%-44s %10s ms   psql reading the rows: %8.1f ms   ratio %.2f\n' \
  "View/Edit Data: Ctrl+End to the last row" "$(figure data_ctrl_end_ms)" "$PSQL_DATA" \
  "$(echo "$(figure data_ctrl_end_ms) / $PSQL_DATA" | bc -l)"
printf '%-44s %10s ms median (the browser pace, idle)\n' "Frame time, nothing moving" "$(figure idle_frame_median_ms)"
printf '%-44s %10s ms median, %s ms p95\n' \
  "Query Tool: frame time while scrolling" "$(figure query_frame_median_ms)" "$(figure query_frame_p95_ms)"
printf '%-44s %10s ms median, %s ms p95\n' \
  "View/Edit Data: frame time while scrolling" "$(figure data_frame_median_ms)" "$(figure data_frame_p95_ms)"
