-- What a schema holds now, by name, for a merge's analysis: an entry of the dump whose object exists fails.
-- Parameter: the schema's name.
WITH s AS (SELECT oid FROM pg_namespace WHERE nspname = ?)
SELECT 'relation' AS kind, c.relname AS name FROM pg_class c JOIN s ON s.oid = c.relnamespace
UNION ALL
SELECT 'type', y.typname FROM pg_type y JOIN s ON s.oid = y.typnamespace
WHERE y.typtype IN ('e', 'd', 'r')
   OR (y.typtype = 'c' AND EXISTS (SELECT 1 FROM pg_class k WHERE k.oid = y.typrelid AND k.relkind = 'c'))
UNION ALL
SELECT 'routine', p.proname FROM pg_proc p JOIN s ON s.oid = p.pronamespace
UNION ALL
SELECT 'constraint', k.conname FROM pg_constraint k JOIN s ON s.oid = k.connamespace
UNION ALL
SELECT 'trigger', t.tgname
FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid JOIN s ON s.oid = c.relnamespace
WHERE NOT t.tgisinternal
