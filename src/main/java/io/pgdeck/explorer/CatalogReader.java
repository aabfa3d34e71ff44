package io.pgdeck.explorer;

import io.pgdeck.server.ServerConnections;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import org.springframework.stereotype.Component;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Runs one parameterised catalog query in a database and turns its rows into JSON. */
@Component
final class CatalogReader {

    /** Where a listing's JSON goes once its query has succeeded (so that a failure can still answer a problem). */
    interface Target {
        OutputStream open() throws IOException;
    }

    private final ServerConnections connections;
    private final ObjectMapper json;

    CatalogReader(ServerConnections connections, ObjectMapper json) {
        this.connections = connections;
        this.json = json;
    }

    /** Writes every row as a JSON array, row by row, without holding the rows as objects. */
    void writeList(String database, String sql, Target target, Object... parameters) throws SQLException, IOException {
        try (Connection connection = connections.open(database);
                PreparedStatement statement = prepare(connection, sql, parameters);
                ResultSet rows = statement.executeQuery();
                JsonGenerator out = json.createGenerator(target.open())) {
            out.writeStartArray();
            while (rows.next()) {
                JsonRows.writeRow(out, rows);
            }
            out.writeEndArray();
        }
    }

    /** The first row as a JSON object, or empty when the query answers no row. */
    Optional<ObjectNode> one(String database, String sql, Object... parameters) throws SQLException {
        ArrayNode rows = list(database, sql, parameters);
        return rows.isEmpty() ? Optional.empty() : Optional.of((ObjectNode) rows.get(0));
    }

    /** Every row, as a JSON array held in memory: for answers of a bounded size (one object's parts). */
    ArrayNode list(String database, String sql, Object... parameters) throws SQLException {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        try {
            writeList(database, sql, () -> buffer, parameters);
        } catch (IOException e) {
            throw new IllegalStateException("writing to memory failed", e);
        }
        JsonNode rows = json.readTree(buffer.toByteArray());
        return (ArrayNode) rows;
    }

    private static PreparedStatement prepare(Connection connection, String sql, Object... parameters)
            throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        for (int i = 0; i < parameters.length; i++) {
            statement.setObject(i + 1, parameters[i]);
        }
        return statement;
    }
}
