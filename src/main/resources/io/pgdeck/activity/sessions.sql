-- Sessions in the databases the deployment may see (?: their names), pgdeck's own included; the query text is cut
-- to its first 2,000 characters here (its whole text is read on demand).
SELECT a.pid,
       a.datname                                 AS database,
       a.usename                                 AS role,
       a.application_name                        AS application,
       host(a.client_addr)                       AS client,
       a.state,
       a.wait_event_type                         AS wait_event_type,
       a.wait_event                              AS wait_event,
       a.backend_type                            AS backend_type,
       a.backend_start                           AS backend_start,
       a.xact_start                              AS transaction_start,
       a.query_start                             AS query_start,
       a.state_change                            AS state_change,
       left(a.query, 2000)                       AS query,
       length(a.query)                           AS query_length,
       -- Only a session waiting for a lock can be blocked: asking the lock manager for the others costs time.
       CASE WHEN a.wait_event_type = 'Lock' THEN cardinality(pg_blocking_pids(a.pid)) ELSE 0 END AS blocked_by_count
FROM pg_stat_activity a
WHERE a.datname = ANY (?)
ORDER BY a.query_start NULLS LAST, a.pid
