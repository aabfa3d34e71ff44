-- Run inside the demo database once the store is loaded.
REVOKE ALL ON SCHEMA public FROM PUBLIC;
GRANT USAGE ON SCHEMA store, reporting TO demo_reader;
GRANT SELECT ON ALL TABLES IN SCHEMA store, reporting TO demo_reader;
