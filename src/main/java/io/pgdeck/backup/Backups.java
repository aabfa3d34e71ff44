package io.pgdeck.backup;

import io.pgdeck.deployment.DeploymentSettings;
import io.pgdeck.jobs.ExternalCommand;
import io.pgdeck.jobs.Job;
import io.pgdeck.jobs.JobCancellation;
import io.pgdeck.jobs.JobLog;
import io.pgdeck.jobs.JobRunner;
import io.pgdeck.jobs.JobSpec;
import io.pgdeck.jobs.JobType;
import io.pgdeck.server.ServerConnections;
import io.pgdeck.sql.SqlResource;
import io.pgdeck.storage.StorageArea;
import io.pgdeck.storage.StorageQuota;
import io.pgdeck.web.Problems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;

/** Backups: a request checked and turned into a pg_dump job that writes into the storage area. */
@Component
final class Backups {

    /** What the page shows before a backup runs, and what a started backup answers besides its job. */
    record Preview(String object, String command, List<String> warnings) {}

    record Started(long jobId, Job job, String command, List<String> warnings) {}

    /** A pg_dump that exited cleanly as its cancel arrived: its file is not published, so the job did not succeed. */
    private static final int NOT_WRITTEN = 1;

    private static final String TARGET_EXISTS = SqlResource.load(Backups.class, "backup-target.sql");
    private static final String DATA_SIZE = SqlResource.load(Backups.class, "backup-data-size.sql");

    private final BackupDefaults defaults;
    private final OptionsReader optionsReader;
    private final StorageArea storage;
    private final BackupFiles files;
    private final ServerTools tools;
    private final ServerConnections connections;
    private final JobRunner jobs;
    private final StorageQuota quota;
    private final boolean multiTenant;

    Backups(
            BackupDefaults defaults,
            OptionsReader optionsReader,
            StorageArea storage,
            BackupFiles files,
            ServerTools tools,
            ServerConnections connections,
            JobRunner jobs,
            StorageQuota quota,
            DeploymentSettings deployment) {
        this.defaults = defaults;
        this.optionsReader = optionsReader;
        this.storage = storage;
        this.files = files;
        this.tools = tools;
        this.connections = connections;
        this.jobs = jobs;
        this.quota = quota;
        this.multiTenant = deployment.isMultiTenant();
    }

    Preview preview(String database, BackupRequest request) {
        BackupPlan plan = plan(database, request);
        ExternalCommand command = command(plan, plan.target());
        return new Preview(plan.object(), command.display(), warnings(plan));
    }

    Started start(String database, BackupRequest request) {
        BackupPlan plan = plan(database, request);
        requireRoom(plan);
        Path temporary = files.temporaryBeside(plan.target());
        ExternalCommand command = command(plan, temporary);
        Job job = jobs.submit(
                new JobSpec(JobType.BACKUP, plan.object(), database, command.display(), plan.file()),
                (log, cancellation) -> run(plan, command, temporary, log, cancellation));
        return new Started(job.id(), job, command.display(), warnings(plan));
    }

    private int run(BackupPlan plan, ExternalCommand command, Path temporary, JobLog log, JobCancellation cancellation)
            throws Exception {
        try {
            Files.createDirectories(plan.target().getParent());
            log.line("pgdeck: backing up " + plan.object() + " to " + plan.file() + " ("
                    + plan.format().apiName() + " format)");
            JobCancellation tool = cancellation.step();
            int exit;
            try (StorageQuota.Watch watch = quota.watch(temporary, tool::request)) {
                exit = tools.run(command, null, log, tool);
                if (watch.exceeded()) {
                    log.line("pgdeck: the storage quota (" + watch.limitText() + ") was reached; pg_dump was stopped "
                            + "and nothing was written to " + plan.file());
                    throw new IllegalStateException("The backup stopped when it reached the storage quota ("
                            + watch.limitText() + "): nothing was written. Delete files in Storage to make room.");
                }
            }
            if (exit != 0 || cancellation.requested()) {
                log.line("pgdeck: pg_dump did not finish; nothing was written to " + plan.file());
                return exit != 0 ? exit : NOT_WRITTEN;
            }
            files.publish(temporary, plan.target(), plan.overwrite());
            log.line("pgdeck: backup written to " + plan.file() + " (" + BackupFiles.size(plan.target()) + " bytes)");
            return 0;
        } finally {
            BackupFiles.deleteRecursively(temporary);
        }
    }

    /**
     * Refuses before anything runs a backup that cannot fit: none fits a full area, and an uncompressed one (plain,
     * tar) needs at least its tables' data. A compressed one is watched while it is written instead.
     */
    private void requireRoom(BackupPlan plan) {
        quota.requireRoom(1);
        if (plan.format() == DumpFormat.PLAIN || plan.format() == DumpFormat.TAR) {
            quota.requireRoom(estimatedDataSize(plan));
        }
    }

