-- Each schema of the current database, with what the read-only role still lacks to read it in full, and whether
-- PUBLIC (which the role is a member of) may create in it.
SELECT n.nspname AS schema,
       NOT has_schema_privilege(r.oid, n.oid, 'USAGE') AS lacks_usage,
       EXISTS (SELECT 1 FROM pg_class c
               WHERE c.relnamespace = n.oid
                 AND CASE WHEN c.relkind IN ('r', 'p', 'v', 'm', 'f')
                          THEN NOT has_table_privilege(r.oid, c.oid, 'SELECT') END) AS lacks_tables,
       EXISTS (SELECT 1 FROM pg_class c
               WHERE c.relnamespace = n.oid
                 -- CASE, not AND: the planner may call the check before the filter, and it fails on a table.
                 AND CASE WHEN c.relkind = 'S' THEN NOT has_sequence_privilege(r.oid, c.oid, 'SELECT') END)
           AS lacks_sequences,
       EXISTS (SELECT 1 FROM aclexplode(coalesce(n.nspacl, acldefault('n', n.nspowner))) a
               WHERE a.grantee = 0 AND a.privilege_type = 'CREATE') AS public_create
FROM pg_namespace n
CROSS JOIN (SELECT oid FROM pg_roles WHERE rolname = ?) r
WHERE n.nspname NOT LIKE 'pg\_%' AND n.nspname <> 'information_schema'
ORDER BY n.nspname
