-- One function, procedure or aggregate, named by its signature as routines.sql lists it. Parameters: schema name,
-- signature.
SELECT p.oid AS oid,
       p.proname || '(' || array_to_string(p.proargtypes::regtype[], ',') || ')' AS signature,
       p.proname AS name,
       n.nspname AS schema,
       CASE WHEN p.prokind = 'p' THEN 'procedures' WHEN p.prokind = 'a' THEN 'aggregates'
           WHEN p.prorettype IN ('trigger'::regtype, 'event_trigger'::regtype) THEN 'trigger-functions'
           ELSE 'functions' END AS kind,
       CASE p.prokind WHEN 'p' THEN 'procedure' WHEN 'a' THEN 'aggregate' WHEN 'w' THEN 'window' ELSE 'function' END
           AS "routineKind",
       pg_get_userbyid(p.proowner) AS owner,
       obj_description(p.oid, 'pg_proc') AS comment,
       p.proacl::text[] AS acl,
       pg_get_function_arguments(p.oid) AS arguments,
       pg_get_function_identity_arguments(p.oid) AS "identityArguments",
       CASE WHEN p.prokind <> 'p' THEN pg_get_function_result(p.oid) END AS "returns",
       l.lanname AS language,
       CASE p.provolatile WHEN 'i' THEN 'immutable' WHEN 's' THEN 'stable' ELSE 'volatile' END AS volatility,
       CASE p.proparallel WHEN 's' THEN 'safe' WHEN 'r' THEN 'restricted' ELSE 'unsafe' END AS parallel,
       p.proisstrict AS strict,
       p.prosecdef AS "securityDefiner",
       p.proleakproof AS leakproof,
       p.proretset AS "returnsSet",
       p.procost AS cost,
       CASE WHEN p.proretset THEN p.prorows END AS "rows",
       p.proconfig AS configuration,
       CASE WHEN p.prokind <> 'a' THEN p.prosrc END AS source,
       CASE WHEN p.prokind <> 'a' THEN pg_get_functiondef(p.oid) END AS definition,
       (SELECT json_build_object(
                   'transitionFunction', ag.aggtransfn::regproc::text,
                   'stateType', format_type(ag.aggtranstype, NULL),
                   'finalFunction', nullif(ag.aggfinalfn::regproc::text, '-'),
                   'combineFunction', nullif(ag.aggcombinefn::regproc::text, '-'),
                   'initialCondition', ag.agginitval,
                   'sortOperator', nullif(ag.aggsortop::regoperator::text, '0'))
        FROM pg_aggregate ag WHERE ag.aggfnoid = p.oid) AS aggregate
FROM pg_proc p
JOIN pg_namespace n ON n.oid = p.pronamespace
JOIN pg_language l ON l.oid = p.prolang
WHERE n.nspname = ?
  AND p.proname || '(' || array_to_string(p.proargtypes::regtype[], ',') || ')' = ?
