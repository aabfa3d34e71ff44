-- The schemas the editor completes: every schema but TOAST's and other sessions' temporary ones.
SELECT n.nspname AS name
FROM pg_namespace n
WHERE n.nspname NOT LIKE 'pg\_toast%' AND n.nspname NOT LIKE 'pg\_temp\_%'
ORDER BY n.nspname
LIMIT 2000
