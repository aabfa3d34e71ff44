package io.pgdeck.ddl;

import static io.pgdeck.ddl.Ddl.comment;
import static io.pgdeck.ddl.Ddl.name;
import static io.pgdeck.ddl.Ddl.owner;
import static io.pgdeck.ddl.Ddl.qualified;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * CREATE statements of tables (plain, partitioned, partitions, inheritance children, unlogged), views, materialized
 * views and foreign tables, with what is written inside or right after them: columns, inline CHECK constraints,
 * identity, per-column settings, row security, ownership, comments and privileges.
 */
final class RelationItems {

    private final String schema;
    private final Parts columns;
    private final Parts constraints;
    private final Parts sequences;

    RelationItems(String schema, Parts columns, Parts constraints, Parts sequences) {
        this.schema = schema;
        this.columns = columns;
        this.constraints = constraints;
        this.sequences = sequences;
    }

    List<Item> items(Row relation) {
        String kind = relation.text("relkind");
        Item item = switch (kind) {
            case "v" -> view(relation);
            case "m" -> materializedView(relation);
            default -> table(relation);
        };
        item.provides("pg_class", relation.text("oid"))
                .provides("pg_type", relation.text("row_type"))
                .provides("pg_type", relation.text("row_array_type"))
                .provides("pg_rewrite", relation.text("view_rule"));
        relation.list("parent_oids").forEach(parent -> item.requires("pg_class", parent));
        List<Item> items = new ArrayList<>(List.of(item));
        if (relation.flag("is_partition")) {
            items.add(attach(relation));
        }
        return items;
    }

    static String keyword(String relkind) {
        return switch (relkind) {
            case "v" -> "VIEW";
            case "m" -> "MATERIALIZED VIEW";
            case "f" -> "FOREIGN TABLE";
            default -> "TABLE";
        };
    }

    private Item table(Row relation) {
        String target = qualified(schema, relation.text("name"));
        boolean foreign = "f".equals(relation.text("relkind"));
        Item item =
                new Item(relation.text("name"), keyword(relation.text("relkind")), relation.text("owner"), Phase.TABLE);
        List<String> create = new ArrayList<>();
        create.add(createTable(relation, item));
        create.addAll(columnSettings(relation, target, foreign));
        create.addAll(tableSettings(relation, target));
        item.add(create);
        return finish(item, relation, target);
    }

    private String createTable(Row relation, Item item) {
        boolean partition = relation.flag("is_partition");
        boolean foreign = "f".equals(relation.text("relkind"));
        boolean typed = relation.has("of_type");
        List<String> lines = new ArrayList<>();
        for (Row column : columns.of(relation.text("oid"))) {
            if (typed && !partition) {
                typedColumn(column).ifPresent(lines::add);
            } else if (column.flag("local") || partition) {
                lines.add("    " + columnDefinition(column, relation, foreign));
            }
            item.provides("pg_attrdef", column.text("default_oid"));
        }
        for (Row constraint : constraints.of(relation.text("oid"))) {
            if (isInlineCheck(constraint, relation)) {
                lines.add("    CONSTRAINT " + name(constraint.text("name")) + " " + constraint.text("definition"));
                item.provides("pg_constraint", constraint.text("oid"));
            }
        }
        StringBuilder sql = new StringBuilder("CREATE ");
        sql.append("u".equals(relation.text("persistence")) ? "UNLOGGED " : "");
        sql.append(foreign ? "FOREIGN TABLE " : "TABLE ").append(qualified(schema, relation.text("name")));
        if (typed && !partition) {
            sql.append(" OF ").append(relation.text("of_type"));
        }
        if (!typed || partition || !lines.isEmpty()) {
            sql.append(" (\n")
                    .append(String.join(",\n", lines))
                    .append(lines.isEmpty() ? "" : "\n")
                    .append(")");
        }
        List<String> parents = relation.list("parents");
        if (!parents.isEmpty() && !partition) {
            sql.append("\nINHERITS (").append(String.join(", ", parents)).append(")");
        }
        if (relation.has("partition_key")) {
            sql.append("\nPARTITION BY ").append(relation.text("partition_key"));
        }
        if (foreign) {
            sql.append("\nSERVER ").append(name(relation.text("server")));
            if (!relation.list("foreign_options").isEmpty()) {
                sql.append("\n").append(Ddl.foreignOptions(relation.list("foreign_options"), ""));
            }
        }
        appendStorageParameters(sql, relation);
        return sql.toString();
    }

    /** A typed table's column takes its type from the composite type; only a default or NOT NULL is written. */
    private static Optional<String> typedColumn(Row column) {
        StringBuilder options = new StringBuilder();
        if (column.has("default_value")) {
            options.append(" DEFAULT ").append(column.text("default_value"));
        }
        if (column.flag("not_null")) {
            options.append(" NOT NULL");
        }
        return options.isEmpty()
                ? Optional.empty()
                : Optional.of("    " + name(column.text("name")) + " WITH OPTIONS" + options);
    }

