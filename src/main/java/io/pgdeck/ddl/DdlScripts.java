package io.pgdeck.ddl;

import io.pgdeck.server.ServerConnections;
import io.pgdeck.sql.ObjectKind;
import io.pgdeck.sql.SqlComments;
import io.pgdeck.web.Problems;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Scripts that recreate one object, or a whole schema, read from the catalog in one consistent snapshot and printed
 * as pg_dump prints them.
 */
@Component
final class DdlScripts {

    /** What the whole-schema script sets first, as pg_dump does: bodies may name objects created further down. */
    private static final String PREAMBLE = """
            SET check_function_bodies = false;
            SET client_min_messages = warning;

            """;

    private final ServerConnections connections;

    DdlScripts(ServerConnections connections) {
        this.connections = connections;
    }

    Script object(String database, String schema, ObjectKind kind, String name) throws SQLException {
        return read(database, schema, catalog -> {
            List<Row> found = catalog.query("resolve.sql", resolveFamily(kind), schema, name, kind.codes());
            if (found.isEmpty()) {
                throw Problems.notFound(
                        "There is no " + kind.segment() + " entry named '" + name + "' in schema '" + schema + "'.");
            }
            List<Item> items =
                    ScriptPlan.object(catalog, kind.family(), found.get(0).number("oid"));
            return new Script(schema, "", items, "");
        });
    }

    Script schema(String database, String schema) throws SQLException {
        return read(database, schema, catalog -> {
            String heading = "--\n-- Schema " + SqlComments.line(schema) + ", recreated by pgdeck\n--\n\n" + PREAMBLE;
            return new Script(schema, heading, ScriptPlan.wholeSchema(catalog), unscripted(catalog));
        });
    }

    /** Says which objects of the schema the script leaves out, rather than let it pass for complete. */
    private static String unscripted(Catalog catalog) throws SQLException {
        List<Row> left = catalog.rows("unscripted.sql", null);
        if (left.isEmpty()) {
            return "";
        }
        StringBuilder note =
                new StringBuilder("--\n-- Not scripted: pgdeck writes no SQL for these objects of the schema:\n");
        left.forEach(row -> note.append("--   ")
                .append(SqlComments.line(row.text("description")))
                .append('\n'));
        return note.append("--\n").toString();
    }

    private interface Work {
        Script run(Catalog catalog) throws SQLException;
    }

    /** Runs {@code work} in a read-only snapshot with an empty search_path, so that deparsed names are qualified. */
    private Script read(String database, String schema, Work work) throws SQLException {
        try (Connection connection = connections.open(database)) {
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                statement.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY");
                statement.execute("SELECT pg_catalog.set_config('search_path', '', true)");
                Catalog catalog = new Catalog(connection, schema);
                if (catalog.rows("schema.sql", null).isEmpty()) {
                    throw Problems.notFound("There is no schema named '" + schema + "'.");
                }
                return work.run(catalog);
            } finally {
                connection.rollback();
                connection.setAutoCommit(true);
            }
        }
    }

    /** The family as resolve.sql names it: sequences are found among relations. */
    private static String resolveFamily(ObjectKind kind) {
        return switch (kind.family()) {
            case RELATION, SEQUENCE -> "relation";
            case ROUTINE -> "routine";
            case TYPE -> "type";
            case COLLATION -> "collation";
        };
    }
}
