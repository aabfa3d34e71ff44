#!/usr/bin/env bash
# pgdeck's memory footprint, for the Kubernetes resources (not part of the tests): resident memory at rest after
# login, and the peak while a query session streams a million-row result to a CSV export, with the heap as the image
# sets it (75% of a 1 GiB limit). Usage: bench/footprint.sh
set -euo pipefail
cd "$(dirname "$0")/.."
PORT=${PORT:-18966}
source bench/lib.sh

rss() { awk '/VmRSS/ {print int($2 / 1024)}' "/proc/$PGDECK_PID/status"; }
bench_start -Xmx768m
sleep 3
rest=$(rss)
session=$(curl -s -b "$COOKIES" -H "X-XSRF-TOKEN: $XSRF" -H 'Content-Type: application/json' -X POST \
  "$BASE/api/v1/databases/$PG_DB/query-sessions" -d '{}' | sed 's/.*"id":"\([^"]*\)".*/\1/')
result=$(curl -s -b "$COOKIES" -H "X-XSRF-TOKEN: $XSRF" -H 'Content-Type: application/json' -X POST \
  "$BASE/api/v1/query-sessions/$session/executions" \
  -d '{"sql":"SELECT g, md5(g::text) AS hash, now() AS at FROM generate_series(1, 1000000) g"}' \
  | sed 's/.*"resultId":"\([^"]*\)".*/\1/')
peak=$rest
curl -s -b "$COOKIES" -o /dev/null "$BASE/api/v1/query-sessions/$session/results/$result/export?format=csv" &
export_pid=$!
while kill -0 "$export_pid" 2>/dev/null; do
  now=$(rss); (( now > peak )) && peak=$now
  sleep 0.2
done
echo "footprint: resident at rest ${rest} MiB, peak while exporting a million rows ${peak} MiB (heap at most 768 MiB)"