    private static void appendStorageParameters(StringBuilder sql, Row relation) {
        List<String> parameters = new ArrayList<>(Ddl.storageParameters(relation.list("options"), ""));
        parameters.addAll(Ddl.storageParameters(relation.list("toast_options"), "toast."));
        if (!parameters.isEmpty()) {
            sql.append("\nWITH (").append(String.join(", ", parameters)).append(")");
        }
    }

    /** A CHECK written inside CREATE TABLE: valid ones the table declares itself (a partition declares them all). */
    static boolean isInlineCheck(Row constraint, Row relation) {
        return "c".equals(constraint.text("type"))
                && constraint.flag("validated")
                && (constraint.flag("local") || relation.flag("is_partition"));
    }

    private String columnDefinition(Row column, Row relation, boolean foreign) {
        StringBuilder sql =
                new StringBuilder(name(column.text("name"))).append(" ").append(column.text("type"));
        if (foreign && !column.list("foreign_options").isEmpty()) {
            sql.append(" ").append(Ddl.inlineOptions(column.list("foreign_options")));
        }
        if (column.has("collation")) {
            sql.append(" COLLATE ").append(column.text("collation"));
        }
        if ("s".equals(column.text("generated"))) {
            sql.append(" GENERATED ALWAYS AS (")
                    .append(column.text("default_value"))
                    .append(") STORED");
        } else if (column.has("default_value")) {
            sql.append(" DEFAULT ").append(column.text("default_value"));
        }
        String identity = column.text("identity");
        if ("a".equals(identity) || "d".equals(identity)) {
            sql.append(identity(column, relation));
        }
        if (column.flag("not_null")) {
            sql.append(" NOT NULL");
        }
        return sql.toString();
    }

    private String identity(Row column, Row relation) {
        StringBuilder sql = new StringBuilder(" GENERATED ");
        sql.append("a".equals(column.text("identity")) ? "ALWAYS" : "BY DEFAULT")
                .append(" AS IDENTITY");
        identitySequence(relation, column.text("name")).ifPresent(sequence -> {
            sql.append(" (\n        SEQUENCE NAME ").append(qualified(schema, sequence.text("name")));
            SequenceText.options(sequence).forEach(line -> sql.append("\n    ").append(line));
            sql.append("\n    )");
        });
        return sql.toString();
    }

    private Optional<Row> identitySequence(Row relation, String column) {
        return sequences.of(relation.text("oid")).stream()
                .filter(sequence -> sequence.flag("identity") && column.equals(sequence.text("owner_column")))
                .findFirst();
    }

    /** ALTER TABLE ... ALTER COLUMN for what CREATE TABLE cannot say, and for columns a child inherits. */
    private List<String> columnSettings(Row relation, String target, boolean foreign) {
        String alter = "ALTER " + (foreign ? "FOREIGN TABLE" : "TABLE") + " ONLY " + target + " ALTER COLUMN ";
        List<String> statements = new ArrayList<>();
        for (Row column : columns.of(relation.text("oid"))) {
            String prefix = alter + name(column.text("name"));
            if (!column.flag("local") && !relation.flag("is_partition")) {
                statements.addAll(inheritedColumn(column, prefix));
            }
            if (column.number("statistics") >= 0) {
                statements.add(prefix + " SET STATISTICS " + column.number("statistics"));
            }
            if (!column.list("options").isEmpty()) {
                statements.add(prefix + " SET (" + String.join(", ", column.list("options")) + ")");
            }
            if (!Objects.equals(column.text("storage"), column.text("type_storage"))) {
                statements.add(prefix + " SET STORAGE " + storage(column.text("storage")));
            }
            String compression = column.text("compression");
            if (compression != null && !compression.isEmpty()) {
                statements.add(prefix + " SET COMPRESSION " + ("p".equals(compression) ? "pglz" : "lz4"));
            }
        }
        return statements;
    }

    /** What CREATE TABLE ... INHERITS gives a column, corrected to what the child has. */
    private static List<String> inheritedColumn(Row column, String prefix) {
        List<String> statements = new ArrayList<>();
        String own = column.text("default_value");
        String inherited = column.text("inherited_default");
        if (!Objects.equals(own, inherited) && !"s".equals(column.text("generated"))) {
            statements.add(own == null ? prefix + " DROP DEFAULT" : prefix + " SET DEFAULT " + own);
        }
        if (column.flag("not_null") && !column.flag("inherited_not_null")) {
            statements.add(prefix + " SET NOT NULL");
        }
        return statements;
    }

    private static String storage(String code) {
        return switch (code) {
            case "p" -> "PLAIN";
            case "e" -> "EXTERNAL";
            case "m" -> "MAIN";
            default -> "EXTENDED";
        };
    }

