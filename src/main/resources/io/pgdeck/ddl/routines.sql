-- Functions, procedures and aggregates of one schema (or the one whose oid is given): the server's own definition for
-- functions and procedures, the parts of CREATE AGGREGATE for aggregates. Parameters: schema name, oid or null.
WITH scope AS (SELECT CAST(? AS text) AS schema, CAST(CAST(? AS bigint) AS oid) AS only)
SELECT p.oid, p.proname AS name, p.prokind::text AS kind, pg_get_userbyid(p.proowner) AS owner,
       pg_get_function_identity_arguments(p.oid) AS identity_arguments,
       CASE WHEN p.prokind = 'a' THEN pg_get_function_arguments(p.oid) END AS arguments,
       CASE WHEN p.prokind <> 'a' THEN pg_get_functiondef(p.oid) END AS definition,
       p.proparallel::text AS parallel,
       obj_description(p.oid, 'pg_proc') AS comment,
       p.proacl::text[] AS acl, acldefault('f', p.proowner)::text[] AS default_acl,
       ag.aggkind::text AS aggregate_kind,
       nullif(ag.aggtransfn, 0)::regproc::text AS transition_function,
       format_type(ag.aggtranstype, NULL) AS state_type, ag.aggtransspace AS state_space,
       nullif(ag.aggfinalfn, 0)::regproc::text AS final_function, ag.aggfinalextra AS final_extra,
       ag.aggfinalmodify::text AS final_modify,
       nullif(ag.aggcombinefn, 0)::regproc::text AS combine_function,
       nullif(ag.aggserialfn, 0)::regproc::text AS serial_function,
       nullif(ag.aggdeserialfn, 0)::regproc::text AS deserial_function,
       ag.agginitval AS initial_condition,
       nullif(ag.aggmtransfn, 0)::regproc::text AS moving_transition_function,
       nullif(ag.aggminvtransfn, 0)::regproc::text AS moving_inverse_function,
       CASE WHEN ag.aggmtranstype <> 0 THEN format_type(ag.aggmtranstype, NULL) END AS moving_state_type,
       ag.aggmtransspace AS moving_state_space,
       nullif(ag.aggmfinalfn, 0)::regproc::text AS moving_final_function, ag.aggmfinalextra AS moving_final_extra,
       ag.aggmfinalmodify::text AS moving_final_modify, ag.aggminitval AS moving_initial_condition,
       CASE WHEN ag.aggsortop <> 0 THEN
           (SELECT 'OPERATOR(' || quote_ident(opn.nspname) || '.' || o.oprname || ')'
            FROM pg_operator o JOIN pg_namespace opn ON opn.oid = o.oprnamespace WHERE o.oid = ag.aggsortop)
       END AS sort_operator
FROM pg_proc p
JOIN pg_namespace n ON n.oid = p.pronamespace
CROSS JOIN scope
LEFT JOIN pg_aggregate ag ON ag.aggfnoid = p.oid
WHERE n.nspname = scope.schema AND (scope.only IS NULL OR p.oid = scope.only)
  AND NOT EXISTS (SELECT FROM pg_depend e
                  WHERE e.classid = 'pg_proc'::regclass AND e.objid = p.oid AND e.deptype IN ('e', 'i'))
ORDER BY p.proname, identity_arguments
