-- Whether a large object with this OID exists in the target database already.
SELECT EXISTS (SELECT 1 FROM pg_catalog.pg_largeobject_metadata WHERE oid = ?::oid)
