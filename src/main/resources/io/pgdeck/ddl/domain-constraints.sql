-- Check constraints of one schema's domains (or of the domain whose oid is given).
-- Parameters: schema name, domain oid or null for all.
WITH scope AS (SELECT CAST(? AS text) AS schema, CAST(CAST(? AS bigint) AS oid) AS only)
SELECT con.oid, con.contypid AS domain, con.conname AS name, pg_get_constraintdef(con.oid) AS definition,
       con.convalidated AS validated, obj_description(con.oid, 'pg_constraint') AS comment
FROM pg_constraint con
JOIN pg_type t ON t.oid = con.contypid
JOIN pg_namespace n ON n.oid = t.typnamespace
CROSS JOIN scope
WHERE n.nspname = scope.schema AND (scope.only IS NULL OR con.contypid = scope.only)
ORDER BY con.contypid, con.conname
