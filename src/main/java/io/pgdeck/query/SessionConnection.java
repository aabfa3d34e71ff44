package io.pgdeck.query;

import io.pgdeck.server.ServerConnections;
import io.pgdeck.server.ServerUnavailableException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.postgresql.PGConnection;
import org.postgresql.core.BaseConnection;
import org.postgresql.core.TransactionState;

/** A query session's own server connection: opened, replaced when lost, asked for its transaction state. */
final class SessionConnection {

    private final String database;
    private final ServerConnections connections;
    private Connection connection;
    private volatile PGConnection cancelHandle;

    SessionConnection(String database, ServerConnections connections) {
        this.database = database;
        this.connections = connections;
    }

    Connection jdbc() {
        return connection;
    }

    void open() {
        Connection opened = connections.openDedicated(database);
        try {
            PGConnection pg = opened.unwrap(PGConnection.class);
            // Server-side prepared statements would switch to binary values and cache plans across ALTERs.
            pg.setPrepareThreshold(0);
            connection = opened;
            cancelHandle = pg;
        } catch (SQLException e) {
            closeQuietly(opened);
            throw new ServerUnavailableException(database, e);
        }
    }

    boolean isClosed() {
        try {
            return connection == null || connection.isClosed();
        } catch (SQLException e) {
            return true;
        }
    }

    void close() {
        cancelHandle = null;
        closeQuietly(connection);
        connection = null;
    }

    /** Asks the server to cancel whatever runs on the connection; callable from any thread, the connection stays. */
    void cancel() throws SQLException {
        PGConnection handle = cancelHandle;
        if (handle != null) {
            handle.cancelQuery();
        }
    }

    TransactionState serverState() throws SQLException {
        return connection.unwrap(BaseConnection.class).getTransactionState();
    }

    boolean serverIdle() throws SQLException {
        return serverState() == TransactionState.IDLE;
    }

    void sql(String command) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(command);
        }
    }

    void autoCommit(boolean on) throws SQLException {
        connection.setAutoCommit(on);
    }

    static void closeQuietly(AutoCloseable closeable) {
        if (closeable == null) {
            return;
        }
        try {
            closeable.close();
        } catch (Exception e) {
            // Closing what is already broken: nothing more to release.
        }
    }
}
