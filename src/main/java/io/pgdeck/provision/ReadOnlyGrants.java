package io.pgdeck.provision;

import static io.pgdeck.provision.Step.role;

import io.pgdeck.sql.SqlQuoting;
import io.pgdeck.sql.SqlResource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Inside one database: what the production read-only role still needs to read everything (USAGE on every schema,
 * SELECT on every table and sequence, the same by default for what the owner creates later), and what must be taken
 * from PUBLIC so it can change nothing (CREATE on schemas, the large-object write functions).
 */
final class ReadOnlyGrants {

    private static final String READER_GAPS = SqlResource.load(ReadOnlyGrants.class, "reader-gaps.sql");
    private static final String DEFAULT_PRIVILEGES = SqlResource.load(ReadOnlyGrants.class, "default-privileges.sql");
    private static final String LARGE_OBJECTS = SqlResource.load(ReadOnlyGrants.class, "large-objects.sql");
    // Server-side file access: superuser-only by default, and never handed to the owner.
    private static final Set<String> FILE_FUNCTIONS = Set.of("lo_import", "lo_export");

    private ReadOnlyGrants() {}

    /** The steps, in {@code database}, that give {@code reader} read access to everything {@code owner} makes. */
    static List<Step> plan(Connection connection, String database, String owner, String reader, List<String> notes)
            throws SQLException {
        List<Step> steps = new ArrayList<>();
        String in = " in database " + database;
        for (SchemaGaps gaps : Maintenance.query(connection, READER_GAPS, SchemaGaps::read, reader)) {
            String schema = SqlQuoting.quoteIdentifier(gaps.schema());
            String where = " of schema " + gaps.schema() + in;
            if (gaps.publicCreate()) {
                steps.add(Step.sql(
                        "revoke CREATE on schema " + gaps.schema() + in + " from PUBLIC",
                        "REVOKE CREATE ON SCHEMA " + schema + " FROM PUBLIC"));
            }
            if (gaps.lacksUsage()) {
                steps.add(Step.sql(
                        "grant USAGE" + where + " to " + reader,
                        "GRANT USAGE ON SCHEMA " + schema + " TO " + role(reader)));
            }
            if (gaps.lacksTables()) {
                steps.add(Step.sql(
                        "grant SELECT on the tables" + where + " to " + reader,
                        "GRANT SELECT ON ALL TABLES IN SCHEMA " + schema + " TO " + role(reader)));
            }
            if (gaps.lacksSequences()) {
                steps.add(Step.sql(
                        "grant SELECT on the sequences" + where + " to " + reader,
                        "GRANT SELECT ON ALL SEQUENCES IN SCHEMA " + schema + " TO " + role(reader)));
            }
        }
        for (String type : Maintenance.query(connection, DEFAULT_PRIVILEGES, row -> row.text("type"), owner, reader)) {
            steps.add(defaultPrivilege(type, owner, reader, in));
        }
        steps.addAll(largeObjects(connection, database, owner, notes));
        return steps;
    }

    private static Step defaultPrivilege(String type, String owner, String reader, String in) {
        String what = switch (type) {
            case "r" -> "SELECT ON TABLES";
            case "S" -> "SELECT ON SEQUENCES";
            default -> "USAGE ON SCHEMAS";
        };
        return Step.sql(
                "grant " + what + " by default on what " + owner + " creates" + in + " to " + reader,
                "ALTER DEFAULT PRIVILEGES FOR ROLE " + role(owner) + " GRANT " + what + " TO " + role(reader));
    }

    private static List<Step> largeObjects(Connection connection, String database, String owner, List<String> notes)
            throws SQLException {
        List<Step> steps = new ArrayList<>();
        List<String> stuck = new ArrayList<>();
        for (LargeObjectFunction function :
                Maintenance.query(connection, LARGE_OBJECTS, LargeObjectFunction::read, owner)) {
            // Taken from PUBLIC, given to the owner in its own name: pg_restore of large objects keeps working in
            // staging.
            boolean handBack =
                    !FILE_FUNCTIONS.contains(function.name()) && (function.publicMay() || !function.ownerMay());
            if (!function.publicMay() && !handBack) {
                continue;
            }
            if (!function.mayChange()) {
                if (function.publicMay()) {
                    stuck.add(function.name());
                }
                continue;
            }
            String signature = SqlQuoting.qualified("pg_catalog", function.name()) + "(" + function.arguments() + ")";
            List<String> sql = new ArrayList<>();
            if (function.publicMay()) {
                sql.add("REVOKE EXECUTE ON FUNCTION " + signature + " FROM PUBLIC");
            }
            if (handBack) {
                sql.add("GRANT EXECUTE ON FUNCTION " + signature + " TO " + role(owner));
            }
            steps.add(Step.sql(
                    "keep " + function.name() + "(" + function.arguments() + ") in database " + database + " to "
                            + (FILE_FUNCTIONS.contains(function.name()) ? "superusers" : owner),
                    sql.toArray(String[]::new)));
        }
        if (!stuck.isEmpty()) {
            notes.add("the maintenance role may not revoke "
                    + String.join(", ", stuck.stream().distinct().toList())
                    + " from PUBLIC in database " + database + " (only a superuser may): the read-only role can still"
                    + " call them, and only its read-only transaction stops them");
        }
        return steps;
    }

    private record SchemaGaps(
            String schema, boolean lacksUsage, boolean lacksTables, boolean lacksSequences, boolean publicCreate) {
        static SchemaGaps read(Maintenance.Row row) throws SQLException {
            return new SchemaGaps(
                    row.text("schema"),
                    row.flag("lacks_usage"),
                    row.flag("lacks_tables"),
                    row.flag("lacks_sequences"),
                    row.flag("public_create"));
        }
    }

    private record LargeObjectFunction(
            String name, String arguments, boolean publicMay, boolean ownerMay, boolean mayChange) {
        static LargeObjectFunction read(Maintenance.Row row) throws SQLException {
            return new LargeObjectFunction(
                    row.text("name"),
                    row.text("arguments"),
                    row.flag("public_may"),
                    row.flag("owner_may"),
                    row.flag("may_change"));
        }
    }
}
