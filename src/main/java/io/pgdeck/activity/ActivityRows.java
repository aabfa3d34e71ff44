package io.pgdeck.activity;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs an activity query with the visible databases' names as its array parameters and answers its rows as the API
 * sends them: column names in camelCase, times as ISO-8601 text, arrays as lists.
 */
final class ActivityRows {

    private ActivityRows() {}

    static List<Map<String, Object>> read(Connection connection, String sql, List<Object> parameters)
            throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.size(); i++) {
                Object parameter = parameters.get(i);
                if (parameter instanceof List<?> names) {
                    statement.setArray(i + 1, connection.createArrayOf("text", names.toArray()));
                } else {
                    statement.setObject(i + 1, parameter);
                }
            }
            try (ResultSet rows = statement.executeQuery()) {
                ResultSetMetaData meta = rows.getMetaData();
                List<Map<String, Object>> read = new ArrayList<>();
                while (rows.next()) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    for (int column = 1; column <= meta.getColumnCount(); column++) {
                        row.put(camelCase(meta.getColumnLabel(column)), value(rows, column, meta));
                    }
                    read.add(row);
                }
                return read;
            }
        }
    }

    private static Object value(ResultSet rows, int column, ResultSetMetaData meta) throws SQLException {
        String type = meta.getColumnTypeName(column);
        if (type.startsWith("timestamp")) {
            java.sql.Timestamp at = rows.getTimestamp(column);
            return at == null ? null : at.toInstant().toString();
        }
        if (type.startsWith("_")) {
            Array array = rows.getArray(column);
            return array == null ? List.of() : List.of((Object[]) array.getArray());
        }
        return rows.getObject(column);
    }

    static String camelCase(String snake) {
        StringBuilder name = new StringBuilder();
        boolean upper = false;
        for (char c : snake.toCharArray()) {
            if (c == '_') {
                upper = true;
            } else {
                name.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return name.toString();
    }
}
