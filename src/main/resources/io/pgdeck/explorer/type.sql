-- One type or domain: its kind, and its labels, attributes, range subtype or base type and constraints.
-- Parameters: schema name, type name.
SELECT t.oid AS oid,
       t.typname AS name,
       n.nspname AS schema,
       format_type(t.oid, NULL) AS "displayName",
       CASE WHEN t.typtype = 'd' THEN 'domains' ELSE 'types' END AS kind,
       CASE t.typtype
           WHEN 'b' THEN 'base' WHEN 'c' THEN 'composite' WHEN 'd' THEN 'domain'
           WHEN 'e' THEN 'enum' WHEN 'r' THEN 'range' WHEN 'm' THEN 'multirange' WHEN 'p' THEN 'pseudo'
       END AS "typeKind",
       pg_get_userbyid(t.typowner) AS owner,
       obj_description(t.oid, 'pg_type') AS comment,
       t.typacl::text[] AS acl,
       (SELECT json_agg(e.enumlabel ORDER BY e.enumsortorder) FROM pg_enum e WHERE e.enumtypid = t.oid) AS labels,
       (SELECT json_agg(json_build_object('name', a.attname, 'type', format_type(a.atttypid, a.atttypmod))
                        ORDER BY a.attnum)
        FROM pg_attribute a
        WHERE t.typtype = 'c' AND a.attrelid = t.typrelid AND a.attnum > 0 AND NOT a.attisdropped) AS attributes,
       (SELECT format_type(r.rngsubtype, NULL) FROM pg_range r WHERE r.rngtypid = t.oid) AS "rangeSubtype",
       CASE WHEN t.typtype = 'd' THEN format_type(t.typbasetype, t.typtypmod) END AS "baseType",
       CASE WHEN t.typtype = 'd' THEN t.typnotnull END AS "notNull",
       t.typdefault AS "default",
       (SELECT quote_ident(co.collname) FROM pg_collation co WHERE co.oid = t.typcollation
          AND t.typcollation <> 100) AS collation,
       (SELECT coalesce(json_agg(json_build_object('name', con.conname, 'definition', pg_get_constraintdef(con.oid))
                                 ORDER BY con.conname), '[]')
        FROM pg_constraint con WHERE con.contypid = t.oid) AS constraints
FROM pg_type t
JOIN pg_namespace n ON n.oid = t.typnamespace
WHERE n.nspname = ?
  AND t.typname = ?
