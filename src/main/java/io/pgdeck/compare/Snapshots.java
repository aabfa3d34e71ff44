package io.pgdeck.compare;

import io.pgdeck.ddl.SchemaObject;
import io.pgdeck.ddl.SchemaObjects;
import io.pgdeck.server.ServerConnections;
import io.pgdeck.sql.SqlResource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** A live schema written down as a snapshot: the DDL engine's objects, and the columns of its tables. */
@Component
final class Snapshots {

    private static final String COLUMNS = SqlResource.load(Snapshots.class, "columns.sql");

    private final SchemaObjects objects;
    private final ServerConnections connections;
    private final Clock clock;

    Snapshots(SchemaObjects objects, ServerConnections connections) {
        this.objects = objects;
        this.connections = connections;
        this.clock = Clock.systemUTC();
    }

    Snapshot take(String database, String schema) throws SQLException {
        List<SchemaObject> found = objects.read(database, schema);
        Map<String, List<Snapshot.Column>> columns = columns(database, schema);
        List<Snapshot.Entry> entries = new ArrayList<>();
        for (SchemaObject object : found) {
            List<Snapshot.Column> own = "TABLE".equals(object.kind()) ? columns.get(object.name()) : null;
            entries.add(new Snapshot.Entry(object.kind(), object.name(), object.owner(), object.statements(), own));
        }
        return new Snapshot(
                Snapshot.FORMAT,
                Snapshot.VERSION,
                database,
                schema,
                Instant.now(clock).toString(),
                entries);
    }

    /** Columns by table, read with an empty search_path so that types and defaults name their schema. */
    private Map<String, List<Snapshot.Column>> columns(String database, String schema) throws SQLException {
        Map<String, List<Snapshot.Column>> byTable = new LinkedHashMap<>();
        try (Connection connection = connections.open(database)) {
            connection.setAutoCommit(false);
            try (Statement settings = connection.createStatement();
                    PreparedStatement query = connection.prepareStatement(COLUMNS)) {
                settings.execute("SET TRANSACTION READ ONLY");
                settings.execute("SELECT pg_catalog.set_config('search_path', '', true)");
                query.setString(1, schema);
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        byTable.computeIfAbsent(rows.getString("table_name"), table -> new ArrayList<>())
                                .add(new Snapshot.Column(
                                        rows.getString("name"),
                                        rows.getString("type"),
                                        rows.getString("default_value"),
                                        rows.getBoolean("not_null"),
                                        rows.getBoolean("generated"),
                                        rows.getString("identity"),
                                        rows.getString("identity_sequence"),
                                        rows.getString("identity_options")));
                    }
                }
            } finally {
                connection.rollback();
                connection.setAutoCommit(true);
            }
        }
        return byTable;
    }
}
