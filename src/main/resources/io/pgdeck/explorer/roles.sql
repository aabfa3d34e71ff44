-- Every role of the server with its attributes and memberships.
SELECT r.rolname AS name,
       r.rolcanlogin AS login,
       r.rolsuper AS superuser,
       r.rolcreatedb AS "createDatabase",
       r.rolcreaterole AS "createRole",
       r.rolinherit AS inherit,
       r.rolreplication AS replication,
       r.rolbypassrls AS "bypassRowSecurity",
       r.rolconnlimit AS "connectionLimit",
       r.rolvaliduntil AS "validUntil",
       (SELECT coalesce(json_agg(DISTINCT g.rolname ORDER BY g.rolname), '[]')
        FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid WHERE m.member = r.oid) AS "memberOf",
       shobj_description(r.oid, 'pg_authid') AS comment
FROM pg_roles r
ORDER BY r.rolname
