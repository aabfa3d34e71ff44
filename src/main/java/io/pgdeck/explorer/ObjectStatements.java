package io.pgdeck.explorer;

import static io.pgdeck.explorer.Statements.expression;
import static io.pgdeck.explorer.Statements.name;
import static io.pgdeck.explorer.Statements.qualified;
import static io.pgdeck.explorer.Statements.type;

import io.pgdeck.sql.ObjectKind;
import io.pgdeck.web.Problems;
import java.util.ArrayList;
import java.util.List;

/** The DDL for schemas, views, materialized views and sequences. */
final class ObjectStatements {

    record SchemaCreate(String name, String owner, String comment) {}

    record ViewCreate(
            String name, String definition, Boolean replace, Boolean withData, String owner, String comment) {}

    record ViewAlter(String name, String definition, String owner, String comment) {}

    record SequenceCreate(
            String name,
            String dataType,
            Long increment,
            Long start,
            Long minimum,
            Long maximum,
            Long cache,
            Boolean cycle,
            String owner,
            String comment) {}

    record SequenceAlter(
            String name,
            Long increment,
            Long minimum,
            Long maximum,
            Long restart,
            Long cache,
            Boolean cycle,
            String owner,
            String comment) {}

    private ObjectStatements() {}

    static List<String> createSchema(SchemaCreate schema) {
        String target = name("schema name", schema.name());
        String owner = schema.owner() == null ? "" : " AUTHORIZATION " + name("owner", schema.owner());
        List<String> statements = new ArrayList<>(List.of("CREATE SCHEMA " + target + owner));
        Statements.ownerAndComment(statements, "SCHEMA", target, null, schema.comment());
        return statements;
    }

    static List<String> alterSchema(String schema, SchemaCreate change) {
        String target = name("schema", schema);
        List<String> statements = new ArrayList<>();
        Statements.ownerAndComment(statements, "SCHEMA", target, change.owner(), change.comment());
        if (change.name() != null && !change.name().equals(schema)) {
            statements.add(Statements.rename("SCHEMA", target, change.name()));
        }
        return TableStatements.nonEmpty(statements);
    }

    static List<String> createView(String schema, ObjectKind kind, ViewCreate view) {
        String target = qualified(schema, view.name());
        String query = expression("view query", view.definition());
        List<String> statements = new ArrayList<>();
        if (kind == ObjectKind.MATERIALIZED_VIEWS) {
            String data = Boolean.FALSE.equals(view.withData()) ? "\nWITH NO DATA" : "";
            statements.add("CREATE MATERIALIZED VIEW " + target + " AS\n" + query + data);
        } else {
            String replace = Boolean.TRUE.equals(view.replace()) ? "OR REPLACE " : "";
            statements.add("CREATE " + replace + "VIEW " + target + " AS\n" + query);
        }
        Statements.ownerAndComment(statements, kind.keyword(), target, view.owner(), view.comment());
        return statements;
    }

    static List<String> alterView(String schema, String view, ObjectKind kind, ViewAlter change) {
        String target = qualified(schema, view);
        List<String> statements = new ArrayList<>();
        if (change.definition() != null) {
            if (kind == ObjectKind.MATERIALIZED_VIEWS) {
                throw Problems.badRequest(
                        "A materialized view's query cannot be changed: drop it and create it again.");
            }
            statements.add(
                    "CREATE OR REPLACE VIEW " + target + " AS\n" + expression("view query", change.definition()));
        }
        Statements.ownerAndComment(statements, kind.keyword(), target, change.owner(), change.comment());
        if (change.name() != null && !change.name().equals(view)) {
            statements.add(Statements.rename(kind.keyword(), target, change.name()));
        }
        return TableStatements.nonEmpty(statements);
    }

    static List<String> createSequence(String schema, SequenceCreate sequence) {
        String target = qualified(schema, sequence.name());
        StringBuilder sql = new StringBuilder("CREATE SEQUENCE ").append(target);
        if (sequence.dataType() != null) {
            sql.append(" AS ").append(type("sequence type", sequence.dataType()));
        }
        options(sql, sequence.increment(), sequence.minimum(), sequence.maximum(), sequence.cache(), sequence.cycle());
        if (sequence.start() != null) {
            sql.append(" START WITH ").append(sequence.start());
        }
        List<String> statements = new ArrayList<>(List.of(sql.toString()));
        Statements.ownerAndComment(statements, "SEQUENCE", target, sequence.owner(), sequence.comment());
        return statements;
    }

    static List<String> alterSequence(String schema, String sequence, SequenceAlter change) {
        String target = qualified(schema, sequence);
        StringBuilder sql = new StringBuilder();
        options(sql, change.increment(), change.minimum(), change.maximum(), change.cache(), change.cycle());
        if (change.restart() != null) {
            sql.append(" RESTART WITH ").append(change.restart());
        }
        List<String> statements = new ArrayList<>();
        if (!sql.isEmpty()) {
            statements.add("ALTER SEQUENCE " + target + sql);
        }
        Statements.ownerAndComment(statements, "SEQUENCE", target, change.owner(), change.comment());
        if (change.name() != null && !change.name().equals(sequence)) {
            statements.add(Statements.rename("SEQUENCE", target, change.name()));
        }
        return TableStatements.nonEmpty(statements);
    }

    // Numbers reach the SQL as Java longs, so they are digits and a sign, never text from the request.
    private static void options(
            StringBuilder sql, Long increment, Long minimum, Long maximum, Long cache, Boolean cycle) {
        if (increment != null) {
            sql.append(" INCREMENT BY ").append(increment);
        }
        if (minimum != null) {
            sql.append(" MINVALUE ").append(minimum);
        }
        if (maximum != null) {
            sql.append(" MAXVALUE ").append(maximum);
        }
        if (cache != null) {
            sql.append(" CACHE ").append(cache);
        }
        if (cycle != null) {
            sql.append(cycle ? " CYCLE" : " NO CYCLE");
        }
    }
}
