-- The current database: its settings, size and activity.
SELECT d.oid AS oid,
       d.datname AS name,
       pg_get_userbyid(d.datdba) AS owner,
       shobj_description(d.oid, 'pg_database') AS comment,
       d.datacl::text[] AS acl,
       pg_encoding_to_char(d.encoding) AS encoding,
       d.datcollate AS "lcCollate",
       d.datctype AS "lcCtype",
       t.spcname AS tablespace,
       d.datconnlimit AS "connectionLimit",
       d.datallowconn AS "allowConnections",
       d.datistemplate AS template,
       pg_database_size(d.oid) AS size,
       (SELECT json_build_object(
                   'backends', s.numbackends, 'commits', s.xact_commit, 'rollbacks', s.xact_rollback,
                   'blocksRead', s.blks_read, 'blocksHit', s.blks_hit,
                   'rowsReturned', s.tup_returned, 'rowsFetched', s.tup_fetched, 'rowsInserted', s.tup_inserted,
                   'rowsUpdated', s.tup_updated, 'rowsDeleted', s.tup_deleted, 'conflicts', s.conflicts,
                   'tempFiles', s.temp_files, 'tempBytes', s.temp_bytes, 'deadlocks', s.deadlocks,
                   'statsReset', s.stats_reset)
        FROM pg_stat_database s WHERE s.datid = d.oid) AS statistics
FROM pg_database d
JOIN pg_tablespace t ON t.oid = d.dattablespace
WHERE d.datname = current_database()
