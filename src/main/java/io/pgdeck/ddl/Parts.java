package io.pgdeck.ddl;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Catalog rows grouped by the relation (or type) they belong to. */
final class Parts {

    private final Map<String, List<Row>> byOwner = new HashMap<>();

    /** Groups by the value of a column; rows where it is NULL belong to nothing. */
    Parts(List<Row> rows, String ownerColumn) {
        this(rows, row -> row.text(ownerColumn));
    }

    Parts(List<Row> rows, Function<Row, String> owner) {
        for (Row row : rows) {
            String key = owner.apply(row);
            if (key != null) {
                byOwner.computeIfAbsent(key, k -> new ArrayList<>()).add(row);
            }
        }
    }

    List<Row> of(Object owner) {
        return owner == null ? List.of() : byOwner.getOrDefault(owner.toString(), List.of());
    }
}
