-- Collations of one schema. Parameter: schema name.
SELECT c.collname AS name,
       CASE c.collprovider WHEN 'c' THEN 'libc' WHEN 'i' THEN 'icu' ELSE 'default' END AS provider,
       c.collcollate AS "lcCollate",
       c.collctype AS "lcCtype",
       c.collisdeterministic AS deterministic,
       pg_get_userbyid(c.collowner) AS owner,
       obj_description(c.oid, 'pg_collation') AS comment
FROM pg_collation c
JOIN pg_namespace n ON n.oid = c.collnamespace
WHERE n.nspname = ?
ORDER BY c.collname, c.collencoding
