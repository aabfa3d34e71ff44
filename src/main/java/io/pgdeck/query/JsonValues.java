package io.pgdeck.query;

import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Turns a PostgreSQL value into what the API sends: numbers stay numbers while JSON can hold them exactly; bigint
 * beyond 2^53, numeric, bytea, timestamps, intervals, arrays and json travel as PostgreSQL's own text.
 */
public final class JsonValues {

    private static final long LARGEST_EXACT_DOUBLE = 1L << 53;

    private JsonValues() {}

    /** The value of column {@code column} (1-based) whose PostgreSQL type name is {@code type}; null for NULL. */
    public static Object read(ResultSet row, int column, String type) throws SQLException {
        Object value = switch (type) {
            case "int2", "int4", "oid" -> row.getLong(column);
            case "int8" -> exactLong(row.getLong(column));
            case "float4", "float8" -> finiteDouble(row.getDouble(column));
            case "bool" -> row.getBoolean(column);
            default -> row.getString(column);
        };
        return row.wasNull() ? null : value;
    }

    private static Object exactLong(long value) {
        return Math.abs(value) <= LARGEST_EXACT_DOUBLE ? value : Long.toString(value);
    }

    private static Object finiteDouble(double value) {
        return Double.isFinite(value) ? value : Double.toString(value);
    }
}
