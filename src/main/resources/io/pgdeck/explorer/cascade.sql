-- What DROP ... CASCADE of one object would remove, found from pg_depend recursively: every object that depends on
-- it or on something the drop removes (an object's own parts come along: a table's indexes, a type's array type).
-- Only what the user would recognise is listed (objects reached through a normal dependency); a view's rewrite rule
-- stands for the view. Tables carry their exact row count. Parameters: catalog (e.g. 'pg_class'), object oid,
-- the target's schema.
WITH RECURSIVE target AS (
    SELECT ?::regclass AS classid, ?::oid AS objid
), edges AS (
    SELECT classid, objid, refclassid, refobjid FROM pg_depend WHERE deptype IN ('n', 'a', 'i')
    UNION ALL
    -- a view goes when its rewrite rule goes (pg_depend records it the other way round)
    SELECT 'pg_class'::regclass, ev_class, 'pg_rewrite'::regclass, oid FROM pg_rewrite WHERE rulename = '_RETURN'
), doomed(classid, objid) AS (
    SELECT classid, objid FROM target
    UNION
    SELECT e.classid, e.objid
    FROM edges e
    JOIN doomed x ON e.refclassid = x.classid AND e.refobjid = x.objid
), named AS (
    SELECT DISTINCT
           CASE WHEN r.rulename = '_RETURN' THEN 'pg_class'::regclass ELSE x.classid END AS classid,
           CASE WHEN r.rulename = '_RETURN' THEN r.ev_class ELSE x.objid END AS objid
    FROM doomed x
    LEFT JOIN pg_rewrite r ON x.classid = 'pg_rewrite'::regclass AND r.oid = x.objid
    WHERE EXISTS (SELECT FROM pg_depend d JOIN doomed y ON d.refclassid = y.classid AND d.refobjid = y.objid
                  WHERE d.classid = x.classid AND d.objid = x.objid AND d.deptype = 'n')
)
SELECT o.type,
       o.schema,
       o.name,
       o.identity,
       o.schema IS NOT NULL AND o.schema IS DISTINCT FROM ?::text AS "otherSchema",
       CASE WHEN o.type IN ('table', 'partitioned table') THEN
           (xpath('/row/c/text()', query_to_xml(format('SELECT count(*) AS c FROM %s', n.objid::regclass),
                                                false, true, '')))[1]::text::bigint
       END AS rows
FROM named n
CROSS JOIN LATERAL pg_identify_object(n.classid, n.objid, 0) o
WHERE NOT EXISTS (SELECT FROM target t WHERE t.classid = n.classid AND t.objid = n.objid)
ORDER BY "otherSchema" DESC, o.schema, o.type, o.identity
