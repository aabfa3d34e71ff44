-- One collation. Parameters: schema name, collation name.
SELECT c.oid AS oid,
       c.collname AS name,
       n.nspname AS schema,
       CASE c.collprovider WHEN 'c' THEN 'libc' WHEN 'i' THEN 'icu' ELSE 'default' END AS provider,
       c.collcollate AS "lcCollate",
       c.collctype AS "lcCtype",
       c.collisdeterministic AS deterministic,
       CASE WHEN c.collencoding >= 0 THEN pg_encoding_to_char(c.collencoding) END AS encoding,
       c.collversion AS version,
       pg_get_userbyid(c.collowner) AS owner,
       obj_description(c.oid, 'pg_collation') AS comment
FROM pg_collation c
JOIN pg_namespace n ON n.oid = c.collnamespace
WHERE n.nspname = ?
  AND c.collname = ?
ORDER BY c.collencoding DESC
LIMIT 1
