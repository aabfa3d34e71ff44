-- Who restores, and what the role may do in the target database.
SELECT current_user AS role_name,
       r.rolsuper AS superuser,
       has_database_privilege(current_database(), 'CREATE') AS can_create_in_database
FROM pg_catalog.pg_roles r
WHERE r.rolname = current_user
