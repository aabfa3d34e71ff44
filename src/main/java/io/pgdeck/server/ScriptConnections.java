package io.pgdeck.server;

import com.zaxxer.hikari.HikariDataSource;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import org.postgresql.core.BaseConnection;
import org.postgresql.core.TransactionState;

/**
 * Pooled connections for one-shot scripts: a script borrows one for itself, and on close its session is reset
 * (a transaction left open rolled back, then {@code DISCARD ALL}) before the next script may use it, so no setting,
 * temporary table, prepared statement, cursor, notification channel or advisory lock outlives the script. A connection
 * whose reset fails is closed, never handed out again. Each borrow counts against the deployment's connection budget.
 */
final class ScriptConnections implements AutoCloseable {

    private final ConcurrentMap<String, HikariDataSource> pools = new ConcurrentHashMap<>();
    private final Function<String, HikariDataSource> newPool;
    private final ConnectionBudget budget;

    /** {@code newPool} makes the pool of one database; {@code budget} is the deployment's. */
    ScriptConnections(Function<String, HikariDataSource> newPool, ConnectionBudget budget) {
        this.newPool = newPool;
        this.budget = budget;
    }

    /** A connection of the script's own until closed; closing it resets its session and returns it to the pool. */
    Connection borrow(String database) throws SQLException {
        HikariDataSource pool = pools.computeIfAbsent(database, newPool);
        budget.take();
        try {
            return resetOnClose(pool, pool.getConnection());
        } catch (SQLException | RuntimeException e) {
            budget.giveBack();
            throw e;
        }
    }

    private Connection resetOnClose(HikariDataSource pool, Connection connection) {
        AtomicBoolean closed = new AtomicBoolean();
        return (Connection) Proxy.newProxyInstance(
                Connection.class.getClassLoader(), new Class<?>[] {Connection.class}, (proxy, method, arguments) -> {
                    if (method.getName().equals("close")) {
                        if (closed.compareAndSet(false, true)) {
                            giveBack(pool, connection);
                        }
                        return null;
                    }
                    try {
                        return method.invoke(connection, arguments);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    private void giveBack(HikariDataSource pool, Connection connection) {
        try {
            reset(connection);
            connection.close();
        } catch (SQLException | RuntimeException e) {
            // A session that cannot be reset may still hold what the script left: it never serves another script.
            pool.evictConnection(connection);
        } finally {
            budget.giveBack();
        }
    }

    /** Ends whatever the script left open, then returns the session to the state it had when it was opened. */
    static void reset(Connection connection) throws SQLException {
        if (connection.isClosed()) {
            throw new SQLException("the script's connection was closed");
        }
        TransactionState state = connection.unwrap(BaseConnection.class).getTransactionState();
        try (Statement statement = connection.createStatement()) {
            if (state != TransactionState.IDLE) {
                statement.execute("ROLLBACK");
            }
            statement.execute("DISCARD ALL");
        }
    }

    @Override
    public void close() {
        pools.values().forEach(HikariDataSource::close);
    }
}
