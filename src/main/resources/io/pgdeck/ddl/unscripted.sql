-- Objects of one schema that pgdeck writes no SQL for (pg_dump would): operator classes and families, text search
-- objects, conversions. Parameters: schema name, object oid (not used).
WITH scope AS (SELECT CAST(? AS text) AS schema, CAST(CAST(? AS bigint) AS oid) AS only),
     objects AS (SELECT 'pg_opclass'::regclass AS catalog, x.oid, x.opcnamespace AS namespace FROM pg_opclass x
                 UNION ALL SELECT 'pg_opfamily'::regclass, x.oid, x.opfnamespace FROM pg_opfamily x
                 UNION ALL SELECT 'pg_ts_config'::regclass, x.oid, x.cfgnamespace FROM pg_ts_config x
                 UNION ALL SELECT 'pg_ts_dict'::regclass, x.oid, x.dictnamespace FROM pg_ts_dict x
                 UNION ALL SELECT 'pg_ts_parser'::regclass, x.oid, x.prsnamespace FROM pg_ts_parser x
                 UNION ALL SELECT 'pg_ts_template'::regclass, x.oid, x.tmplnamespace FROM pg_ts_template x
                 UNION ALL SELECT 'pg_conversion'::regclass, x.oid, x.connamespace FROM pg_conversion x)
SELECT pg_describe_object(o.catalog, o.oid, 0) AS description
FROM objects o
JOIN pg_namespace n ON n.oid = o.namespace
CROSS JOIN scope
WHERE n.nspname = scope.schema
  AND NOT EXISTS (SELECT FROM pg_depend e WHERE e.classid = o.catalog AND e.objid = o.oid AND e.deptype IN ('e', 'i', 'a'))
ORDER BY description
