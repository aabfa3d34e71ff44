-- Event triggers of the current database.
SELECT et.evtname AS name,
       et.evtevent AS event,
       et.evtfoid::regproc::text AS function,
       CASE et.evtenabled WHEN 'D' THEN 'disabled' WHEN 'R' THEN 'replica' WHEN 'A' THEN 'always' ELSE 'origin' END
           AS enabled,
       et.evttags AS tags,
       pg_get_userbyid(et.evtowner) AS owner,
       obj_description(et.oid, 'pg_event_trigger') AS comment
FROM pg_event_trigger et
ORDER BY et.evtname
