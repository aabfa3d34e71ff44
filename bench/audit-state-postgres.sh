# For bench/audit-bench.sh with STATE=postgres (source it after bench/lib.sh): pgdeck's state in a throwaway cluster of
# the machine's PostgreSQL 15 (trusted on the loopback only), and a million audit records written into it with the
# same spread of kinds, outcomes, times and words as the SQLite fill.

start_state_server() {
  start_cluster state-cluster
  STATE_PORT=$CLUSTER_PORT
  "$PSQL" -h 127.0.0.1 -p "$STATE_PORT" -U postgres -qc "CREATE DATABASE pgdeck_state" postgres
  # trust ignores the password, but pgdeck wants one for an external state store; a file keeps it off the command line.
  echo unused >"$WORK/state-password"
  STATE_ARGS=(-Dpgdeck.state.url="postgresql://127.0.0.1:$STATE_PORT/pgdeck_state" -Dpgdeck.state.username=postgres
    -Dpgdeck.state.password-file="$WORK/state-password")
}

fill_state_server() {
  local n=$1
  "$PSQL" -h 127.0.0.1 -p "$STATE_PORT" -U postgres -d pgdeck_state -qAt -v ON_ERROR_STOP=1 -v n="$n" <<'SQL'
SELECT setseed(0.22);
INSERT INTO audit_record (at, kind, outcome, person, client_address, database_name, summary, detail)
SELECT to_char((timestamptz '2025-01-01 00:00:00+00' + i * interval '30 seconds') AT TIME ZONE 'UTC',
               'YYYY-MM-DD"T"HH24:MI:SS.000"Z"'),
       CASE WHEN r < 0.90 THEN 'statement' WHEN r < 0.94 THEN 'login' WHEN r < 0.97 THEN 'storage'
            WHEN r < 0.98 THEN 'backup' WHEN r < 0.99 THEN 'data-edit' ELSE 'maintenance' END,
       CASE WHEN random() < 0.03 THEN 'failure' ELSE 'success' END,
       'person' || floor(random() * 50)::int || '@agency.gov',
       '10.0.0.' || floor(random() * 200)::int,
       'demo',
       CASE WHEN i = :n / 3 THEN 'DELETE FROM payroll WHERE raise = ''needle_in_haystack'''
            ELSE 'SELECT * FROM ' || (ARRAY['orders','customers','invoices','payments','shipments','products',
                 'events','accounts'])[1 + floor(random() * 8)::int] || ' WHERE id = ' || floor(random() * 1e6)::int
       END,
       json_build_object('durationMs', floor(random() * 500)::int, 'rows', floor(random() * 1000)::int)::text
FROM (SELECT i, random() AS r FROM generate_series(0, :n - 1) AS i) AS g;
ANALYZE audit_record;
SELECT count(*) || ' records' FROM audit_record;
SQL
}
