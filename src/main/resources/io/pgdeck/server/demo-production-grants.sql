-- Run inside the demo database once the store is loaded.
REVOKE ALL ON SCHEMA public FROM PUBLIC;
GRANT USAGE ON SCHEMA store, reporting TO demo_reader;
GRANT SELECT ON ALL TABLES IN SCHEMA store, reporting TO demo_reader;
-- Large objects are not data a read-only role may create or change: only the read-only transaction would stop it.
REVOKE EXECUTE ON FUNCTION lo_create(oid), lo_creat(integer), lo_import(text), lo_import(text, oid),
    lo_from_bytea(oid, bytea), lo_put(oid, bigint, bytea), lowrite(integer, bytea), lo_truncate(integer, integer),
    lo_truncate64(integer, bigint), lo_unlink(oid) FROM PUBLIC;
