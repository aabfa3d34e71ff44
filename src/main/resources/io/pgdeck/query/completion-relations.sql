-- Tables, views and foreign tables whose name starts with a prefix, in one schema or in every user schema. The
-- prefix is a range on relname (name sorts in C order) so the scan starts and stops in pg_class's name index,
-- however large the catalog.
SELECT n.nspname AS schema, c.relname AS name, c.relkind::text AS relkind
FROM pg_class c
JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE c.relkind IN ('r', 'p', 'v', 'm', 'f')
  AND c.relname >= CAST(? AS name)
  AND (CAST(? AS name) IS NULL OR c.relname < CAST(? AS name))
  AND (CAST(? AS name) IS NULL OR n.nspname = CAST(? AS name))
  AND n.nspname NOT IN ('pg_catalog', 'information_schema')
  AND n.nspname NOT LIKE 'pg\_toast%' AND n.nspname NOT LIKE 'pg\_temp\_%'
ORDER BY c.relname, n.nspname
LIMIT ?
