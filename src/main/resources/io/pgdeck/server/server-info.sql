-- What pgdeck needs to know once at start: the server's version and what its own role may do.
SELECT current_setting('server_version') AS version,
       current_setting('server_version_num')::int AS version_num,
       r.rolname,
       r.rolsuper,
       r.rolcreatedb,
       r.rolcreaterole
FROM pg_roles r
WHERE r.rolname = current_user
