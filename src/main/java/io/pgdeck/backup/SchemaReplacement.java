package io.pgdeck.backup;

import io.pgdeck.server.ServerConnections;
import io.pgdeck.sql.SqlQuoting;
import io.pgdeck.sql.SqlResource;
import io.pgdeck.web.Problems;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.HttpStatus;

/**
 * Replace: a schema that exists is dropped and created again as the backup describes it, in the one transaction of
 * the restore, so that a failure changes nothing. What other schemas hold that depends on it (views, materialized
 * views, foreign keys) is found first and made again after it; what cannot be made again (a column typed with one of
 * its types, a default calling one of its sequences, an object of a role the team's role cannot act as) refuses the
 * restore before anything runs.
 */
final class SchemaReplacement {

    /** One object outside the schema that depends on it: kind, qualified name, and how to make it again. */
    record Dependent(
            String kind,
            String name,
            String description,
            String owner,
            boolean mayRecreate,
            boolean populated,
            String definition) {

        boolean view() {
            return kind.equals("view") || kind.equals("materialized view");
        }

        boolean keepable() {
            return !kind.equals("other") && mayRecreate;
        }
    }

    /** What the replace drops: tables and their rows (the planner's count), and the schema's other objects. */
    record Contents(long tables, long rows, long otherRelations, long routines, long types) {}

    private static final String DEPENDENTS = SqlResource.load(SchemaReplacement.class, "replace-dependents.sql");
    private static final String CONTENTS = SqlResource.load(SchemaReplacement.class, "replace-contents.sql");

    private final String schema;
    private final List<Dependent> dependents;
    private final Contents contents;

    private SchemaReplacement(String schema, List<Dependent> dependents, Contents contents) {
        this.schema = schema;
        this.dependents = List.copyOf(dependents);
        this.contents = contents;
    }

    static SchemaReplacement read(ServerConnections connections, String database, String schema) {
        try (Connection connection = connections.open(database)) {
            return new SchemaReplacement(schema, dependents(connection, schema), contents(connection, schema));
        } catch (SQLException e) {
            throw Problems.postgres(e);
        }
    }

    String schema() {
        return schema;
    }

    List<Dependent> dependents() {
        return dependents;
    }

    /** Refuses, naming each, when something outside the schema would be lost. */
    void requireNothingLost(String file) {
        List<String> lost = new ArrayList<>();
        for (Dependent dependent : dependents) {
            if (!dependent.keepable()) {
                lost.add(dependent.description() + " (" + reason(dependent) + ")");
            }
        }
        if (!lost.isEmpty()) {
            throw Problems.problem(
                    HttpStatus.CONFLICT,
                    "Replace would lose objects outside the schema",
                    "Replacing schema " + schema + " with '" + file + "' would drop what other schemas hold that"
                            + " depends on it, and pgdeck cannot make it again: " + String.join("; ", lost)
                            + ". Nothing was restored: change or drop these first, or restore with mode merge.");
        }
    }

    /** What the analysis says a replace will do with the live schema. */
    List<String> notes() {
        List<String> notes = new ArrayList<>();
        notes.add("Replace: schema " + schema + " exists here with " + contents.tables() + " table(s) holding about "
                + contents.rows() + " row(s), " + contents.otherRelations() + " view(s) and sequence(s), "
                + contents.routines() + " routine(s) and " + contents.types() + " type(s). It is dropped and made"
                + " again as the backup describes it, data included, in one transaction: if any entry fails,"
                + " nothing changes.");
        for (Dependent dependent : dependents) {
            notes.add(
                    dependent.keepable()
                            ? "Kept: " + dependent.kind() + " " + dependent.name() + " in another schema depends on "
                                    + schema + "; it is made again as it is after the replace."
                            : "Refused: " + dependent.description() + " would be lost (" + reason(dependent) + ").");
        }
        return notes;
    }

    /** The first statement the restore runs: the schema goes, with what depends on it (kept in {@link #after}). */
    String before() {
        return "DROP SCHEMA " + SqlQuoting.quoteIdentifier(schema) + " CASCADE;\n";
    }

    /** The kept views, as pg_dump's -t patterns that match exactly these names. */
    List<String> viewPatterns() {
        return dependents.stream().filter(Dependent::view).map(Dependent::name).toList();
    }

    /** The statements that end the restore: foreign keys made again, materialized views filled again. */
    String after() {
        StringBuilder sql = new StringBuilder();
        for (Dependent dependent : dependents) {
            if (dependent.kind().equals("foreign key")) {
                sql.append(dependent.definition()).append('\n');
            } else if (dependent.kind().equals("materialized view") && dependent.populated()) {
                sql.append("REFRESH MATERIALIZED VIEW ")
                        .append(dependent.name())
                        .append(";\n");
            }
        }
        return sql.toString();
    }

    private static String reason(Dependent dependent) {
        return dependent.kind().equals("other")
                ? "it would be dropped with the schema"
                : "it belongs to " + dependent.owner() + ", whom this role cannot act as";
    }

    private static List<Dependent> dependents(Connection connection, String schema) throws SQLException {
        List<Dependent> found = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(DEPENDENTS)) {
            statement.setString(1, schema);
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    found.add(new Dependent(
                            row.getString("kind"),
                            row.getString("name"),
                            row.getString("description"),
                            row.getString("owner"),
                            row.getBoolean("may_recreate"),
                            row.getBoolean("populated"),
                            row.getString("definition")));
                }
            }
        }
        return found;
    }

    private static Contents contents(Connection connection, String schema) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(CONTENTS)) {
            statement.setString(1, schema);
            try (ResultSet row = statement.executeQuery()) {
                if (!row.next()) {
                    return new Contents(0, 0, 0, 0, 0);
                }
                return new Contents(
                        row.getLong("tables"),
                        row.getLong("rows"),
                        row.getLong("other_relations"),
                        row.getLong("routines"),
                        row.getLong("types"));
            }
        }
    }
}
