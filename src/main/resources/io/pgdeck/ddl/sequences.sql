-- Sequences of one schema (or the one whose oid is given, or those owned by the table whose oid is given), with the
-- column that owns them and whether they are a column's identity. Parameters: schema name, oid or null for all.
WITH scope AS (SELECT CAST(? AS text) AS schema, CAST(CAST(? AS bigint) AS oid) AS only),
     owners AS (SELECT d.objid AS sequence, d.refobjid AS relation, d.deptype::text AS dependency,
                       quote_ident(tn.nspname) || '.' || quote_ident(t.relname) AS table_name,
                       a.attname AS column_name
                FROM pg_depend d
                JOIN pg_class t ON t.oid = d.refobjid
                JOIN pg_namespace tn ON tn.oid = t.relnamespace
                JOIN pg_attribute a ON a.attrelid = d.refobjid AND a.attnum = d.refobjsubid
                WHERE d.classid = 'pg_class'::regclass AND d.refclassid = 'pg_class'::regclass
                  AND d.deptype IN ('a', 'i') AND d.refobjsubid > 0)
SELECT c.oid, c.relname AS name, c.relpersistence::text AS persistence, pg_get_userbyid(c.relowner) AS owner,
       format_type(s.seqtypid, NULL) AS type, s.seqstart AS start, s.seqincrement AS increment, s.seqmin AS min,
       s.seqmax AS max, s.seqcache AS cache, s.seqcycle AS cycle,
       o.relation AS owner_relation, o.table_name AS owner_table, o.column_name AS owner_column,
       o.dependency = 'i' AS identity,
       obj_description(c.oid, 'pg_class') AS comment,
       c.relacl::text[] AS acl, acldefault('s', c.relowner)::text[] AS default_acl
FROM pg_class c
JOIN pg_namespace n ON n.oid = c.relnamespace
JOIN pg_sequence s ON s.seqrelid = c.oid
CROSS JOIN scope
LEFT JOIN owners o ON o.sequence = c.oid
WHERE n.nspname = scope.schema AND c.relkind = 'S'
  AND (scope.only IS NULL OR c.oid = scope.only OR o.relation = scope.only)
  AND NOT EXISTS (SELECT FROM pg_depend e
                  WHERE e.classid = 'pg_class'::regclass AND e.objid = c.oid AND e.deptype = 'e')
ORDER BY c.relname
