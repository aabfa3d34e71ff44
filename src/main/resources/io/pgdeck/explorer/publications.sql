-- Publications of the current database with the tables they publish.
SELECT p.pubname AS name,
       pg_get_userbyid(p.pubowner) AS owner,
       p.puballtables AS "allTables",
       p.pubinsert AS "insert",
       p.pubupdate AS "update",
       p.pubdelete AS "delete",
       p.pubtruncate AS "truncate",
       (SELECT coalesce(json_agg(json_build_object('schema', pt.schemaname, 'name', pt.tablename)
                                 ORDER BY pt.schemaname, pt.tablename), '[]')
        FROM pg_publication_tables pt WHERE pt.pubname = p.pubname) AS tables,
       obj_description(p.oid, 'pg_publication') AS comment
FROM pg_publication p
ORDER BY p.pubname
