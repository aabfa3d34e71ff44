package io.pgdeck.ddl;

import static org.assertj.core.api.Assertions.assertThat;

import io.pgdeck.testing.TestPostgres;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

/**
 * What the pg_dump oracle needs: the roles and foreign server the corpora use, the corpora themselves in the
 * single-tenant database, empty databases to replay scripts in, and pg_dump's schema-only output of a schema (which
 * the schema comparison's oracle uses too).
 */
public final class OracleDatabases {

    static final String DB = TestPostgres.SINGLE_DATABASE;
    static final String PG_DUMP = "/usr/lib/postgresql/15/bin/pg_dump";
    static final String PSQL = "/usr/lib/postgresql/15/bin/psql";

    private static final AtomicInteger FRESH = new AtomicInteger();
    private static boolean created;

    private OracleDatabases() {}

    /** Roles (cluster-wide, so every fresh database has them too) and both corpora, once a run. */
    public static synchronized void create() {
        if (created) {
            return;
        }
        TestPostgres.execute(
                "postgres",
                "DO $$ BEGIN"
                        + " IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'ddl_owner') THEN"
                        + " CREATE ROLE ddl_owner; CREATE ROLE ddl_reader; CREATE ROLE ddl_writer; END IF; END $$");
        TestPostgres.execute(DB, foreignServer());
        TestPostgres.execute(DB, statements("corpus.sql"));
        TestPostgres.execute(DB, statements("kinds.sql"));
        created = true;
    }

    /** A new empty database (with the foreign server the corpora's foreign tables need, as pg_dump leaves it out). */
    public static String fresh() {
        String name = "ddl_oracle_" + FRESH.incrementAndGet() + "_"
                + ProcessHandle.current().pid();
        TestPostgres.execute("postgres", "CREATE DATABASE " + name);
        TestPostgres.execute(name, foreignServer());
        return name;
    }

    public static void drop(String database) {
        TestPostgres.execute("postgres", "DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
    }

    private static String[] foreignServer() {
        return new String[] {
            "CREATE FOREIGN DATA WRAPPER ddl_corpus_fdw",
            "CREATE SERVER ddl_corpus_server FOREIGN DATA WRAPPER ddl_corpus_fdw"
        };
    }

    /** Runs a script with psql as a user would, stopping at the first error (which fails the test). */
    public static void replay(String database, String script) {
        String output = run(script, PSQL, "-X", "-q", "-v", "ON_ERROR_STOP=1", "-d", database);
        assertThat(output).as("psql's complaints").doesNotContain("ERROR");
    }

    /** {@code pg_dump --schema-only --schema=...}, without the lines that differ between any two runs. */
    public static String dump(String database, String schema) {
        return run("", PG_DUMP, "--schema-only", "--schema=" + schema, database)
                .lines()
                .filter(line -> !line.startsWith("\\restrict") && !line.startsWith("\\unrestrict"))
                .filter(line -> !line.startsWith("--"))
                .collect(Collectors.joining("\n"));
    }

    /** The {@code -- Name:} header lines of {@code pg_dump --schema-only --schema=...}, in pg_dump's order. */
    static java.util.List<String> nameHeaders(String database, String schema) {
        return run("", PG_DUMP, "--schema-only", "--schema=" + schema, database)
                .lines()
                .filter(line -> line.startsWith("-- Name: "))
                .toList();
    }

    /** Runs a PostgreSQL client program against the test server as the superuser, feeding it {@code input}. */
    private static String run(String input, String program, String... arguments) {
        List<String> command = new ArrayList<>(List.of(program, "-h", "127.0.0.1", "-p"));
        command.addAll(List.of(String.valueOf(TestPostgres.port()), "-U", TestPostgres.SUPERUSER));
        command.addAll(List.of(arguments));
        try {
            Process process =
                    new ProcessBuilder(command).redirectErrorStream(true).start();
            try (OutputStream in = process.getOutputStream()) {
                in.write(input.getBytes(StandardCharsets.UTF_8));
            }
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(process.exitValue()).as(output).isZero();
            return output;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The statements of a resource file, separated by lines of {@code ;;}. */
    public static String[] statements(String resource) {
        try (InputStream in = OracleDatabases.class.getResourceAsStream(resource)) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            List<String> statements = Arrays.stream(text.split("\n;;\n"))
                    .map(String::strip)
                    .filter(statement -> !statement.isEmpty())
                    .toList();
            return statements.toArray(String[]::new);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
