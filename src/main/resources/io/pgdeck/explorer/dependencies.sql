-- What one object depends on and what depends on it, from pg_depend. A view's rewrite rule stands for the view:
-- what the rule depends on, the view depends on. Parameters: catalog (e.g. 'pg_class'), object oid.
WITH target AS (
    SELECT ?::regclass AS classid, ?::oid AS objid
), targets AS (
    SELECT classid, objid FROM target
    UNION ALL
    SELECT 'pg_rewrite'::regclass, r.oid
    FROM pg_rewrite r, target t
    WHERE t.classid = 'pg_class'::regclass AND r.ev_class = t.objid AND r.rulename = '_RETURN'
), edges AS (
    SELECT 'dependency' AS direction, d.refclassid AS classid, d.refobjid AS objid, d.refobjsubid AS objsubid,
           d.deptype
    FROM pg_depend d
    JOIN targets t ON d.classid = t.classid AND d.objid = t.objid
    WHERE d.deptype <> 'p'
    UNION ALL
    SELECT 'dependent', d.classid, d.objid, d.objsubid, d.deptype
    FROM pg_depend d
    JOIN targets t ON d.refclassid = t.classid AND d.refobjid = t.objid
    WHERE d.deptype <> 'p'
), resolved AS (
    SELECT e.direction, e.deptype,
           CASE WHEN r.rulename = '_RETURN' THEN 'pg_class'::regclass ELSE e.classid END AS classid,
           CASE WHEN r.rulename = '_RETURN' THEN r.ev_class ELSE e.objid END AS objid,
           CASE WHEN r.rulename = '_RETURN' THEN 0 ELSE e.objsubid END AS objsubid
    FROM edges e
    LEFT JOIN pg_rewrite r ON e.classid = 'pg_rewrite'::regclass AND r.oid = e.objid
)
SELECT DISTINCT r.direction,
       o.type,
       o.schema,
       o.name,
       o.identity,
       CASE r.deptype WHEN 'n' THEN 'normal' WHEN 'a' THEN 'auto' WHEN 'i' THEN 'internal'
           WHEN 'e' THEN 'extension' WHEN 'x' THEN 'autoExtension' WHEN 'P' THEN 'partitionPrimary'
           WHEN 'S' THEN 'partitionSecondary' END AS "dependencyType"
FROM resolved r
CROSS JOIN LATERAL pg_identify_object(r.classid, r.objid, r.objsubid) o
WHERE NOT EXISTS (SELECT FROM target t WHERE t.classid = r.classid AND t.objid = r.objid)
ORDER BY r.direction, o.type, o.identity
