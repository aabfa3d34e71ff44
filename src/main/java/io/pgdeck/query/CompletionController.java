package io.pgdeck.query;

import io.pgdeck.server.DatabaseDirectory;
import io.pgdeck.server.ServerConnections;
import io.pgdeck.sql.SqlResource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * What the Query Tool's editor completes, asked for as the cursor needs it: the schemas, then the relations of a
 * schema by prefix, then a relation's columns. No answer grows with the catalog (pgAdmin's whole-catalog completion
 * freezes its editor on large databases).
 */
@RestController
class CompletionController {

    static final int DEFAULT_LIMIT = 100;
    static final int MAX_LIMIT = 500;

    private static final String SCHEMAS = SqlResource.load(CompletionController.class, "completion-schemas.sql");
    private static final String RELATIONS = SqlResource.load(CompletionController.class, "completion-relations.sql");
    private static final String COLUMNS = SqlResource.load(CompletionController.class, "completion-columns.sql");
    private static final String FUNCTIONS = SqlResource.load(CompletionController.class, "completion-functions.sql");

    record Relation(String schema, String name, String kind) {}

    record Function(String schema, String name) {}

    private interface RowMapper<T> {
        T map(ResultSet row) throws SQLException;
    }

    private final DatabaseDirectory directory;
    private final ServerConnections connections;

    CompletionController(DatabaseDirectory directory, ServerConnections connections) {
        this.directory = directory;
        this.connections = connections;
    }

    @GetMapping("/api/v1/databases/{db}/completion/schemas")
    List<String> schemas(@PathVariable String db) throws SQLException {
        return list(db, SCHEMAS, row -> row.getString("name"));
    }

    @GetMapping("/api/v1/databases/{db}/completion/relations")
    List<Relation> relations(
            @PathVariable String db,
            @RequestParam(required = false) String schema,
            @RequestParam(defaultValue = "") String prefix,
            @RequestParam(defaultValue = "" + DEFAULT_LIMIT) int limit)
            throws SQLException {
        String upper = NamePrefix.upperBound(prefix);
        return list(
                db,
                RELATIONS,
                row -> new Relation(row.getString("schema"), row.getString("name"), kindName(row.getString("relkind"))),
                prefix,
                upper,
                upper,
                blankToNull(schema),
                blankToNull(schema),
                bounded(limit));
    }

    @GetMapping("/api/v1/databases/{db}/completion/columns")
    List<String> columns(
            @PathVariable String db, @RequestParam(required = false) String schema, @RequestParam String relation)
            throws SQLException {
        String inSchema = blankToNull(schema);
        return list(db, COLUMNS, row -> row.getString("name"), inSchema, relation, inSchema, relation);
    }

    @GetMapping("/api/v1/databases/{db}/completion/functions")
    List<Function> functions(
            @PathVariable String db,
            @RequestParam(defaultValue = "") String prefix,
            @RequestParam(defaultValue = "" + DEFAULT_LIMIT) int limit)
            throws SQLException {
        String upper = NamePrefix.upperBound(prefix);
        return list(
                db,
                FUNCTIONS,
                row -> new Function(row.getString("schema"), row.getString("name")),
                prefix,
                upper,
                upper,
                bounded(limit));
    }

    private <T> List<T> list(String db, String sql, RowMapper<T> mapper, Object... parameters) throws SQLException {
        directory.requireVisible(db);
        List<T> items = new ArrayList<>();
        try (Connection connection = connections.open(db);
                PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    items.add(mapper.map(rows));
                }
            }
        }
        return items;
    }

    private static int bounded(int limit) {
        return Math.max(1, Math.min(limit, MAX_LIMIT));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    private static String kindName(String relkind) {
        return switch (relkind) {
            case "v" -> "view";
            case "m" -> "materialized view";
            case "f" -> "foreign table";
            default -> "table";
        };
    }
}
