package io.pgdeck.data;

import io.pgdeck.sql.ObjectKind;
import io.pgdeck.sql.SqlQuoting;
import io.pgdeck.web.Problems;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;

/**
 * A table, view or materialized view as the data grid sees it: its columns, the key that names a row (empty when it
 * has none), its foreign keys, why it cannot be edited when it cannot, and the catalog's estimate of its rows (null
 * when the catalog has none).
 */
record Relation(
        String schema,
        String name,
        ObjectKind kind,
        List<DataColumn> columns,
        List<String> key,
        List<ForeignKey> foreignKeys,
        String readOnlyReason,
        Long estimatedRows) {

    /** The same relation with only {@code kept} of its columns. */
    Relation withColumns(List<DataColumn> kept) {
        return new Relation(schema, name, kind, kept, key, foreignKeys, readOnlyReason, estimatedRows);
    }

    String qualifiedName() {
        return SqlQuoting.qualified(schema, name);
    }

    /** Every column, quoted and in order, for a SELECT list. */
    String columnList() {
        return columns.stream()
                .map(column -> SqlQuoting.quoteIdentifier(column.name()))
                .collect(Collectors.joining(", "));
    }

    /** {@code key1 = ?::type AND key2 = ?::type}: the row that {@code key} names. */
    SqlBuilder keyCondition(Map<String, JsonNode> key) {
        SqlBuilder sql = new SqlBuilder();
        for (DataColumn column : keyColumns()) {
            sql.sql(sql.isEmpty() ? "" : " AND ")
                    .sql(SqlQuoting.quoteIdentifier(column.name()))
                    .sql(" = ");
            sql.value(CellValues.text(key.get(column.name()), column), column);
        }
        return sql;
    }

    boolean editable() {
        return readOnlyReason == null;
    }

    /** The column named so, or a 400 naming the unknown one: names never reach SQL unchecked. */
    DataColumn column(String columnName) {
        for (DataColumn column : columns) {
            if (column.name().equals(columnName)) {
                return column;
            }
        }
        throw Problems.badRequest("There is no column '" + columnName + "' in " + schema + "." + name + ".");
    }

    List<DataColumn> keyColumns() {
        return key.stream().map(this::column).toList();
    }

    /** Tables and materialized views have a ctid that orders their rows when no key does; views have none. */
    boolean hasCtid() {
        return kind == ObjectKind.TABLES || kind == ObjectKind.MATERIALIZED_VIEWS;
    }
}
