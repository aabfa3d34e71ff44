package io.pgdeck.backup;

import io.pgdeck.deployment.DeploymentSettings;
import io.pgdeck.jobs.ExternalCommand;
import io.pgdeck.jobs.Job;
import io.pgdeck.jobs.JobCancellation;
import io.pgdeck.jobs.JobLog;
import io.pgdeck.jobs.JobRunner;
import io.pgdeck.jobs.JobSpec;
import io.pgdeck.jobs.JobType;
import io.pgdeck.jobs.ToolFailedException;
import io.pgdeck.server.ServerConnections;
import io.pgdeck.state.StateProperties;
import io.pgdeck.storage.StorageArea;
import io.pgdeck.web.Problems;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Restores: a file in the storage area analysed (what it holds, what pgdeck leaves out here and why) and restored
 * into a database by pg_restore with a filtered list, or, for a plain script, by psql fed the kept statements.
 */
@Component
final class Restores {

    record Started(long jobId, Job job, String command, RestoreAnalysis analysis) {}

    /** An archive's plan, and the schema replacement it makes when its schema exists here (null when none). */
    private record ArchiveRestore(ArchiveAnalyzer.Plan plan, SchemaReplacement replacement) {}

    private static final long CHECKED_AT_ONCE = 64L * 1024 * 1024;

    private final StorageArea storage;
    private final DumpInspector inspector;
    private final ServerTools tools;
    private final ServerConnections connections;
    private final OptionsReader optionsReader;
    private final JobRunner jobs;
    private final boolean multiTenant;
    private final Path work;
    private final ReplaceRun replaceRun;

    Restores(
            StorageArea storage,
            DumpInspector inspector,
            ServerTools tools,
            ServerConnections connections,
            OptionsReader optionsReader,
            JobRunner jobs,
            DeploymentSettings deployment,
            StateProperties state) {
        this.storage = storage;
        this.inspector = inspector;
        this.tools = tools;
        this.connections = connections;
        this.optionsReader = optionsReader;
        this.jobs = jobs;
        this.multiTenant = deployment.isMultiTenant();
        this.work = state.dir().toAbsolutePath().normalize().resolve("jobs").resolve("work");
        this.replaceRun = new ReplaceRun(tools, work);
    }

    RestoreOptions defaults() {
        return RestoreOptions.defaults(multiTenant);
    }

    RestoreAnalysis analyse(String database, RestoreRequest request) {
        Source source = source(request);
        RestoreOptions options = options(request, source);
        if (source.kind().format().isArchive()) {
            return archivePlan(database, source, request.schema(), options)
                    .plan()
                    .analysis();
        }
        try (TargetFacts facts = TargetFacts.read(connections, database)) {
            String replaced = plainReplaced(source, facts, options);
            RestoreOptions decided = decided(options, replaced);
            PlainScan scan = scanPlain(source, facts, decided, null, replaced);
            RestoreAnalysis analysis = plainAnalysis(source, scan, decided);
            return replaced == null
                    ? analysis
                    : analysis.withNotes(SchemaReplacement.read(connections, database, replaced)
                            .notes());
        }
    }

    /** A plain script's one schema when it exists here and the restore is not a merge; else null. */
    private String plainReplaced(Source source, TargetFacts facts, RestoreOptions options) {
        if (RestoreOptions.MERGE.equals(options.mode())) {
            return null;
        }
        List<String> schemas = scanPlain(source, facts, options, null, null).entries().stream()
                .filter(entry -> entry.type().equals("CREATE SCHEMA"))
                .map(DumpEntry::name)
                .distinct()
                .toList();
        return schemas.size() == 1 && facts.schemaOwner(schemas.get(0)).isPresent() ? schemas.get(0) : null;
    }

    private static RestoreOptions decided(RestoreOptions options, String replaced) {
        return options.withMode(replaced == null ? RestoreOptions.MERGE : RestoreOptions.REPLACE);
    }

