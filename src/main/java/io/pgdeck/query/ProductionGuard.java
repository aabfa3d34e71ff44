package io.pgdeck.query;

import io.pgdeck.deployment.DeploymentSettings;
import io.pgdeck.sql.SessionEffects;
import io.pgdeck.sql.SqlStatement;
import io.pgdeck.sql.StatementClassifier;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Defense in depth for production, shared by one-shot queries and query sessions: whatever is typed runs inside a
 * read-only transaction that pgdeck opens, pins with a first query and rolls back, and statements that would end or
 * replace that transaction, change how the server reads what follows, or leave an effect a rollback does not undo are
 * refused. After each statement the session's lexing is checked unchanged; after each execution no session advisory
 * lock may remain. The read-only role remains the real guarantee.
 */
@Component
final class ProductionGuard {

    static final String READ_ONLY_STATE = "25006";
    static final String TRANSACTION_CONTROL_REFUSED =
            "Transaction control is not available in production: pgdeck runs every execution in one "
                    + "read-only transaction and rolls it back.";
    private static final String ADVISORY_LOCKS =
            "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND pid = pg_backend_pid()";

    private final DeploymentSettings deployment;

    ProductionGuard(DeploymentSettings deployment) {
        this.deployment = deployment;
    }

    boolean active() {
        return deployment.isProduction();
    }

    /** The refusal for {@code statement} in production, or null when it may run. */
    QueryError refusal(SqlStatement statement) {
        if (!active()) {
            return null;
        }
        if (StatementClassifier.classify(statement.text()).transactionControl()) {
            return QueryError.refused(statement, READ_ONLY_STATE, TRANSACTION_CONTROL_REFUSED);
        }
        Optional<String> lexing = SessionEffects.lexingSetting(statement.text());
        if (lexing.isPresent()) {
            return QueryError.refused(
                    statement,
                    READ_ONLY_STATE,
                    "Changing " + lexing.get() + " is not available in production: it changes how the server reads "
                            + "the statements that follow.");
        }
        Optional<String> lasting = SessionEffects.lastingCall(statement.text());
        return lasting.map(call -> QueryError.refused(
                        statement,
                        READ_ONLY_STATE,
                        call + " is not available in production: its effect outlives the read-only transaction."))
                .orElse(null);
    }

    /** In production, a refusal if {@code statement} left the session reading SQL differently, or null. */
    QueryError changedLexing(Connection connection, SqlStatement statement) throws SQLException {
        if (active() && !ServerStatements.standardConformingStrings(connection)) {
            return QueryError.refused(
                    statement,
                    READ_ONLY_STATE,
                    "This statement turned standard_conforming_strings off, which is not available in production: "
                            + "the execution stopped and is rolled back.");
        }
        return null;
    }

    /**
     * In production, after the pinned transaction was rolled back: releases any session advisory lock a statement
     * took anyway (through dynamic SQL, say) and answers the refusal to report, or null when there was none.
     */
    String releaseLastingLocks(Connection connection) throws SQLException {
        if (!active()) {
            return null;
        }
        try (Statement statement = connection.createStatement();
                ResultSet held = statement.executeQuery(ADVISORY_LOCKS)) {
            held.next();
            if (held.getLong(1) == 0) {
                return null;
            }
            statement.execute("SELECT pg_advisory_unlock_all()");
            return "Advisory locks are not available in production: the session's locks were released.";
        }
    }

    /**
     * Opens a read-only transaction on a connection in auto-commit mode and runs a first query in it: after that the
     * server refuses SET TRANSACTION READ WRITE for the rest of the transaction. The session reads SQL with
     * standard_conforming_strings on, as pgdeck's splitter then does.
     */
    static void pinReadOnlyTransaction(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("BEGIN READ ONLY");
            statement.execute("SET LOCAL standard_conforming_strings = on");
            statement.execute("SELECT 1");
        }
    }
}
