package io.pgdeck.ddl;

import io.pgdeck.sql.SqlComments;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * One entry of a script: the statements that create one thing, the catalog addresses ({@code pg_class:1234}) of what
 * they create, and the addresses of what must exist before them.
 */
final class Item {

    final String name;
    final String type;
    final String owner;
    final Phase phase;
    final List<String> paragraphs = new ArrayList<>();
    /** The same statements one by one, without their semicolons, for those who compare or rewrite them. */
    final List<String> statements = new ArrayList<>();

    final Set<String> provides = new LinkedHashSet<>();
    final Set<String> requires = new LinkedHashSet<>();

    Item(String name, String type, String owner, Phase phase) {
        this.name = name;
        this.type = type;
        this.owner = owner;
        this.phase = phase;
    }

    static String address(String catalog, Object oid) {
        return catalog + ":" + oid;
    }

    /** Statements printed together, each ended by a semicolon. */
    Item add(String... statements) {
        List<String> lines = new ArrayList<>();
        for (String statement : statements) {
            lines.add(statement + ";");
            this.statements.add(statement);
        }
        if (!lines.isEmpty()) {
            paragraphs.add(String.join("\n", lines));
        }
        return this;
    }

    Item add(List<String> statements) {
        return add(statements.toArray(String[]::new));
    }

    /** ALTER ... OWNER TO and COMMENT ON, from a row with {@code owner} and {@code comment} columns. */
    Item ownerAndComment(String keyword, String target, Row row) {
        add(Ddl.owner(keyword, target, row.text("owner")));
        return add(Ddl.comment(keyword + " " + target, row.text("comment")));
    }

    Item provides(String catalog, Object oid) {
        if (oid != null) {
            provides.add(address(catalog, oid));
        }
        return this;
    }

    Item requires(String catalog, Object oid) {
        if (oid != null) {
            requires.add(address(catalog, oid));
        }
        return this;
    }

    boolean isEmpty() {
        return paragraphs.isEmpty();
    }

    /** The entry as pg_dump prints one: a header naming it, then its statements. */
    String render(String schema) {
        return "--\n-- Name: " + SqlComments.line(name) + "; Type: " + SqlComments.line(type) + "; Schema: "
                + SqlComments.line(schema) + "; Owner: " + SqlComments.line(owner) + "\n--\n\n"
                + String.join("\n\n", paragraphs) + "\n\n\n";
    }
}
