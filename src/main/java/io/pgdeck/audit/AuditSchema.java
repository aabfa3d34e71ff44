package io.pgdeck.audit;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.stereotype.Component;

/**
 * What the audit log needs beyond the portable migration, in the state store's own dialect, made once at start (every
 * statement is idempotent): a trigger that refuses any UPDATE of a record, and a free-text index. SQLite: an FTS5
 * trigram index kept by triggers. PostgreSQL: a pg_trgm index when the extension can be had, else plain scans.
 */
@Component
@DependsOnDatabaseInitialization
final class AuditSchema {

    private static final Logger log = LoggerFactory.getLogger(AuditSchema.class);

    private static final String[] SQLITE = {
        "CREATE VIRTUAL TABLE IF NOT EXISTS audit_text USING fts5(summary, person, database_name,"
                + " content = 'audit_record', content_rowid = 'id', tokenize = 'trigram')",
        "CREATE TRIGGER IF NOT EXISTS audit_text_insert AFTER INSERT ON audit_record BEGIN"
                + " INSERT INTO audit_text (rowid, summary, person, database_name)"
                + " VALUES (new.id, new.summary, new.person, new.database_name); END",
        "CREATE TRIGGER IF NOT EXISTS audit_text_delete AFTER DELETE ON audit_record BEGIN"
                + " INSERT INTO audit_text (audit_text, rowid, summary, person, database_name)"
                + " VALUES ('delete', old.id, old.summary, old.person, old.database_name); END",
        "CREATE TRIGGER IF NOT EXISTS audit_append_only BEFORE UPDATE ON audit_record BEGIN"
                + " SELECT RAISE(ABORT, 'audit records are append-only'); END"
    };

    private static final String[] POSTGRESQL = {
        "CREATE OR REPLACE FUNCTION audit_append_only() RETURNS trigger LANGUAGE plpgsql AS"
                + " $$BEGIN RAISE EXCEPTION 'audit records are append-only'; END$$",
        "DROP TRIGGER IF EXISTS audit_append_only ON audit_record",
        "CREATE TRIGGER audit_append_only BEFORE UPDATE ON audit_record"
                + " FOR EACH ROW EXECUTE FUNCTION audit_append_only()"
    };

    private static final String[] POSTGRESQL_TRIGRAMS = {
        "CREATE EXTENSION IF NOT EXISTS pg_trgm",
        "CREATE INDEX IF NOT EXISTS audit_text ON audit_record USING gin"
                + " ((summary || ' ' || coalesce(person, '') || ' ' || coalesce(database_name, '')) gin_trgm_ops)"
    };

    private final boolean sqlite;

    AuditSchema(DataSource state) throws SQLException {
        try (Connection connection = state.getConnection()) {
            this.sqlite = connection
                    .getMetaData()
                    .getDatabaseProductName()
                    .toLowerCase(java.util.Locale.ROOT)
                    .contains("sqlite");
            run(connection, sqlite ? SQLITE : POSTGRESQL);
            if (!sqlite) {
                try {
                    run(connection, POSTGRESQL_TRIGRAMS);
                } catch (SQLException e) {
                    log.warn("audit: no pg_trgm in the state store ({}): free-text search scans", e.getMessage());
                }
            }
        }
    }

    /** SQLite searches through its FTS5 table; PostgreSQL through ILIKE (indexed by pg_trgm when present). */
    boolean sqlite() {
        return sqlite;
    }

    private static void run(Connection connection, String[] statements) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }
}
