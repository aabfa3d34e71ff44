package io.pgdeck.server;

import io.pgdeck.sql.SqlResource;
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

/**
 * The default managed server when none is configured: PostgreSQL 15 from Maven Central, its data kept under the state
 * directory so a restart keeps the team's changes, with a demo database loaded on first start.
 */
final class EmbeddedServer implements AutoCloseable {

    static final String DEMO_DATABASE = "demo";
    private static final Logger log = LoggerFactory.getLogger(EmbeddedServer.class);

    private final EmbeddedPostgres postgres;

    private EmbeddedServer(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    static EmbeddedServer start(Path dataDirectory) {
        try {
            Files.createDirectories(dataDirectory.getParent());
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(false)
                    .setServerConfig("listen_addresses", "127.0.0.1")
                    .start();
            EmbeddedServer server = new EmbeddedServer(postgres);
            server.loadDemoOnFirstStart();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the embedded PostgreSQL in " + dataDirectory, e);
        }
    }

    ServerEndpoint endpoint(String displayName) {
        return new ServerEndpoint(displayName, "127.0.0.1", postgres.getPort(), "postgres", "postgres", "", "disable");
    }

    private void loadDemoOnFirstStart() {
        DataSource maintenance = postgres.getPostgresDatabase();
        if (demoExists(maintenance)) {
            return;
        }
        log.info("Loading the demo database '{}' (first start)", DEMO_DATABASE);
        execute(maintenance, "CREATE DATABASE " + DEMO_DATABASE);
        try (Connection demo = postgres.getDatabase("postgres", DEMO_DATABASE).getConnection()) {
            demo.setAutoCommit(false);
            try (Statement statement = demo.createStatement()) {
                statement.execute(SqlResource.load(EmbeddedServer.class, "demo.sql"));
            }
            demo.commit();
        } catch (SQLException | RuntimeException e) {
            // A half-loaded demo would be mistaken for a loaded one at the next start.
            execute(maintenance, "DROP DATABASE IF EXISTS " + DEMO_DATABASE);
            throw new IllegalStateException("cannot load the demo database: " + e.getMessage(), e);
        }
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

    private static void execute(DataSource dataSource, String sql) {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
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
