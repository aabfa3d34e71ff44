-- The columns of one relation, named with its schema or found through the session's search_path as the query
-- that is being typed would find it.
SELECT a.attname AS name
FROM pg_attribute a
WHERE a.attrelid = CASE WHEN CAST(? AS text) IS NULL THEN to_regclass(quote_ident(CAST(? AS text)))
                        ELSE to_regclass(quote_ident(CAST(? AS text)) || '.' || quote_ident(CAST(? AS text))) END
  AND a.attnum > 0 AND NOT a.attisdropped
ORDER BY a.attnum