    Started start(String database, RestoreRequest request) {
        Source source = source(request);
        RestoreOptions options = options(request, source);
        String object = request.schema() == null ? database : database + "." + request.schema();
        if (source.kind().format().isArchive()) {
            ArchiveRestore restore = archivePlan(database, source, request.schema(), options);
            if (restore.replacement() != null) {
                return startReplace(database, object, source, restore);
            }
            ArchiveAnalyzer.Plan plan = restore.plan();
            Path list = work.resolve("restore-" + UUID.randomUUID() + ".list");
            ExternalCommand command = tools.command(
                    tools.require("pg_restore"), database, PgRestoreArguments.of(plan.options(), list, source.path()));
            Job job = jobs.submit(
                    new JobSpec(JobType.RESTORE, object, database, command.display(), source.file()),
                    (log, cancellation) -> restoreArchive(plan, list, command, log, cancellation));
            return new Started(job.id(), job, command.display(), plan.analysis());
        }
        SchemaReplacement replacement;
        RestoreOptions decided;
        try (TargetFacts facts = TargetFacts.read(connections, database)) {
            // A script is checked before the answer, so that a file that is not SQL fails the request itself.
            String replaced = size(source.path()) <= CHECKED_AT_ONCE ? plainReplaced(source, facts, options) : null;
            decided = decided(options, replaced);
            replacement = replaced == null ? null : SchemaReplacement.read(connections, database, replaced);
        }
        if (replacement != null) {
            replacement.requireNothingLost(source.file());
        }
        ExternalCommand command = tools.command(tools.require("psql"), database, PsqlArguments.of(decided));
        Job job = jobs.submit(
                new JobSpec(JobType.RESTORE, object, database, command.display(), source.file()),
                (log, cancellation) ->
                        restorePlain(database, source, decided, replacement, command, log, cancellation));
        return new Started(job.id(), job, command.display(), null);
    }

    private Started startReplace(String database, String object, Source source, ArchiveRestore restore) {
        SchemaReplacement replacement = restore.replacement();
        replacement.requireNothingLost(source.file());
        ArchiveAnalyzer.Plan plan = restore.plan();
        Path list = work.resolve("restore-" + UUID.randomUUID() + ".list");
        List<String> script = replaceRun.script(plan.options(), list, source.path());
        ExternalCommand psql = replaceRun.psql(database, plan.options());
        String command = String.join(" ", script) + " | " + psql.display();
        Job job = jobs.submit(
                new JobSpec(JobType.RESTORE, object, database, command, source.file()), (log, cancellation) -> {
                    RestoreErrors errors = new RestoreErrors();
                    log.watch(errors);
                    RestoreAnalysis.logLeftOut(
                            log, plan.analysis().leftOut(), plan.analysis().leftOutCount());
                    plan.analysis().notes().forEach(note -> log.line("pgdeck: " + note));
                    return replaceRun.run(
                            database, list, plan.useList(), replacement, script, psql, errors, log, cancellation);
                });
        return new Started(job.id(), job, command, plan.analysis());
    }

    private int restoreArchive(
            ArchiveAnalyzer.Plan plan, Path list, ExternalCommand command, JobLog log, JobCancellation cancellation)
            throws Exception {
        try {
            Files.createDirectories(list.getParent());
            Files.writeString(list, plan.useList(), StandardCharsets.UTF_8);
            RestoreErrors errors = new RestoreErrors();
            log.watch(errors);
            RestoreAnalysis.logLeftOut(
                    log, plan.analysis().leftOut(), plan.analysis().leftOutCount());
            plan.analysis().notes().forEach(note -> log.line("pgdeck: " + note));
            return checked(tools.run(command, null, log, cancellation), errors);
        } finally {
            Files.deleteIfExists(list);
        }
    }

    /** A tool's failure becomes the job's note, naming the failing entry and the reason on its first line. */
    private static int checked(int exitCode, RestoreErrors errors) throws ToolFailedException {
        if (exitCode != 0) {
            throw new ToolFailedException(exitCode, errors.note(exitCode));
        }
        return 0;
    }

