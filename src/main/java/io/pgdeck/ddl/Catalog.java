package io.pgdeck.ddl;

import io.pgdeck.sql.SqlResource;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The catalog of one schema as the DDL queries read it, on one connection inside one read-only snapshot, with
 * {@code search_path} emptied so that the server's deparsers qualify every name as pg_dump's output does.
 */
final class Catalog {

    private static final Map<String, String> QUERIES = new ConcurrentHashMap<>();

    private final Connection connection;
    private final String schema;

    Catalog(Connection connection, String schema) {
        this.connection = connection;
        this.schema = schema;
    }

    String schema() {
        return schema;
    }

    /** The rows of {@code file} for the whole schema ({@code oid} null) or for the one object it names. */
    List<Row> rows(String file, Long oid) throws SQLException {
        return query(file, schema, oid);
    }

    List<Row> query(String file, Object... parameters) throws SQLException {
        String sql = QUERIES.computeIfAbsent(file, name -> SqlResource.load(Catalog.class, name));
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                bind(statement, i + 1, parameters[i]);
            }
            try (ResultSet results = statement.executeQuery()) {
                return read(results);
            }
        }
    }

    private void bind(PreparedStatement statement, int index, Object value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.BIGINT);
        } else if (value instanceof Long[] oids) {
            statement.setArray(index, connection.createArrayOf("int8", oids));
        } else {
            statement.setObject(index, value);
        }
    }

    private static List<Row> read(ResultSet results) throws SQLException {
        ResultSetMetaData meta = results.getMetaData();
        List<Row> rows = new ArrayList<>();
        while (results.next()) {
            Map<String, Object> values = new LinkedHashMap<>();
            for (int i = 1; i <= meta.getColumnCount(); i++) {
                Object value = results.getObject(i);
                values.put(meta.getColumnLabel(i), value instanceof Array array ? array.getArray() : value);
            }
            rows.add(new Row(values));
        }
        return rows;
    }
}
