-- The audit log (issue 22): who did what, when, from where, with what result. pgdeck only ever appends to it; the
-- retention sweep (pgdeck.audit.retention) is the one thing that deletes, oldest first. The free-text index and the
-- trigger that refuses updates differ between SQLite and PostgreSQL: io.pgdeck.audit.AuditSchema adds them.
CREATE TABLE audit_record (
    id             ${id},
    at             TEXT    NOT NULL,
    kind           TEXT    NOT NULL,
    outcome        TEXT    NOT NULL,
    person         TEXT,
    client_address TEXT,
    database_name  TEXT,
    summary        TEXT    NOT NULL,
    detail         TEXT    NOT NULL
);

-- Newest first is id order; a time range becomes an id range through this index.
CREATE INDEX audit_by_at ON audit_record (at, id);
CREATE INDEX audit_by_kind ON audit_record (kind, id);
CREATE INDEX audit_by_outcome ON audit_record (outcome, id);
CREATE INDEX audit_by_kind_outcome ON audit_record (kind, outcome, id);
