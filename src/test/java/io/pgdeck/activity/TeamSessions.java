package io.pgdeck.activity;

import io.pgdeck.testing.TestPostgres;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.concurrent.CompletableFuture;

/** Connections of the team's own (or of someone else) to the test server, as an application of theirs would open. */
final class TeamSessions {

    private TeamSessions() {}

    static Connection open(String role, String database, String application) throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://localhost:" + TestPostgres.port() + "/" + database
                + "?user=" + role + "&ApplicationName=" + application);
    }

    /** Runs {@code sql} on {@code connection} in the background; the future fails with the server's error. */
    static CompletableFuture<Void> runInBackground(Connection connection, String sql) {
        // A thread of its own: the common pool may have a single worker on a small machine.
        return CompletableFuture.runAsync(
                () -> {
                    try (var statement = connection.createStatement()) {
                        statement.execute(sql);
                    } catch (SQLException e) {
                        throw new java.util.concurrent.CompletionException(e);
                    }
                },
                task -> new Thread(task, "team-session").start());
    }
}
