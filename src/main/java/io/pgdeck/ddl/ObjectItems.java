package io.pgdeck.ddl;

import static io.pgdeck.ddl.Ddl.literal;
import static io.pgdeck.ddl.Ddl.name;
import static io.pgdeck.ddl.Ddl.qualified;

import java.util.ArrayList;
import java.util.List;

/** The schema itself, sequences, functions, procedures, aggregates and collations. */
final class ObjectItems {

    private final String schema;

    ObjectItems(String schema) {
        this.schema = schema;
    }

    /** CREATE SCHEMA; nothing for {@code public}, which every database already has. */
    List<Item> schema(Row row) {
        if ("public".equals(row.text("name"))) {
            return List.of();
        }
        String target = name(row.text("name"));
        Item item = new Item(row.text("name"), "SCHEMA", row.text("owner"), Phase.SCHEMA);
        item.provides("pg_namespace", row.text("oid"));
        item.add("CREATE SCHEMA " + target);
        item.ownerAndComment("SCHEMA", target, row).add(Acl.of("SCHEMA", target, row));
        return List.of(item);
    }

    /** Default privileges a role set for what it creates in the schema. */
    Item defaultPrivileges(Row row) {
        String objects = "DEFAULT PRIVILEGES FOR " + Acl.defaultObjects(row.text("object_type"));
        Item item = new Item(objects, "DEFAULT ACL", row.text("role"), Phase.DEFAULT_PRIVILEGES);
        item.add(Acl.defaultPrivileges(
                row.text("role"), name(schema), row.text("object_type"), row.list("acl"), row.list("built_in")));
        return item;
    }

    /** A sequence that is not a column's identity (the table writes those), and its OWNED BY. */
    List<Item> sequence(Row sequence) {
        if (sequence.flag("identity")) {
            return List.of();
        }
        String target = qualified(schema, sequence.text("name"));
        Item item = new Item(sequence.text("name"), "SEQUENCE", sequence.text("owner"), Phase.SEQUENCE);
        item.provides("pg_class", sequence.text("oid"));
        String unlogged = "u".equals(sequence.text("persistence")) ? "UNLOGGED " : "";
        item.add(
                "CREATE " + unlogged + "SEQUENCE " + target + "\n" + String.join("\n", SequenceText.options(sequence)));
        item.ownerAndComment("SEQUENCE", target, sequence).add(Acl.of("SEQUENCE", target, sequence));
        if (!sequence.has("owner_relation")) {
            return List.of(item);
        }
        Item ownedBy =
                new Item(sequence.text("name"), "SEQUENCE OWNED BY", sequence.text("owner"), Phase.SEQUENCE_OWNED_BY);
        ownedBy.add("ALTER SEQUENCE " + target + " OWNED BY " + sequence.text("owner_table") + "."
                + name(sequence.text("owner_column")));
        ownedBy.requires("pg_class", sequence.text("oid")).requires("pg_class", sequence.text("owner_relation"));
        return List.of(item, ownedBy);
    }

    Item routine(Row routine) {
        String kind = routine.text("kind");
        String keyword = switch (kind) {
            case "p" -> "PROCEDURE";
            case "a" -> "AGGREGATE";
            default -> "FUNCTION";
        };
        String signature = "a".equals(kind) ? aggregateSignature(routine) : routine.text("identity_arguments");
        String target = qualified(schema, routine.text("name")) + "(" + signature + ")";
        Item item = new Item(
                routine.text("name") + "(" + signature + ")",
                keyword,
                routine.text("owner"),
                "a".equals(kind) ? Phase.AGGREGATE : Phase.FUNCTION);
        item.provides("pg_proc", routine.text("oid"));
        item.add("a".equals(kind) ? AggregateText.create(routine, target) : create(routine.text("definition")));
        item.ownerAndComment(keyword, target, routine)
                .add(Acl.of("PROCEDURE".equals(keyword) ? "PROCEDURE" : "FUNCTION", target, routine));
        return item;
    }

    /** pg_get_functiondef's text as CREATE, not CREATE OR REPLACE, as pg_dump writes it. */
    private static String create(String definition) {
        return Ddl.statement(definition.replaceFirst("^CREATE OR REPLACE ", "CREATE "));
    }

    private static String aggregateSignature(Row aggregate) {
        String arguments = aggregate.text("arguments");
        return arguments == null || arguments.isEmpty() ? "*" : arguments;
    }

    /** CREATE OPERATOR; a commutator or negator not created yet is made a shell, which its own CREATE fills in. */
    Item operator(Row operator) {
        String target = name(schema) + "." + operator.text("name");
        String arguments = "(" + (operator.has("left_type") ? operator.text("left_type") : "NONE") + ", "
                + operator.text("right_type") + ")";
        Item item = new Item(operator.text("name") + arguments, "OPERATOR", operator.text("owner"), Phase.OPERATOR);
        item.provides("pg_operator", operator.text("oid"));
        List<String> options = new ArrayList<>(List.of("FUNCTION = " + operator.text("function")));
        if (operator.has("left_type")) {
            options.add("LEFTARG = " + operator.text("left_type"));
        }
        options.add("RIGHTARG = " + operator.text("right_type"));
        Ddl.option(options, "COMMUTATOR", operator.text("commutator"));
        Ddl.option(options, "NEGATOR", operator.text("negator"));
        Ddl.option(options, "RESTRICT", operator.text("restrict_function"));
        Ddl.option(options, "JOIN", operator.text("join_function"));
        if (operator.flag("hashes")) {
            options.add("HASHES");
        }
        if (operator.flag("merges")) {
            options.add("MERGES");
        }
        item.add("CREATE OPERATOR " + target + " (\n    " + String.join(",\n    ", options) + "\n)");
        return item.ownerAndComment("OPERATOR", target + " " + arguments, operator);
    }

    Item collation(Row collation) {
        String target = qualified(schema, collation.text("name"));
        Item item = new Item(collation.text("name"), "COLLATION", collation.text("owner"), Phase.COLLATION);
        item.provides("pg_collation", collation.text("oid"));
        List<String> options = new ArrayList<>();
        String provider = collation.text("provider");
        options.add("provider = " + ("i".equals(provider) ? "icu" : "libc"));
        if (!collation.flag("deterministic")) {
            options.add("deterministic = false");
        }
        if ("i".equals(provider)) {
            options.add("locale = " + literal(collation.text("locale")));
        } else if (collation.text("lc_collate").equals(collation.text("lc_ctype"))) {
            options.add("locale = " + literal(collation.text("lc_collate")));
        } else {
            options.add("lc_collate = " + literal(collation.text("lc_collate")));
            options.add("lc_ctype = " + literal(collation.text("lc_ctype")));
        }
        item.add("CREATE COLLATION " + target + " (" + String.join(", ", options) + ")");
        item.ownerAndComment("COLLATION", target, collation);
        return item;
    }
}
