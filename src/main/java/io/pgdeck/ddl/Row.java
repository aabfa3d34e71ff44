package io.pgdeck.ddl;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** One catalog row, read by the column labels its SQL file gives. */
record Row(Map<String, Object> values) {

    String text(String column) {
        Object value = values.get(column);
        return value == null ? null : value.toString();
    }

    boolean has(String column) {
        return values.get(column) != null;
    }

    boolean flag(String column) {
        return Boolean.TRUE.equals(values.get(column));
    }

    long number(String column) {
        return ((Number) values.get(column)).longValue();
    }

    /** A text or number array column as strings; an absent (NULL) array is empty. */
    List<String> list(String column) {
        Object value = values.get(column);
        if (value == null) {
            return List.of();
        }
        return Arrays.stream((Object[]) value).map(String::valueOf).toList();
    }

    /** Whether the column holds an array at all: an empty ACL differs from a NULL one. */
    boolean isNull(String column) {
        return values.get(column) == null;
    }
}
