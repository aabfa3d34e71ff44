package io.pgdeck.explorer;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import tools.jackson.core.JsonGenerator;

/**
 * Writes catalog rows as JSON objects named by the column labels, so that the SQL file alone decides the field names
 * (camelCase aliases) and shapes: {@code json} columns are embedded as they are, arrays become lists of strings.
 */
final class JsonRows {

    private JsonRows() {}

    static void writeRow(JsonGenerator out, ResultSet row) throws SQLException {
        ResultSetMetaData meta = row.getMetaData();
        out.writeStartObject();
        for (int i = 1; i <= meta.getColumnCount(); i++) {
            out.writeName(meta.getColumnLabel(i));
            writeValue(out, row, i, meta.getColumnTypeName(i));
        }
        out.writeEndObject();
    }

    private static void writeValue(JsonGenerator out, ResultSet row, int column, String type) throws SQLException {
        Object value = row.getObject(column);
        if (value == null) {
            out.writeNull();
            return;
        }
        switch (type) {
            case "json", "jsonb" -> out.writeRawValue(row.getString(column));
            case "bool" -> out.writeBoolean(row.getBoolean(column));
            case "int2", "int4", "int8", "oid" -> out.writeNumber(row.getLong(column));
            case "float4", "float8" -> out.writeNumber(row.getDouble(column));
            case "numeric" -> out.writeNumber(row.getBigDecimal(column));
            case "timestamptz", "timestamp" ->
                out.writeString(
                        row.getObject(column, OffsetDateTime.class).toInstant().toString());
            default -> writeOther(out, value);
        }
    }

    private static void writeOther(JsonGenerator out, Object value) throws SQLException {
        if (value instanceof Array array) {
            out.writeStartArray();
            for (Object element : (Object[]) array.getArray()) {
                if (element == null) {
                    out.writeNull();
                } else {
                    out.writeString(element.toString());
                }
            }
            out.writeEndArray();
        } else {
            out.writeString(value.toString());
        }
    }
}
