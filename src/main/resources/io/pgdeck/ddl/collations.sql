-- Collations of one schema (or the one whose oid is given). The locale column moved between versions, so it is read
-- by name from the row. Parameters: schema name, collation oid or null for all.
WITH scope AS (SELECT CAST(? AS text) AS schema, CAST(CAST(? AS bigint) AS oid) AS only)
SELECT co.oid, co.collname AS name, pg_get_userbyid(co.collowner) AS owner, co.collprovider::text AS provider,
       co.collisdeterministic AS deterministic, co.collcollate AS lc_collate, co.collctype AS lc_ctype,
       coalesce(to_jsonb(co) ->> 'colllocale', to_jsonb(co) ->> 'colliculocale') AS locale,
       obj_description(co.oid, 'pg_collation') AS comment
FROM pg_collation co
JOIN pg_namespace n ON n.oid = co.collnamespace
CROSS JOIN scope
WHERE n.nspname = scope.schema AND (scope.only IS NULL OR co.oid = scope.only)
  AND NOT EXISTS (SELECT FROM pg_depend e
                  WHERE e.classid = 'pg_collation'::regclass AND e.objid = co.oid AND e.deptype = 'e')
ORDER BY co.collname
