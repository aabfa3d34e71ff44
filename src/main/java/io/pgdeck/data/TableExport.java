package io.pgdeck.data;

import io.pgdeck.sql.ObjectKind;
import io.pgdeck.web.ExportFormat;
import io.pgdeck.web.JsonValues;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyInputStream;
import org.springframework.stereotype.Service;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

/**
 * Streams a relation's rows out as CSV (COPY ... TO STDOUT through pgjdbc's CopyManager) or JSON (a Jackson streaming
 * generator over a cursor), in a read-only transaction on a connection of its own; memory does not grow with the
 * table. An export holds the columns an import takes back: all but generated ones.
 */
@Service
final class TableExport {

    /** An export checked and ready to stream. */
    interface Export {
        String filename();

        void writeTo(OutputStream out) throws IOException, SQLException;
    }

    private static final int FETCH_SIZE = 1000;
    private static final int BUFFER = 1 << 16;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final DataConnections connections;
    private final RelationCatalog catalog;

    TableExport(DataConnections connections, RelationCatalog catalog) {
        this.connections = connections;
        this.catalog = catalog;
    }

    /**
     * Checks the request (the relation, the columns, the filter and the order, planned by the server) before anything
     * is sent, so that a mistake is a clear error and not a cut-off file.
     */
    Export prepare(String database, RelationName name, ExportFormat format, String sort, String filter, String where)
            throws SQLException {
        RowSelection selection = connections.read(database, connection -> {
            RowSelection checked = RowSelection.of(stored(catalog.load(connection, name)), sort, filter, where);
            try (PreparedStatement plan = checked.estimate().prepare(connection)) {
                plan.execute();
            }
            return checked;
        });
        String filename = name.name() + "." + format.extension;
        return new Export() {
            @Override
            public String filename() {
                return filename;
            }

            @Override
            public void writeTo(OutputStream out) throws IOException, SQLException {
                connections.readDedicated(database, connection -> {
                    unlimited(connection);
                    if (format == ExportFormat.CSV) {
                        csv(connection, selection, sort, out);
                    } else {
                        json(connection, selection, out);
                    }
                    return null;
                });
                out.flush();
            }
        };
    }

    /** The relation with its generated columns left out, as COPY leaves them out of a table by default. */
    private static Relation stored(Relation relation) {
        return relation.withColumns(
                relation.columns().stream().filter(c -> c.generated() == null).toList());
    }

    private static void csv(Connection connection, RowSelection selection, String sort, OutputStream out)
            throws SQLException {
        Relation relation = selection.relation();
        String source;
        if (relation.kind() == ObjectKind.TABLES && !selection.filtered() && (sort == null || sort.isBlank())) {
            // Straight from the table, as psql's \copy does: no query to plan, no sort.
            source = relation.qualifiedName() + " (" + relation.columnList() + ")";
        } else {
            source = "(" + selection.all().plainText() + ")";
        }
        // COPY sends a message per row; gathering them into large writes spares the response a write per row.
        try (InputStream copy = new PGCopyInputStream(
                connection.unwrap(PGConnection.class), "COPY " + source + " TO STDOUT (FORMAT csv, HEADER true)")) {
            byte[] buffer = new byte[BUFFER];
            for (int read = copy.read(buffer); read >= 0; read = copy.read(buffer)) {
                out.write(buffer, 0, read);
            }
        } catch (IOException e) {
            throw new SQLException("the export could not be written: " + e.getMessage(), "08006", e);
        }
    }

    private static void json(Connection connection, RowSelection selection, OutputStream out) throws SQLException {
        List<DataColumn> columns = selection.relation().columns();
        try (PreparedStatement statement = selection.all().prepare(connection)) {
            statement.setFetchSize(FETCH_SIZE);
            try (ResultSet rows = statement.executeQuery();
                    JsonGenerator json = JSON.createGenerator(out)) {
                json.writeStartArray();
                while (rows.next()) {
                    json.writeStartObject();
                    for (int i = 1; i <= columns.size(); i++) {
                        json.writeName(columns.get(i - 1).name());
                        DataColumn column = columns.get(i - 1);
                        writeValue(json, JsonValues.read(rows, i, column.baseType()), column);
                    }
                    json.writeEndObject();
                }
                json.writeEndArray();
            }
        }
    }

    // json and jsonb values go out as JSON, not as strings holding JSON.
    private static void writeValue(JsonGenerator json, Object value, DataColumn column) {
        if (value == null) {
            json.writeNull();
        } else if (value instanceof Number number) {
            // JsonValues gives numbers only while their text is a JSON number; written as that text, exactly.
            json.writeNumber(number.toString());
        } else if (value instanceof Boolean bool) {
            json.writeBoolean(bool);
        } else if (column.holdsJson()) {
            json.writeRawValue(value.toString());
        } else {
            json.writeString(value.toString());
        }
    }

    // An export is as long as the table is big; the per-statement timeout is for interactive queries.
    private static void unlimited(Connection connection) throws SQLException {
        try (var statement = connection.createStatement()) {
            statement.execute("SET LOCAL statement_timeout = 0");
        }
    }
}
