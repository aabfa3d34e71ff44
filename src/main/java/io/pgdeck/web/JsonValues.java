package io.pgdeck.web;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;

/**
 * Turns a PostgreSQL value, as the server's text output, into what the API sends: numbers stay numbers while JSON can
 * hold them exactly (floats keep the digits the server printed); bigint beyond 2^53, numeric, bytea, timestamps,
 * intervals, arrays and json travel as PostgreSQL's own text. One-shot results, session pages and JSON exports all go
 * through here, so a value reads the same everywhere.
 */
public final class JsonValues {

    private static final long LARGEST_EXACT_DOUBLE = 1L << 53;

    private JsonValues() {}

    /**
     * The PostgreSQL type name of a result column. pgjdbc names an integer column filled from a sequence "serial",
     * "bigserial" or "smallserial" after its default, which is not a type: its values would read as text.
     */
    public static String typeName(ResultSetMetaData meta, int column) throws SQLException {
        String name = meta.getColumnTypeName(column);
        return switch (name) {
            case "smallserial" -> "int2";
            case "serial" -> "int4";
            case "bigserial" -> "int8";
            default -> name;
        };
    }

    /** The value of column {@code column} (1-based) whose PostgreSQL type name is {@code type}; null for NULL. */
    public static Object read(ResultSet row, int column, String type) throws SQLException {
        return fromText(row.getString(column), type);
    }

    /** The JSON value for PostgreSQL's text output {@code text} of a value of type {@code type}. */
    public static Object fromText(String text, String type) {
        if (text == null) {
            return null;
        }
        return switch (type) {
            case "int2", "int4", "oid" -> Long.parseLong(text);
            case "int8" -> exactLong(Long.parseLong(text));
            case "float4", "float8" -> finiteNumber(text);
            case "bool" -> text.equals("t") || text.equals("true");
            default -> text;
        };
    }

    private static Object exactLong(long value) {
        return Math.abs(value) <= LARGEST_EXACT_DOUBLE ? value : Long.toString(value);
    }

    private static Object finiteNumber(String text) {
        char first = text.charAt(0);
        boolean numeric = Character.isDigit(first) || (first == '-' && !text.equals("-Infinity"));
        return numeric ? new BigDecimal(text) : text;
    }
}
