-- The functions that create, write or remove large objects (pgdeck's production role check names them), whether
-- PUBLIC may still call each, whether the owner role may, and whether the maintenance role may change that
-- (only a member of the function's owner, in practice a superuser).
SELECT p.proname AS name, pg_get_function_identity_arguments(p.oid) AS arguments,
       EXISTS (SELECT 1 FROM aclexplode(coalesce(p.proacl, acldefault('f', p.proowner))) a
               WHERE a.grantee = 0 AND a.privilege_type = 'EXECUTE') AS public_may,
       has_function_privilege((SELECT oid FROM pg_roles WHERE rolname = ?), p.oid, 'EXECUTE') AS owner_may,
       pg_has_role(current_user, p.proowner, 'MEMBER') AS may_change
FROM pg_proc p
WHERE p.pronamespace = 'pg_catalog'::regnamespace
  AND p.proname IN ('lo_create', 'lo_creat', 'lo_import', 'lo_export', 'lo_unlink', 'lowrite', 'lo_put',
                    'lo_from_bytea', 'lo_truncate', 'lo_truncate64')
ORDER BY p.proname, 2
