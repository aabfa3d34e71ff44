-- A role provision makes, if it exists: its attributes, whether it is set read-only, and whether the maintenance
-- role is a member of it (needed to create its database and set its default privileges).
SELECT r.rolcanlogin AS login, r.rolsuper AS superuser, r.rolcreatedb AS createdb, r.rolcreaterole AS createrole,
       r.rolbypassrls AS bypassrls, r.rolinherit AS inherit,
       EXISTS (SELECT 1 FROM pg_db_role_setting s
               WHERE s.setrole = r.oid AND s.setdatabase = 0
                 AND 'default_transaction_read_only=on' = ANY (s.setconfig)) AS read_only,
       pg_has_role(current_user, r.oid, 'MEMBER') AS maintenance_member
FROM pg_roles r
WHERE r.rolname = ?
