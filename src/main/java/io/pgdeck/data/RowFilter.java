package io.pgdeck.data;

import io.pgdeck.sql.SqlFragments;
import io.pgdeck.sql.SqlQuoting;
import io.pgdeck.web.Problems;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Which rows the grid shows: conditions built with the filter builder, each on a known column with its value as a
 * parameter, and free text for the WHERE clause that the user typed. That text runs in parentheses, only when it cannot
 * leave them ({@link SqlFragments}), and always inside a read-only transaction.
 */
final class RowFilter {

    static final int LARGEST_IN_LIST = 1000;

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Map<String, String> COMPARISONS =
            Map.of("=", "=", "<>", "<>", "!=", "<>", "<", "<", ">", ">", "<=", "<=", ">=", ">=");
    private static final List<String> OPERATORS =
            List.of("=", "<>", "<", ">", "<=", ">=", "like", "ilike", "in", "is null", "is not null");

    private final SqlBuilder condition;

    private RowFilter(SqlBuilder condition) {
        this.condition = condition;
    }

    static RowFilter none() {
        return new RowFilter(new SqlBuilder());
    }

    /**
     * The filter for {@code relation} from the request's {@code filter} (a JSON list of {@code {column, op, value}})
     * and {@code where} (free SQL text); either may be absent.
     */
    static RowFilter parse(Relation relation, String filterJson, String where) {
        List<SqlBuilder> conditions = new ArrayList<>();
        for (JsonNode filter : filters(filterJson)) {
            conditions.add(condition(relation, filter));
        }
        if (where != null && !where.isBlank()) {
            conditions.add(
                    new SqlBuilder().sql("(\n").userText(checkedWhere(where)).sql("\n)"));
        }
        SqlBuilder all = new SqlBuilder();
        for (SqlBuilder condition : conditions) {
            all.sql(all.isEmpty() ? "" : " AND ").append(condition);
        }
        return new RowFilter(all);
    }

    /** {@code " WHERE ..."}, with {@code more} ANDed on when given, or nothing when there is no condition at all. */
    SqlBuilder whereClause(SqlBuilder more) {
        SqlBuilder clause = new SqlBuilder();
        if (condition.isEmpty() && (more == null || more.isEmpty())) {
            return clause;
        }
        clause.sql(" WHERE ");
        if (!condition.isEmpty()) {
            clause.append(condition);
        }
        if (more != null && !more.isEmpty()) {
            clause.sql(condition.isEmpty() ? "" : " AND ").append(more);
        }
        return clause;
    }

    boolean isEmpty() {
        return condition.isEmpty();
    }

    private static List<JsonNode> filters(String filterJson) {
        if (filterJson == null || filterJson.isBlank()) {
            return List.of();
        }
        JsonNode list;
        try {
            list = JSON.readTree(filterJson);
        } catch (JacksonException e) {
            throw Problems.badRequest("The filter is not valid JSON: " + e.getOriginalMessage());
        }
        if (!list.isArray()) {
            throw Problems.badRequest("The filter must be a JSON list of {column, op, value}.");
        }
        return List.copyOf(list.values());
    }

    private static SqlBuilder condition(Relation relation, JsonNode filter) {
        if (!filter.isObject() || !filter.path("column").isString()) {
            throw Problems.badRequest("Each filter needs a 'column', an 'op' and, for most operators, a 'value'.");
        }
        DataColumn column = relation.column(filter.get("column").asString());
        String op = filter.path("op").asString("").trim().toLowerCase(Locale.ROOT);
        JsonNode value = filter.get("value");
        String name = SqlQuoting.quoteIdentifier(column.name());
        SqlBuilder sql = new SqlBuilder();
        switch (op) {
            case "is null" -> sql.sql(name).sql(" IS NULL");
            case "is not null" -> sql.sql(name).sql(" IS NOT NULL");
            case "like", "ilike" ->
                sql.sql(name)
                        .sql("::text ")
                        .sql(op.toUpperCase(Locale.ROOT))
                        .sql(" ")
                        .typed(required(value, column, op), "pg_catalog.text");
            case "in" -> inList(sql, name, column, value);
            default -> comparison(sql, name, column, op, value);
        }
        return sql;
    }

    private static void comparison(SqlBuilder sql, String name, DataColumn column, String op, JsonNode value) {
        String operator = COMPARISONS.get(op);
        if (operator == null) {
            throw Problems.badRequest("Unknown filter operator '" + op + "': use one of " + OPERATORS + ".");
        }
        sql.sql(name).sql(" ").sql(operator).sql(" ").value(required(value, column, op), column);
    }

    private static void inList(SqlBuilder sql, String name, DataColumn column, JsonNode value) {
        if (value == null || !value.isArray()) {
            throw Problems.badRequest("The 'in' filter on '" + column.name() + "' needs a list of values.");
        }
        if (value.isEmpty()) {
            sql.sql("false");
            return;
        }
        if (value.size() > LARGEST_IN_LIST) {
            throw Problems.badRequest("An 'in' filter takes at most " + LARGEST_IN_LIST + " values.");
        }
        sql.sql(name).sql(" IN (");
        boolean first = true;
        for (JsonNode element : value.values()) {
            sql.sql(first ? "" : ", ").value(CellValues.text(element, column), column);
            first = false;
        }
        sql.sql(")");
    }

    private static String required(JsonNode value, DataColumn column, String op) {
        String text = CellValues.text(value, column);
        if (text == null) {
            throw Problems.badRequest("The '" + op + "' filter on '" + column.name() + "' needs a value; to find"
                    + " NULL use 'is null'.");
        }
        return text;
    }

    private static String checkedWhere(String where) {
        SqlFragments.problemAsParenthesized(where).ifPresent(problem -> {
            throw Problems.badRequest("The WHERE text cannot be used: " + problem + ".");
        });
        return where;
    }
}
