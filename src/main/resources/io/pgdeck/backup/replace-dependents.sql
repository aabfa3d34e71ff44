-- What outside one schema depends on what it holds, as DROP SCHEMA ... CASCADE would find it in pg_depend, also
-- through views outside it (a view on a view on the schema). One row per dependent: views and materialized views and
-- foreign keys can be made again after a replace; anything else would be lost. Parameter: the schema's name.
WITH RECURSIVE target AS (
    SELECT oid, nspname FROM pg_namespace WHERE nspname = ?
), inside AS (
    SELECT 'pg_class'::regclass AS classid, c.oid AS objid FROM pg_class c JOIN target t ON c.relnamespace = t.oid
    UNION ALL
    SELECT 'pg_type'::regclass, y.oid FROM pg_type y JOIN target t ON y.typnamespace = t.oid
    UNION ALL
    SELECT 'pg_proc'::regclass, p.oid FROM pg_proc p JOIN target t ON p.pronamespace = t.oid
    UNION ALL
    SELECT 'pg_namespace'::regclass, t.oid FROM target t
), found(classid, objid, objsubid) AS (
    SELECT d.classid, d.objid, d.objsubid
    FROM pg_depend d
    JOIN inside i ON d.refclassid = i.classid AND d.refobjid = i.objid
    WHERE d.deptype IN ('n', 'a')
    UNION
    SELECT d.classid, d.objid, d.objsubid
    FROM found f
    JOIN pg_rewrite r ON f.classid = 'pg_rewrite'::regclass AND r.oid = f.objid
    JOIN pg_depend d ON d.refclassid = 'pg_class'::regclass AND d.refobjid = r.ev_class AND d.deptype IN ('n', 'a')
), outside AS (
    -- Where each dependent lives: parts of a relation (rules, defaults, triggers, constraints, policies) live with
    -- their relation.
    SELECT DISTINCT f.classid, f.objid, f.objsubid
    FROM found f
    CROSS JOIN target t
    CROSS JOIN LATERAL pg_identify_object(f.classid, f.objid, f.objsubid) o
    LEFT JOIN pg_rewrite r ON f.classid = 'pg_rewrite'::regclass AND r.oid = f.objid
    LEFT JOIN pg_attrdef a ON f.classid = 'pg_attrdef'::regclass AND a.oid = f.objid
    LEFT JOIN pg_trigger g ON f.classid = 'pg_trigger'::regclass AND g.oid = f.objid
    LEFT JOIN pg_constraint k ON f.classid = 'pg_constraint'::regclass AND k.oid = f.objid
    LEFT JOIN pg_policy y ON f.classid = 'pg_policy'::regclass AND y.oid = f.objid
    LEFT JOIN pg_class c ON c.oid = coalesce(r.ev_class, a.adrelid, g.tgrelid, nullif(k.conrelid, 0), y.polrelid,
                                             CASE WHEN f.classid = 'pg_class'::regclass THEN f.objid END)
    LEFT JOIN pg_type ty ON ty.oid = coalesce(nullif(k.contypid, 0),
                                              CASE WHEN f.classid = 'pg_type'::regclass THEN f.objid END)
    LEFT JOIN pg_proc p ON f.classid = 'pg_proc'::regclass AND p.oid = f.objid
    WHERE coalesce(c.relnamespace, ty.typnamespace, p.pronamespace, k.connamespace,
                   to_regnamespace(quote_ident(o.schema))::oid, 0) <> t.oid
      AND NOT (f.classid = 'pg_namespace'::regclass AND f.objid = t.oid)
), described AS (
    SELECT o.classid, o.objid,
           pg_describe_object(o.classid, o.objid, o.objsubid) AS description,
           v.oid AS view_oid, v.relkind AS view_kind, v.relispopulated AS populated,
           k.oid AS key_oid, k.conrelid AS key_table
    FROM outside o
    LEFT JOIN pg_rewrite r ON o.classid = 'pg_rewrite'::regclass AND r.oid = o.objid
    LEFT JOIN pg_class v ON v.oid = r.ev_class AND v.relkind IN ('v', 'm')
    LEFT JOIN pg_constraint k ON o.classid = 'pg_constraint'::regclass AND k.oid = o.objid AND k.contype = 'f'
)
SELECT CASE WHEN d.view_kind = 'm' THEN 'materialized view'
            WHEN d.view_kind = 'v' THEN 'view'
            WHEN d.key_oid IS NOT NULL THEN 'foreign key'
            ELSE 'other' END AS kind,
       CASE WHEN d_view.oid IS NOT NULL THEN format('%I.%I', vn.nspname, d_view.relname)
            WHEN d_table.oid IS NOT NULL THEN format('%I.%I', tn.nspname, d_table.relname)
            ELSE d.description END AS name,
       d.description,
       coalesce(pg_get_userbyid(d_view.relowner), pg_get_userbyid(d_table.relowner)) AS owner,
       coalesce(pg_has_role(current_user, coalesce(d_view.relowner, d_table.relowner), 'MEMBER'), false)
           AS may_recreate,
       coalesce(d.populated, false) AS populated,
       CASE WHEN d.key_oid IS NOT NULL
            THEN format('ALTER TABLE ONLY %I.%I ADD CONSTRAINT %I %s;', tn.nspname, d_table.relname, k.conname,
                        pg_get_constraintdef(d.key_oid)) END AS definition
FROM described d
LEFT JOIN pg_class d_view ON d_view.oid = d.view_oid
LEFT JOIN pg_namespace vn ON vn.oid = d_view.relnamespace
LEFT JOIN pg_constraint k ON k.oid = d.key_oid
LEFT JOIN pg_class d_table ON d_table.oid = d.key_table
LEFT JOIN pg_namespace tn ON tn.oid = d_table.relnamespace
ORDER BY 1, 2
