-- The bytes of table data a backup's scope holds (a database, a schema, or one table of it), indexes left out: what an
-- uncompressed dump writes at least.
SELECT coalesce(sum(pg_table_size(c.oid)), 0)
FROM pg_class c
JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE c.relkind IN ('r', 'm', 'p')
  AND n.nspname NOT IN ('pg_catalog', 'information_schema')
  AND n.nspname NOT LIKE 'pg\_toast%'
  AND (CAST(? AS text) IS NULL OR n.nspname = CAST(? AS text))
  AND (CAST(? AS text) IS NULL OR c.relname = CAST(? AS text))
