-- The columns that name one row: the primary key, else the narrowest unique index on NOT NULL
-- columns that is valid, not partial and made of plain columns only (INCLUDE columns left out).
-- Parameter: the relation's oid.
WITH candidates AS (
    SELECT i.indexrelid,
           i.indrelid,
           i.indisprimary,
           i.indnkeyatts,
           (i.indkey::int2[])[0:i.indnkeyatts - 1] AS keys
      FROM pg_index i
     WHERE i.indrelid = ?::oid
       AND i.indisunique
       AND i.indisvalid
       AND i.indpred IS NULL
       AND i.indexprs IS NULL
), chosen AS (
    SELECT c.*
      FROM candidates c
     WHERE NOT EXISTS (
           SELECT 1
             FROM pg_attribute a
            WHERE a.attrelid = c.indrelid
              AND a.attnum = ANY (c.keys)
              AND NOT a.attnotnull)
     ORDER BY c.indisprimary DESC, c.indnkeyatts, c.indexrelid::regclass::text
     LIMIT 1
)
SELECT a.attname AS name
  FROM chosen
 CROSS JOIN LATERAL unnest(chosen.keys) WITH ORDINALITY AS k(attnum, position)
  JOIN pg_attribute a ON a.attrelid = chosen.indrelid AND a.attnum = k.attnum
 ORDER BY k.position
