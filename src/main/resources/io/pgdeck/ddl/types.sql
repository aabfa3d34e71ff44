-- Enum, composite, range and base types and domains of one schema (or the one whose oid is given), without the types
-- that tables, views and sequences make for themselves, nor array and multirange types.
-- Parameters: schema name, type oid or null for all.
WITH scope AS (SELECT CAST(? AS text) AS schema, CAST(CAST(? AS bigint) AS oid) AS only)
SELECT t.oid, t.typname AS name, t.typtype::text AS type_kind, pg_get_userbyid(t.typowner) AS owner,
       t.typarray AS array_type, nullif(t.typrelid, 0) AS relation,
       (SELECT array_agg(e.enumlabel ORDER BY e.enumsortorder) FROM pg_enum e WHERE e.enumtypid = t.oid) AS labels,
       format_type(r.rngsubtype, NULL) AS subtype,
       CASE WHEN r.rngsubopc <> (SELECT oc.oid FROM pg_opclass oc
                                 WHERE oc.opcintype = r.rngsubtype AND oc.opcdefault AND oc.opcmethod = 403)
           THEN (SELECT quote_ident(ocn.nspname) || '.' || quote_ident(oc.opcname)
                 FROM pg_opclass oc JOIN pg_namespace ocn ON ocn.oid = oc.opcnamespace WHERE oc.oid = r.rngsubopc)
       END AS subtype_opclass,
       CASE WHEN r.rngcollation <> 0 AND r.rngcollation <> st.typcollation
           THEN (SELECT quote_ident(cn.nspname) || '.' || quote_ident(co.collname)
                 FROM pg_collation co JOIN pg_namespace cn ON cn.oid = co.collnamespace WHERE co.oid = r.rngcollation)
       END AS range_collation,
       nullif(r.rngcanonical, 0)::regproc::text AS canonical, nullif(r.rngsubdiff, 0)::regproc::text AS subtype_diff,
       r.rngmultitypid AS multirange_type,
       (SELECT quote_ident(mn.nspname) || '.' || quote_ident(m.typname)
        FROM pg_type m JOIN pg_namespace mn ON mn.oid = m.typnamespace WHERE m.oid = r.rngmultitypid) AS multirange,
       (SELECT m.typarray FROM pg_type m WHERE m.oid = r.rngmultitypid) AS multirange_array_type,
       CASE WHEN t.typtype = 'd' THEN format_type(t.typbasetype, t.typtypmod) END AS base_type,
       CASE WHEN t.typtype = 'd' AND t.typcollation <> 0 AND t.typcollation <> bt.typcollation
           THEN (SELECT quote_ident(cn.nspname) || '.' || quote_ident(co.collname)
                 FROM pg_collation co JOIN pg_namespace cn ON cn.oid = co.collnamespace WHERE co.oid = t.typcollation)
       END AS domain_collation,
       t.typnotnull AS not_null, t.typdefault AS default_value,
       obj_description(t.oid, 'pg_type') AS comment,
       t.typacl::text[] AS acl, acldefault('T', t.typowner)::text[] AS default_acl
FROM pg_type t
JOIN pg_namespace n ON n.oid = t.typnamespace
CROSS JOIN scope
LEFT JOIN pg_range r ON r.rngtypid = t.oid
LEFT JOIN pg_type st ON st.oid = r.rngsubtype
LEFT JOIN pg_type bt ON bt.oid = t.typbasetype
WHERE n.nspname = scope.schema AND (scope.only IS NULL OR t.oid = scope.only)
  AND t.typtype IN ('e', 'c', 'r', 'b', 'd', 'p')
  AND NOT (t.typtype = 'c' AND (SELECT rc.relkind FROM pg_class rc WHERE rc.oid = t.typrelid) <> 'c')
  AND NOT EXISTS (SELECT FROM pg_type et WHERE et.typarray = t.oid)
  AND NOT EXISTS (SELECT FROM pg_depend e
                  WHERE e.classid = 'pg_type'::regclass AND e.objid = t.oid AND e.deptype = 'e')
ORDER BY t.typname
