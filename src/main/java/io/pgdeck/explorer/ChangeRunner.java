package io.pgdeck.explorer;

import io.pgdeck.audit.Audit;
import io.pgdeck.server.ServerConnections;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Runs the statements of one change, all in one transaction: either every statement takes effect or none does. A
 * preview answers the same SQL without running it.
 */
@Component
final class ChangeRunner {

    /** What a change runs (or, previewed, would run), as one script and statement by statement. */
    record Change(String sql, List<String> statements, boolean executed) {

        static Change of(List<String> statements, boolean executed) {
            return new Change(String.join(";\n", statements) + ";", statements, executed);
        }
    }

    /** What the Object Explorer's dialogs run is recorded as statements from the explorer. */
    private static final java.util.Map<String, String> EXPLORER = java.util.Map.of("source", "explorer");

    private final ServerConnections connections;
    private final Audit audit;

    ChangeRunner(ServerConnections connections, Audit audit) {
        this.connections = connections;
        this.audit = audit;
    }

    Change apply(String database, List<String> statements, boolean preview) throws SQLException {
        return apply(database, statements, statements, preview);
    }

    /** Runs {@code statements} but answers {@code shown}, the same SQL with secrets (a password) hidden. */
    Change apply(String database, List<String> statements, List<String> shown, boolean preview) throws SQLException {
        if (!preview) {
            audit.perform("statement", database, Change.of(shown, true).sql(), EXPLORER, () -> {
                try (Connection connection = connections.open(database)) {
                    inTransaction(connection, statements);
                }
            });
        }
        return Change.of(shown, !preview);
    }

    /** For what PostgreSQL refuses to run in a transaction block: CREATE DATABASE, DROP DATABASE. */
    Change applyOneByOne(String database, List<String> statements, boolean preview) throws SQLException {
        if (!preview) {
            audit.perform("statement", database, Change.of(statements, true).sql(), EXPLORER, () -> {
                try (Connection connection = connections.open(database);
                        Statement statement = connection.createStatement()) {
                    connection.setAutoCommit(true);
                    for (String sql : statements) {
                        statement.execute(sql);
                    }
                }
            });
        }
        return Change.of(statements, !preview);
    }

    private static void inTransaction(Connection connection, List<String> statements) throws SQLException {
        connection.setAutoCommit(false);
        try (Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
            connection.commit();
        } catch (SQLException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(true);
        }
    }
}
