-- The oid of one object of a schema, named as the Object Explorer names it: relations, types and collations by name,
-- routines by signature, e.g. add(integer,integer), or by name alone when that is not overloaded.
-- Parameters: family (relation, routine, type, collation), schema, name, the kind codes the family accepts
-- (relkinds; f function, t trigger function, p procedure, a aggregate; typtypes).
WITH scope AS (SELECT CAST(? AS text) AS family, CAST(? AS text) AS schema, CAST(? AS text) AS name,
                      CAST(? AS text) AS kinds),
     routines AS (SELECT p.oid, p.proname,
                         p.proname || '(' || array_to_string(p.proargtypes::regtype[], ',') || ')' AS signature,
                         CASE WHEN p.prokind IN ('p', 'a') THEN p.prokind::text
                              WHEN p.prorettype IN ('trigger'::regtype, 'event_trigger'::regtype) THEN 't'
                              ELSE 'f' END AS code
                  FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace CROSS JOIN scope
                  WHERE n.nspname = scope.schema AND scope.family = 'routine')
SELECT c.oid FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace CROSS JOIN scope
WHERE scope.family = 'relation' AND n.nspname = scope.schema AND c.relname = scope.name
  AND strpos(scope.kinds, c.relkind::text) > 0
UNION ALL
SELECT r.oid FROM routines r CROSS JOIN scope
WHERE strpos(scope.kinds, r.code) > 0
  AND (r.signature = scope.name
       OR (r.proname = scope.name AND (SELECT count(*) FROM routines o WHERE o.proname = scope.name) = 1))
UNION ALL
SELECT t.oid FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace CROSS JOIN scope
WHERE scope.family = 'type' AND n.nspname = scope.schema AND t.typname = scope.name
  AND strpos(scope.kinds, t.typtype::text) > 0
  AND NOT (t.typtype = 'c' AND (SELECT rc.relkind FROM pg_class rc WHERE rc.oid = t.typrelid) <> 'c')
UNION ALL
SELECT co.oid FROM pg_collation co JOIN pg_namespace n ON n.oid = co.collnamespace CROSS JOIN scope
WHERE scope.family = 'collation' AND n.nspname = scope.schema AND co.collname = scope.name
LIMIT 1
