-- Ways to change things that a read-only transaction does not stop by itself, reported as warnings.
SELECT 'may signal other backends (member of pg_signal_backend)' AS warning
WHERE pg_has_role(current_user, 'pg_signal_backend', 'MEMBER')
UNION ALL
SELECT 'may cancel or terminate its own other sessions (pg_cancel_backend, pg_terminate_backend)'
UNION ALL
SELECT 'may call ' || count(*) || ' SECURITY DEFINER function(s) owned by other roles (for example '
       || min(p.oid::regprocedure::text) || '); only the read-only transaction stops them writing'
FROM pg_proc p
WHERE p.prosecdef
  AND p.proowner <> (SELECT oid FROM pg_roles WHERE rolname = current_user)
  AND p.pronamespace NOT IN ('pg_catalog'::regnamespace, 'information_schema'::regnamespace)
  AND has_function_privilege(p.oid, 'EXECUTE')
HAVING count(*) > 0
