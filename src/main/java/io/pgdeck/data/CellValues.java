package io.pgdeck.data;

import io.pgdeck.web.Problems;
import tools.jackson.databind.JsonNode;

/**
 * Turns the JSON a client sends for a cell into the text PostgreSQL reads for the column: strings as they are, numbers
 * and booleans as written, JSON objects as JSON text (for json columns), JSON arrays as array literals (or JSON text
 * for json columns), and null as NULL, never as empty text. {@code {"$default": true}} asks for the column's default.
 */
final class CellValues {

    static final String DEFAULT_MARKER = "$default";

    private CellValues() {}

    static boolean isDefault(JsonNode value) {
        return value != null
                && value.isObject()
                && value.size() == 1
                && value.get(DEFAULT_MARKER) != null
                && value.get(DEFAULT_MARKER).asBoolean(false);
    }

    /** The text for {@code column}; null for SQL NULL. */
    static String text(JsonNode value, DataColumn column) {
        if (value == null || value.isNull() || value.isMissingNode()) {
            return null;
        }
        if (isDefault(value)) {
            throw Problems.badRequest("DEFAULT can only be inserted or set, not compared or used as a key"
                    + " (column '" + column.name() + "').");
        }
        String text;
        if (value.isArray() && !column.holdsJson()) {
            text = arrayLiteral(value);
        } else {
            text = value.isContainer() ? value.toString() : value.asString();
        }
        if (text.indexOf('\0') >= 0) {
            throw Problems.badRequest("The value for '" + column.name() + "' holds a NUL character, which PostgreSQL"
                    + " text cannot store.");
        }
        return text;
    }

    // {"a","b \" c",NULL,{"nested"}}: every element quoted, so commas, braces and spaces inside stay text.
    private static String arrayLiteral(JsonNode array) {
        StringBuilder literal = new StringBuilder("{");
        for (JsonNode element : array.values()) {
            if (literal.length() > 1) {
                literal.append(',');
            }
            if (element.isNull()) {
                literal.append("NULL");
            } else if (element.isArray()) {
                literal.append(arrayLiteral(element));
            } else {
                String text = element.isContainer() ? element.toString() : element.asString();
                literal.append('"')
                        .append(text.replace("\\", "\\\\").replace("\"", "\\\""))
                        .append('"');
            }
        }
        return literal.append('}').toString();
    }
}
