package io.pgdeck.backup;

import io.pgdeck.backup.RestorePlans.ArchiveRestore;
import io.pgdeck.backup.RestorePlans.Source;
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
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Restores as jobs, as RestorePlans planned them: an archive by pg_restore with a filtered list (or, replacing a
 * schema, pg_restore's script and psql in one transaction), a plain script by psql fed the kept statements.
 */
@Component
final class Restores {

    record Started(long jobId, Job job, String command, RestoreAnalysis analysis) {}

    private static final long CHECKED_AT_ONCE = 64L * 1024 * 1024;

    private final RestorePlans plans;
    private final ServerTools tools;
    private final ServerConnections connections;
    private final JobRunner jobs;
    private final Path work;
    private final ReplaceRun replaceRun;

    Restores(
            RestorePlans plans,
            ServerTools tools,
            ServerConnections connections,
            JobRunner jobs,
            StateProperties state) {
        this.plans = plans;
        this.tools = tools;
        this.connections = connections;
        this.jobs = jobs;
        this.work = workFolder(state);
        this.replaceRun = new ReplaceRun(tools, work);
    }

    /** Where restores keep their lists and scripts while they run. */
    static Path workFolder(StateProperties state) {
        return state.dir().toAbsolutePath().normalize().resolve("jobs").resolve("work");
    }

    Started start(String database, RestoreRequest request) {
        Source source = plans.source(request);
        RestoreOptions options = plans.options(request, source);
        String object = request.schema() == null ? database : database + "." + request.schema();
        if (source.kind().format().isArchive()) {
            ArchiveRestore restore = plans.archivePlan(database, source, request.schema(), options);
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
            String replaced = RestorePlans.size(source.path()) <= CHECKED_AT_ONCE
                    ? plans.plainReplaced(source, facts, options)
                    : null;
            decided = RestorePlans.decided(options, replaced);
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
            PlainScan check = plans.scanPlain(source, facts, options, null, replaced);
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
        plans.scanPlain(source, facts, options, psql, replacement == null ? null : replacement.schema());
        psql.write("\\unrestrict " + key + "\n");
        psql.flush();
        if (replacement != null) {
            ReplaceRun.writeKept(stdin, replacement, views);
        }
    }
}
