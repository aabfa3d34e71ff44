-- Whether the schema (and table) a backup names exist, so that a typo fails the request, not the job.
SELECT EXISTS (SELECT 1 FROM pg_catalog.pg_namespace n WHERE n.nspname = ?) AS schema_exists,
       EXISTS (SELECT 1
               FROM pg_catalog.pg_class c
               JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
               WHERE n.nspname = ? AND c.relname = ? AND c.relkind IN ('r', 'p', 'm', 'f', 'v', 'S')) AS table_exists
