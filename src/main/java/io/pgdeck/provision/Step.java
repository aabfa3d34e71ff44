package io.pgdeck.provision;

import io.pgdeck.sql.SqlQuoting;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.postgresql.PGConnection;

/**
 * One change provision makes, told to the operator by {@code description}. {@code undo} takes back what a step
 * created when a later step fails, so that a refused run leaves nothing half-made.
 */
record Step(String description, Action action, String undo) {

    interface Action {
        void apply(Connection connection) throws SQLException;
    }

    static Step sql(String description, String... statements) {
        return new Step(description, connection -> execute(connection, List.of(statements)), null);
    }

    static Step creating(String description, String undo, String... statements) {
        return new Step(description, connection -> execute(connection, List.of(statements)), undo);
    }

    /**
     * Sets a role's password as a SCRAM verifier computed here, so the clear password never reaches the server's
     * statement log.
     */
    static Step password(String description, String role, String password) {
        return new Step(
                description,
                connection ->
                        connection.unwrap(PGConnection.class).alterUserPassword(role, password.toCharArray(), null),
                null);
    }

    static String role(String name) {
        return SqlQuoting.quoteIdentifier(name);
    }

    private static void execute(Connection connection, List<String> statements) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }
}
