-- The production demo connects as a role that can only read the store, as README.md tells operators to make it.
CREATE ROLE demo_reader LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOINHERIT;
REVOKE ALL ON DATABASE demo FROM PUBLIC;
GRANT CONNECT ON DATABASE demo TO demo_reader;
