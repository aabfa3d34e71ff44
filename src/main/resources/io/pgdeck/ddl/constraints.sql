-- Constraints of the tables of one schema (or of the table whose oid is given), except those the server makes itself
-- (a partition's copy of its parent's foreign key). Parameters: schema name, table oid or null for all.
WITH scope AS (SELECT CAST(? AS text) AS schema, CAST(CAST(? AS bigint) AS oid) AS only)
SELECT con.oid, con.conrelid AS relation, con.conname AS name, con.contype::text AS type,
       pg_get_constraintdef(con.oid) AS definition, con.convalidated AS validated, con.conislocal AS local,
       CASE WHEN con.contype IN ('p', 'u', 'x') THEN con.conindid END AS index_oid,
       x.indisclustered AS clustered, x.indisreplident AS replica_identity,
       (SELECT quote_ident(pn.nspname) || '.' || quote_ident(p.relname)
        FROM pg_inherits i JOIN pg_class p ON p.oid = i.inhparent JOIN pg_namespace pn ON pn.oid = p.relnamespace
        WHERE con.contype IN ('p', 'u', 'x') AND i.inhrelid = con.conindid) AS parent_index,
       (SELECT i.inhparent FROM pg_inherits i
        WHERE con.contype IN ('p', 'u', 'x') AND i.inhrelid = con.conindid) AS parent_index_oid,
       obj_description(con.oid, 'pg_constraint') AS comment
FROM pg_constraint con
JOIN pg_class c ON c.oid = con.conrelid
JOIN pg_namespace n ON n.oid = c.relnamespace
CROSS JOIN scope
LEFT JOIN pg_index x ON x.indexrelid = con.conindid AND con.contype IN ('p', 'u', 'x')
WHERE n.nspname = scope.schema AND (scope.only IS NULL OR con.conrelid = scope.only)
  AND con.contype <> 't' AND NOT (con.contype = 'f' AND con.conparentid <> 0)
ORDER BY con.conrelid, con.conname
