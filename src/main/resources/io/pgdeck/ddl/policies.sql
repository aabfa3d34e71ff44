-- Row-level security policies of one schema's tables. Parameters: schema name, table oid or null for all.
WITH scope AS (SELECT CAST(? AS text) AS schema, CAST(CAST(? AS bigint) AS oid) AS only)
SELECT p.oid, p.polrelid AS relation, p.polname AS name, p.polcmd::text AS command, p.polpermissive AS permissive,
       CASE WHEN p.polroles <> '{0}' THEN
           (SELECT array_agg(quote_ident(rolname) ORDER BY rolname) FROM pg_roles WHERE oid = ANY (p.polroles))
       END AS roles,
       pg_get_expr(p.polqual, p.polrelid) AS using_expression,
       pg_get_expr(p.polwithcheck, p.polrelid) AS check_expression,
       obj_description(p.oid, 'pg_policy') AS comment
FROM pg_policy p
JOIN pg_class c ON c.oid = p.polrelid
JOIN pg_namespace n ON n.oid = c.relnamespace
CROSS JOIN scope
WHERE n.nspname = scope.schema AND (scope.only IS NULL OR p.polrelid = scope.only)
ORDER BY p.polname