    private long estimatedDataSize(BackupPlan plan) {
        try (Connection connection = connections.open(plan.database());
                PreparedStatement statement = connection.prepareStatement(DATA_SIZE)) {
            String schema = plan.scope() == BackupScope.DATABASE ? null : plan.schema();
            String table = plan.scope() == BackupScope.TABLE ? plan.table() : null;
            statement.setString(1, schema);
            statement.setString(2, schema);
            statement.setString(3, table);
            statement.setString(4, table);
            try (ResultSet row = statement.executeQuery()) {
                return row.next() ? row.getLong(1) : 0;
            }
        } catch (SQLException e) {
            return 0;
        }
    }

    BackupDefaultsView defaults(String scope) {
        BackupScope parsed = scope == null ? defaults.scope() : parse(scope, BackupScope.class, "scope");
        return new BackupDefaultsView(parsed, defaults.format(), defaults.options(parsed));
    }

    record BackupDefaultsView(BackupScope scope, DumpFormat format, BackupOptions options) {}

    private BackupPlan plan(String database, BackupRequest request) {
        BackupScope scope = parse(request.scope(), BackupScope.class, "scope");
        if (scope != BackupScope.DATABASE) {
            requireText(request.schema(), "Name the schema to back up in 'schema'.");
        }
        if (scope == BackupScope.TABLE) {
            requireText(request.table(), "Name the table to back up in 'table'.");
        }
        DumpFormat format =
                request.format() == null ? defaults.format() : parse(request.format(), DumpFormat.class, "format");
        requireText(request.file(), "Give the backup's file name in 'file', e.g. backups/app.dump.");
        Path target = storage.resolveEntry(request.file());
        boolean overwrite = Boolean.TRUE.equals(request.overwrite());
        if (Files.exists(target) && !overwrite) {
            throw Problems.conflict("'" + request.file() + "' already exists in storage: choose another name, or"
                    + " set overwrite to replace it.");
        }
        BackupOptions options = optionsReader.read(request.options(), defaults.options(scope), BackupOptions.class);
        BackupPlan plan = new BackupPlan(
                database,
                scope,
                request.schema(),
                request.table(),
                storage.pathOf(target),
                target,
                format,
                overwrite,
                options);
        requireObjectExists(plan);
        return plan;
    }

    private ExternalCommand command(BackupPlan plan, Path output) {
        return tools.command(tools.require("pg_dump"), plan.database(), PgDumpArguments.of(plan, output));
    }

    /** On a shared server some backups will not restore into the team's database: say so before they run. */
    private List<String> warnings(BackupPlan plan) {
        List<String> warnings = new ArrayList<>();
        if (!multiTenant) {
            return warnings;
        }
        if (plan.scope() == BackupScope.DATABASE) {
            warnings.add("A database-level backup will not restore here. It holds what only the platform's"
                    + " maintenance user may run on this shared server: CREATE DATABASE, the database's settings,"
                    + " grants and comments, and ownership by the server's roles. Back up a schema instead"
                    + " (Backup on the schema); pgdeck's Restore would leave those entries out.");
        }
        BackupOptions options = plan.options();
        if (options.queries().createDatabase()) {
            warnings.add("Include CREATE DATABASE: the team's role cannot create databases on this server, so a"
                    + " restore here leaves that statement out.");
        }
        if (!options.doNotSave().owner()) {
            warnings.add("Owners are saved: restoring here leaves ownership out, and every object will belong to"
                    + " the team's role.");
        }
        if (!options.doNotSave().privileges()) {
            warnings.add("Privileges are saved: restoring here keeps only grants that widen nobody's access.");
        }
        return warnings;
    }

    private void requireObjectExists(BackupPlan plan) {
        if (plan.scope() == BackupScope.DATABASE) {
            return;
        }
        try (Connection connection = connections.open(plan.database());
                PreparedStatement statement = connection.prepareStatement(TARGET_EXISTS)) {
            statement.setString(1, plan.schema());
            statement.setString(2, plan.schema());
            statement.setString(3, plan.table() == null ? "" : plan.table());
            try (ResultSet row = statement.executeQuery()) {
                row.next();
                if (!row.getBoolean("schema_exists")) {
                    throw Problems.notFound("There is no schema '" + plan.schema() + "' in " + plan.database() + ".");
                }
                if (plan.scope() == BackupScope.TABLE && !row.getBoolean("table_exists")) {
                    throw Problems.notFound("There is no table '" + plan.schema() + "." + plan.table() + "'.");
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot check the backup's schema: " + e.getMessage(), e);
        }
    }

    static <E extends Enum<E>> E parse(String value, Class<E> type, String field) {
        if (value == null || value.isBlank()) {
            throw Problems.badRequest("'" + field + "' is required.");
        }
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw Problems.badRequest("'" + field + "' cannot be '" + value + "'.");
        }
    }

    static void requireText(String value, String detail) {
        if (value == null || value.isBlank()) {
            throw Problems.badRequest(detail);
        }
    }
}
