-- Every tablespace of the server; the size only where the role may see it.
SELECT t.spcname AS name,
       pg_get_userbyid(t.spcowner) AS owner,
       pg_tablespace_location(t.oid) AS location,
       CASE WHEN has_tablespace_privilege(t.oid, 'CREATE') OR pg_has_role('pg_read_all_stats', 'USAGE')
           THEN pg_tablespace_size(t.oid) END AS size,
       t.spcoptions AS options,
       t.spcacl::text[] AS acl,
       shobj_description(t.oid, 'pg_tablespace') AS comment
FROM pg_tablespace t
ORDER BY t.spcname
