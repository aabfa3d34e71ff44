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
        return transaction(connections.open(database), true, work);
    }

    /** As {@link #read} on a connection of its own, for work that holds it for long, such as an export. */
    <T> T readDedicated(String database, Work<T> work) throws SQLException {
        return transaction(connections.openDedicated(database), true, work);
    }

    <T> T write(String database, Work<T> work) throws SQLException {
        return transaction(connections.open(database), false, work);
    }

    /** As {@link #write} on a connection of its own, for work that holds it for long, such as an import. */
    <T> T writeDedicated(String database, Work<T> work) throws SQLException {
        return transaction(connections.openDedicated(database), false, work);
    }

    /** Runs the work in one transaction; a read-only one always ends in a rollback, a writing one commits. */
    private static <T> T transaction(Connection opened, boolean readOnly, Work<T> work) throws SQLException {
        try (Connection connection = opened) {
            connection.setAutoCommit(false);
            // pgjdbc then begins the transaction READ ONLY: the server refuses any write inside it.
            connection.setReadOnly(readOnly);
            boolean committed = false;
            try {
                T result = work.run(connection);
                if (!readOnly) {
                    connection.commit();
                    committed = true;
                }
                return result;
            } finally {
                if (!committed) {
                    connection.rollback();
                }
            }
        }
    }
}
