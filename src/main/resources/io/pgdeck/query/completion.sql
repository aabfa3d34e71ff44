-- Everything the editor completes, in one round trip: schemas, tables and views with their columns, functions.
-- System schemas are left out except for their functions' names, which are completed as keywords are.
SELECT 'schema' AS kind, n.nspname AS schema, n.nspname AS name, NULL AS relkind, NULL::text[] AS columns
FROM pg_namespace n
WHERE n.nspname NOT LIKE 'pg\_toast%' AND n.nspname NOT LIKE 'pg\_temp\_%'
UNION ALL
SELECT 'relation', n.nspname, c.relname, c.relkind::text,
       ARRAY(SELECT a.attname::text FROM pg_attribute a
             WHERE a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped ORDER BY a.attnum)
FROM pg_class c
JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE c.relkind IN ('r', 'p', 'v', 'm', 'f')
  AND n.nspname NOT IN ('pg_catalog', 'information_schema')
  AND n.nspname NOT LIKE 'pg\_toast%' AND n.nspname NOT LIKE 'pg\_temp\_%'
UNION ALL
SELECT DISTINCT 'function', n.nspname, p.proname, NULL::text, NULL::text[]
FROM pg_proc p
JOIN pg_namespace n ON n.oid = p.pronamespace
WHERE n.nspname NOT IN ('pg_catalog', 'information_schema') AND p.prokind IN ('f', 'a', 'w')
ORDER BY 1, 2, 3
