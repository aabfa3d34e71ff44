-- Objects of the current database whose name contains a text, ignoring case; system schemas left out. Kinds are
-- the URL segments (schemas, tables, ..., plus columns and indexes, whose parent is their table).
-- Parameters: the text, the kind or null for every kind, the most rows to answer.
WITH objects AS (
    SELECT 'schemas' AS kind, NULL::name AS schema, n.nspname::text AS name, NULL::name AS parent
    FROM pg_namespace n
    UNION ALL
    SELECT CASE c.relkind WHEN 'v' THEN 'views' WHEN 'm' THEN 'materialized-views' WHEN 'S' THEN 'sequences'
               WHEN 'f' THEN 'foreign-tables' ELSE 'tables' END,
           n.nspname, c.relname::text, NULL
    FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE c.relkind IN ('r', 'p', 'v', 'm', 'S', 'f')
    UNION ALL
    SELECT 'indexes', n.nspname, ic.relname::text, tc.relname
    FROM pg_index ix
    JOIN pg_class ic ON ic.oid = ix.indexrelid
    JOIN pg_class tc ON tc.oid = ix.indrelid
    JOIN pg_namespace n ON n.oid = tc.relnamespace
    UNION ALL
    SELECT 'columns', n.nspname, a.attname::text, c.relname
    FROM pg_attribute a
    JOIN pg_class c ON c.oid = a.attrelid
    JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE c.relkind IN ('r', 'p', 'v', 'm', 'f') AND a.attnum > 0 AND NOT a.attisdropped
    UNION ALL
    SELECT CASE WHEN p.prokind = 'p' THEN 'procedures' WHEN p.prokind = 'a' THEN 'aggregates'
               WHEN p.prorettype IN ('trigger'::regtype, 'event_trigger'::regtype) THEN 'trigger-functions'
               ELSE 'functions' END,
           n.nspname, p.proname || '(' || array_to_string(p.proargtypes::regtype[], ',') || ')', NULL
    FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
    UNION ALL
    SELECT CASE WHEN t.typtype = 'd' THEN 'domains' ELSE 'types' END, n.nspname, t.typname::text, NULL
    FROM pg_type t
    JOIN pg_namespace n ON n.oid = t.typnamespace
    LEFT JOIN pg_class r ON r.oid = t.typrelid
    WHERE t.typtype IN ('b', 'c', 'd', 'e', 'r', 'm')
      AND (t.typrelid = 0 OR r.relkind = 'c')
      AND NOT (t.typcategory = 'A' AND t.typelem <> 0)
    UNION ALL
    SELECT 'collations', n.nspname, c.collname::text, NULL
    FROM pg_collation c JOIN pg_namespace n ON n.oid = c.collnamespace
)
SELECT o.kind, o.schema, o.name, o.parent
FROM objects o
WHERE strpos(lower(o.name), lower(?)) > 0
  AND (?::text IS NULL OR o.kind = ?::text)
  AND coalesce(o.schema, o.name) !~ '^(pg_catalog|information_schema|pg_toast|pg_temp_|pg_toast_temp_)'
ORDER BY o.name, o.kind, o.schema, o.parent
LIMIT ?
