package io.pgdeck.server;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.pgdeck.audit.Actor;
import io.pgdeck.deployment.DeploymentSettings;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.postgresql.ds.PGSimpleDataSource;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * The only way pgdeck reaches the managed server: one small pool per database, created on first use. Every connection
 * names itself {@code pgdeck}, carries the statement and idle-in-transaction timeouts, and in production opens
 * read-only.
 */
@Component
public final class ServerConnections implements DisposableBean {

    private static final int LIVENESS_TIMEOUT_SECONDS = 2;
    private static final Duration POOL_IDLE = Duration.ofMinutes(2);
    /** A quiet deployment soon holds no backend for scripts. */
    private static final Duration SCRIPT_IDLE = Duration.ofMinutes(1);

    private final ServerEndpoint endpoint;
    /** At most a quarter of the heap, and never more than 256 MB, for the rows one fetch brings. */
    static final long MAX_RESULT_BUFFER = Math.min(Runtime.getRuntime().maxMemory() / 4, 256L * 1024 * 1024);

    private final ManagedServerProperties properties;
    private final DeploymentSettings deployment;
    private final ConcurrentMap<String, HikariDataSource> pools = new ConcurrentHashMap<>();
    private final ConnectionBudget budget;
    private final ScriptConnections scripts;

    ServerConnections(ServerEndpoint endpoint, ManagedServerProperties properties, DeploymentSettings deployment) {
        this.endpoint = endpoint;
        this.properties = properties;
        this.deployment = deployment;
        this.budget = new ConnectionBudget(Math.max(1, properties.maxConnections()));
        this.scripts = new ScriptConnections(
                database -> pool("pgdeck-scripts-", database, properties.maxConnections(), SCRIPT_IDLE), budget);
    }

    /**
     * A pooled, live connection to {@code database}; the caller has already checked that the deployment may see it.
     * Connections the server ended since their last use (a restart, a terminated backend) are replaced, not handed out.
     */
    public Connection open(String database) {
        HikariDataSource pool =
                pools.computeIfAbsent(database, name -> pool("pgdeck-", name, properties.poolSize(), POOL_IDLE));
        try {
            for (int attempt = 0; attempt <= properties.poolSize(); attempt++) {
                Connection connection = pool.getConnection();
                if (connection.isValid(LIVENESS_TIMEOUT_SECONDS)) {
                    // Re-labelled on each use for whoever uses it now (the driver skips the SET when unchanged).
                    connection.setClientInfo("ApplicationName", Actor.current().applicationName());
                    return connection;
                }
                pool.evictConnection(connection);
            }
            throw new SQLTransientConnectionException("no live connection after replacing the whole pool");
        } catch (SQLException e) {
            throw new ServerUnavailableException(database, e);
        }
    }

    /** The first column of every row {@code sql} returns in {@code database}, as text. */
    public List<String> firstColumn(String database, String sql) {
        try (Connection connection = open(database);
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            List<String> values = new ArrayList<>();
            while (rows.next()) {
                values.add(rows.getString(1));
            }
            return values;
        } catch (SQLException e) {
            throw new ServerUnavailableException(database, e);
        }
    }

    /**
     * A connection of its own, outside the pools, for work that holds it for long (query sessions, COPY); it counts
     * against pgdeck.server.max-connections until closed (429 beyond it).
     */
    public Connection openDedicated(String database) {
        budget.take();
        try {
            PGSimpleDataSource dataSource = dataSource(database);
            dataSource.setApplicationName(Actor.current().applicationName());
            return budget.returnedOnClose(dataSource.getConnection());
        } catch (SQLException e) {
            budget.giveBack();
            throw new ServerUnavailableException(database, e);
        } catch (RuntimeException e) {
            budget.giveBack();
            throw e;
        }
    }

    /**
     * A pooled connection that is the script's own until closed: closing it resets the session ({@code DISCARD ALL})
     * before another script may use it. It counts against pgdeck.server.max-connections while borrowed (429 beyond).
     */
    public Connection openForScript(String database) {
        try {
            Connection connection = scripts.borrow(database);
            try {
                connection.setClientInfo("ApplicationName", Actor.current().applicationName());
            } catch (SQLException | RuntimeException e) {
                connection.close();
                throw e;
            }
            return connection;
        } catch (SQLException e) {
            throw new ServerUnavailableException(database, e);
        }
    }

    /** How many connections of their own pgdeck holds now. */
    public int dedicatedInUse() {
        return budget.inUse();
    }

    /** The database pgdeck connects to first: the team's database in multi-tenant, the maintenance one otherwise. */
    public String defaultDatabase() {
        return endpoint.database();
    }

    public ServerEndpoint endpoint() {
        return endpoint;
    }

    private HikariDataSource pool(String prefix, String database, int size, Duration idle) {
        HikariConfig config = new HikariConfig();
        config.setPoolName(prefix + database);
        config.setDataSource(dataSource(database));
        config.setMaximumPoolSize(Math.max(1, size));
        config.setMinimumIdle(0);
        config.setIdleTimeout(idle.toMillis());
        config.setConnectionTimeout(properties.connectTimeout().toMillis());
        // Start even while the server is down: the first request then gets a clear 503, a later one works.
        config.setInitializationFailTimeout(-1);
        config.setReadOnly(deployment.isProduction());
        return new HikariDataSource(config);
    }

    private PGSimpleDataSource dataSource(String database) {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setServerNames(new String[] {endpoint.host()});
        dataSource.setPortNumbers(new int[] {endpoint.port()});
        dataSource.setDatabaseName(database);
        dataSource.setUser(endpoint.username());
        dataSource.setPassword(endpoint.password());
        dataSource.setSslMode(endpoint.sslmode());
        dataSource.setApplicationName("pgdeck");
        dataSource.setConnectTimeout(
                (int) Math.max(1, properties.connectTimeout().toSeconds()));
        dataSource.setOptions(sessionOptions());
        // A result the driver buffers at once (a page of huge rows) fails clearly instead of exhausting the heap.
        dataSource.setMaxResultBuffer(String.valueOf(MAX_RESULT_BUFFER));
        if (deployment.isProduction()) {
            dataSource.setReadOnly(true);
            dataSource.setReadOnlyMode("always");
        }
        return dataSource;
    }

    private String sessionOptions() {
        String options = "-c statement_timeout=" + properties.statementTimeout().toMillis()
                + " -c idle_in_transaction_session_timeout="
                + properties.idleInTransactionTimeout().toMillis();
        return deployment.isProduction() ? options + " -c default_transaction_read_only=on" : options;
    }

    @Override
    public void destroy() {
        pools.values().forEach(HikariDataSource::close);
        scripts.close();
    }
}
