-- The schema itself. Parameters: schema name, object oid (not used: the schema is there for every object).
WITH scope AS (SELECT CAST(? AS text) AS schema, CAST(CAST(? AS bigint) AS oid) AS only)
SELECT n.oid, n.nspname AS name, pg_get_userbyid(n.nspowner) AS owner,
       obj_description(n.oid, 'pg_namespace') AS comment,
       n.nspacl::text[] AS acl, acldefault('n', n.nspowner)::text[] AS default_acl
FROM pg_namespace n
CROSS JOIN scope
WHERE n.nspname = scope.schema
