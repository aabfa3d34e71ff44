package io.pgdeck.maintenance;

import io.pgdeck.jobs.Job;
import io.pgdeck.jobs.JobCancellation;
import io.pgdeck.jobs.JobLog;
import io.pgdeck.jobs.JobRunner;
import io.pgdeck.jobs.JobSpec;
import io.pgdeck.jobs.JobType;
import io.pgdeck.server.ServerConnections;
import io.pgdeck.sql.SqlQuoting;
import io.pgdeck.sql.SqlResource;
import io.pgdeck.web.Problems;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLWarning;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * VACUUM, ANALYZE, REINDEX and CLUSTER on a table or a whole schema, as a job: on a connection of its own with no
 * statement timeout (a VACUUM FULL can take long), one statement per table so the log shows progress, and the
 * server's notices (VERBOSE) in the log.
 */
@Component
final class Maintenance {

    record Started(long jobId, Job job, String command) {}

    private record Table(String name, boolean clustered) {}

    private static final Set<String> OPERATIONS = Set.of("vacuum", "analyze", "reindex", "cluster");
    private static final String TABLES = SqlResource.load(Maintenance.class, "maintenance-tables.sql");
    private static final String SCHEMA = SqlResource.load(Maintenance.class, "maintenance-schema.sql");

    private final ServerConnections connections;
    private final JobRunner jobs;

    Maintenance(ServerConnections connections, JobRunner jobs) {
        this.connections = connections;
        this.jobs = jobs;
    }

    Started start(String database, MaintenanceRequest request) {
        String operation = operation(request.operation());
        if (request.schema() == null || request.schema().isBlank()) {
            throw Problems.badRequest("Name the schema in 'schema' (and a table in 'table', or none for all).");
        }
        MaintenanceRequest.Options options = request.optionsOrNone();
        if ((options.full() || options.freeze()) && !operation.equals("vacuum")) {
            throw Problems.badRequest("FULL and FREEZE are options of VACUUM only.");
        }
        List<String> statements = statements(operation, request.schema(), tables(database, request), options);
        String object = database + "." + request.schema() + (request.table() == null ? "" : "." + request.table());
        String command = statements.isEmpty() ? "" : String.join(";\n", statements) + ";";
        Job job = jobs.submit(
                new JobSpec(JobType.MAINTENANCE, object, database, command, null),
                (log, cancellation) -> run(database, statements, log, cancellation));
        return new Started(job.id(), job, command);
    }

    private int run(String database, List<String> statements, JobLog log, JobCancellation cancellation)
            throws SQLException {
        if (statements.isEmpty()) {
            log.line("pgdeck: no table here has a clustered index, so CLUSTER has nothing to do");
            return 0;
        }
        try (Connection connection = connections.openDedicated(database);
                Statement statement = connection.createStatement()) {
            connection.setAutoCommit(true);
            statement.execute("SET statement_timeout = 0");
            cancellation.onCancel(() -> cancelQuietly(statement));
            for (String sql : statements) {
                cancellation.throwIfRequested();
                log.line("pgdeck: " + sql);
                try {
                    statement.execute(sql);
                } finally {
                    logNotices(statement.getWarnings(), log);
                    statement.clearWarnings();
                }
            }
            return 0;
        }
    }

    private static List<String> statements(
            String operation, String schema, List<Table> tables, MaintenanceRequest.Options options) {
        List<String> statements = new ArrayList<>();
        String verbose = options.verbose() ? "VERBOSE" : "";
        for (Table table : tables) {
            String name = SqlQuoting.qualified(schema, table.name());
            switch (operation) {
                case "vacuum" ->
                    statements.add("VACUUM "
                            + parenthesised(
                                    options.full() ? "FULL" : "",
                                    options.freeze() ? "FREEZE" : "",
                                    options.analyze() ? "ANALYZE" : "",
                                    verbose)
                            + name);
                case "analyze" -> statements.add("ANALYZE " + parenthesised(verbose) + name);
                case "reindex" -> statements.add("REINDEX " + parenthesised(verbose) + "TABLE " + name);
                default -> {
                    if (table.clustered()) {
                        statements.add("CLUSTER " + parenthesised(verbose) + name);
                    }
                }
            }
        }
        return statements;
    }

    private static String parenthesised(String... options) {
        List<String> given =
                List.of(options).stream().filter(option -> !option.isEmpty()).toList();
        return given.isEmpty() ? "" : "(" + String.join(", ", given) + ") ";
    }

    private List<Table> tables(String database, MaintenanceRequest request) {
        List<Table> tables = new ArrayList<>();
        try (Connection connection = connections.open(database)) {
            try (PreparedStatement schema = connection.prepareStatement(SCHEMA)) {
                schema.setString(1, request.schema());
                try (ResultSet row = schema.executeQuery()) {
                    if (!row.next() || !row.getBoolean(1)) {
                        throw Problems.notFound("There is no schema '" + request.schema() + "' in " + database + ".");
                    }
                }
            }
            try (PreparedStatement statement = connection.prepareStatement(TABLES)) {
                statement.setString(1, request.schema());
                statement.setString(2, request.table());
                statement.setString(3, request.table());
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        tables.add(new Table(rows.getString(1), rows.getBoolean(2)));
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot list the tables to maintain: " + e.getMessage(), e);
        }
        if (request.table() != null && tables.isEmpty()) {
            throw Problems.notFound("There is no table '" + request.schema() + "." + request.table() + "'.");
        }
        return tables;
    }

    private static String operation(String operation) {
        String normalised = operation == null ? "" : operation.trim().toLowerCase(Locale.ROOT);
        if (!OPERATIONS.contains(normalised)) {
            throw Problems.badRequest("'operation' must be vacuum, analyze, reindex or cluster.");
        }
        return normalised;
    }

    private static void logNotices(SQLWarning warning, JobLog log) {
        for (SQLWarning notice = warning; notice != null; notice = notice.getNextWarning()) {
            log.line(notice.getMessage());
        }
    }

    private static void cancelQuietly(Statement statement) {
        try {
            statement.cancel();
        } catch (SQLException ignored) {
            // The statement ended meanwhile: nothing left to cancel.
        }
    }
}
