-- Extensions this server offers: whether installed here (and by whom), and whether a non-superuser may create them.
SELECT a.name,
       x.extname IS NOT NULL AS installed,
       pg_catalog.pg_get_userbyid(x.extowner) AS owner,
       coalesce(bool_or(v.trusted), false) AS trusted
FROM pg_catalog.pg_available_extensions a
LEFT JOIN pg_catalog.pg_available_extension_versions v ON v.name = a.name
LEFT JOIN pg_catalog.pg_extension x ON x.extname = a.name
GROUP BY a.name, x.extname, x.extowner
