-- Whether the schema a maintenance run names exists.
SELECT EXISTS (SELECT 1 FROM pg_catalog.pg_namespace WHERE nspname = ?)
