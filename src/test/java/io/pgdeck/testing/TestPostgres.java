package io.pgdeck.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * One real PostgreSQL 15 for the whole test run, holding every deployment shape's databases and roles, created once:
 * a shared multi-tenant server (a maintenance superuser, several team databases, a non-superuser team role), the
 * single-tenant superuser, and a production database with a read-only role.
 */
public final class TestPostgres {

    public static final String SUPERUSER = "postgres";
    public static final String TEAM_ROLE = "team_alpha";
    public static final String TEAM_PASSWORD = "alpha-secret";
    public static final String TEAM_DATABASE = "team_alpha";
    public static final List<String> OTHER_TEAM_DATABASES = List.of("team_beta", "team_gamma");
    public static final String PRODUCTION_DATABASE = "prod_app";
    public static final String READER_ROLE = "prod_reader";
    public static final String READER_PASSWORD = "reader-secret";
    public static final String SINGLE_DATABASE = "shop";

    private static EmbeddedPostgres server;

    private TestPostgres() {}

    public static synchronized EmbeddedPostgres server() {
        if (server == null) {
            server = start();
            createFixtures();
        }
        return server;
    }

    public static int port() {
        return server().getPort();
    }

    /** Runs statements as the superuser in {@code database}, each on its own (auto-commit). */
    public static void execute(String database, String... statements) {
        try (Connection connection = server().getDatabase(SUPERUSER, database).getConnection();
                Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    public static Connection connect(String database) throws SQLException {
        return server().getDatabase(SUPERUSER, database).getConnection();
    }

    private static EmbeddedPostgres start() {
        try {
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setServerConfig("listen_addresses", "127.0.0.1")
                    .start();
            return postgres;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void createFixtures() {
        createMultiTenant();
        createSingleTenant();
        createProduction();
    }

    private static void createMultiTenant() {
        execute(
                "postgres",
                "CREATE ROLE " + TEAM_ROLE + " LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE PASSWORD '" + TEAM_PASSWORD
                        + "'",
                "CREATE DATABASE " + TEAM_DATABASE,
                "CREATE DATABASE team_beta",
                "CREATE DATABASE team_gamma",
                "GRANT CONNECT, CREATE, TEMPORARY ON DATABASE " + TEAM_DATABASE + " TO " + TEAM_ROLE);
        execute(
                TEAM_DATABASE,
                "GRANT ALL ON SCHEMA public TO " + TEAM_ROLE,
                "CREATE SCHEMA app AUTHORIZATION " + TEAM_ROLE,
                "SET ROLE " + TEAM_ROLE,
                "CREATE TABLE app.widgets (id bigint PRIMARY KEY, name text NOT NULL)",
                "INSERT INTO app.widgets SELECT g, 'widget ' || g FROM generate_series(1, 100) g",
                "RESET ROLE");
        execute("team_beta", "CREATE TABLE secrets (id int PRIMARY KEY, note text)");
    }

    private static void createSingleTenant() {
        execute("postgres", "CREATE DATABASE " + SINGLE_DATABASE);
        execute(
                SINGLE_DATABASE,
                "CREATE TABLE customers (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, name text NOT NULL)",
                "INSERT INTO customers (name) SELECT 'customer ' || g FROM generate_series(1, 50) g");
    }

    private static void createProduction() {
        execute(
                "postgres",
                "CREATE ROLE prod_owner NOLOGIN",
                "CREATE ROLE " + READER_ROLE + " LOGIN PASSWORD '" + READER_PASSWORD + "'",
                "CREATE DATABASE " + PRODUCTION_DATABASE + " OWNER prod_owner",
                "REVOKE ALL ON DATABASE " + PRODUCTION_DATABASE + " FROM PUBLIC",
                "GRANT CONNECT ON DATABASE " + PRODUCTION_DATABASE + " TO " + READER_ROLE);
        execute(
                PRODUCTION_DATABASE,
                "CREATE TABLE public.accounts (id bigint PRIMARY KEY, owner text NOT NULL, balance numeric(12,2))",
                "INSERT INTO public.accounts SELECT g, 'owner ' || g, g * 10 FROM generate_series(1, 20) g",
                "ALTER TABLE public.accounts OWNER TO prod_owner",
                "CREATE SEQUENCE public.invoice_seq",
                "ALTER SEQUENCE public.invoice_seq OWNER TO prod_owner",
                // A writer's SECURITY DEFINER function that PUBLIC may call: only the read-only transaction stops it.
                "CREATE FUNCTION public.reset_balance(account bigint) RETURNS void LANGUAGE sql SECURITY DEFINER"
                        + " AS 'UPDATE public.accounts SET balance = 0 WHERE id = account'",
                "ALTER FUNCTION public.reset_balance(bigint) OWNER TO prod_owner",
                "REVOKE ALL ON SCHEMA public FROM PUBLIC",
                "GRANT USAGE ON SCHEMA public TO " + READER_ROLE,
                "GRANT SELECT ON ALL TABLES IN SCHEMA public TO " + READER_ROLE,
                "GRANT SELECT ON SEQUENCE public.invoice_seq TO " + READER_ROLE,
                REVOKE_LARGE_OBJECT_WRITES);
    }

    /** As provision does for production: nothing but the superuser may create or change large objects here. */
    public static final String REVOKE_LARGE_OBJECT_WRITES =
            "REVOKE EXECUTE ON FUNCTION lo_create(oid), lo_creat(integer),"
                    + " lo_import(text), lo_import(text, oid), lo_from_bytea(oid, bytea), lo_put(oid, bigint, bytea),"
                    + " lowrite(integer, bytea), lo_truncate(integer, integer), lo_truncate64(integer, bigint), lo_unlink(oid)"
                    + " FROM PUBLIC";
}
