-- Counters of the visible databases (? names them), summed, and the sessions by state in one pass: the page turns
-- the counters' growth between two samples into rates.
WITH sessions AS (
    SELECT count(*) FILTER (WHERE a.state = 'active')                     AS active,
           count(*) FILTER (WHERE a.state = 'idle')                       AS idle,
           count(*) FILTER (WHERE a.state LIKE 'idle in transaction%')    AS idle_in_transaction
    FROM pg_stat_activity a
    WHERE a.datname = ANY (?)
)
SELECT clock_timestamp()                               AS sampled_at,
       sum(d.xact_commit)::bigint                      AS commits,
       sum(d.xact_rollback)::bigint                    AS rollbacks,
       sum(d.blks_read)::bigint                        AS blocks_read,
       sum(d.blks_hit)::bigint                         AS blocks_hit,
       sum(d.tup_returned)::bigint                     AS tuples_returned,
       sum(d.tup_fetched)::bigint                      AS tuples_fetched,
       sum(d.tup_inserted)::bigint                     AS tuples_inserted,
       sum(d.tup_updated)::bigint                      AS tuples_updated,
       sum(d.tup_deleted)::bigint                      AS tuples_deleted,
       (SELECT active FROM sessions)                   AS active,
       (SELECT idle FROM sessions)                     AS idle,
       (SELECT idle_in_transaction FROM sessions)      AS idle_in_transaction
FROM pg_stat_database d
WHERE d.datname = ANY (?)
