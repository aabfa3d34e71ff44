-- Extensions installed in the current database.
SELECT e.extname AS name,
       e.extversion AS version,
       n.nspname AS schema,
       e.extrelocatable AS relocatable,
       pg_get_userbyid(e.extowner) AS owner,
       obj_description(e.oid, 'pg_extension') AS comment
FROM pg_extension e
JOIN pg_namespace n ON n.oid = e.extnamespace
ORDER BY e.extname
