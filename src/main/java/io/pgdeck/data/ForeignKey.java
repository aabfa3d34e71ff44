package io.pgdeck.data;

import java.util.List;

/** Columns of this relation that reference columns of another table, pairwise in the same order. */
record ForeignKey(
        String name,
        List<String> columns,
        String referencedSchema,
        String referencedTable,
        List<String> referencedColumns) {}