    /**
     * Reads the whole script once before psql starts: a script that is not SQL, or is cut short, fails here with
     * nothing restored. The second pass feeds psql what is kept, under a {@code \restrict} of pgdeck's own so that
     * psql refuses any meta-command the script might still hold.
     */
    private int restorePlain(
            String database,
            Source source,
            RestoreOptions options,
            SchemaReplacement replacement,
            ExternalCommand command,
            JobLog log,
            JobCancellation cancellation)
            throws Exception {
        String replaced = replacement == null ? null : replacement.schema();
        Path views = work.resolve("replace-" + UUID.randomUUID() + ".sql");
        try (TargetFacts facts = TargetFacts.read(connections, database)) {
            log.line("pgdeck: reading " + source.file() + " before restoring it");
            PlainScan check = scanPlain(source, facts, options, null, replaced);
            RestoreAnalysis.logLeftOut(log, RestoreAnalysis.leftOut(check.entries()), check.leftOutCount());
            cancellation.throwIfRequested();
            if (replacement != null) {
                replacement.notes().forEach(note -> log.line("pgdeck: " + note));
                replaceRun.dumpKeptViews(database, replacement, views, log, cancellation);
            }
            String key = tools.require("psql").restrictKey(source.file());
            RestoreErrors errors = new RestoreErrors();
            log.watch(errors);
            int exit = tools.run(
                    command, stdin -> feed(stdin, source, facts, options, key, replacement, views), log, cancellation);
            return checked(exit, errors);
        } finally {
            Files.deleteIfExists(views);
        }
    }

    private void feed(
            OutputStream stdin,
            Source source,
            TargetFacts facts,
            RestoreOptions options,
            String key,
            SchemaReplacement replacement,
            Path views)
            throws IOException {
        if (replacement != null) {
            stdin.write(replacement.before().getBytes(StandardCharsets.UTF_8));
        }
        Writer psql = new BufferedWriter(new OutputStreamWriter(stdin, StandardCharsets.ISO_8859_1), 256 * 1024);
        psql.write("\\restrict " + key + "\n");
        scanPlain(source, facts, options, psql, replacement == null ? null : replacement.schema());
        psql.write("\\unrestrict " + key + "\n");
        psql.flush();
        if (replacement != null) {
            ReplaceRun.writeKept(stdin, replacement, views);
        }
    }

    private PlainScan scanPlain(
            Source source, TargetFacts facts, RestoreOptions options, Writer output, String replaced) {
        RestorePolicy policy = new RestorePolicy(multiTenant, facts, options, replaced);
        PlainScan scan = new PlainScan(source.file(), new PlainStatements(policy, facts), output);
        try (InputStream in = DumpInspector.open(source.path(), source.kind().gzip());
                Reader reader = new InputStreamReader(in, StandardCharsets.ISO_8859_1)) {
            PlainScriptReader.read(reader, scan);
        } catch (IOException e) {
            if (output != null) {
                throw new UncheckedIOException(e);
            }
            throw new NotRestorableException(source.file(), "it cannot be read to the end (" + e.getMessage() + ").");
        }
        return scan;
    }

    private RestoreAnalysis plainAnalysis(Source source, PlainScan scan, RestoreOptions options) {
        List<DumpEntry> leftOut = RestoreAnalysis.leftOut(scan.entries());
        return new RestoreAnalysis(
                source.file(),
                DumpFormat.PLAIN,
                source.kind().gzip(),
                size(source.path()),
                null,
                null,
                scan.entryCount(),
                scan.leftOutCount(),
                scan.entries(),
                leftOut,
                List.of(),
                options);
    }

