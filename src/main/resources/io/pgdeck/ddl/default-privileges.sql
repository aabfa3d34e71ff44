-- Privileges that roles grant by default on what they create in one schema (ALTER DEFAULT PRIVILEGES ... IN SCHEMA).
-- Parameters: schema name, object oid (not used: they belong to the schema).
WITH scope AS (SELECT CAST(? AS text) AS schema, CAST(CAST(? AS bigint) AS oid) AS only)
SELECT d.oid, pg_get_userbyid(d.defaclrole) AS role, d.defaclobjtype::text AS object_type,
       d.defaclacl::text[] AS acl,
       -- acldefault() spells sequences with a small s
       acldefault(CASE d.defaclobjtype WHEN 'S' THEN 's' ELSE d.defaclobjtype END, d.defaclrole)::text[] AS built_in
FROM pg_default_acl d
JOIN pg_namespace n ON n.oid = d.defaclnamespace
CROSS JOIN scope
WHERE n.nspname = scope.schema
ORDER BY role, object_type
