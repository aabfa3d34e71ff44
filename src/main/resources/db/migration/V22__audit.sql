-- The audit log (issue 22): who did what, when, from where, with what result. pgdeck only ever appends to it; the
-- retention sweep (pgdeck.audit.retention) is the one thing that deletes, oldest first.
CREATE TABLE audit_record (
    id             INTEGER PRIMARY KEY AUTOINCREMENT,
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
CREATE INDEX audit_by_at ON audit_record (at);
CREATE INDEX audit_by_kind ON audit_record (kind, id);
CREATE INDEX audit_by_outcome ON audit_record (outcome, id);
CREATE INDEX audit_by_kind_outcome ON audit_record (kind, outcome, id);

-- Free text: any substring of the summary (a statement's text, a file, a table), the person or the database.
CREATE VIRTUAL TABLE audit_text USING fts5(
    summary, person, database_name, content = 'audit_record', content_rowid = 'id', tokenize = 'trigram');

CREATE TRIGGER audit_text_insert AFTER INSERT ON audit_record
BEGIN
    INSERT INTO audit_text (rowid, summary, person, database_name)
    VALUES (new.id, new.summary, new.person, new.database_name);
END;

CREATE TRIGGER audit_text_delete AFTER DELETE ON audit_record
BEGIN
    INSERT INTO audit_text (audit_text, rowid, summary, person, database_name)
    VALUES ('delete', old.id, old.summary, old.person, old.database_name);
END;

CREATE TRIGGER audit_append_only BEFORE UPDATE ON audit_record
BEGIN
    SELECT RAISE(ABORT, 'audit records are append-only');
END;
