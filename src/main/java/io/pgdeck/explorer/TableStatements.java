package io.pgdeck.explorer;

import static io.pgdeck.explorer.Statements.expression;
import static io.pgdeck.explorer.Statements.keyword;
import static io.pgdeck.explorer.Statements.name;
import static io.pgdeck.explorer.Statements.names;
import static io.pgdeck.explorer.Statements.qualified;
import static io.pgdeck.explorer.Statements.type;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.pgdeck.web.Problems;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

/** The DDL for creating and changing tables, their columns, constraints and indexes. */
final class TableStatements {

    private static final List<String> REFERENTIAL_ACTIONS =
            List.of("NO ACTION", "RESTRICT", "CASCADE", "SET NULL", "SET DEFAULT");
    private static final List<String> PARTITION_STRATEGIES = List.of("RANGE", "LIST", "HASH");
    private static final List<String> INDEX_METHODS = List.of("BTREE", "HASH", "GIST", "SPGIST", "GIN", "BRIN");

    /** A column of a new table, or one added to a table. */
    record Column(
            String name,
            String type,
            @JsonProperty("default") String defaultValue,
            Boolean notNull,
            String identity,
            Boolean primaryKey,
            String comment) {}

    record References(String schema, String table, List<String> columns) {}

    /** A table constraint: type is primaryKey, unique, check or foreignKey. */
    record Constraint(
            String type,
            String name,
            List<String> columns,
            String expression,
            References references,
            String onDelete,
            String onUpdate) {}

    record Partitioning(String strategy, List<String> columns) {}

    record Create(
            String name,
            List<Column> columns,
            List<Constraint> constraints,
            Partitioning partitionBy,
            Boolean unlogged,
            String owner,
            String comment) {}

    /** Changes to a table; each field left out stays as it is. */
    record Alter(String name, String schema, String owner, String comment) {}

    record ColumnChange(
            String name,
            String type,
            String using,
            @JsonProperty("default") String defaultValue,
            Boolean dropDefault,
            Boolean notNull,
            String comment) {}

    record Index(String name, List<String> columns, Boolean unique, String method, String where) {}

    private TableStatements() {}

    static List<String> create(String schema, Create table) {
        String target = qualified(schema, table.name());
        List<Column> columns = table.columns() == null ? List.of() : table.columns();
        List<String> lines = new ArrayList<>();
        columns.forEach(column -> lines.add(columnDefinition(column)));
        List<String> keys = columns.stream()
                .filter(column -> Boolean.TRUE.equals(column.primaryKey()))
                .map(Column::name)
                .toList();
        if (!keys.isEmpty()) {
            lines.add("PRIMARY KEY (" + names("primary key columns", keys) + ")");
        }
        if (table.constraints() != null) {
            table.constraints().forEach(constraint -> lines.add(constraint(constraint)));
        }
        String body = lines.stream().map(line -> "    " + line).collect(Collectors.joining(",\n"));
        String unlogged = Boolean.TRUE.equals(table.unlogged()) ? "UNLOGGED " : "";
        List<String> statements = new ArrayList<>();
        statements.add("CREATE " + unlogged + "TABLE " + target + " (\n" + body + "\n)" + partitioning(table));
        Statements.ownerAndComment(statements, "TABLE", target, table.owner(), table.comment());
        columns.stream()
                .filter(column -> column.comment() != null && !column.comment().isEmpty())
                .forEach(column -> statements.add(Statements.comment(
                        "COLUMN", target + "." + name("column name", column.name()), column.comment())));
        return statements;
    }

    static List<String> alter(String schema, String table, Alter change) {
        String target = qualified(schema, table);
        List<String> statements = new ArrayList<>();
        Statements.ownerAndComment(statements, "TABLE", target, change.owner(), change.comment());
        boolean moves = change.schema() != null && !change.schema().equals(schema);
        if (change.name() != null && !change.name().equals(table)) {
            statements.add(Statements.rename("TABLE", target, change.name()));
        }
        if (moves) {
            String renamed = change.name() == null ? table : change.name();
            statements.add(
                    "ALTER TABLE " + qualified(schema, renamed) + " SET SCHEMA " + name("schema", change.schema()));
        }
        return nonEmpty(statements);
    }

    static List<String> addColumn(String schema, String table, Column column) {
        String target = qualified(schema, table);
        List<String> statements = new ArrayList<>();
        String key = Boolean.TRUE.equals(column.primaryKey()) ? " PRIMARY KEY" : "";
        statements.add("ALTER TABLE " + target + " ADD COLUMN " + columnDefinition(column) + key);
        if (column.comment() != null && !column.comment().isEmpty()) {
            statements.add(
                    Statements.comment("COLUMN", target + "." + name("column name", column.name()), column.comment()));
        }
        return statements;
    }

