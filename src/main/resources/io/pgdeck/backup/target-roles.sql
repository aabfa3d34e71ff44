-- The roles that exist on the server: grants and ownership naming any other role cannot be restored.
SELECT rolname FROM pg_catalog.pg_roles
