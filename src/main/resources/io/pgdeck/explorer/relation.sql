-- Everything about one table, view, materialized view or foreign table, with what belongs to it, as one row.
-- Parameters: schema name, relation name, relkinds as a comma-separated list (e.g. 'r,p').
SELECT c.oid AS oid,
       c.relname AS name,
       n.nspname AS schema,
       pg_get_userbyid(c.relowner) AS owner,
       obj_description(c.oid, 'pg_class') AS comment,
       c.relacl::text[] AS acl,
       coalesce(ts.spcname, 'pg_default') AS tablespace,
       c.reloptions AS options,
       CASE c.relpersistence WHEN 'u' THEN 'unlogged' WHEN 't' THEN 'temporary' ELSE 'permanent' END AS persistence,
       CASE WHEN c.reltuples >= 0 AND c.relkind IN ('r', 'p', 'm', 'f') THEN c.reltuples::bigint END AS "rowEstimate",
       c.relrowsecurity AS "rowSecurity",
       c.relforcerowsecurity AS "forceRowSecurity",
       c.relkind = 'p' AS partitioned,
       CASE WHEN c.relkind = 'p' THEN pg_get_partkeydef(c.oid) END AS "partitionKey",
       CASE WHEN c.relispartition THEN pg_get_expr(c.relpartbound, c.oid) END AS "partitionBound",
       (SELECT json_agg(json_build_object('schema', pn.nspname, 'name', pc.relname) ORDER BY i.inhseqno)
        FROM pg_inherits i JOIN pg_class pc ON pc.oid = i.inhparent JOIN pg_namespace pn ON pn.oid = pc.relnamespace
        WHERE i.inhrelid = c.oid) AS parents,
       CASE WHEN c.relkind IN ('v', 'm') THEN pg_get_viewdef(c.oid) END AS definition,
       CASE WHEN c.relkind = 'm' THEN c.relispopulated END AS populated,
       (SELECT srv.srvname FROM pg_foreign_table ft JOIN pg_foreign_server srv ON srv.oid = ft.ftserver
        WHERE ft.ftrelid = c.oid) AS "foreignServer",
       (SELECT ft.ftoptions FROM pg_foreign_table ft WHERE ft.ftrelid = c.oid) AS "foreignOptions",
       json_build_object(
           'table', pg_relation_size(c.oid),
           'toast', CASE WHEN c.reltoastrelid <> 0 THEN pg_total_relation_size(c.reltoastrelid) ELSE 0 END,
           'indexes', pg_indexes_size(c.oid),
           'total', pg_total_relation_size(c.oid)) AS size,
       (SELECT coalesce(json_agg(json_build_object(
                   'name', a.attname,
                   'position', a.attnum,
                   'type', format_type(a.atttypid, a.atttypmod),
                   'notNull', a.attnotnull,
                   'default', CASE WHEN a.attgenerated = '' THEN pg_get_expr(ad.adbin, ad.adrelid) END,
                   'generated', CASE WHEN a.attgenerated = 's' THEN pg_get_expr(ad.adbin, ad.adrelid) END,
                   'identity', CASE a.attidentity WHEN 'a' THEN 'always' WHEN 'd' THEN 'byDefault' END,
                   'collation', CASE WHEN a.attcollation <> t.typcollation THEN
                                    (SELECT quote_ident(co.collname) FROM pg_collation co WHERE co.oid = a.attcollation)
                                END,
                   'primaryKey', coalesce(a.attnum = ANY (pk.conkey), false),
                   'comment', col_description(c.oid, a.attnum),
                   'acl', a.attacl::text[]) ORDER BY a.attnum), '[]')
        FROM pg_attribute a
        JOIN pg_type t ON t.oid = a.atttypid
        LEFT JOIN pg_attrdef ad ON ad.adrelid = a.attrelid AND ad.adnum = a.attnum
        LEFT JOIN pg_constraint pk ON pk.conrelid = c.oid AND pk.contype = 'p'
        WHERE a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped) AS columns,
       (SELECT coalesce(json_agg(json_build_object(
                   'name', con.conname,
                   'type', CASE con.contype WHEN 'p' THEN 'primaryKey' WHEN 'f' THEN 'foreignKey'
                               WHEN 'u' THEN 'unique' WHEN 'c' THEN 'check' WHEN 'x' THEN 'exclusion'
                               WHEN 't' THEN 'trigger' END,
                   'definition', pg_get_constraintdef(con.oid),
                   'columns', (SELECT json_agg(a.attname ORDER BY k.ord)
                               FROM unnest(con.conkey) WITH ORDINALITY k(attnum, ord)
                               JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum = k.attnum),
                   'references', CASE WHEN con.contype = 'f' THEN json_build_object(
                       'schema', rn.nspname, 'table', rc.relname,
                       'columns', (SELECT json_agg(a.attname ORDER BY k.ord)
                                   FROM unnest(con.confkey) WITH ORDINALITY k(attnum, ord)
                                   JOIN pg_attribute a ON a.attrelid = con.confrelid AND a.attnum = k.attnum)) END,
                   'deferrable', con.condeferrable,
                   'validated', con.convalidated,
                   'comment', obj_description(con.oid, 'pg_constraint')) ORDER BY position(con.contype IN 'pufcxt'), con.conname), '[]')
        FROM pg_constraint con
        LEFT JOIN pg_class rc ON rc.oid = con.confrelid
        LEFT JOIN pg_namespace rn ON rn.oid = rc.relnamespace
        WHERE con.conrelid = c.oid) AS constraints,
       (SELECT coalesce(json_agg(json_build_object(
                   'name', ic.relname,
                   'definition', pg_get_indexdef(ix.indexrelid),
                   'method', am.amname,
                   'unique', ix.indisunique,
                   'primary', ix.indisprimary,
                   'valid', ix.indisvalid,
                   'columns', (SELECT json_agg(pg_get_indexdef(ix.indexrelid, k, true) ORDER BY k)
                               FROM generate_series(1, ix.indnkeyatts) k),
                   'predicate', pg_get_expr(ix.indpred, ix.indrelid),
                   'size', pg_relation_size(ix.indexrelid),
                   'comment', obj_description(ix.indexrelid, 'pg_class')) ORDER BY ic.relname), '[]')
        FROM pg_index ix
        JOIN pg_class ic ON ic.oid = ix.indexrelid
        JOIN pg_am am ON am.oid = ic.relam
        WHERE ix.indrelid = c.oid) AS indexes,
       (SELECT coalesce(json_agg(json_build_object(
                   'name', tg.tgname,
                   'definition', pg_get_triggerdef(tg.oid),
                   'function', tf.oid::regproc::text,
                   'enabled', CASE tg.tgenabled WHEN 'D' THEN 'disabled' WHEN 'R' THEN 'replica'
                                  WHEN 'A' THEN 'always' ELSE 'origin' END,
                   'comment', obj_description(tg.oid, 'pg_trigger')) ORDER BY tg.tgname), '[]')
        FROM pg_trigger tg
        JOIN pg_proc tf ON tf.oid = tg.tgfoid
        WHERE tg.tgrelid = c.oid AND NOT tg.tgisinternal) AS triggers,
       (SELECT coalesce(json_agg(json_build_object(
                   'name', po.polname,
                   'command', CASE po.polcmd WHEN 'r' THEN 'SELECT' WHEN 'a' THEN 'INSERT' WHEN 'w' THEN 'UPDATE'
                                  WHEN 'd' THEN 'DELETE' ELSE 'ALL' END,
                   'permissive', po.polpermissive,
                   'roles', (SELECT json_agg(CASE WHEN r.oid = 0 THEN 'PUBLIC' ELSE pg_get_userbyid(r.oid) END)
                             FROM unnest(po.polroles) r(oid)),
                   'using', pg_get_expr(po.polqual, po.polrelid),
                   'withCheck', pg_get_expr(po.polwithcheck, po.polrelid)) ORDER BY po.polname), '[]')
        FROM pg_policy po
        WHERE po.polrelid = c.oid) AS policies,
       (SELECT coalesce(json_agg(json_build_object(
                   'name', ru.rulename,
                   'definition', pg_get_ruledef(ru.oid),
                   'event', CASE ru.ev_type WHEN '1' THEN 'SELECT' WHEN '2' THEN 'UPDATE' WHEN '3' THEN 'INSERT'
                                ELSE 'DELETE' END) ORDER BY ru.rulename), '[]')
        FROM pg_rewrite ru
        WHERE ru.ev_class = c.oid AND ru.rulename <> '_RETURN') AS rules,
       (SELECT coalesce(json_agg(json_build_object(
                   'schema', pn.nspname,
                   'name', pc.relname,
                   'bound', pg_get_expr(pc.relpartbound, pc.oid),
                   'partitioned', pc.relkind = 'p') ORDER BY pc.relname), '[]')
        FROM pg_inherits i JOIN pg_class pc ON pc.oid = i.inhrelid JOIN pg_namespace pn ON pn.oid = pc.relnamespace
        WHERE i.inhparent = c.oid AND pc.relispartition) AS partitions,
       (SELECT json_build_object(
                   'seqScans', s.seq_scan, 'seqRowsRead', s.seq_tup_read,
                   'indexScans', s.idx_scan, 'indexRowsFetched', s.idx_tup_fetch,
                   'rowsInserted', s.n_tup_ins, 'rowsUpdated', s.n_tup_upd, 'rowsDeleted', s.n_tup_del,
                   'rowsHotUpdated', s.n_tup_hot_upd, 'liveRows', s.n_live_tup, 'deadRows', s.n_dead_tup,
                   'modifiedSinceAnalyze', s.n_mod_since_analyze,
                   'lastVacuum', s.last_vacuum, 'lastAutovacuum', s.last_autovacuum,
                   'lastAnalyze', s.last_analyze, 'lastAutoanalyze', s.last_autoanalyze,
                   'vacuumCount', s.vacuum_count, 'autovacuumCount', s.autovacuum_count,
                   'analyzeCount', s.analyze_count, 'autoanalyzeCount', s.autoanalyze_count,
                   'tableBytes', pg_relation_size(c.oid),
                   'indexesBytes', pg_indexes_size(c.oid),
                   'toastBytes', pg_total_relation_size(c.oid) - pg_relation_size(c.oid) - pg_indexes_size(c.oid),
                   'totalBytes', pg_total_relation_size(c.oid),
                   -- A rough bloat estimate, as pgAdmin's: the share of dead rows, and the table bytes they hold.
                   'deadRowsPercent', round(100.0 * s.n_dead_tup / nullif(s.n_live_tup + s.n_dead_tup, 0), 1),
                   'estimatedBloatBytes', (pg_relation_size(c.oid) * s.n_dead_tup
                                           / nullif(s.n_live_tup + s.n_dead_tup, 0))::bigint,
                   'indexes', (SELECT coalesce(json_agg(json_build_object(
                                   'name', si.indexrelname,
                                   'scans', si.idx_scan,
                                   'rowsRead', si.idx_tup_read,
                                   'bytes', pg_relation_size(si.indexrelid),
                                   -- Never scanned, and not enforcing uniqueness: a candidate to drop.
                                   'unused', si.idx_scan = 0 AND NOT i.indisunique) ORDER BY si.indexrelname), '[]')
                               FROM pg_stat_all_indexes si JOIN pg_index i ON i.indexrelid = si.indexrelid
                               WHERE si.relid = c.oid))
        FROM pg_stat_all_tables s WHERE s.relid = c.oid) AS statistics
FROM pg_class c
JOIN pg_namespace n ON n.oid = c.relnamespace
LEFT JOIN pg_tablespace ts ON ts.oid = c.reltablespace
WHERE n.nspname = ?
  AND c.relname = ?
  AND c.relkind::text = ANY (string_to_array(?, NULL))
