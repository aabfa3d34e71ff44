package io.pgdeck.backup;

import io.pgdeck.testing.TestPostgres;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/** PostgreSQL's own pg_dump, run as the superuser, as the oracle of what a database holds. */
final class PgDumpOracle {

    static final Path BIN = Path.of("/usr/lib/postgresql/15/bin");

    private PgDumpOracle() {}

    /** {@code pg_dump -n schema} in plain format, without the random \restrict lines that differ at every run. */
    static String schema(String database, String schema) {
        return withoutRestrictLines(run("pg_dump", "--schema=" + schema, "--dbname=" + database));
    }

    /** Runs one of PostgreSQL's tools against the test server as the superuser; fails on a non-zero exit. */
    static String run(String tool, String... arguments) {
        List<String> argv = new ArrayList<>(List.of(
                BIN.resolve(tool).toString(),
                "--host=127.0.0.1",
                "--port=" + TestPostgres.port(),
                "--username=" + TestPostgres.SUPERUSER));
        argv.addAll(List.of(arguments));
        try {
            Process process = new ProcessBuilder(argv).redirectErrorStream(true).start();
            process.getOutputStream().close();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(2, TimeUnit.MINUTES) || process.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", argv) + " failed:\n" + output);
            }
            return output;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static String withoutRestrictLines(String dump) {
        return dump.lines()
                .filter(line -> !line.startsWith("\\restrict") && !line.startsWith("\\unrestrict"))
                .collect(Collectors.joining("\n"));
    }
}
