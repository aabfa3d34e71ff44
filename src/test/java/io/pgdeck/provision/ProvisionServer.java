package io.pgdeck.provision;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * A real PostgreSQL of provision's own: provision changes server-wide things (single-tenant production takes TEMP
 * from PUBLIC in every database) that the shared test server's fixtures must not see, and a wrong password must be
 * refused, which needs password authentication rather than the test server's trust. The bootstrap superuser keeps
 * trust to set up fixtures; every other role logs in with a SCRAM password.
 */
final class ProvisionServer {

    static final String ADMIN = "platform_admin";
    static final String SUPERUSER = "platform_root";
    static final String WEAK = "platform_weak";
    static final String PASSWORD = "maintenance-secret";

    private static EmbeddedPostgres server;

    private ProvisionServer() {}

    static synchronized int port() {
        if (server == null) {
            server = start();
            execute(
                    "postgres",
                    "CREATE ROLE " + ADMIN + " LOGIN CREATEDB CREATEROLE PASSWORD '" + PASSWORD + "'",
                    "CREATE ROLE " + SUPERUSER + " LOGIN SUPERUSER PASSWORD '" + PASSWORD + "'",
                    "CREATE ROLE " + WEAK + " LOGIN CREATEDB PASSWORD '" + PASSWORD + "'",
                    "CREATE DATABASE taken");
        }
        return server.getPort();
    }

    static String url(String role) {
        return "postgresql://" + role + "@127.0.0.1:" + port() + "/postgres?sslmode=disable";
    }

    static void execute(String database, String... statements) {
        try (Connection connection = connect(database);
                Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    /** The first column of each row of {@code sql}, as the bootstrap superuser. */
    static List<String> column(String database, String sql) {
        try (Connection connection = connect(database);
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(sql)) {
            List<String> values = new ArrayList<>();
            while (result.next()) {
                values.add(result.getString(1));
            }
            return values;
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    private static Connection connect(String database) throws SQLException {
        port();
        return server.getDatabase("postgres", database).getConnection();
    }

    private static EmbeddedPostgres start() {
        try {
            return EmbeddedPostgres.builder()
                    .setServerConfig("listen_addresses", "127.0.0.1")
                    .setDataDirectoryCustomizer(directory -> {
                        try {
                            Files.writeString(
                                    directory.toPath().resolve("pg_hba.conf"),
                                    "host all postgres 127.0.0.1/32 trust\n"
                                            + "host all all 127.0.0.1/32 scram-sha-256\n",
                                    StandardCharsets.UTF_8);
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    })
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
