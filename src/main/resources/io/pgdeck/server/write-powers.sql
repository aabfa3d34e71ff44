-- Every way the current role could change something in the current database: directly, through PUBLIC, or
-- through any role it is a member of (inherited or reachable by SET ROLE). One row per power, in words an
-- operator can act on. Production refuses to start while this returns any row.
WITH member_of AS (
    SELECT r.oid, r.rolname, r.rolsuper, r.rolcreaterole, r.rolcreatedb, r.rolbypassrls
    FROM pg_roles r
    WHERE pg_has_role(current_user, r.oid, 'MEMBER')
),
through AS (
    SELECT m.*, CASE WHEN m.rolname = current_user THEN '' ELSE ' (through role ' || quote_ident(m.rolname) || ')' END AS via
    FROM member_of m
),
this_database AS (
    SELECT oid, datname, datdba FROM pg_database WHERE datname = current_database()
)
SELECT 'SUPERUSER' || via AS power FROM through WHERE rolsuper
UNION ALL
SELECT 'CREATEROLE' || via FROM through WHERE rolcreaterole
UNION ALL
SELECT 'CREATEDB' || via FROM through WHERE rolcreatedb
UNION ALL
SELECT 'BYPASSRLS' || via FROM through WHERE rolbypassrls
UNION ALL
SELECT 'owns database ' || quote_ident(d.datname) || t.via
FROM this_database d JOIN through t ON t.oid = d.datdba
UNION ALL
SELECT 'owns ' || count(*) || ' object(s) in database ' || quote_ident(current_database()) || t.via
FROM pg_shdepend s
JOIN through t ON t.oid = s.refobjid
WHERE s.refclassid = 'pg_authid'::regclass
  AND s.deptype = 'o'
  AND s.dbid = (SELECT oid FROM this_database)
GROUP BY t.via
UNION ALL
SELECT p.privilege || ' on ' || quote_ident(n.nspname) || '.' || quote_ident(c.relname) || t.via
FROM pg_class c
JOIN pg_namespace n ON n.oid = c.relnamespace
CROSS JOIN (VALUES ('INSERT'), ('UPDATE'), ('DELETE'), ('TRUNCATE')) AS p(privilege)
CROSS JOIN through t
WHERE c.relkind IN ('r', 'p', 'v', 'm', 'f')
  -- UPDATE on pg_settings is granted to PUBLIC: it is SET, local to the session, and changes nothing stored.
  AND c.oid <> 'pg_catalog.pg_settings'::regclass
  AND has_table_privilege(t.oid, c.oid, p.privilege)
UNION ALL
SELECT p.privilege || ' on sequence ' || quote_ident(n.nspname) || '.' || quote_ident(c.relname) || t.via
FROM pg_class c
JOIN pg_namespace n ON n.oid = c.relnamespace
CROSS JOIN (VALUES ('USAGE'), ('UPDATE')) AS p(privilege)
CROSS JOIN through t
WHERE c.relkind = 'S'
  AND has_sequence_privilege(t.oid, c.oid, p.privilege)
UNION ALL
SELECT 'CREATE on schema ' || quote_ident(n.nspname) || t.via
FROM pg_namespace n CROSS JOIN through t
WHERE has_schema_privilege(t.oid, n.oid, 'CREATE')
UNION ALL
SELECT p.privilege || ' on database ' || quote_ident(current_database()) || t.via
FROM (VALUES ('CREATE'), ('TEMPORARY')) AS p(privilege) CROSS JOIN through t
WHERE has_database_privilege(t.oid, current_database(), p.privilege)
