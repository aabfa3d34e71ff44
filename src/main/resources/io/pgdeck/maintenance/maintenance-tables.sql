-- The tables (and materialized views) a maintenance run covers: one named table, or every one in the schema.
-- has_clustered_index tells CLUSTER which ones it can reorder.
SELECT c.relname,
       EXISTS (SELECT 1 FROM pg_catalog.pg_index i WHERE i.indrelid = c.oid AND i.indisclustered) AS has_clustered_index
FROM pg_catalog.pg_class c
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
WHERE n.nspname = ?
  AND c.relkind IN ('r', 'm', 'p')
  AND (?::text IS NULL OR c.relname = ?)
ORDER BY c.relname
