-- One database: its owner, what PUBLIC may do in it, and whether a role (the read-only one) holds its own CONNECT.
SELECT d.datname AS name, pg_get_userbyid(d.datdba) AS owner,
       EXISTS (SELECT 1 FROM aclexplode(coalesce(d.datacl, acldefault('d', d.datdba))) a
               WHERE a.grantee = 0 AND a.privilege_type = 'CONNECT') AS public_connect,
       EXISTS (SELECT 1 FROM aclexplode(coalesce(d.datacl, acldefault('d', d.datdba))) a
               WHERE a.grantee = 0 AND a.privilege_type = 'TEMPORARY') AS public_temporary,
       EXISTS (SELECT 1 FROM aclexplode(coalesce(d.datacl, acldefault('d', d.datdba))) a
               WHERE a.grantee = (SELECT oid FROM pg_roles WHERE rolname = ?) AND a.privilege_type = 'CONNECT')
           AS role_connect
FROM pg_database d
WHERE d.datname = ?
