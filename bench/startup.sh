#!/usr/bin/env bash
# Time to ready and memory after start of the embedded default (first start: initdb + demo load; then a restart).
# Usage: bench/startup.sh   (builds target/pgdeck.jar first if it is missing)
set -euo pipefail
cd "$(dirname "$0")/.."
[[ -f target/pgdeck.jar ]] || ./mvnw -B -q -DskipTests package
state=$(mktemp -d /tmp/pgdeck-bench-XXXXXX)
port=${PORT:-18181}
trap 'kill $pid 2>/dev/null || true; wait $pid 2>/dev/null || true; rm -rf "$state"' EXIT

measure() {
  local label=$1 log=$state/$1.log
  local start=$(date +%s%N)
  java ${JAVA_OPTS:-} -jar target/pgdeck.jar --server.port=$port --pgdeck.state.dir=$state >"$log" 2>&1 &
  pid=$!
  until grep -q "pgdeck is ready" "$log"; do
    kill -0 $pid 2>/dev/null || { cat "$log"; exit 1; }
    sleep 0.05
  done
  local ms=$(( ($(date +%s%N) - start) / 1000000 ))
  sleep 2
  local jvm=$(ps -o rss= -p $pid)
  local pg=0
  for child in $(pgrep -f "$state/postgres" || true); do pg=$(( pg + $(ps -o rss= -p $child) )); done
  printf '%-14s ready in %6d ms   JVM RSS %4d MB   PostgreSQL RSS %4d MB\n' "$label" $ms $((jvm / 1024)) $((pg / 1024))
  kill $pid; wait $pid 2>/dev/null || true
}

measure first-start
measure restart
printf 'jar size: %d MB\n' $(( $(stat -c %s target/pgdeck.jar) / 1024 / 1024 ))
