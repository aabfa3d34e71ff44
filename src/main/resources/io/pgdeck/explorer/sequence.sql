-- One sequence with its settings, current value and owning column. Parameters: schema name, sequence name.
SELECT c.oid AS oid,
       c.relname AS name,
       n.nspname AS schema,
       pg_get_userbyid(c.relowner) AS owner,
       obj_description(c.oid, 'pg_class') AS comment,
       c.relacl::text[] AS acl,
       format_type(s.seqtypid, NULL) AS "dataType",
       s.seqstart AS start,
       s.seqincrement AS increment,
       s.seqmin AS minimum,
       s.seqmax AS maximum,
       s.seqcache AS cache,
       s.seqcycle AS cycle,
       CASE WHEN has_sequence_privilege(c.oid, 'SELECT,USAGE') THEN pg_sequence_last_value(c.oid) END AS "lastValue",
       (SELECT json_build_object('schema', tn.nspname, 'table', tc.relname, 'column', a.attname)
        FROM pg_depend d
        JOIN pg_class tc ON tc.oid = d.refobjid
        JOIN pg_namespace tn ON tn.oid = tc.relnamespace
        JOIN pg_attribute a ON a.attrelid = d.refobjid AND a.attnum = d.refobjsubid
        WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid AND d.refclassid = 'pg_class'::regclass
          AND d.deptype IN ('a', 'i')) AS "ownedBy"
FROM pg_class c
JOIN pg_namespace n ON n.oid = c.relnamespace
JOIN pg_sequence s ON s.seqrelid = c.oid
WHERE n.nspname = ?
  AND c.relname = ?
