-- Normal dependencies between the given objects, each named by its catalog and oid.
-- Parameters: the oids of the objects (bigint[]).
SELECT dc.relname AS catalog, d.objid AS oid, rc.relname AS ref_catalog, d.refobjid AS ref_oid
FROM pg_depend d
JOIN pg_class dc ON dc.oid = d.classid
JOIN pg_class rc ON rc.oid = d.refclassid
WHERE d.deptype = 'n' AND d.objid = ANY (CAST(? AS bigint[])::oid[]) AND d.refobjid = ANY (CAST(? AS bigint[])::oid[])
