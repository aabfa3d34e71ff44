-- The roles the restoring role acts as (it is a member of them, directly or not), itself and predefined roles left
-- out: giving them a right widens nothing the restoring role cannot already do through them.
SELECT r.rolname
FROM pg_roles r
WHERE r.rolname <> current_user
  AND r.rolname NOT LIKE 'pg\_%'
  AND pg_has_role(current_user, r.oid, 'MEMBER')
