-- Every Query Tool execution, kept across restarts and searchable.
CREATE TABLE query_history (
    id          ${id},
    database    TEXT    NOT NULL,
    sql         TEXT    NOT NULL,
    executed_at TEXT    NOT NULL,
    duration_ms INTEGER NOT NULL,
    row_count   INTEGER NOT NULL,
    outcome     TEXT    NOT NULL CHECK (outcome IN ('success', 'error', 'cancelled')),
    error       TEXT
);

CREATE INDEX query_history_executed_at ON query_history (executed_at);