    private static List<String> tableSettings(Row relation, String target) {
        List<String> statements = new ArrayList<>();
        if (!"r".equals(relation.text("relkind")) && !"p".equals(relation.text("relkind"))) {
            return statements;
        }
        switch (relation.text("replica_identity")) {
            case "f" -> statements.add("ALTER TABLE ONLY " + target + " REPLICA IDENTITY FULL");
            case "n" -> statements.add("ALTER TABLE ONLY " + target + " REPLICA IDENTITY NOTHING");
            default -> {
                // default, or USING INDEX, which the index's entry sets once the index exists
            }
        }
        if (relation.flag("row_security")) {
            statements.add("ALTER TABLE " + target + " ENABLE ROW LEVEL SECURITY");
        }
        if (relation.flag("force_row_security")) {
            statements.add("ALTER TABLE ONLY " + target + " FORCE ROW LEVEL SECURITY");
        }
        return statements;
    }

    private Item view(Row relation) {
        String target = qualified(schema, relation.text("name"));
        Item item = new Item(relation.text("name"), "VIEW", relation.text("owner"), Phase.VIEW);
        List<String> options = new ArrayList<>();
        String checkOption = null;
        for (String option : relation.list("options")) {
            if (option.startsWith("check_option=")) {
                checkOption = option.substring("check_option=".length()).toUpperCase(Locale.ROOT);
            } else {
                options.add(option);
            }
        }
        StringBuilder sql = new StringBuilder("CREATE VIEW ").append(target);
        if (!options.isEmpty()) {
            sql.append(" WITH (")
                    .append(String.join(", ", Ddl.storageParameters(options, "")))
                    .append(")");
        }
        sql.append(" AS\n").append(Ddl.statement(relation.text("view_definition")));
        if (checkOption != null) {
            sql.append("\n  WITH ").append(checkOption).append(" CHECK OPTION");
        }
        List<String> create = new ArrayList<>(List.of(sql.toString()));
        for (Row column : columns.of(relation.text("oid"))) {
            if (column.has("default_value")) {
                create.add("ALTER TABLE ONLY " + target + " ALTER COLUMN " + name(column.text("name")) + " SET DEFAULT "
                        + column.text("default_value"));
                item.provides("pg_attrdef", column.text("default_oid"));
            }
        }
        item.add(create);
        return finish(item, relation, target);
    }

    private Item materializedView(Row relation) {
        String target = qualified(schema, relation.text("name"));
        Item item =
                new Item(relation.text("name"), "MATERIALIZED VIEW", relation.text("owner"), Phase.MATERIALIZED_VIEW);
        StringBuilder sql = new StringBuilder("CREATE MATERIALIZED VIEW ").append(target);
        appendStorageParameters(sql, relation);
        sql.append(" AS\n")
                .append(Ddl.statement(relation.text("view_definition")))
                .append("\n  WITH NO DATA");
        List<String> create = new ArrayList<>(List.of(sql.toString()));
        create.addAll(columnSettings(relation, target, false));
        item.add(create);
        return finish(item, relation, target);
    }

    /** Ownership, comments on the relation and its columns and constraints, and privileges. */
    private Item finish(Item item, Row relation, String target) {
        String keyword = keyword(relation.text("relkind"));
        item.add(owner(keyword, target, relation.text("owner")));
        List<String> comments = new ArrayList<>(comment(keyword + " " + target, relation.text("comment")));
        for (Row column : columns.of(relation.text("oid"))) {
            comments.addAll(comment("COLUMN " + target + "." + name(column.text("name")), column.text("comment")));
        }
        for (Row constraint : constraints.of(relation.text("oid"))) {
            if (isInlineCheck(constraint, relation)) {
                comments.addAll(comment(
                        "CONSTRAINT " + name(constraint.text("name")) + " ON " + target, constraint.text("comment")));
            }
        }
        for (Row sequence : sequences.of(relation.text("oid"))) {
            if (sequence.flag("identity")) {
                String sequenceName = qualified(schema, sequence.text("name"));
                comments.addAll(comment("SEQUENCE " + sequenceName, sequence.text("comment")));
                item.provides("pg_class", sequence.text("oid"));
            }
        }
        item.add(comments);
        item.add(privileges(relation, target));
        return item;
    }

    private List<String> privileges(Row relation, String target) {
        List<String> statements = new ArrayList<>(Acl.of("TABLE", target, relation));
        for (Row sequence : sequences.of(relation.text("oid"))) {
            if (sequence.flag("identity")) {
                statements.addAll(Acl.of("SEQUENCE", qualified(schema, sequence.text("name")), sequence));
            }
        }
        for (Row column : columns.of(relation.text("oid"))) {
            statements.addAll(Acl.column(target, column.text("name"), column.list("acl"), relation.text("owner")));
        }
        return statements;
    }

    private Item attach(Row relation) {
        String parent = relation.list("parents").get(0);
        Item item = new Item(relation.text("name"), "TABLE ATTACH", relation.text("owner"), Phase.ATTACH_PARTITION);
        item.add("ALTER TABLE ONLY " + parent + " ATTACH PARTITION " + qualified(schema, relation.text("name")) + " "
                + relation.text("partition_bound"));
        item.provides("attach", relation.text("oid"));
        item.requires("pg_class", relation.text("oid"));
        relation.list("parent_oids").forEach(oid -> item.requires("pg_class", oid));
        return item;
    }
}
