-- The team's query library: saved queries shared by the team account, kept with every earlier version. They live in
-- the state store, not in Storage, so the storage sweep never sees them. Ids are UUIDs so that a library exported
-- from one deployment (staging) merges into another (production) by id. saved_by is the person when a proxy names
-- one; the team account's principal name until then.
CREATE TABLE saved_query (
    id          TEXT    NOT NULL PRIMARY KEY,
    version     INTEGER NOT NULL,
    name        TEXT    NOT NULL,
    folder      TEXT,
    tags        TEXT    NOT NULL,
    description TEXT,
    database    TEXT,
    sql         TEXT    NOT NULL,
    saved_at    TEXT    NOT NULL,
    saved_by    TEXT
);

CREATE TABLE saved_query_version (
    query_id    TEXT    NOT NULL REFERENCES saved_query (id) ON DELETE CASCADE,
    version     INTEGER NOT NULL,
    name        TEXT    NOT NULL,
    folder      TEXT,
    tags        TEXT    NOT NULL,
    description TEXT,
    database    TEXT,
    sql         TEXT    NOT NULL,
    saved_at    TEXT    NOT NULL,
    saved_by    TEXT,
    PRIMARY KEY (query_id, version)
);

CREATE INDEX saved_query_by_name ON saved_query (name);
