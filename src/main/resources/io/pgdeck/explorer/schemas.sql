-- Schemas of the current database with how many objects of each kind they hold: one pass over each catalog,
-- grouped by schema. Parameter: true for the system catalogs (pg_catalog, information_schema), false for the rest.
WITH relations AS (
    SELECT c.relnamespace AS schema_oid,
           count(*) FILTER (WHERE c.relkind IN ('r', 'p') AND NOT c.relispartition) AS tables,
           count(*) FILTER (WHERE c.relkind = 'v') AS views,
           count(*) FILTER (WHERE c.relkind = 'm') AS materialized_views,
           count(*) FILTER (WHERE c.relkind = 'S') AS sequences,
           count(*) FILTER (WHERE c.relkind = 'f' AND NOT c.relispartition) AS foreign_tables
    FROM pg_class c
    -- an identity column's sequence belongs to its table
    WHERE NOT (c.relkind = 'S' AND EXISTS (SELECT FROM pg_depend d WHERE d.classid = 'pg_class'::regclass
                                                 AND d.objid = c.oid AND d.deptype = 'i'))
    GROUP BY c.relnamespace
), routines AS (
    SELECT p.pronamespace AS schema_oid,
           count(*) FILTER (WHERE p.prokind IN ('f', 'w')
                            AND p.prorettype NOT IN ('trigger'::regtype, 'event_trigger'::regtype)) AS functions,
           count(*) FILTER (WHERE p.prokind = 'p') AS procedures,
           count(*) FILTER (WHERE p.prokind = 'f'
                            AND p.prorettype IN ('trigger'::regtype, 'event_trigger'::regtype)) AS trigger_functions,
           count(*) FILTER (WHERE p.prokind = 'a') AS aggregates
    FROM pg_proc p
    WHERE NOT EXISTS (SELECT FROM pg_depend d
                      WHERE d.classid = 'pg_proc'::regclass AND d.objid = p.oid AND d.deptype = 'i')
    GROUP BY p.pronamespace
), types AS (
    -- Types a user declared: not a table's row type, an array type or a range's multirange.
    SELECT t.typnamespace AS schema_oid,
           count(*) FILTER (WHERE t.typtype <> 'd') AS types,
           count(*) FILTER (WHERE t.typtype = 'd') AS domains
    FROM pg_type t
    LEFT JOIN pg_class r ON r.oid = t.typrelid
    WHERE t.typtype IN ('b', 'c', 'd', 'e', 'r', 'm')
      AND (t.typrelid = 0 OR r.relkind = 'c')
      AND NOT (t.typcategory = 'A' AND t.typelem <> 0)
      AND NOT EXISTS (SELECT FROM pg_depend d
                      WHERE d.classid = 'pg_type'::regclass AND d.objid = t.oid AND d.deptype = 'i')
    GROUP BY t.typnamespace
), collations AS (
    SELECT collnamespace AS schema_oid, count(*) AS collations
    FROM pg_collation
    GROUP BY collnamespace
)
SELECT n.nspname AS name,
       pg_get_userbyid(n.nspowner) AS owner,
       obj_description(n.oid, 'pg_namespace') AS comment,
       json_build_object(
           'tables', coalesce(r.tables, 0),
           'views', coalesce(r.views, 0),
           'materializedViews', coalesce(r.materialized_views, 0),
           'sequences', coalesce(r.sequences, 0),
           'functions', coalesce(p.functions, 0),
           'procedures', coalesce(p.procedures, 0),
           'triggerFunctions', coalesce(p.trigger_functions, 0),
           'types', coalesce(t.types, 0),
           'domains', coalesce(t.domains, 0),
           'foreignTables', coalesce(r.foreign_tables, 0),
           'collations', coalesce(c.collations, 0),
           'aggregates', coalesce(p.aggregates, 0)) AS counts
FROM pg_namespace n
LEFT JOIN relations r ON r.schema_oid = n.oid
LEFT JOIN routines p ON p.schema_oid = n.oid
LEFT JOIN types t ON t.schema_oid = n.oid
LEFT JOIN collations c ON c.schema_oid = n.oid
WHERE n.nspname !~ '^pg_(toast|temp_|toast_temp_)'
  AND (n.nspname IN ('pg_catalog', 'information_schema')) = ?
ORDER BY n.nspname
