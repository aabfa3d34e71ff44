-- The session a cancel or terminate names, if it is in a visible database; and whether the role may signal it.
SELECT a.pid, a.usename AS role, a.application_name AS application, a.datname AS database,
       a.pid = pg_backend_pid() AS itself
FROM pg_stat_activity a
WHERE a.pid = ? AND a.datname = ANY (?)
