SELECT a.query FROM pg_stat_activity a WHERE a.pid = ? AND a.datname = ANY (?)
