-- Extended statistics objects of one schema (or on the table whose oid is given).
-- Parameters: schema name, table oid or null for all.
WITH scope AS (SELECT CAST(? AS text) AS schema, CAST(CAST(? AS bigint) AS oid) AS only)
SELECT s.oid, s.stxrelid AS relation, s.stxname AS name, pg_get_statisticsobjdef(s.oid) AS definition,
       coalesce(s.stxstattarget, -1) AS target, pg_get_userbyid(s.stxowner) AS owner,
       obj_description(s.oid, 'pg_statistic_ext') AS comment
FROM pg_statistic_ext s
JOIN pg_namespace n ON n.oid = s.stxnamespace
CROSS JOIN scope
WHERE n.nspname = scope.schema AND (scope.only IS NULL OR s.stxrelid = scope.only)
ORDER BY s.stxname
