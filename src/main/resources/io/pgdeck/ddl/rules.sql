-- Rewrite rules of one schema's relations, other than the one that makes a view.
-- Parameters: schema name, relation oid or null for all.
WITH scope AS (SELECT CAST(? AS text) AS schema, CAST(CAST(? AS bigint) AS oid) AS only)
SELECT r.oid, r.ev_class AS relation, r.rulename AS name, pg_get_ruledef(r.oid) AS definition,
       r.ev_enabled::text AS enabled, obj_description(r.oid, 'pg_rewrite') AS comment
FROM pg_rewrite r
JOIN pg_class c ON c.oid = r.ev_class
JOIN pg_namespace n ON n.oid = c.relnamespace
CROSS JOIN scope
WHERE n.nspname = scope.schema AND (scope.only IS NULL OR r.ev_class = scope.only) AND r.rulename <> '_RETURN'
ORDER BY r.rulename
