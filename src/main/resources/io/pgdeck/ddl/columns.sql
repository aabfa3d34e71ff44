-- Columns of the relations and composite types of one schema (or of the relation whose oid is given), in order.
-- Parameters: schema name, relation oid or null for all.
WITH scope AS (SELECT CAST(? AS text) AS schema, CAST(CAST(? AS bigint) AS oid) AS only)
SELECT a.attrelid AS relation, a.attnum AS number, a.attname AS name,
       format_type(a.atttypid, a.atttypmod) AS type,
       CASE WHEN a.attcollation <> t.typcollation AND a.attcollation <> 0
           THEN quote_ident(con.nspname) || '.' || quote_ident(co.collname) END AS collation,
       a.attnotnull AS not_null, d.oid AS default_oid, pg_get_expr(d.adbin, d.adrelid) AS default_value,
       a.attgenerated::text AS generated, a.attidentity::text AS identity,
       a.attislocal AS local, a.attinhcount > 0 AS inherited,
       (SELECT pg_get_expr(pd.adbin, pd.adrelid)
        FROM pg_inherits i
        JOIN pg_attribute pa ON pa.attrelid = i.inhparent AND pa.attname = a.attname AND NOT pa.attisdropped
        LEFT JOIN pg_attrdef pd ON pd.adrelid = pa.attrelid AND pd.adnum = pa.attnum
        WHERE i.inhrelid = a.attrelid
        ORDER BY pd.oid IS NULL, i.inhseqno LIMIT 1) AS inherited_default,
       (SELECT coalesce(bool_or(pa.attnotnull), false)
        FROM pg_inherits i
        JOIN pg_attribute pa ON pa.attrelid = i.inhparent AND pa.attname = a.attname AND NOT pa.attisdropped
        WHERE i.inhrelid = a.attrelid) AS inherited_not_null,
       coalesce(a.attstattarget, -1) AS statistics, a.attstorage::text AS storage, t.typstorage::text AS type_storage,
       a.attcompression::text AS compression, a.attoptions::text[] AS options,
       a.attfdwoptions::text[] AS foreign_options,
       col_description(a.attrelid, a.attnum) AS comment, a.attacl::text[] AS acl
FROM pg_attribute a
JOIN pg_class c ON c.oid = a.attrelid
JOIN pg_namespace n ON n.oid = c.relnamespace
CROSS JOIN scope
JOIN pg_type t ON t.oid = a.atttypid
LEFT JOIN pg_collation co ON co.oid = a.attcollation
LEFT JOIN pg_namespace con ON con.oid = co.collnamespace
LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
WHERE n.nspname = scope.schema AND c.relkind IN ('r', 'p', 'v', 'm', 'f', 'c')
  AND (scope.only IS NULL OR a.attrelid = scope.only)
  AND a.attnum > 0 AND NOT a.attisdropped
ORDER BY a.attrelid, a.attnum
