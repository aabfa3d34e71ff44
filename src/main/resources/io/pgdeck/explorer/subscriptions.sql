-- Subscriptions of the current database. The connection string is left out: it may hold a password.
SELECT s.subname AS name,
       pg_get_userbyid(s.subowner) AS owner,
       s.subenabled AS enabled,
       s.subpublications AS publications,
       s.subslotname AS "slotName",
       s.subsynccommit AS "synchronousCommit",
       shobj_description(s.oid, 'pg_subscription') AS comment
FROM pg_subscription s
JOIN pg_database d ON d.oid = s.subdbid
WHERE d.datname = current_database()
ORDER BY s.subname
