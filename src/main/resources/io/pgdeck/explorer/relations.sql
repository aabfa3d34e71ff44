-- Tables, views, materialized views, sequences or foreign tables of one schema; partitions are listed under their
-- parent. Parameters: schema name, relkinds as a comma-separated list (e.g. 'r,p').
SELECT c.relname AS name,
       pg_get_userbyid(c.relowner) AS owner,
       CASE WHEN c.reltuples >= 0 AND c.relkind IN ('r', 'p', 'm', 'f') THEN c.reltuples::bigint END AS "rowEstimate",
       c.relkind = 'p' AS partitioned,
       c.relrowsecurity AS "rowSecurity",
       obj_description(c.oid, 'pg_class') AS comment
FROM pg_class c
JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE n.nspname = ?
  AND c.relkind::text = ANY (string_to_array(?, NULL))
  AND NOT c.relispartition
  -- an identity column's sequence belongs to its table
  AND NOT (c.relkind = 'S' AND EXISTS (SELECT FROM pg_depend d WHERE d.classid = 'pg_class'::regclass
                                             AND d.objid = c.oid AND d.deptype = 'i'))
ORDER BY c.relname
