package io.pgdeck.backup;

import io.pgdeck.jobs.ExternalCommand;
import io.pgdeck.jobs.JobCancellation;
import io.pgdeck.jobs.JobLog;
import io.pgdeck.jobs.ToolFailedException;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A replace as one psql session in one transaction: the schema dropped (with what depends on it), pg_restore's script
 * of the archive streamed in, the kept views as pg_dump writes them, then the kept foreign keys. psql stops at the
 * first error and the transaction with it, so a failure leaves the database as it was.
 */
final class ReplaceRun {

    private final ServerTools tools;
    private final Path work;

    ReplaceRun(ServerTools tools, Path work) {
        this.tools = tools;
        this.work = work;
    }

    /** psql, fed the whole replace on its standard input in one transaction. */
    ExternalCommand psql(String database, RestoreOptions options) {
        return tools.command(tools.require("psql"), database, PsqlArguments.of(options));
    }

    /** pg_restore writing the archive's kept entries as a script (it connects to nothing). */
    List<String> script(RestoreOptions options, Path list, Path archive) {
        List<String> argv = new ArrayList<>();
        argv.add(tools.require("pg_restore").path().toString());
        argv.add("--file=-");
        argv.addAll(PgRestoreArguments.of(options.forReplaceScript(), list, archive));
        return List.copyOf(argv);
    }

    /** Runs the replace; {@code script} reads the entries to restore from {@code list}, written here first. */
    int run(
            String database,
            Path list,
            String useList,
            SchemaReplacement replacement,
            List<String> script,
            ExternalCommand psql,
            RestoreErrors errors,
            JobLog log,
            JobCancellation cancellation)
            throws Exception {
        Path views = work.resolve("replace-" + UUID.randomUUID() + ".sql");
        try {
            Files.createDirectories(work);
            Files.writeString(list, useList, StandardCharsets.UTF_8);
            dumpKeptViews(database, replacement, views, log, cancellation);
            log.line("pgdeck: replacing schema " + replacement.schema() + " in one transaction");
            int exit = tools.run(psql, stdin -> feed(stdin, replacement, script, views, log), log, cancellation);
            if (exit != 0) {
                throw new ToolFailedException(
                        exit, errors.note(exit) + "\nNothing was changed: the transaction" + " was rolled back.");
            }
            return 0;
        } finally {
            Files.deleteIfExists(list);
            Files.deleteIfExists(views);
        }
    }

    /** The kept views (and materialized views), as pg_dump writes them now: owner, grants and comments included. */
    void dumpKeptViews(
            String database, SchemaReplacement replacement, Path views, JobLog log, JobCancellation cancellation)
            throws Exception {
        List<String> patterns = replacement.viewPatterns();
        if (patterns.isEmpty()) {
            return;
        }
        List<String> args = new ArrayList<>(List.of("--schema-only", "--file=" + views));
        patterns.forEach(pattern -> args.add("--table=" + pattern));
        log.line("pgdeck: keeping " + String.join(", ", patterns) + ", which depend on " + replacement.schema());
        int exit = tools.run(tools.command(tools.require("pg_dump"), database, args), null, log, cancellation);
        if (exit != 0) {
            throw new ToolFailedException(
                    exit,
                    "pg_dump could not read the views that depend on " + replacement.schema()
                            + ". Nothing was changed.");
        }
    }

    private static void feed(
            OutputStream stdin, SchemaReplacement replacement, List<String> script, Path views, JobLog log)
            throws IOException {
        stdin.write(replacement.before().getBytes(StandardCharsets.UTF_8));
        Process restore = new ProcessBuilder(script)
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                .start();
        Thread messages = new Thread(() -> copyLines(restore.getErrorStream(), log), "pgdeck-replace-script");
        messages.start();
        try (InputStream archive = restore.getInputStream()) {
            archive.transferTo(stdin);
        } finally {
            int exit = awaitExit(restore);
            if (exit != 0) {
                throw new IOException("pg_restore could not write the archive's script (exit " + exit + ")");
            }
        }
        writeKept(stdin, replacement, views);
    }

    /** The end of a replace: the kept views as pg_dump wrote them, then the kept foreign keys. */
    static void writeKept(OutputStream stdin, SchemaReplacement replacement, Path views) throws IOException {
        if (Files.exists(views)) {
            Files.copy(views, stdin);
        }
        stdin.write(replacement.after().getBytes(StandardCharsets.UTF_8));
        stdin.flush();
    }

    private static int awaitExit(Process process) throws IOException {
        try {
            return process.waitFor();
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("stopped while pg_restore wrote its script");
        }
    }

    private static void copyLines(InputStream messages, JobLog log) {
        try {
            log.copyLines(messages);
        } catch (IOException e) {
            log.line("pgdeck: pg_restore's messages could not be read: " + e.getMessage());
        }
    }
}
