-- The one team account's generated password hash (only when none is configured).
CREATE TABLE team_account (
    id            INTEGER PRIMARY KEY CHECK (id = 1),
    password_hash TEXT    NOT NULL,
    created_at    TEXT    NOT NULL
);

-- Failed logins and lockouts survive restarts.
CREATE TABLE login_lockout (
    account      TEXT    PRIMARY KEY,
    failures     INTEGER NOT NULL,
    locked_until TEXT
);
