package io.pgdeck.ddl;

import java.util.List;

/**
 * One entry of a schema's script, as pg_dump names it: its kind ({@code TABLE}, {@code INDEX}, {@code FK CONSTRAINT}...),
 * its name ({@code orders}, {@code orders orders_pkey}, {@code add(integer, integer)}), its owner and its statements
 * (without their semicolons), in the order the script runs them.
 */
public record SchemaObject(String kind, String name, String owner, List<String> statements) {

    public SchemaObject {
        statements = List.copyOf(statements);
    }

    /** The statements as a script prints them, each ended by a semicolon. */
    public String ddl() {
        StringBuilder text = new StringBuilder();
        statements.forEach(statement -> text.append(statement).append(";\n"));
        return text.toString();
    }
}
