-- User functions (and aggregates, window functions) whose name starts with a prefix; the built-in ones are
-- completed as keywords are.
SELECT DISTINCT n.nspname AS schema, p.proname AS name
FROM pg_proc p
JOIN pg_namespace n ON n.oid = p.pronamespace
WHERE p.prokind IN ('f', 'a', 'w')
  AND p.proname >= CAST(? AS name)
  AND (CAST(? AS name) IS NULL OR p.proname < CAST(? AS name))
  AND n.nspname NOT IN ('pg_catalog', 'information_schema')
ORDER BY 2, 1
LIMIT ?
