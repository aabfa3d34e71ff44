package io.pgdeck.data;

import io.pgdeck.server.ServerConnections;
import java.sql.Connection;
import java.sql.SQLException;
import org.springframework.stereotype.Component;

/**
 * Transactions for the data grid on the managed server. Reading runs in a read-only transaction, so that nothing typed
 * into a WHERE, not even a function that writes, can change data; writing runs in one transaction that commits only if
 * every step succeeded.
 */
@Component
final class DataConnections {

    /** Work done with a connection inside a transaction that pgdeck opened. */
    @FunctionalInterface
    interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    private final ServerConnections connections;

    DataConnections(ServerConnections connections) {
        this.connections = connections;
    }

    <T> T read(String database, Work<T> work) throws SQLException {
        try (Connection connection = connections.open(database)) {
            return readOnly(connection, work);
        }
    }

    /** As {@link #read} on a connection of its own, for work that holds it for long, such as an export. */
    <T> T readDedicated(String database, Work<T> work) throws SQLException {
        try (Connection connection = connections.openDedicated(database)) {
            return readOnly(connection, work);
        }
    }

    <T> T write(String database, Work<T> work) throws SQLException {
        try (Connection connection = connections.open(database)) {
            return inTransaction(connection, work);
        }
    }

    /** As {@link #write} on a connection of its own, for work that holds it for long, such as an import. */
    <T> T writeDedicated(String database, Work<T> work) throws SQLException {
        try (Connection connection = connections.openDedicated(database)) {
            return inTransaction(connection, work);
        }
    }

    private static <T> T readOnly(Connection connection, Work<T> work) throws SQLException {
        connection.setAutoCommit(false);
        // pgjdbc begins the transaction READ ONLY: the server refuses any write inside it.
        connection.setReadOnly(true);
        try {
            return work.run(connection);
        } finally {
            connection.rollback();
        }
    }

    private static <T> T inTransaction(Connection connection, Work<T> work) throws SQLException {
        connection.setAutoCommit(false);
        boolean committed = false;
        try {
            T result = work.run(connection);
            connection.commit();
            committed = true;
            return result;
        } finally {
            if (!committed) {
                connection.rollback();
            }
        }
    }
}
