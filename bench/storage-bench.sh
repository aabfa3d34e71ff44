#!/usr/bin/env bash
# Storage Manager bench (not part of the test run): uploads a file through pgdeck (PUT, raw body) and
# downloads it again, timed against `cp` of the same file on the same disk, checks the SHA-256 of
# each copy, and samples the JVM's resident memory while the bytes move.
#
#   ./mvnw -B package -DskipTests      # builds target/pgdeck.jar
#   bench/storage-bench.sh [MB]        # default 1024 (1 GB)
#
# Environment: JAVA_OPTS (default -Xmx256m: memory must stay flat whatever the file size),
# PORT (default 18090), BENCH_DIR (where the temp folder goes; default $TMPDIR or /tmp).
# pgdeck starts its embedded PostgreSQL; its storage area ($WORK/state/storage, the default under the
# state folder) is on the same disk as the cp copies.
set -euo pipefail
cd "$(dirname "$0")/.."

SIZE_MB=${1:-1024}
JAVA_OPTS=${JAVA_OPTS:--Xmx256m}
PORT=${PORT:-18090}
SAMPLER=
source bench/lib.sh
bench_on_exit() { [[ -z $SAMPLER ]] || kill "$SAMPLER" 2>/dev/null; }

now() { date +%s.%N; }
seconds() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", b - a }'; }
rate() { awk -v mb="$SIZE_MB" -v s="$1" 'BEGIN { printf "%.0f MB/s", mb / s }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }
rss_mb() { awk '/^VmRSS/ { printf "%.0f", $2 / 1024 }' "/proc/$PID/status"; }
hwm_mb() { awk '/^VmHWM/ { printf "%.0f", $2 / 1024 }' "/proc/$PID/status"; }

# Samples the JVM's RSS every 100 ms into a file; the highest value is the peak of that phase.
sample_rss() {
  : >"$WORK/rss-$1"
  (while kill -0 "$PID" 2>/dev/null; do rss_mb >>"$WORK/rss-$1"; echo >>"$WORK/rss-$1"; sleep 0.1; done) &
  SAMPLER=$!
}
stop_sampling() {
  kill "$SAMPLER" 2>/dev/null || true
  wait "$SAMPLER" 2>/dev/null || true
  SAMPLER=
  sort -n "$WORK/rss-$1" | tail -1
}

echo "pgdeck storage bench: ${SIZE_MB} MB file, JAVA_OPTS=$JAVA_OPTS, work dir $WORK ($(df -h --output=source "$WORK" | tail -1))"

# shellcheck disable=SC2086
bench_start $JAVA_OPTS
PID=$PGDECK_PID
xsrf=$XSRF
rss_idle=$(rss_mb)

head -c "${SIZE_MB}M" /dev/urandom >"$WORK/source.bin"
sha_source=$(sha256sum "$WORK/source.bin" | cut -d' ' -f1)
sync

# Each transfer runs ROUNDS times; the median is reported (a shared VM's disk is noisy).
ROUNDS=${ROUNDS:-3}
median() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }

cp_times=(); cp_sync_times=()
for _ in $(seq "$ROUNDS"); do
  t0=$(now); cp "$WORK/source.bin" "$WORK/cp.bin"; t1=$(now)
  cp_times+=("$(seconds "$t0" "$t1")")
  rm "$WORK/cp.bin"; sync
  # pgdeck fsyncs an upload before it takes its name; cp + fsync is the like-for-like comparison.
  t0=$(now); cp "$WORK/source.bin" "$WORK/cp.bin"; sync "$WORK/cp.bin"; t1=$(now)
  cp_sync_times+=("$(seconds "$t0" "$t1")")
  sha_cp=$(sha256sum "$WORK/cp.bin" | cut -d' ' -f1)
  rm "$WORK/cp.bin"; sync
done
t_cp=$(printf '%s\n' "${cp_times[@]}" | median)
t_cp_sync=$(printf '%s\n' "${cp_sync_times[@]}" | median)

up_times=(); down_times=(); rss_upload=0; rss_download=0
for round in $(seq "$ROUNDS"); do
  sample_rss upload
  t0=$(now)
  status=$(curl -s -o /dev/null -w '%{http_code}' -b "$COOKIES" -H "X-XSRF-TOKEN: $xsrf" \
    -T "$WORK/source.bin" "$BASE/api/v1/files/content?path=bench.bin&overwrite=true")
  t1=$(now)
  peak=$(stop_sampling upload)
  (( peak > rss_upload )) && rss_upload=$peak
  [[ $status == 201 || $status == 200 ]] || { echo "upload failed ($status)" >&2; tail -20 "$WORK/pgdeck.log" >&2; exit 1; }
  up_times+=("$(seconds "$t0" "$t1")")
  sha_stored=$(sha256sum "$WORK/state/storage/bench.bin" | cut -d' ' -f1)

  sample_rss download
  t0=$(now)
  status=$(curl -s -w '%{http_code}' -b "$COOKIES" -o "$WORK/downloaded.bin" "$BASE/api/v1/files/content?path=bench.bin")
  t1=$(now)
  peak=$(stop_sampling download)
  (( peak > rss_download )) && rss_download=$peak
  [[ $status == 200 ]] || { echo "download failed ($status)" >&2; exit 1; }
  down_times+=("$(seconds "$t0" "$t1")")
  sha_down=$(sha256sum "$WORK/downloaded.bin" | cut -d' ' -f1)
  rm "$WORK/downloaded.bin"; sync
  echo "round $round: cp ${cp_times[round-1]} s, cp+fsync ${cp_sync_times[round-1]} s, upload ${up_times[round-1]} s, download ${down_times[round-1]} s"
done
t_up=$(printf '%s\n' "${up_times[@]}" | median)
t_down=$(printf '%s\n' "${down_times[@]}" | median)

check() { [[ $1 == "$sha_source" ]] && echo ok || echo MISMATCH; }
echo
echo "medians of $ROUNDS rounds:"
printf '%-28s %8s s  %10s\n' "cp" "$t_cp" "$(rate "$t_cp")"
printf '%-28s %8s s  %10s\n' "cp + fsync" "$t_cp_sync" "$(rate "$t_cp_sync")"
printf '%-28s %8s s  %10s   %5s x cp   %5s x cp+fsync\n' "pgdeck upload (PUT, fsync)" "$t_up" "$(rate "$t_up")" \
  "$(ratio "$t_up" "$t_cp")" "$(ratio "$t_up" "$t_cp_sync")"
printf '%-28s %8s s  %10s   %5s x cp\n' "pgdeck download (GET)" "$t_down" "$(rate "$t_down")" "$(ratio "$t_down" "$t_cp")"
echo
echo "sha256: cp $(check "$sha_cp"), stored $(check "$sha_stored"), downloaded $(check "$sha_down")"
echo "JVM RSS: ${rss_idle} MB idle after login, peak ${rss_upload} MB during upload, peak ${rss_download} MB during download, lifetime peak (VmHWM) $(hwm_mb) MB"
[[ $(check "$sha_stored") == ok && $(check "$sha_down") == ok ]]
