-- Single-tenant: every database the role may connect to, templates left out.
SELECT d.datname
FROM pg_database d
WHERE d.datallowconn
  AND NOT d.datistemplate
  AND has_database_privilege(d.datname, 'CONNECT')
ORDER BY d.datname
