-- Single-tenant: every database a role can connect to, templates left out (as pgdeck lists them).
SELECT d.datname AS name
FROM pg_database d
WHERE d.datallowconn AND NOT d.datistemplate
ORDER BY d.datname
