-- Operators of one schema. Parameters: schema name, object oid (operators are only scripted with their schema).
WITH scope AS (SELECT CAST(? AS text) AS schema, CAST(CAST(? AS bigint) AS oid) AS only)
SELECT o.oid, o.oprname AS name, pg_get_userbyid(o.oprowner) AS owner,
       CASE WHEN o.oprleft <> 0 THEN format_type(o.oprleft, NULL) END AS left_type,
       CASE WHEN o.oprright <> 0 THEN format_type(o.oprright, NULL) END AS right_type,
       o.oprcode::regproc::text AS function,
       (SELECT 'OPERATOR(' || quote_ident(cn.nspname) || '.' || c.oprname || ')'
        FROM pg_operator c JOIN pg_namespace cn ON cn.oid = c.oprnamespace WHERE c.oid = o.oprcom) AS commutator,
       (SELECT 'OPERATOR(' || quote_ident(cn.nspname) || '.' || c.oprname || ')'
        FROM pg_operator c JOIN pg_namespace cn ON cn.oid = c.oprnamespace WHERE c.oid = o.oprnegate) AS negator,
       nullif(o.oprrest, 0)::regproc::text AS restrict_function, nullif(o.oprjoin, 0)::regproc::text AS join_function,
       o.oprcanhash AS hashes, o.oprcanmerge AS merges,
       obj_description(o.oid, 'pg_operator') AS comment
FROM pg_operator o
JOIN pg_namespace n ON n.oid = o.oprnamespace
CROSS JOIN scope
WHERE n.nspname = scope.schema AND scope.only IS NULL AND o.oprcode <> 0
  AND NOT EXISTS (SELECT FROM pg_depend e
                  WHERE e.classid = 'pg_operator'::regclass AND e.objid = o.oid AND e.deptype = 'e')
ORDER BY o.oprname, left_type, right_type
