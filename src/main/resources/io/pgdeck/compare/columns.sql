-- Columns of the tables of one schema, with types and defaults deparsed under an empty search_path (so qualified);
-- a generated column's expression is its default_value; an identity names its sequence and the sequence's options
-- as ALTER ... SET and ADD GENERATED write them, separated by ", ".
-- Parameters: schema name.
SELECT c.relname AS table_name, a.attname AS name, format_type(a.atttypid, a.atttypmod) AS type,
       pg_get_expr(d.adbin, d.adrelid) AS default_value, a.attnotnull AS not_null,
       a.attgenerated = 's' AS generated,
       CASE a.attidentity WHEN 'a' THEN 'ALWAYS' WHEN 'd' THEN 'BY DEFAULT' END AS identity,
       seq.relname AS identity_sequence,
       CASE WHEN seq.relname IS NOT NULL THEN
           format('START WITH %s, INCREMENT BY %s, MINVALUE %s, MAXVALUE %s, CACHE %s, %s', seq.seqstart,
                  seq.seqincrement, seq.seqmin, seq.seqmax, seq.seqcache,
                  CASE WHEN seq.seqcycle THEN 'CYCLE' ELSE 'NO CYCLE' END)
       END AS identity_options
FROM pg_attribute a
JOIN pg_class c ON c.oid = a.attrelid
JOIN pg_namespace n ON n.oid = c.relnamespace
LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
LEFT JOIN LATERAL (
    SELECT s.relname, q.seqstart, q.seqincrement, q.seqmin, q.seqmax, q.seqcache, q.seqcycle
    FROM pg_depend dep
    JOIN pg_class s ON s.oid = dep.objid AND s.relkind = 'S'
    JOIN pg_sequence q ON q.seqrelid = s.oid
    WHERE dep.classid = 'pg_class'::regclass AND dep.refclassid = 'pg_class'::regclass
      AND dep.refobjid = a.attrelid AND dep.refobjsubid = a.attnum AND dep.deptype = 'i'
    LIMIT 1
) seq ON a.attidentity <> ''
WHERE n.nspname = ? AND c.relkind IN ('r', 'p') AND a.attnum > 0 AND NOT a.attisdropped
ORDER BY c.relname, a.attnum
