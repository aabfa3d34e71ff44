package io.pgdeck.query;

import io.pgdeck.server.DatabaseDirectory;
import io.pgdeck.server.ServerConnections;
import io.pgdeck.sql.SqlResource;
import java.sql.Array;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** What the Query Tool's editor completes in a database: schemas, tables and views with columns, functions. */
@RestController
class CompletionController {

    private static final String CATALOG = SqlResource.load(CompletionController.class, "completion.sql");

    record Relation(String schema, String name, String kind, List<String> columns) {}

    record Function(String schema, String name) {}

    record Completion(List<String> schemas, List<Relation> relations, List<Function> functions) {}

    private final DatabaseDirectory directory;
    private final ServerConnections connections;

    CompletionController(DatabaseDirectory directory, ServerConnections connections) {
        this.directory = directory;
        this.connections = connections;
    }

    @GetMapping("/api/v1/databases/{db}/completion")
    Completion completion(@PathVariable String db) throws SQLException {
        directory.requireVisible(db);
        Completion completion = new Completion(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        try (Connection connection = connections.open(db);
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(CATALOG)) {
            while (rows.next()) {
                add(completion, rows);
            }
        }
        return completion;
    }

    private static void add(Completion completion, ResultSet row) throws SQLException {
        String schema = row.getString("schema");
        String name = row.getString("name");
        switch (row.getString("kind")) {
            case "schema" -> completion.schemas().add(name);
            case "relation" ->
                completion
                        .relations()
                        .add(new Relation(
                                schema, name, kindName(row.getString("relkind")), columns(row.getArray("columns"))));
            default -> completion.functions().add(new Function(schema, name));
        }
    }

    private static List<String> columns(Array array) throws SQLException {
        return List.of((String[]) array.getArray());
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
