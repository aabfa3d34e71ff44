package io.pgdeck.ddl;

import static io.pgdeck.ddl.Ddl.comment;
import static io.pgdeck.ddl.Ddl.literal;
import static io.pgdeck.ddl.Ddl.name;
import static io.pgdeck.ddl.Ddl.owner;
import static io.pgdeck.ddl.Ddl.qualified;

import io.pgdeck.sql.SqlComments;
import java.util.ArrayList;
import java.util.List;

/** Enum, composite and range types and domains with their constraints. */
final class TypeItems {

    private final String schema;
    private final Parts columns;
    private final Parts domainConstraints;

    TypeItems(String schema, Parts columns, Parts domainConstraints) {
        this.schema = schema;
        this.columns = columns;
        this.domainConstraints = domainConstraints;
    }

    Item type(Row type) {
        String target = qualified(schema, type.text("name"));
        boolean domain = "d".equals(type.text("type_kind"));
        String keyword = domain ? "DOMAIN" : "TYPE";
        Item item = new Item(type.text("name"), keyword, type.text("owner"), Phase.TYPE);
        item.provides("pg_type", type.text("oid"))
                .provides("pg_type", type.text("array_type"))
                .provides("pg_class", type.text("relation"))
                .provides("pg_type", type.text("multirange_type"))
                .provides("pg_type", type.text("multirange_array_type"));
        switch (type.text("type_kind")) {
            case "e" -> item.add(enumType(type, target));
            case "c" -> item.add(compositeType(type, target));
            case "r" -> item.add(rangeType(type, target));
            case "d" -> item.add(domain(type, target, item));
            default -> {
                // A base or shell type is made by C functions that a script of SQL cannot write.
                item.paragraphs.add("-- " + SqlComments.line(target)
                        + " is a base type defined by C functions; pgdeck does not" + " script it.");
                return item;
            }
        }
        item.add(owner(keyword, target, type.text("owner")));
        List<String> comments = new ArrayList<>(comment(keyword + " " + target, type.text("comment")));
        for (Row column : columns.of(type.text("relation"))) {
            comments.addAll(comment("COLUMN " + target + "." + name(column.text("name")), column.text("comment")));
        }
        for (Row constraint : domainConstraints.of(type.text("oid"))) {
            comments.addAll(comment(
                    "CONSTRAINT " + name(constraint.text("name")) + " ON DOMAIN " + target,
                    constraint.text("comment")));
        }
        item.add(comments);
        item.add(Acl.of("TYPE", target, type));
        return item;
    }

    private static String enumType(Row type, String target) {
        List<String> labels = type.list("labels").stream()
                .map(label -> "    " + literal(label))
                .toList();
        return "CREATE TYPE " + target + " AS ENUM (\n" + String.join(",\n", labels) + (labels.isEmpty() ? "" : "\n")
                + ")";
    }

    private String compositeType(Row type, String target) {
        List<String> attributes = new ArrayList<>();
        for (Row column : columns.of(type.text("relation"))) {
            String collation = column.has("collation") ? " COLLATE " + column.text("collation") : "";
            attributes.add("\t" + name(column.text("name")) + " " + column.text("type") + collation);
        }
        return "CREATE TYPE " + target + " AS (\n" + String.join(",\n", attributes) + (attributes.isEmpty() ? "" : "\n")
                + ")";
    }

    private static String rangeType(Row type, String target) {
        List<String> options = new ArrayList<>();
        options.add("subtype = " + type.text("subtype"));
        options.add("multirange_type_name = " + type.text("multirange"));
        if (type.has("subtype_opclass")) {
            options.add("subtype_opclass = " + type.text("subtype_opclass"));
        }
        if (type.has("range_collation")) {
            options.add("collation = " + type.text("range_collation"));
        }
        if (type.has("canonical")) {
            options.add("canonical = " + type.text("canonical"));
        }
        if (type.has("subtype_diff")) {
            options.add("subtype_diff = " + type.text("subtype_diff"));
        }
        return "CREATE TYPE " + target + " AS RANGE (\n    " + String.join(",\n    ", options) + "\n)";
    }

    /** CREATE DOMAIN with its valid constraints; NOT VALID ones can only be added afterwards. */
    private List<String> domain(Row type, String target, Item item) {
        StringBuilder sql = new StringBuilder("CREATE DOMAIN ")
                .append(target)
                .append(" AS ")
                .append(type.text("base_type"));
        if (type.has("domain_collation")) {
            sql.append(" COLLATE ").append(type.text("domain_collation"));
        }
        if (type.has("default_value")) {
            sql.append(" DEFAULT ").append(type.text("default_value"));
        }
        if (type.flag("not_null")) {
            sql.append(" NOT NULL");
        }
        List<String> later = new ArrayList<>();
        for (Row constraint : domainConstraints.of(type.text("oid"))) {
            String clause = "CONSTRAINT " + name(constraint.text("name")) + " " + constraint.text("definition");
            if (constraint.flag("validated")) {
                sql.append("\n\t").append(clause);
            } else {
                later.add("ALTER DOMAIN " + target + "\n    ADD " + clause);
            }
            item.provides("pg_constraint", constraint.text("oid"));
        }
        List<String> statements = new ArrayList<>(List.of(sql.toString()));
        statements.addAll(later);
        return statements;
    }
}
