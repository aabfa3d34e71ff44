-- Indexes of one schema's tables and materialized views (or of the relation whose oid is given) that no constraint
-- owns. Parameters: schema name, relation oid or null for all.
WITH scope AS (SELECT CAST(? AS text) AS schema, CAST(CAST(? AS bigint) AS oid) AS only)
SELECT x.indexrelid AS oid, x.indrelid AS relation, ic.relname AS name, pg_get_indexdef(x.indexrelid) AS definition,
       x.indisclustered AS clustered, x.indisreplident AS replica_identity,
       (SELECT quote_ident(pn.nspname) || '.' || quote_ident(p.relname)
        FROM pg_inherits i JOIN pg_class p ON p.oid = i.inhparent JOIN pg_namespace pn ON pn.oid = p.relnamespace
        WHERE i.inhrelid = x.indexrelid) AS parent_index,
       (SELECT i.inhparent FROM pg_inherits i WHERE i.inhrelid = x.indexrelid) AS parent_index_oid,
       (SELECT array_agg(ia.attnum || '=' || ia.attstattarget ORDER BY ia.attnum)
        FROM pg_attribute ia WHERE ia.attrelid = x.indexrelid AND ia.attstattarget >= 0) AS statistics,
       obj_description(x.indexrelid, 'pg_class') AS comment
FROM pg_index x
JOIN pg_class ic ON ic.oid = x.indexrelid
JOIN pg_class c ON c.oid = x.indrelid
JOIN pg_namespace n ON n.oid = c.relnamespace
CROSS JOIN scope
WHERE n.nspname = scope.schema AND (scope.only IS NULL OR x.indrelid = scope.only)
  AND NOT EXISTS (SELECT FROM pg_constraint con
                  WHERE con.conindid = x.indexrelid AND con.contype IN ('p', 'u', 'x'))
ORDER BY ic.relname
