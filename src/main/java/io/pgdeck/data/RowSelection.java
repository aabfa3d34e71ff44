package io.pgdeck.data;

import io.pgdeck.sql.SqlQuoting;
import java.util.List;
import java.util.stream.Collectors;

/** The SELECT statements for one filtered, ordered view of a relation: a page, the count, the estimate, everything. */
final class RowSelection {

    /**
     * From this offset on, a page is found by its keys first: an index-only scan counts past the offset without
     * reading the table, and only the page's rows are then fetched.
     */
    static final long DEFERRED_JOIN_FROM = 1000;

    private static final String INT8 = "pg_catalog.int8";

    private final Relation relation;
    private final RowFilter filter;
    private final RowOrder order;

    RowSelection(Relation relation, RowFilter filter, RowOrder order) {
        this.relation = relation;
        this.filter = filter;
        this.order = order;
    }

    static RowSelection of(Relation relation, String sort, String filter, String where) {
        return new RowSelection(relation, RowFilter.parse(relation, filter, where), RowOrder.of(relation, sort));
    }

    Relation relation() {
        return relation;
    }

    RowOrder order() {
        return order;
    }

    /**
     * A page: the relation's columns, then (when the order is total) each order term as text for the next cursor. With
     * {@code after} the page starts after those values and the offset is not used.
     */
    SqlBuilder page(long offset, int limit, List<String> after, Previews previews) {
        SqlBuilder sql = new SqlBuilder()
                .sql("SELECT ")
                .sql(pageColumns(previews))
                .sql(" FROM ")
                .sql(relation.qualifiedName());
        if (after == null && offset >= DEFERRED_JOIN_FROM && order.total()) {
            String names = rowNames();
            boolean byCtid = relation.key().isEmpty();
            return sql.sql(" WHERE ")
                    .sql(byCtid ? "ctid = ANY (ARRAY(" : "(" + names + ") IN (")
                    .sql("SELECT ")
                    .sql(names)
                    .sql(" FROM ")
                    .sql(relation.qualifiedName())
                    .append(filter.whereClause(null))
                    .sql(order.orderBy())
                    .append(limitOffset(limit, offset))
                    .sql(byCtid ? "))" : ")")
                    .sql(order.orderBy());
        }
        SqlBuilder later = after == null ? null : Keyset.after(order, after);
        return sql.append(filter.whereClause(later))
                .sql(order.orderBy())
                .append(limitOffset(limit, after == null ? offset : 0));
    }

    SqlBuilder count() {
        return new SqlBuilder()
                .sql("SELECT count(*) FROM ")
                .sql(relation.qualifiedName())
                .append(filter.whereClause(null));
    }

    /** The planner's view of how many rows the filter leaves, without reading them. */
    SqlBuilder estimate() {
        return new SqlBuilder()
                .sql("EXPLAIN (FORMAT JSON) SELECT 1 FROM ")
                .sql(relation.qualifiedName())
                .append(filter.whereClause(null));
    }

    /** Every row in order, the columns alone: for export. */
    SqlBuilder all() {
        return new SqlBuilder()
                .sql("SELECT ")
                .sql(relation.columnList())
                .sql(" FROM ")
                .sql(relation.qualifiedName())
                .append(filter.whereClause(null))
                .sql(order.orderBy());
    }

    boolean filtered() {
        return !filter.isEmpty();
    }

    /** The columns (long ones cut to their previews), the order terms when the order is total, the previews' facts. */
    private String pageColumns(Previews previews) {
        String columns = java.util.stream.IntStream.range(0, relation.columns().size())
                .mapToObj(index -> previews.item(relation, index))
                .collect(Collectors.joining(", "));
        String orderTerms = order.total()
                ? order.terms().stream()
                        .map(term -> ", " + term.expression() + "::text")
                        .collect(Collectors.joining())
                : "";
        return columns + orderTerms + previews.trailingItems(relation);
    }

    private String rowNames() {
        if (relation.key().isEmpty()) {
            return "ctid";
        }
        return relation.key().stream().map(SqlQuoting::quoteIdentifier).collect(Collectors.joining(", "));
    }

    private static SqlBuilder limitOffset(int limit, long offset) {
        return new SqlBuilder()
                .sql(" LIMIT ")
                .typed(Long.toString(limit), INT8)
                .sql(" OFFSET ")
                .typed(Long.toString(offset), INT8);
    }
}
