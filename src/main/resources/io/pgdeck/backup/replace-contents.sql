-- What a replace drops of one schema, for the analysis: its tables with the rows they hold (the planner's count, as
-- VACUUM and ANALYZE keep it), and how many other objects it holds. Parameter: the schema's name.
SELECT count(*) FILTER (WHERE c.relkind IN ('r', 'p')) AS tables,
       coalesce(sum(greatest(c.reltuples, 0)) FILTER (WHERE c.relkind IN ('r', 'p')), 0)::bigint AS rows,
       count(*) FILTER (WHERE c.relkind IN ('v', 'm', 'S', 'f')) AS other_relations,
       (SELECT count(*) FROM pg_proc p WHERE p.pronamespace = n.oid) AS routines,
       (SELECT count(*) FROM pg_type y WHERE y.typnamespace = n.oid AND y.typtype IN ('e', 'd', 'c')
           AND NOT EXISTS (SELECT 1 FROM pg_class t WHERE t.reltype = y.oid)) AS types
FROM pg_namespace n
LEFT JOIN pg_class c ON c.relnamespace = n.oid
WHERE n.nspname = ?
GROUP BY n.oid
