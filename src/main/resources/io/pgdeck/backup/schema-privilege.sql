-- Whether a role already holds a right on a schema that exists (then granting it widens nothing).
SELECT pg_catalog.has_schema_privilege(?, n.oid, ?)
FROM pg_catalog.pg_namespace n
WHERE n.nspname = ?
