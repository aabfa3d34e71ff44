#!/usr/bin/env bash
# Backup and restore bench (not part of the test run): on the embedded demo server, fills a schema with about
# 1 GB, then times a schema backup (custom format) and its restore through pgdeck's API against the very same
# pg_dump / pg_restore command run by hand in the same run. Target: pgdeck within 10% of the hand-run tools.
#
#   ./mvnw -B package -DskipTests      # builds target/pgdeck.jar
#   bench/backup-bench.sh [MB]         # default 1024 (about 1 GB of table data and indexes)
#
# Environment: ROUNDS (default 2; rounds alternate which side goes first and the mean is reported),
# PORT (default 18091), BENCH_DIR (where the temp folder goes; default $TMPDIR or /tmp).
set -euo pipefail
cd "$(dirname "$0")/.."

SIZE_MB=${1:-1024}
ROUNDS=${ROUNDS:-2}
PORT=${PORT:-18091}
DB=demo
SCHEMA=bench
source bench/lib.sh

now() { date +%s.%N; }
seconds() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", b - a }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.3f", a / b }'; }
mean() { awk '{ s += $1 } END { printf "%.2f", s / NR }'; }

bench_start
STORAGE=$WORK/state/storage
xsrf=$XSRF

api() { curl -s -b "$COOKIES" -H "X-XSRF-TOKEN: $xsrf" -H 'Content-Type: application/json' "$@"; }
# The commands run by hand reach the same server as pgdeck's jobs.
export PGHOST=$PG_HOST PGPORT=$PG_PORT PGUSER=postgres PGDATABASE=$DB
sql() { bench_psql -v ON_ERROR_STOP=1 -c "$1"; }

# About 1 GB: a wide events table (text, numbers, timestamps, jsonb) with its keys and an index.
rows=$((SIZE_MB * 1024 * 1024 / 190))
echo "pgdeck backup bench: filling $DB.$SCHEMA with $rows rows (~${SIZE_MB} MB) on PostgreSQL $PGHOST:$PGPORT"
fill_events_schema "$SCHEMA" "$SIZE_MB"
size=$(bench_psql -At -c "SELECT pg_size_pretty(sum(pg_total_relation_size(c.oid))) FROM pg_class c
       JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = '$SCHEMA' AND c.relkind = 'r'")
echo "schema $SCHEMA: $size on disk"

# Runs a job through the API and waits for it; prints its id and its seconds from the request to its end.
run_job() {
  local path=$1 body=$2 t0 answer id status
  t0=$(now)
  answer=$(api -X POST --data "$body" "$BASE/api/v1/databases/$DB/$path")
  id=$(jq -r .jobId <<<"$answer")
  [[ $id != null ]] || { echo "$path refused: $answer" >&2; exit 1; }
  # Waits on the job's log, which the server streams until the job ends: no polling beside the tool.
  api -N "$BASE/api/v1/jobs/$id/log" >/dev/null
  status=$(api "$BASE/api/v1/jobs/$id" | jq -r .status)
  [[ $status == succeeded ]] || { echo "job $id $status" >&2; api "$BASE/api/v1/jobs/$id/log" | tail -20 >&2; exit 1; }
  echo "$id $(seconds "$t0" "$(now)")"
  [[ -z ${BENCH_DEBUG:-} ]] || { api "$BASE/api/v1/jobs/$id" | jq -c "{createdAt, startedAt, finishedAt, durationMs}"; api "$BASE/api/v1/jobs/$id/log" | sed -n "1,3p;\$p"; } >&2
}

# The job's command with its own output or list file swapped for ours: the same tool, version and options.
job_command() { api "$BASE/api/v1/jobs/$1" | jq -r .command; }

mkdir -p "$STORAGE/bench"
hand_dump=(); api_dump=(); hand_restore=(); api_restore=()

backup_by_api() {
  rm -f "$STORAGE/bench/api.dump"
  read -r BACKUP_JOB t < <(run_job backups \
    "{\"scope\":\"schema\",\"schema\":\"$SCHEMA\",\"file\":\"bench/api.dump\",\"format\":\"custom\"}")
  api_dump+=("$t")
}
backup_by_hand() {
  rm -f "$WORK/hand.dump"
  local t0; t0=$(now); eval "$dump_cmd" 2>/dev/null; hand_dump+=("$(seconds "$t0" "$(now)")")
}
restore_by_api() {
  sql "DROP SCHEMA $SCHEMA CASCADE"
  read -r RESTORE_JOB t < <(run_job restores '{"file":"bench/api.dump"}')
  api_restore+=("$t")
}
restore_by_hand() {
  sql "DROP SCHEMA $SCHEMA CASCADE"
  local t0; t0=$(now); eval "$restore_cmd" 2>/dev/null; hand_restore+=("$(seconds "$t0" "$(now)")")
}

# The first round learns the exact commands pgdeck runs; then each round alternates which goes first, so that
# neither side always meets a warm cache.
backup_by_api
dump_cmd=$(job_command "$BACKUP_JOB" | sed "s#--file=[^ ]*#--file=$WORK/hand.dump#")
backup_by_hand
restore_by_api
restore_cmd=$(job_command "$RESTORE_JOB" | sed "s# --use-list=[^ ]*##; s#[^ ]*bench/api.dump\$#$WORK/hand.dump#")
restore_by_hand
echo "round 1: backup by hand ${hand_dump[-1]} s, through pgdeck ${api_dump[-1]} s;" \
  "restore by hand ${hand_restore[-1]} s, through pgdeck ${api_restore[-1]} s"
for round in $(seq 2 "$ROUNDS"); do
  if (( round % 2 == 0 )); then
    backup_by_hand; backup_by_api; restore_by_hand; restore_by_api
  else
    backup_by_api; backup_by_hand; restore_by_api; restore_by_hand
  fi
  echo "round $round: backup by hand ${hand_dump[-1]} s, through pgdeck ${api_dump[-1]} s;" \
    "restore by hand ${hand_restore[-1]} s, through pgdeck ${api_restore[-1]} s"
done

echo
echo "command run by hand (backup): $dump_cmd"
echo "command run by hand (restore): $restore_cmd"
echo "dump size: $(du -h "$WORK/hand.dump" | cut -f1) by hand, $(du -h "$STORAGE/bench/api.dump" | cut -f1) through pgdeck"
t_hd=$(printf '%s\n' "${hand_dump[@]}" | mean); t_ad=$(printf '%s\n' "${api_dump[@]}" | mean)
t_hr=$(printf '%s\n' "${hand_restore[@]}" | mean); t_ar=$(printf '%s\n' "${api_restore[@]}" | mean)
echo "means of $ROUNDS rounds:"
printf '%-10s by hand %8s s   through pgdeck %8s s   ratio %s\n' backup "$t_hd" "$t_ad" "$(ratio "$t_ad" "$t_hd")"
printf '%-10s by hand %8s s   through pgdeck %8s s   ratio %s\n' restore "$t_hr" "$t_ar" "$(ratio "$t_ar" "$t_hr")"
awk -v d="$(ratio "$t_ad" "$t_hd")" -v r="$(ratio "$t_ar" "$t_hr")" \
  'BEGIN { ok = d <= 1.10 && r <= 1.10; print (ok ? "within 10%: yes" : "within 10%: NO"); exit !ok }'
