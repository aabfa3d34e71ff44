package io.pgdeck.server;

import io.pgdeck.sql.SqlResource;
import io.pgdeck.sql.SqlStatement;
import io.pgdeck.sql.StatementSplitter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.util.FileSystemUtils;

/**
 * The default managed server when none is configured: PostgreSQL 15 from Maven Central, its data kept under the state
 * directory so a restart keeps the team's changes, with a demo database loaded on first start.
 */
final class EmbeddedServer implements AutoCloseable {

    static final String DEMO_DATABASE = "demo";
    private static final Logger log = LoggerFactory.getLogger(EmbeddedServer.class);

    private final EmbeddedCluster postgres;
    private final DemoShape shape;
    private final String password;

    private EmbeddedServer(EmbeddedCluster postgres, DemoShape shape, String password) {
        this.postgres = postgres;
        this.shape = shape;
        this.password = password;
    }

    static EmbeddedServer start(Path stateDirectory, DemoShape shape) {
        Path dataDirectory = stateDirectory.resolve(shape.dataDirectory);
        boolean firstStart = !Files.exists(dataDirectory.resolve("PG_VERSION"));
        EmbeddedServer server = launch(dataDirectory, shape, EmbeddedPassword.readOrCreate(stateDirectory));
        try {
            server.loadDemoOnFirstStart();
            server.requirePassword(dataDirectory);
            return server;
        } catch (RuntimeException e) {
            server.close();
            if (firstStart) {
                // A half-prepared server would be mistaken for a ready one at the next start.
                FileSystemUtils.deleteRecursively(dataDirectory.toFile());
            }
            throw e;
        }
    }

    private static EmbeddedServer launch(Path dataDirectory, DemoShape shape, String password) {
        EmbeddedCluster postgres = EmbeddedCluster.start(
                dataDirectory,
                password,
                Map.of(
                        "listen_addresses", "127.0.0.1",
                        // It holds the team's data: a commit is on disk when it is acknowledged.
                        "fsync", "on",
                        "synchronous_commit", "on",
                        "password_encryption", "scram-sha-256"));
        return new EmbeddedServer(postgres, shape, password);
    }

    ServerEndpoint endpoint(String displayName) {
        return new ServerEndpoint(
                displayName, "127.0.0.1", postgres.port(), shape.database, shape.role, password, "disable");
    }

    /**
     * Gives the server's roles the generated password, then lets no connection in without it (a data directory that
     * initdb or an older pgdeck left trusting every local connection is brought to this too).
     */
    private void requirePassword(Path dataDirectory) {
        String literal = "'" + password.replace("'", "''") + "'";
        StringBuilder roles = new StringBuilder("ALTER ROLE postgres PASSWORD " + literal);
        if (!shape.role.equals("postgres")) {
            roles.append(";\nALTER ROLE ")
                    .append(shape.role)
                    .append(" PASSWORD ")
                    .append(literal);
        }
        runEach(postgres.dataSource("postgres"), roles.toString());
        if (EmbeddedPassword.requirePassword(dataDirectory)) {
            runEach(postgres.dataSource("postgres"), "SELECT pg_reload_conf()");
        }
    }

    private void loadDemoOnFirstStart() {
        DataSource maintenance = postgres.dataSource("postgres");
        if (demoExists(maintenance)) {
            return;
        }
        log.info("Loading the demo database '{}' for a {} deployment (first start)", DEMO_DATABASE, shape.label());
        runEach(maintenance, "CREATE DATABASE " + DEMO_DATABASE);
        DataSource demo = postgres.dataSource(DEMO_DATABASE);
        switch (shape) {
            case SINGLE_TENANT -> runInOneTransaction(demo, demoScript());
            case MULTI_TENANT -> {
                runEach(maintenance, load("demo-multi-tenant.sql"));
                runInOneTransaction(demo, "SET ROLE " + shape.role + ";\n" + demoScript());
            }
            case PRODUCTION -> {
                runEach(maintenance, load("demo-production.sql"));
                runInOneTransaction(demo, demoScript() + ";\n" + load("demo-production-grants.sql"));
            }
        }
    }

    /** The demo database's script: its objects, then its rows. */
    private static String demoScript() {
        return load("demo.sql") + ";\n" + load("demo-data.sql");
    }

    private static String load(String name) {
        return SqlResource.load(EmbeddedServer.class, name);
    }

    private static boolean demoExists(DataSource maintenance) {
        try (Connection connection = maintenance.getConnection();
                var statement = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            statement.setString(1, DEMO_DATABASE);
            try (var rows = statement.executeQuery()) {
                return rows.next();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot query the embedded server: " + e.getMessage(), e);
        }
    }

    /** Runs a script as one transaction, so that a failure leaves nothing half done. */
    private static void runInOneTransaction(DataSource dataSource, String script) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                statement.execute(script);
            }
            connection.commit();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot prepare the demo server: " + e.getMessage(), e);
        }
    }

    /** Runs statements one by one, for those that cannot run in a transaction (CREATE DATABASE). */
    private static void runEach(DataSource dataSource, String script) {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            for (SqlStatement each : StatementSplitter.split(script)) {
                statement.execute(each.text());
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot prepare the demo server: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        postgres.close();
    }
}
