package io.pgdeck.server;

import io.pgdeck.sql.SqlResource;
import io.pgdeck.sql.SqlStatement;
import io.pgdeck.sql.StatementSplitter;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
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

    private final EmbeddedPostgres postgres;
    private final DemoShape shape;

    private EmbeddedServer(EmbeddedPostgres postgres, DemoShape shape) {
        this.postgres = postgres;
        this.shape = shape;
    }

    static EmbeddedServer start(Path stateDirectory, DemoShape shape) {
        Path dataDirectory = stateDirectory.resolve(shape.dataDirectory);
        boolean firstStart = !Files.exists(dataDirectory.resolve("PG_VERSION"));
        EmbeddedServer server = launch(dataDirectory, shape);
        try {
            server.loadDemoOnFirstStart();
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

    private static EmbeddedServer launch(Path dataDirectory, DemoShape shape) {
        try {
            Files.createDirectories(dataDirectory.getParent());
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(false)
                    .setServerConfig("listen_addresses", "127.0.0.1")
                    // The library starts servers for tests (-F, asynchronous commit); this one holds the team's data.
                    .setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .start();
            return new EmbeddedServer(postgres, shape);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the embedded PostgreSQL in " + dataDirectory, e);
        }
    }

    ServerEndpoint endpoint(String displayName) {
        return new ServerEndpoint(
                displayName, "127.0.0.1", postgres.getPort(), shape.database, shape.role, "", "disable");
    }

    private void loadDemoOnFirstStart() {
        DataSource maintenance = postgres.getPostgresDatabase();
        if (demoExists(maintenance)) {
            return;
        }
        log.info("Loading the demo database '{}' for a {} deployment (first start)", DEMO_DATABASE, shape.label());
        runEach(maintenance, "CREATE DATABASE " + DEMO_DATABASE);
        DataSource demo = postgres.getDatabase("postgres", DEMO_DATABASE);
        switch (shape) {
            case SINGLE_TENANT -> runInOneTransaction(demo, load("demo.sql"));
            case MULTI_TENANT -> {
                runEach(maintenance, load("demo-multi-tenant.sql"));
                runInOneTransaction(demo, "SET ROLE " + shape.role + ";\n" + load("demo.sql"));
            }
            case PRODUCTION -> {
                runEach(maintenance, load("demo-production.sql"));
                runInOneTransaction(demo, load("demo.sql") + ";\n" + load("demo-production-grants.sql"));
            }
        }
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
        try {
            postgres.close();
        } catch (IOException e) {
            log.warn("embedded PostgreSQL did not stop cleanly: {}", e.getMessage());
        }
    }
}
