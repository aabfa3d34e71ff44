package io.pgdeck.data;

import io.pgdeck.jobs.Job;
import io.pgdeck.jobs.JobCancellation;
import io.pgdeck.jobs.JobLog;
import io.pgdeck.jobs.JobRunner;
import io.pgdeck.jobs.JobSpec;
import io.pgdeck.jobs.JobType;
import io.pgdeck.sql.SqlQuoting;
import io.pgdeck.state.StateProperties;
import io.pgdeck.storage.StorageArea;
import io.pgdeck.storage.StorageProperties;
import io.pgdeck.web.Problems;
import io.swagger.v3.oas.annotations.media.Schema;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.SQLException;
import java.util.UUID;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponseException;

/**
 * CSV imports as jobs. Everything that can be refused (the deployment, the table, the file, the options) is checked
 * before the job is queued, so that a request either fails at once or answers 202 with a job that runs the COPY.
 */
@Component
final class ImportJobs {

    /** The answer to a queued import: its job, and the COPY it will run. */
    @Schema(name = "ImportStarted")
    record Started(long jobId, Job job, String command) {}

    /** Where an import runs: the database, and the table by its unquoted schema and name. */
    record Target(String database, String schema, String table) {

        String object() {
            return database + "." + schema + "." + table;
        }
    }

    private static final Logger logger = LoggerFactory.getLogger(ImportJobs.class);

    private final CsvChecks checks;
    private final CsvImport csvImport;
    private final StorageArea storage;
    private final JobRunner jobs;
    private final Path received;
    private final long largestBody;

    ImportJobs(
            CsvChecks checks,
            CsvImport csvImport,
            StorageArea storage,
            StorageProperties storageProperties,
            JobRunner jobs,
            StateProperties state) {
        this.checks = checks;
        this.csvImport = csvImport;
        this.largestBody = storageProperties.quota().toBytes();
        this.storage = storage;
        this.jobs = jobs;
        this.received = state.dir().toAbsolutePath().normalize().resolve("jobs").resolve("imports");
        // A file left here by a pgdeck that stopped mid-import belongs to a job that can no longer run.
        deleteLeftovers(received);
    }

    /** Imports a file of the storage area; 404 when there is no such file, 400 for a path leaving the area. */
    Started fromStorage(Target target, ImportRequest request) throws SQLException {
        if (request.file() == null || request.file().isBlank()) {
            throw Problems.badRequest("Name the CSV file in storage in 'file', e.g. uploads/customers.csv.");
        }
        Path file = storage.resolveEntry(request.file());
        if (Files.isDirectory(file)) {
            throw Problems.badRequest("'" + request.file() + "' is a folder: choose a CSV file in it.");
        }
        if (!Files.isRegularFile(file)) {
            throw Problems.notFound("There is no file '" + request.file() + "' in storage.");
        }
        CsvImport.Options options = prepare(target, request.optionsOrDefaults());
        String path = storage.pathOf(file);
        return submit(target, options, file, path, () -> {});
    }

    /**
     * Imports the CSV sent as a request body: streamed to a file of pgdeck's own first (the request ends before the
     * job runs), which is deleted when the job ends, however it ends.
     */
    Started fromBody(Target target, ImportRequest.Options requested, InputStream body) throws SQLException {
        CsvImport.Options options = prepare(target, requested);
        Path file = receive(body);
        try {
            return submit(target, options, file, null, () -> deleteQuietly(file));
        } catch (RuntimeException e) {
            deleteQuietly(file);
            throw e;
        }
    }

    private CsvImport.Options prepare(Target target, ImportRequest.Options requested) throws SQLException {
        return checks.prepare(target.database(), target.schema(), target.table(), requested.checked());
    }

    private Started submit(Target target, CsvImport.Options options, Path file, String storagePath, Runnable ended) {
        String command = "COPY " + SqlQuoting.qualified(target.schema(), target.table()) + " FROM "
                + (storagePath == null ? "the uploaded body" : SqlQuoting.quoteLiteral(storagePath)) + " "
                + CsvImport.withClause(options);
        Job job = jobs.submit(
                new JobSpec(JobType.IMPORT, target.object(), target.database(), command, storagePath),
                (log, cancellation) -> run(target, options, file, log, cancellation),
                ended);
        return new Started(job.id(), job, command);
    }

    private int run(Target target, CsvImport.Options options, Path file, JobLog log, JobCancellation cancellation)
            throws Exception {
        String table = target.schema() + "." + target.table();
        log.line("pgdeck: importing into " + table + " (" + Files.size(file) + " bytes)");
        try (InputStream in = Files.newInputStream(file)) {
            // Reading stops at once, and the COPY with it: nothing of the file is applied.
            cancellation.onCancel(() -> closeQuietly(in));
            CsvImport.Result result =
                    csvImport.importCsv(target.database(), target.schema(), target.table(), in, options, cancellation);
            log.line("pgdeck: columns " + String.join(", ", result.columns()));
            log.line("Imported " + result.rowsImported() + " rows into " + table);
            return 0;
        } catch (ErrorResponseException refused) {
            // The runner logs the message and keeps it as the job's note: the line's number and what is wrong with it.
            throw new ImportFailedException(refused.getBody().getDetail());
        }
    }

    /** Keeps the body in pgdeck's state folder, up to the storage quota: a body is a file the team sends, as an upload. */
    private Path receive(InputStream body) {
        Path file = received.resolve("import-" + UUID.randomUUID() + ".csv");
        try {
            Files.createDirectories(received);
            try (OutputStream out = Files.newOutputStream(file, StandardOpenOption.CREATE_NEW)) {
                copyAtMost(body, out, largestBody);
            }
            return file;
        } catch (IOException e) {
            deleteQuietly(file);
            throw Problems.badRequest(
                    "The CSV body could not be received to its end (" + e.getMessage() + "). Nothing was imported.");
        } catch (RuntimeException e) {
            deleteQuietly(file);
            throw e;
        }
    }

    static void copyAtMost(InputStream in, OutputStream out, long limit) throws IOException {
        byte[] buffer = new byte[1 << 16];
        long copied = 0;
        for (int read; (read = in.read(buffer)) >= 0; ) {
            copied += read;
            if (copied > limit) {
                throw Problems.problem(
                        HttpStatus.CONTENT_TOO_LARGE,
                        "Too large",
                        "The CSV body is larger than pgdeck.storage.quota (" + limit
                                + " bytes). Nothing was imported.");
            }
            out.write(buffer, 0, read);
        }
    }

    private static void closeQuietly(InputStream in) {
        try {
            in.close();
        } catch (IOException ignored) {
            // Closed is what was wanted.
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            logger.warn("cannot delete the imported file {}: {}", file, e.getMessage());
        }
    }

    private static void deleteLeftovers(Path folder) {
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (Stream<Path> files = Files.list(folder)) {
            files.forEach(ImportJobs::deleteQuietly);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot clear " + folder, e);
        }
    }

    /** An import that COPY refused: its message names the bad line and says that nothing was imported. */
    private static final class ImportFailedException extends Exception {
        private static final long serialVersionUID = 1L;

        ImportFailedException(String message) {
            super(message);
        }
    }
}
