package io.pgdeck.data;

import io.pgdeck.sql.SqlQuoting;
import io.pgdeck.web.Problems;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The order rows come in: the columns the user sorts by, then the key as a tie-breaker, so that the order is total and
 * a page never repeats or skips a row. Without a key, a table or materialized view falls back on ctid; a view, which
 * has neither, is ordered by all its sortable columns, which is stable but not total when rows repeat.
 */
final class RowOrder {

    /** One ORDER BY term; {@code castType} reads its value back from text for a cursor. */
    record Term(String label, String expression, String castType, boolean descending, boolean notNull) {

        String orderBy() {
            return descending ? expression + " DESC" : expression;
        }
    }

    private final List<Term> terms;
    private final boolean total;

    private RowOrder(List<Term> terms, boolean total) {
        this.terms = List.copyOf(terms);
        this.total = total;
    }

    /** The order for {@code sort}, written {@code col,-col2} (a minus sorts descending), or the stable order alone. */
    static RowOrder of(Relation relation, String sort) {
        List<Term> terms = new ArrayList<>();
        Set<String> used = new LinkedHashSet<>();
        for (String part : sort == null ? new String[0] : sort.split(",")) {
            String spec = part.trim();
            if (spec.isEmpty()) {
                continue;
            }
            boolean descending = spec.startsWith("-");
            String name = descending || spec.startsWith("+") ? spec.substring(1).trim() : spec;
            DataColumn column = sortable(relation.column(name));
            if (used.add(name)) {
                terms.add(term(relation, column, descending));
            }
        }
        boolean total = addTieBreakers(relation, terms, used);
        return new RowOrder(terms, total);
    }

    private static boolean addTieBreakers(Relation relation, List<Term> terms, Set<String> used) {
        if (!relation.key().isEmpty()) {
            relation.keyColumns().stream()
                    .filter(column -> used.add(column.name()))
                    .forEach(column -> terms.add(term(relation, column, false)));
            return true;
        }
        if (relation.hasCtid()) {
            terms.add(new Term("ctid", relation.qualifiedName() + ".ctid", "pg_catalog.tid", false, true));
            return true;
        }
        relation.columns().stream()
                .filter(DataColumn::ordered)
                .filter(column -> used.add(column.name()))
                .forEach(column -> terms.add(term(relation, column, false)));
        return false;
    }

    private static DataColumn sortable(DataColumn column) {
        if (!column.ordered()) {
            throw Problems.badRequest("Column '" + column.name() + "' of type " + column.type()
                    + " has no ordering, so it cannot be sorted.");
        }
        return column;
    }

    // Qualified by the relation, a term names the table's column, never one of the SELECT list's output names.
    private static Term term(Relation relation, DataColumn column, boolean descending) {
        String name = relation.qualifiedName() + "." + SqlQuoting.quoteIdentifier(column.name());
        return new Term(column.name(), name, column.castType(), descending, !column.nullable());
    }

    List<Term> terms() {
        return terms;
    }

    /** Whether the order tells every row apart, so that a cursor can say where a page ended. */
    boolean total() {
        return total;
    }

    String orderBy() {
        return terms.stream().map(Term::orderBy).collect(Collectors.joining(", ", " ORDER BY ", ""));
    }

    /** Names the order so that a cursor made for another order is refused rather than misread. */
    List<String> signature() {
        return terms.stream()
                .map(term -> (term.descending() ? "-" : "") + term.label())
                .toList();
    }
}