    static List<String> alterColumn(String schema, String table, String column, ColumnChange change) {
        String alter = "ALTER TABLE " + qualified(schema, table) + " ALTER COLUMN " + name("column", column);
        List<String> statements = new ArrayList<>();
        if (change.type() != null) {
            String using = change.using() == null ? "" : " USING " + expression("conversion", change.using());
            statements.add(alter + " TYPE " + type("column", change.type()) + using);
        }
        if (Boolean.TRUE.equals(change.dropDefault())) {
            statements.add(alter + " DROP DEFAULT");
        } else if (change.defaultValue() != null) {
            statements.add(alter + " SET DEFAULT " + expression("default", change.defaultValue()));
        }
        if (change.notNull() != null) {
            statements.add(alter + (change.notNull() ? " SET NOT NULL" : " DROP NOT NULL"));
        }
        if (change.comment() != null) {
            statements.add(Statements.comment(
                    "COLUMN", qualified(schema, table) + "." + name("column", column), change.comment()));
        }
        if (change.name() != null && !change.name().equals(column)) {
            statements.add("ALTER TABLE " + qualified(schema, table) + " RENAME COLUMN " + name("column", column)
                    + " TO " + name("new column name", change.name()));
        }
        return nonEmpty(statements);
    }

    static List<String> dropColumn(String schema, String table, String column, boolean cascade) {
        return List.of("ALTER TABLE " + qualified(schema, table) + " DROP COLUMN " + name("column", column)
                + (cascade ? " CASCADE" : ""));
    }

    static List<String> addConstraint(String schema, String table, Constraint constraint) {
        return List.of("ALTER TABLE " + qualified(schema, table) + " ADD " + constraint(constraint));
    }

    static List<String> dropConstraint(String schema, String table, String constraint, boolean cascade) {
        return List.of("ALTER TABLE " + qualified(schema, table) + " DROP CONSTRAINT " + name("constraint", constraint)
                + (cascade ? " CASCADE" : ""));
    }

    static List<String> createIndex(String schema, String table, Index index) {
        String unique = Boolean.TRUE.equals(index.unique()) ? "UNIQUE " : "";
        String indexName = index.name() == null || index.name().isBlank() ? "" : name("index name", index.name()) + " ";
        String method = index.method() == null
                ? ""
                : " USING "
                        + keyword("index method", index.method(), INDEX_METHODS).toLowerCase(Locale.ROOT);
        String where = index.where() == null || index.where().isBlank()
                ? ""
                : " WHERE " + expression("index condition", index.where());
        return List.of("CREATE " + unique + "INDEX " + indexName + "ON " + qualified(schema, table) + method + " ("
                + names("index columns", index.columns()) + ")" + where);
    }

    static List<String> dropIndex(String schema, String index, boolean cascade) {
        return List.of(Statements.drop("INDEX", qualified(schema, index), cascade));
    }

    private static String columnDefinition(Column column) {
        StringBuilder definition = new StringBuilder(name("column name", column.name()))
                .append(' ')
                .append(type("column " + column.name(), column.type()));
        if (column.identity() != null) {
            String identity = keyword("identity", column.identity(), List.of("ALWAYS", "BY DEFAULT"));
            definition.append(" GENERATED ").append(identity).append(" AS IDENTITY");
        }
        if (column.defaultValue() != null && !column.defaultValue().isBlank()) {
            definition.append(" DEFAULT ").append(expression("default of " + column.name(), column.defaultValue()));
        }
        if (Boolean.TRUE.equals(column.notNull())) {
            definition.append(" NOT NULL");
        }
        return definition.toString();
    }

    private static String constraint(Constraint constraint) {
        String prefix = constraint.name() == null || constraint.name().isBlank()
                ? ""
                : "CONSTRAINT " + name("constraint name", constraint.name()) + " ";
        String type = Objects.requireNonNullElse(constraint.type(), "");
        return prefix
                + switch (type) {
                    case "primaryKey" -> "PRIMARY KEY (" + names("key columns", constraint.columns()) + ")";
                    case "unique" -> "UNIQUE (" + names("unique columns", constraint.columns()) + ")";
                    case "check" -> "CHECK (" + expression("check", constraint.expression()) + ")";
                    case "foreignKey" -> foreignKey(constraint);
                    default ->
                        throw Problems.badRequest(
                                "A constraint's type is primaryKey, unique, check or foreignKey, not '" + type + "'.");
                };
    }

    private static String foreignKey(Constraint constraint) {
        References references = constraint.references();
        if (references == null) {
            throw Problems.badRequest("A foreign key needs the table it references.");
        }
        String columns = references.columns() == null || references.columns().isEmpty()
                ? ""
                : " (" + names("referenced columns", references.columns()) + ")";
        String target = references.schema() == null
                ? name("referenced table", references.table())
                : qualified(references.schema(), references.table());
        StringBuilder sql = new StringBuilder("FOREIGN KEY (")
                .append(names("foreign key columns", constraint.columns()))
                .append(") REFERENCES ")
                .append(target)
                .append(columns);
        if (constraint.onDelete() != null) {
            sql.append(" ON DELETE ").append(keyword("on delete action", constraint.onDelete(), REFERENTIAL_ACTIONS));
        }
        if (constraint.onUpdate() != null) {
            sql.append(" ON UPDATE ").append(keyword("on update action", constraint.onUpdate(), REFERENTIAL_ACTIONS));
        }
        return sql.toString();
    }

    private static String partitioning(Create table) {
        Partitioning partitioning = table.partitionBy();
        if (partitioning == null) {
            return "";
        }
        return " PARTITION BY " + keyword("partition strategy", partitioning.strategy(), PARTITION_STRATEGIES) + " ("
                + names("partition columns", partitioning.columns()) + ")";
    }

    static List<String> nonEmpty(List<String> statements) {
        if (statements.isEmpty()) {
            throw Problems.badRequest("Nothing to change: the request gives no new value.");
        }
        return statements;
    }
}
