package io.pgdeck.data;

import io.pgdeck.web.Problems;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Cursor tokens for keyset paging: a token holds the order's values of the last row of a page, and the next page is the
 * rows after them, found through the index at any depth instead of counting past an offset. The token is opaque to
 * clients; it names its order so that one made for another sort is refused.
 */
final class Keyset {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private Keyset() {}

    static String token(RowOrder order, List<String> values) {
        ObjectNode token = JSON.createObjectNode();
        ArrayNode signature = token.putArray("o");
        order.signature().forEach(signature::add);
        ArrayNode array = token.putArray("v");
        values.forEach(array::add);
        return Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(token.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** The values a token holds, checked to be for {@code order}. */
    static List<String> values(RowOrder order, String token) {
        JsonNode node = parse(token);
        List<String> signature = new ArrayList<>();
        node.path("o").values().forEach(label -> signature.add(label.asString()));
        JsonNode values = node.path("v");
        if (!order.total() || !signature.equals(order.signature()) || values.size() != signature.size()) {
            throw Problems.badRequest("The 'after' cursor belongs to another sort order: start again from an offset.");
        }
        List<String> result = new ArrayList<>();
        values.values().forEach(value -> result.add(value.isNull() ? null : value.asString()));
        return result;
    }

    /**
     * Rows that come after {@code values} in {@code order}. When every term is ascending and never NULL, a row
     * comparison that an index on the key serves; otherwise the expanded form, where NULL sorts after every value as
     * PostgreSQL's default NULLS LAST (ascending) and NULLS FIRST (descending) place it.
     */
    static SqlBuilder after(RowOrder order, List<String> values) {
        List<RowOrder.Term> terms = order.terms();
        if (terms.stream().allMatch(term -> !term.descending() && term.notNull()) && !values.contains(null)) {
            return rowComparison(terms, values);
        }
        SqlBuilder any = new SqlBuilder().sql("(");
        for (int i = 0; i < terms.size(); i++) {
            any.sql(i == 0 ? "(" : " OR (");
            for (int j = 0; j < i; j++) {
                equal(any, terms.get(j), values.get(j));
                any.sql(" AND ");
            }
            later(any, terms.get(i), values.get(i));
            any.sql(")");
        }
        return any.sql(")");
    }

    private static SqlBuilder rowComparison(List<RowOrder.Term> terms, List<String> values) {
        SqlBuilder left = new SqlBuilder().sql("(");
        SqlBuilder right = new SqlBuilder().sql("(");
        for (int i = 0; i < terms.size(); i++) {
            left.sql(i == 0 ? "" : ", ").sql(terms.get(i).expression());
            right.sql(i == 0 ? "" : ", ").typed(values.get(i), terms.get(i).castType());
        }
        return left.sql(") > ").append(right).sql(")");
    }

    private static void equal(SqlBuilder sql, RowOrder.Term term, String value) {
        sql.sql(term.expression()).sql(" IS NOT DISTINCT FROM ").typed(value, term.castType());
    }

    private static void later(SqlBuilder sql, RowOrder.Term term, String value) {
        if (value == null) {
            sql.sql(term.descending() ? term.expression() + " IS NOT NULL" : "false");
        } else if (term.descending()) {
            sql.sql(term.expression()).sql(" < ").typed(value, term.castType());
        } else if (term.notNull()) {
            sql.sql(term.expression()).sql(" > ").typed(value, term.castType());
        } else {
            sql.sql("(").sql(term.expression()).sql(" > ").typed(value, term.castType());
            sql.sql(" OR ").sql(term.expression()).sql(" IS NULL)");
        }
    }

    private static JsonNode parse(String token) {
        try {
            return JSON.readTree(new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8));
        } catch (IllegalArgumentException | JacksonException e) {
            throw Problems.badRequest("The 'after' cursor is not one pgdeck gave out.");
        }
    }
}
