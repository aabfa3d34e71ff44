-- Whether a role already holds a right on a table or sequence that exists; no row when it does not exist yet.
SELECT CASE WHEN c.relkind = 'S' THEN pg_catalog.has_sequence_privilege(?, c.oid, ?)
            ELSE pg_catalog.has_table_privilege(?, c.oid, ?) END
FROM pg_catalog.pg_class c
WHERE c.oid = pg_catalog.to_regclass(?)
