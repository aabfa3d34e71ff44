-- Triggers a user made on one schema's relations (not those behind foreign keys, nor a partition's copies of its
-- parent's). Parameters: schema name, relation oid or null for all.
WITH scope AS (SELECT CAST(? AS text) AS schema, CAST(CAST(? AS bigint) AS oid) AS only)
SELECT tg.oid, tg.tgrelid AS relation, tg.tgname AS name, pg_get_triggerdef(tg.oid) AS definition,
       tg.tgenabled::text AS enabled, obj_description(tg.oid, 'pg_trigger') AS comment
FROM pg_trigger tg
JOIN pg_class c ON c.oid = tg.tgrelid
JOIN pg_namespace n ON n.oid = c.relnamespace
CROSS JOIN scope
WHERE n.nspname = scope.schema AND (scope.only IS NULL OR tg.tgrelid = scope.only)
  AND NOT tg.tgisinternal AND tg.tgparentid = 0
ORDER BY tg.tgname
