-- The read-only role's default privileges on the owner's future objects that are still missing:
-- r (SELECT on tables), S (SELECT on sequences), n (USAGE on schemas).
SELECT t.objtype AS type
FROM (VALUES ('r', 'SELECT'), ('S', 'SELECT'), ('n', 'USAGE')) AS t(objtype, privilege)
WHERE NOT EXISTS (
    SELECT 1
    FROM pg_default_acl d, aclexplode(d.defaclacl) a
    WHERE d.defaclrole = (SELECT oid FROM pg_roles WHERE rolname = ?)
      AND d.defaclnamespace = 0
      AND d.defaclobjtype = t.objtype::"char"
      AND a.grantee = (SELECT oid FROM pg_roles WHERE rolname = ?)
      AND a.privilege_type = t.privilege)
ORDER BY t.objtype
