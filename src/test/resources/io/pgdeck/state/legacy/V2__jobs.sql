-- Background jobs (Processes): backups, restores, maintenance, imports. Each job's log is the file jobs/<id>.log
-- under the state directory; this row is the job's history, kept across restarts.
CREATE TABLE job (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    type          TEXT    NOT NULL,
    object        TEXT    NOT NULL,
    database_name TEXT,
    file          TEXT,
    command       TEXT    NOT NULL,
    status        TEXT    NOT NULL CHECK (status IN ('queued', 'running', 'succeeded', 'failed', 'cancelled')),
    created_at    TEXT    NOT NULL,
    started_at    TEXT,
    finished_at   TEXT,
    exit_code     INTEGER,
    note          TEXT
);

CREATE INDEX job_by_status ON job (status);
