-- Types (or, with the second parameter true, domains) a user declared in one schema: not a table's row type, an
-- array type or a range's multirange. Parameters: schema name, domains.
SELECT t.typname AS name,
       format_type(t.oid, NULL) AS "displayName",
       CASE t.typtype
           WHEN 'b' THEN 'base' WHEN 'c' THEN 'composite' WHEN 'd' THEN 'domain'
           WHEN 'e' THEN 'enum' WHEN 'r' THEN 'range' WHEN 'm' THEN 'multirange'
       END AS "typeKind",
       CASE WHEN t.typtype = 'd' THEN format_type(t.typbasetype, t.typtypmod) END AS "baseType",
       pg_get_userbyid(t.typowner) AS owner,
       obj_description(t.oid, 'pg_type') AS comment
FROM pg_type t
JOIN pg_namespace n ON n.oid = t.typnamespace
LEFT JOIN pg_class r ON r.oid = t.typrelid
WHERE n.nspname = ?
  AND t.typtype IN ('b', 'c', 'd', 'e', 'r', 'm')
  AND (t.typrelid = 0 OR r.relkind = 'c')
  AND NOT (t.typcategory = 'A' AND t.typelem <> 0)
  AND NOT EXISTS (SELECT FROM pg_depend d
                  WHERE d.classid = 'pg_type'::regclass AND d.objid = t.oid AND d.deptype = 'i')
  AND (t.typtype = 'd') = ?
ORDER BY t.typname
