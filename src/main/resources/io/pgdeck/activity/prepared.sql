SELECT p.gid, p.database, p.owner AS role, p.prepared, p.transaction::text AS transaction_id
FROM pg_prepared_xacts p
WHERE p.database = ANY (?)
ORDER BY p.prepared
