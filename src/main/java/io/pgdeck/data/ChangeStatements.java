package io.pgdeck.data;

import io.pgdeck.sql.SqlQuoting;
import io.pgdeck.web.Problems;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * Turns a change request into parameterised statements, checking all of it first: every column must exist, a key must
 * name exactly the key's columns, only editable columns may be given values, and every update and delete must say what
 * it was based on.
 */
final class ChangeStatements {

    /** One statement of the batch, and which change of the request it came from. */
    record Step(String type, int index, SqlBuilder sql, Map<String, JsonNode> key) {}

    private final Relation relation;

    ChangeStatements(Relation relation) {
        this.relation = relation;
    }

    List<Step> deletes(List<ChangeRequest.RowDelete> deletes) {
        List<Step> steps = new ArrayList<>();
        for (int i = 0; i < deletes.size(); i++) {
            ChangeRequest.RowDelete delete = deletes.get(i);
            String where = "delete " + (i + 1);
            SqlBuilder sql = new SqlBuilder().sql("DELETE FROM ").sql(relation.qualifiedName());
            steps.add(new Step(
                    "delete", i, sql.append(rowCondition(where, delete.key(), delete.original())), delete.key()));
        }
        return steps;
    }

    List<Step> updates(List<ChangeRequest.RowUpdate> updates) {
        List<Step> steps = new ArrayList<>();
        for (int i = 0; i < updates.size(); i++) {
            ChangeRequest.RowUpdate update = updates.get(i);
            String where = "update " + (i + 1);
            if (update.set() == null || update.set().isEmpty()) {
                throw Problems.badRequest("The " + where + " sets no column.");
            }
            SqlBuilder sql = new SqlBuilder()
                    .sql("UPDATE ")
                    .sql(relation.qualifiedName())
                    .sql(" SET ");
            boolean first = true;
            for (Map.Entry<String, JsonNode> cell : update.set().entrySet()) {
                DataColumn column = writable(cell.getKey(), cell.getValue(), where);
                sql.sql(first ? "" : ", ")
                        .sql(SqlQuoting.quoteIdentifier(column.name()))
                        .sql(" = ");
                assigned(sql, column, cell.getValue());
                first = false;
            }
            steps.add(new Step(
                    "update", i, sql.append(rowCondition(where, update.key(), update.original())), update.key()));
        }
        return steps;
    }

    List<Step> inserts(List<Map<String, JsonNode>> inserts) {
        List<Step> steps = new ArrayList<>();
        for (int i = 0; i < inserts.size(); i++) {
            steps.add(new Step("insert", i, insert(inserts.get(i), "insert " + (i + 1)), null));
        }
        return steps;
    }

    /** An INSERT that answers the row as stored (defaults and generated values filled in), in page column order. */
    private SqlBuilder insert(Map<String, JsonNode> cells, String where) {
        return values(cells, where).sql(" RETURNING ").sql(relation.columnList());
    }

    private SqlBuilder values(Map<String, JsonNode> cells, String where) {
        SqlBuilder sql = new SqlBuilder().sql("INSERT INTO ").sql(relation.qualifiedName());
        if (cells == null || cells.isEmpty()) {
            return sql.sql(" DEFAULT VALUES");
        }
        SqlBuilder values = new SqlBuilder();
        sql.sql(" (");
        boolean first = true;
        for (Map.Entry<String, JsonNode> cell : cells.entrySet()) {
            DataColumn column = writable(cell.getKey(), cell.getValue(), where);
            sql.sql(first ? "" : ", ").sql(SqlQuoting.quoteIdentifier(column.name()));
            values.sql(first ? "" : ", ");
            assigned(values, column, cell.getValue());
            first = false;
        }
        return sql.sql(") VALUES (").append(values).sql(")");
    }

    private static void assigned(SqlBuilder sql, DataColumn column, JsonNode value) {
        if (CellValues.isDefault(value)) {
            sql.sql("DEFAULT");
        } else {
            sql.value(CellValues.text(value, column), column);
        }
    }

    /** A column given a value: it must exist and be editable, unless the value asks for its DEFAULT. */
    private DataColumn writable(String name, JsonNode value, String where) {
        DataColumn column = relation.column(name);
        if (!column.editable() && !CellValues.isDefault(value)) {
            throw Problems.badRequest("The " + where + " gives a value to '" + name + "': " + column.reason());
        }
        return column;
    }

    /** {@code WHERE key = ... AND col IS NOT DISTINCT FROM original ...}: the row, as it was read. */
    private SqlBuilder rowCondition(String where, Map<String, JsonNode> key, Map<String, JsonNode> original) {
        requireKey(where, key);
        if (original == null || original.isEmpty()) {
            throw Problems.badRequest("The " + where + " does not say which values it was based on ('original'):"
                    + " without them a change made meanwhile by someone else would be lost.");
        }
        SqlBuilder sql = new SqlBuilder().sql(" WHERE ").append(relation.keyCondition(key));
        for (Map.Entry<String, JsonNode> cell : original.entrySet()) {
            DataColumn column = relation.column(cell.getKey());
            sql.sql(" AND ");
            if (isPreview(cell.getValue())) {
                unchangedLongValue(sql, column, cell.getValue());
            } else {
                unchanged(sql, column, CellValues.text(cell.getValue(), column));
            }
        }
        return sql;
    }

    /** A value the client was given as a preview ({@link io.pgdeck.web.CellPreview}) proves itself by its MD5. */
    private static boolean isPreview(JsonNode value) {
        return value != null && value.isObject() && value.has("preview") && value.has("md5");
    }

    private static void unchangedLongValue(SqlBuilder sql, DataColumn column, JsonNode preview) {
        sql.sql("md5(")
                .sql(SqlQuoting.quoteIdentifier(column.name()))
                .sql("::text) = ")
                .typed(preview.get("md5").asString(), "pg_catalog.text");
    }

    // Types without an equality (json, point) compare by their text, which is what the client was given.
    private static void unchanged(SqlBuilder sql, DataColumn column, String value) {
        String name = SqlQuoting.quoteIdentifier(column.name());
        if (column.ordered()) {
            sql.sql(name).sql(" IS NOT DISTINCT FROM ").value(value, column);
        } else {
            sql.sql(name).sql("::text IS NOT DISTINCT FROM ").typed(value, "pg_catalog.text");
        }
    }

    private void requireKey(String where, Map<String, JsonNode> key) {
        if (key == null || !key.keySet().equals(Set.copyOf(relation.key()))) {
            throw Problems.badRequest(
                    "The " + where + " must name its row by the key " + relation.key() + ", no more and no less.");
        }
        for (String name : relation.key()) {
            if (CellValues.text(key.get(name), relation.column(name)) == null) {
                throw Problems.badRequest("The " + where + " gives NULL for key column '" + name + "'.");
            }
        }
    }
}
