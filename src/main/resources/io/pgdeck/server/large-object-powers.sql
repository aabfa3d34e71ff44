-- The functions that create or change large objects which the current role may call in this database. A read-only
-- transaction stops them, but nothing else does: the server's superuser can revoke them from PUBLIC, so production
-- refuses a role that still has them.
SELECT p.oid::regprocedure::text AS function
FROM pg_proc p
WHERE p.pronamespace = 'pg_catalog'::regnamespace
  AND p.proname IN ('lo_create', 'lo_creat', 'lo_import', 'lo_from_bytea', 'lo_put', 'lowrite', 'lo_truncate',
                    'lo_truncate64', 'lo_unlink')
  AND has_function_privilege(p.oid, 'EXECUTE')
ORDER BY 1
