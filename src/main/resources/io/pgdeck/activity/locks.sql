-- Locks held or awaited by sessions in the visible databases, each with the sessions that block it.
SELECT l.pid,
       a.datname                                   AS database,
       a.usename                                   AS role,
       l.locktype                                  AS lock_type,
       l.mode,
       l.granted,
       CASE WHEN l.relation IS NOT NULL THEN l.relation::regclass::text END AS relation,
       l.transactionid::text                       AS transaction_id,
       CASE WHEN l.granted THEN '{}'::int[] ELSE pg_blocking_pids(l.pid) END AS blocked_by,
       left(a.query, 200)                          AS query
FROM pg_locks l
JOIN pg_stat_activity a ON a.pid = l.pid
WHERE a.datname = ANY (?)
  AND l.pid <> pg_backend_pid()
ORDER BY l.granted, l.pid