    private ArchiveRestore archivePlan(String database, Source source, String schema, RestoreOptions options) {
        ArchiveListing listing = inspector.list(source.file(), source.path());
        inspector.requireComplete(source.file(), source.path(), source.kind().format(), listing);
        try (TargetFacts facts = TargetFacts.read(connections, database)) {
            String replaced = replacedSchema(listing, schema, options, facts);
            RestoreOptions decided = options.withMode(replaced == null ? RestoreOptions.MERGE : RestoreOptions.REPLACE);
            ArchiveAnalyzer analyzer =
                    new ArchiveAnalyzer(new RestorePolicy(multiTenant, facts, decided, replaced), facts, schema);
            Map<Integer, String> privileges = PrivilegeStatements.read(
                    tools.require("pg_restore"),
                    work,
                    source.file(),
                    source.path(),
                    analyzer.needingStatements(listing, decided));
            ArchiveAnalyzer.Plan plan =
                    analyzer.plan(source.file(), source.kind(), size(source.path()), listing, privileges, decided);
            if (replaced == null) {
                String dumped = dumpedSchema(listing, schema);
                return dumped == null || facts.schemaOwner(dumped).isEmpty()
                        ? new ArchiveRestore(plan, null)
                        : new ArchiveRestore(
                                withNotes(plan, MergeClashes.notes(connections, database, dumped, listing.entries())),
                                null);
            }
            SchemaReplacement replacement = SchemaReplacement.read(connections, database, replaced);
            return new ArchiveRestore(withNotes(plan, replacement.notes()), replacement);
        }
    }

    private static ArchiveAnalyzer.Plan withNotes(ArchiveAnalyzer.Plan plan, List<String> notes) {
        return new ArchiveAnalyzer.Plan(plan.analysis().withNotes(notes), plan.useList(), plan.options());
    }

    /** The archive's one schema, or the one the request limits it to; null when it holds several and none is named. */
    private static String dumpedSchema(ArchiveListing listing, String schema) {
        List<String> schemas = listing.entries().stream()
                .filter(entry -> entry.desc().equals("SCHEMA"))
                .map(TocEntry::tag)
                .toList();
        String candidate = schema != null ? schema : schemas.size() == 1 ? schemas.get(0) : null;
        return candidate != null && schemas.contains(candidate) ? candidate : null;
    }

    /**
     * The schema a restore replaces: the archive's one schema (or the one the request limits it to) when it exists
     * here and the restore is neither a merge, nor data only, nor a clean of its own.
     */
    private static String replacedSchema(
            ArchiveListing listing, String schema, RestoreOptions options, TargetFacts facts) {
        if (RestoreOptions.MERGE.equals(options.mode())
                || options.typeOfObjects().onlyData()
                || options.queries().clean()) {
            return null;
        }
        List<String> schemas = listing.entries().stream()
                .filter(entry -> entry.desc().equals("SCHEMA"))
                .map(TocEntry::tag)
                .toList();
        String candidate = schema != null ? schema : schemas.size() == 1 ? schemas.get(0) : null;
        return candidate != null
                        && schemas.contains(candidate)
                        && facts.schemaOwner(candidate).isPresent()
                ? candidate
                : null;
    }

    private RestoreOptions options(RestoreRequest request, Source source) {
        RestoreOptions options = optionsReader.read(request.options(), defaults(), RestoreOptions.class);
        if (request.schema() != null && request.schema().isBlank()) {
            throw Problems.badRequest("'schema' is empty: leave it out to restore everything.");
        }
        RestoreChecks.require(options, source.kind().format(), request.schema());
        if (options.mode() != null
                && !List.of(RestoreOptions.REPLACE, RestoreOptions.MERGE).contains(options.mode())) {
            throw Problems.badRequest("'mode' is replace or merge.");
        }
        return options;
    }

    private Source source(RestoreRequest request) {
        Backups.requireText(request.file(), "Name the file to restore in 'file', e.g. backups/app.dump.");
        Path path = storage.resolve(request.file());
        if (!Files.exists(path)) {
            throw Problems.notFound("There is no file '" + request.file() + "' in storage.");
        }
        String file = storage.pathOf(path);
        return new Source(file, path, inspector.detect(file, path));
    }

    private static long size(Path path) {
        try {
            return BackupFiles.size(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A file to restore: its storage path, where it is, and what kind of dump it is. */
    record Source(String file, Path path, DumpInspector.Kind kind) {}
}
