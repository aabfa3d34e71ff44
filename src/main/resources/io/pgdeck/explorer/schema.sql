-- One schema. Parameter: schema name.
SELECT n.oid AS oid,
       n.nspname AS name,
       pg_get_userbyid(n.nspowner) AS owner,
       obj_description(n.oid, 'pg_namespace') AS comment,
       n.nspacl::text[] AS acl,
       n.nspname IN ('pg_catalog', 'information_schema') AS system,
       (SELECT coalesce(sum(pg_total_relation_size(c.oid)), 0)::bigint
        FROM pg_class c WHERE c.relnamespace = n.oid AND c.relkind IN ('r', 'm', 'S')) AS size
FROM pg_namespace n
WHERE n.nspname = ?
