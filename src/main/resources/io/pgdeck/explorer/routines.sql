-- Functions, procedures, trigger functions or aggregates of one schema, each named by its signature, e.g.
-- add(integer,integer), which is unique in the schema. Parameters: schema name, kind (the URL segment).
SELECT p.proname || '(' || array_to_string(p.proargtypes::regtype[], ',') || ')' AS signature,
       p.proname AS name,
       pg_get_function_identity_arguments(p.oid) AS arguments,
       CASE WHEN p.prokind <> 'p' THEN pg_get_function_result(p.oid) END AS "returns",
       l.lanname AS language,
       pg_get_userbyid(p.proowner) AS owner,
       obj_description(p.oid, 'pg_proc') AS comment
FROM pg_proc p
JOIN pg_namespace n ON n.oid = p.pronamespace
JOIN pg_language l ON l.oid = p.prolang
WHERE n.nspname = ?
  -- leave out what the server made itself, e.g. a range type's constructors
  AND NOT EXISTS (SELECT FROM pg_depend d
                  WHERE d.classid = 'pg_proc'::regclass AND d.objid = p.oid AND d.deptype = 'i')
  AND CASE ?
          WHEN 'functions' THEN p.prokind IN ('f', 'w')
              AND p.prorettype NOT IN ('trigger'::regtype, 'event_trigger'::regtype)
          WHEN 'trigger-functions' THEN p.prokind = 'f'
              AND p.prorettype IN ('trigger'::regtype, 'event_trigger'::regtype)
          WHEN 'procedures' THEN p.prokind = 'p'
          WHEN 'aggregates' THEN p.prokind = 'a'
      END
ORDER BY p.proname, signature
