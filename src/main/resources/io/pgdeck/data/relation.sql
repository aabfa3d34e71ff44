-- The relation a data grid opens, with what the connected role may do to it.
-- Parameters: schema name, relation name, the relkinds the path allows (e.g. 'rp').
SELECT c.oid,
       c.relkind::text AS relkind,
       has_table_privilege(c.oid, 'INSERT') AS can_insert,
       has_table_privilege(c.oid, 'UPDATE') AS can_update,
       has_table_privilege(c.oid, 'DELETE') AS can_delete
  FROM pg_class c
  JOIN pg_namespace n ON n.oid = c.relnamespace
 WHERE n.nspname = ?
   AND c.relname = ?
   AND strpos(?, c.relkind::text) > 0
