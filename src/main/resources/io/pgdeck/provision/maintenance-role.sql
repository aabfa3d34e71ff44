-- What the maintenance role may do on the server.
SELECT current_user AS name, rolsuper AS superuser, rolcreatedb AS createdb, rolcreaterole AS createrole
FROM pg_roles
WHERE rolname = current_user
