#!/usr/bin/env bash
# Audit log bench (not part of the tests). Two figures, each measured in the same run:
#   1. What recording adds to a one-shot query (POST /api/v1/databases/{db}/query, SELECT 1): the median of many
#      calls with statements recorded, against the same with the bench-only switch that stops recording them
#      (-Dpgdeck.audit.statements-off-for-bench=true, announced in the log). Target: at most +5%.
#   2. With 1,000,000 records in the audit log, the time of filtered pages of GET /api/v1/audit (time range, kind,
#      outcome, free text, a rare and a common word, their combinations, a deep cursor). Target: each <= 200 ms.
# Usage: bench/audit-bench.sh [calls]   (builds target/pgdeck.jar first when it is missing)
#   SKIP_PAGES=1: the first figure only; SKIP_ONE_SHOT=1: the second only;
#   STATE=postgres: the pages on the shared PostgreSQL state store (a throwaway cluster of the machine's PostgreSQL 15,
#   with pg_trgm) instead of SQLite.
set -euo pipefail
cd "$(dirname "$0")/.."
CALLS=${1:-400}
RECORDS=${RECORDS:-1000000}
PORT=${PORT:-18955}
source bench/lib.sh

query_times() {
  local body='{"sql":"SELECT 1"}'
  for _ in $(seq 1 "$CALLS"); do
    curl -s -o /dev/null -w '%{time_total}\n' -b "$COOKIES" -H "X-XSRF-TOKEN: $XSRF" \
      -H 'Content-Type: application/json' -X POST "$BASE/api/v1/databases/$PG_DB/query" -d "$body"
  done | awk '{printf "%.3f\n", $1 * 1000}'
}

# Appends the median of one run to file $1 (not in a subshell: the bench's clean-up belongs to this shell).
one_shot() {
  local out=$1; shift
  bench_start -Xmx256m "$@"
  query_times >/dev/null # warm-up: JIT, pools, the writer
  query_times | median >>"$out"; echo >>"$out"
  kill "$PGDECK_PID"; wait "$PGDECK_PID" 2>/dev/null || true; PGDECK_PID=
  rm -rf "$WORK/state"
}

# Alternate the two so drift on a shared machine does not favour either.
if [[ ${SKIP_ONE_SHOT:-0} != 1 ]]; then
  : >"$WORK/with.txt"; : >"$WORK/without.txt"
  for round in 1 2 3; do
    one_shot "$WORK/without.txt" -Dpgdeck.audit.statements-off-for-bench=true
    one_shot "$WORK/with.txt"
  done
  with=$(grep . "$WORK/with.txt" | median)
  without=$(grep . "$WORK/without.txt" | median)
  echo "one-shot SELECT 1, median of $CALLS calls x 3 rounds: recorded ${with} ms, not recorded ${without} ms," \
    "overhead $(echo "scale=1; ($with - $without) * 100 / $without" | bc)%"
fi

[[ ${SKIP_PAGES:-0} == 1 ]] && exit 0

# 2. A million records, written as pgdeck writes them (same table, same triggers), then pages timed at the API.
if [[ ${STATE:-sqlite} == postgres ]]; then
  source bench/audit-state-postgres.sh
  start_state_server
  bench_start -Xmx256m "${STATE_ARGS[@]}"
  fill_state_server "$RECORDS"
else
bench_start -Xmx256m
python3 - "$WORK/state/pgdeck.db" "$RECORDS" <<'PY'
import json, random, sqlite3, sys, datetime
db, n = sys.argv[1], int(sys.argv[2])
c = sqlite3.connect(db, timeout=60)
random.seed(22)
start = datetime.datetime(2025, 1, 1, tzinfo=datetime.timezone.utc)
kinds = ["statement"] * 90 + ["login"] * 4 + ["storage"] * 3 + ["backup", "data-edit", "maintenance"]
words = ["orders", "customers", "invoices", "payments", "shipments", "products", "events", "accounts"]
def rows():
    for i in range(n):
        kind = random.choice(kinds)
        outcome = "failure" if random.random() < 0.03 else "success"
        at = (start + datetime.timedelta(seconds=i * 30)).strftime("%Y-%m-%dT%H:%M:%S.000Z")
        summary = f"SELECT * FROM {random.choice(words)} WHERE id = {random.randrange(10**6)}"
        if i == n // 3:
            summary = "DELETE FROM payroll WHERE raise = 'needle_in_haystack'"
        yield (at, kind, outcome, f"person{random.randrange(50)}@agency.gov", "10.0.0.%d" % random.randrange(200),
               "demo", summary, json.dumps({"durationMs": random.randrange(500), "rows": random.randrange(1000)}))
c.executemany("INSERT INTO audit_record (at, kind, outcome, person, client_address, database_name, summary, detail)"
              " VALUES (?, ?, ?, ?, ?, ?, ?, ?)", rows())
c.commit()
print(c.execute("SELECT count(*) FROM audit_record").fetchone()[0], "records")
PY
fi
page_ms() {
  local path=$1
  ms "$path" >/dev/null
  for _ in 1 2 3 4 5; do ms "$path"; done | median
}
CURSOR=$(api_get "/api/v1/audit?limit=1000&cursor=$((RECORDS / 2))" | jq -r .next)
printf '%-70s %s\n' "page (100 records, newest first), state store: ${STATE:-sqlite}" "ms (median of 5)"
for query in \
  "limit=100" \
  "kind=login" \
  "kind=backup&outcome=failure" \
  "outcome=failure" \
  "since=2025-03-01T00:00:00Z&until=2025-03-02T00:00:00Z" \
  "since=2025-03-01T00:00:00Z&until=2025-03-02T00:00:00Z&kind=storage" \
  "q=needle_in_haystack" \
  "q=payments" \
  "q=person7%40agency.gov&kind=login" \
  "q=orders&since=2025-02-01T00:00:00Z&until=2025-02-03T00:00:00Z" \
  "cursor=$CURSOR" \
  "kind=maintenance&q=invoices"; do
  printf '%-70s %s\n' "$query" "$(page_ms "/api/v1/audit?$query")"
done
