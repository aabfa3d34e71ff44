-- The relation a data grid opens, with what the connected role may do to it.
-- estimate: the planner's row estimate for a table or materialized view (rows per page at the last
-- VACUUM or ANALYZE times the pages it has now), null when the catalog knows no density yet (never
-- analysed, or analysed while empty) or for other relations: then the planner is asked instead.
-- Parameters: schema name, relation name, the relkinds the path allows (e.g. 'rp').
SELECT c.oid,
       c.relkind::text AS relkind,
       has_table_privilege(c.oid, 'INSERT') AS can_insert,
       has_table_privilege(c.oid, 'UPDATE') AS can_update,
       has_table_privilege(c.oid, 'DELETE') AS can_delete,
       CASE WHEN c.relkind NOT IN ('r', 'm') OR c.reltuples < 0 OR c.relpages = 0 THEN NULL
            ELSE round(c.reltuples / c.relpages
                       * (pg_relation_size(c.oid) / current_setting('block_size')::bigint))
       END::bigint AS estimate
  FROM pg_class c
  JOIN pg_namespace n ON n.oid = c.relnamespace
 WHERE n.nspname = ?
   AND c.relname = ?
   AND strpos(?, c.relkind::text) > 0
