-- Tables, views, materialized views and foreign tables of one schema (or the one whose oid is given), with what their
-- CREATE statements need. Parameters: schema name, relation oid or null for all.
WITH scope AS (SELECT CAST(? AS text) AS schema, CAST(CAST(? AS bigint) AS oid) AS only)
SELECT c.oid, c.relname AS name, c.relkind::text AS relkind, c.relpersistence::text AS persistence,
       pg_get_userbyid(c.relowner) AS owner, c.reltype AS row_type, t.typarray AS row_array_type,
       c.reloptions::text[] AS options, tc.reloptions::text[] AS toast_options,
       CASE WHEN c.relkind = 'p' THEN pg_get_partkeydef(c.oid) END AS partition_key,
       c.relispartition AS is_partition,
       CASE WHEN c.relispartition THEN pg_get_expr(c.relpartbound, c.oid) END AS partition_bound,
       (SELECT array_agg(i.inhparent ORDER BY i.inhseqno) FROM pg_inherits i WHERE i.inhrelid = c.oid)::bigint[]
           AS parent_oids,
       (SELECT array_agg(quote_ident(pn.nspname) || '.' || quote_ident(p.relname) ORDER BY i.inhseqno)
        FROM pg_inherits i JOIN pg_class p ON p.oid = i.inhparent JOIN pg_namespace pn ON pn.oid = p.relnamespace
        WHERE i.inhrelid = c.oid) AS parents,
       CASE WHEN c.reloftype <> 0 THEN format_type(c.reloftype, NULL) END AS of_type,
       c.relrowsecurity AS row_security, c.relforcerowsecurity AS force_row_security,
       c.relreplident::text AS replica_identity,
       CASE WHEN c.relkind IN ('v', 'm') THEN pg_get_viewdef(c.oid) END AS view_definition,
       (SELECT r.oid FROM pg_rewrite r WHERE r.ev_class = c.oid AND r.rulename = '_RETURN') AS view_rule,
       obj_description(c.oid, 'pg_class') AS comment,
       c.relacl::text[] AS acl, acldefault('r', c.relowner)::text[] AS default_acl,
       fs.srvname AS server, ft.ftoptions::text[] AS foreign_options
FROM pg_class c
JOIN pg_namespace n ON n.oid = c.relnamespace
CROSS JOIN scope
LEFT JOIN pg_type t ON t.oid = c.reltype
LEFT JOIN pg_class tc ON tc.oid = c.reltoastrelid
LEFT JOIN pg_foreign_table ft ON ft.ftrelid = c.oid
LEFT JOIN pg_foreign_server fs ON fs.oid = ft.ftserver
WHERE n.nspname = scope.schema AND c.relkind IN ('r', 'p', 'v', 'm', 'f')
  AND (scope.only IS NULL OR c.oid = scope.only)
  AND NOT EXISTS (SELECT FROM pg_depend e
                  WHERE e.classid = 'pg_class'::regclass AND e.objid = c.oid AND e.deptype = 'e')
ORDER BY c.relname
