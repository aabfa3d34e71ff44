package io.pgdeck.data;

import io.pgdeck.sql.SqlQuoting;
import io.pgdeck.web.CellPreview;
import io.pgdeck.web.JsonValues;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Which of a page's columns may hold long values, and how much of each the page carries (see {@link CellPreview}).
 * The server cuts them ({@code left(col::text, n)}) and says how long each is and, when cut, its MD5, which an edit
 * then uses to prove the value it was based on. Key columns are never cut: they name the row.
 */
record Previews(List<Integer> columns, int length) {

    /** Type categories whose values stay short: numbers, booleans, times, enums, network addresses. */
    private static final Set<String> SHORT_CATEGORIES = Set.of("N", "B", "D", "T", "E", "I");

    static Previews none() {
        return new Previews(List.of(), Integer.MAX_VALUE);
    }

    static Previews of(Relation relation, int rows) {
        List<Integer> columns = new ArrayList<>();
        for (int i = 0; i < relation.columns().size(); i++) {
            DataColumn column = relation.columns().get(i);
            if (!relation.key().contains(column.name()) && !SHORT_CATEGORIES.contains(column.category())) {
                columns.add(i);
            }
        }
        return new Previews(
                List.copyOf(columns),
                CellPreview.length(rows, relation.columns().size()));
    }

    /** The SELECT item of column {@code index}: the column, or its first characters. */
    String item(Relation relation, int index) {
        String name = SqlQuoting.quoteIdentifier(relation.columns().get(index).name());
        return columns.contains(index) ? "left(" + name + "::text, " + length + ")" : name;
    }

    /** The items after the order terms: each cut column's length and, when cut, its MD5. */
    String trailingItems(Relation relation) {
        StringBuilder items = new StringBuilder();
        for (int index : columns) {
            String text =
                    SqlQuoting.quoteIdentifier(relation.columns().get(index).name()) + "::text";
            items.append(", length(").append(text).append(")");
            items.append(", CASE WHEN length(")
                    .append(text)
                    .append(") > ")
                    .append(length)
                    .append(" THEN md5(")
                    .append(text)
                    .append(") END");
        }
        return items.toString();
    }

    /** Column {@code index} (0-based) of the current row; {@code trailing} is the 1-based position of the first item. */
    Object value(ResultSet row, int index, DataColumn column, int trailing) throws SQLException {
        int slot = columns.indexOf(index);
        String text = row.getString(index + 1);
        if (slot < 0 || text == null) {
            return JsonValues.fromText(text, column.baseType());
        }
        long fullLength = row.getLong(trailing + 2 * slot);
        if (fullLength <= length) {
            return JsonValues.fromText(text, column.baseType());
        }
        return CellPreview.preview(text, fullLength, row.getString(trailing + 2 * slot + 1), length);
    }
}
