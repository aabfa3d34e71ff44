-- The columns of one relation in their order, with what an editor needs to know about each.
-- base_type is the type a domain stands for, element_type the type of an array's elements.
-- cast_type names the type by schema and internal name, which carries no modifier: an explicit cast
-- to varchar(5) or character (which means char(1)) would cut a value short where storing it into the
-- column raises an error instead.
-- ordered: whether the type (or its domain's base, or its elements) has a default btree operator class,
-- directly or through a binary-coercible type (varchar uses text's), or is an enum or a range,
-- so that IS NOT DISTINCT FROM and sorting work on it; other types (json, point) compare as text.
-- Parameter: the relation's oid.
WITH cols AS (
    SELECT a.attnum,
           a.attname,
           format_type(a.atttypid, a.atttypmod) AS type,
           quote_ident(tn.nspname) || '.' || quote_ident(t.typname) AS cast_type,
           a.attnotnull,
           a.atthasdef,
           a.attidentity::text AS identity,
           a.attgenerated::text AS generated,
           CASE WHEN t.typtype = 'd' THEN t.typbasetype ELSE t.oid END AS base_oid,
           has_column_privilege(a.attrelid, a.attnum, 'INSERT') AS can_insert,
           has_column_privilege(a.attrelid, a.attnum, 'UPDATE') AS can_update
      FROM pg_attribute a
      JOIN pg_type t ON t.oid = a.atttypid
      JOIN pg_namespace tn ON tn.oid = t.typnamespace
     WHERE a.attrelid = ?::oid
       AND a.attnum > 0
       AND NOT a.attisdropped
), typed AS (
    SELECT cols.*,
           b.typname AS base_type,
           b.typcategory::text AS category,
           CASE WHEN b.typcategory = 'A' THEN b.typelem ELSE b.oid END AS scalar_oid
      FROM cols
      JOIN pg_type b ON b.oid = cols.base_oid
)
SELECT typed.attname AS name,
       typed.type,
       typed.cast_type,
       typed.attnotnull AS not_null,
       typed.atthasdef AS has_default,
       typed.identity,
       typed.generated,
       typed.base_type,
       typed.category,
       typed.can_insert,
       typed.can_update,
       e.typtype IN ('e', 'r', 'm') OR EXISTS (
           SELECT 1
             FROM pg_opclass oc
             JOIN pg_am am ON am.oid = oc.opcmethod
            WHERE am.amname = 'btree'
              AND oc.opcdefault
              AND (oc.opcintype = e.oid
                   OR EXISTS (SELECT 1
                                FROM pg_cast pc
                               WHERE pc.castsource = e.oid
                                 AND pc.casttarget = oc.opcintype
                                 AND pc.castmethod = 'b'))
       ) AS ordered,
       CASE WHEN e.typtype = 'e' THEN ARRAY(
           SELECT enumlabel::text FROM pg_enum WHERE enumtypid = e.oid ORDER BY enumsortorder
       ) END AS enum_labels
  FROM typed
  JOIN pg_type s ON s.oid = typed.scalar_oid
  JOIN pg_type e ON e.oid = CASE WHEN s.typtype = 'd' THEN s.typbasetype ELSE s.oid END
 ORDER BY typed.attnum
