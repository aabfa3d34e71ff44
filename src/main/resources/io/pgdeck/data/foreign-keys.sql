-- The foreign keys of one relation: which of its columns reference which columns of which table.
-- Parameter: the relation's oid.
SELECT con.conname AS name,
       rn.nspname AS referenced_schema,
       rc.relname AS referenced_table,
       ARRAY(SELECT a.attname::text
               FROM unnest(con.conkey) WITH ORDINALITY AS k(attnum, position)
               JOIN pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.attnum
              ORDER BY k.position) AS columns,
       ARRAY(SELECT a.attname::text
               FROM unnest(con.confkey) WITH ORDINALITY AS k(attnum, position)
               JOIN pg_attribute a ON a.attrelid = con.confrelid AND a.attnum = k.attnum
              ORDER BY k.position) AS referenced_columns
  FROM pg_constraint con
  JOIN pg_class rc ON rc.oid = con.confrelid
  JOIN pg_namespace rn ON rn.oid = rc.relnamespace
 WHERE con.conrelid = ?::oid
   AND con.contype = 'f'
 ORDER BY con.conname
