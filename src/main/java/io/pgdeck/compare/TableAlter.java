package io.pgdeck.compare;

import static io.pgdeck.sql.SqlQuoting.qualified;
import static io.pgdeck.sql.SqlQuoting.quoteIdentifier;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The ALTER TABLE statements that give an existing table the other side's shape, column by column, so that its rows
 * stay: columns added, dropped, retyped, their defaults and NOT NULL, and the CHECK constraints written inside the
 * CREATE TABLE. Constraints and indexes written apart are objects of their own.
 */
final class TableAlter {

    private final String table;
    private final List<String> statements = new ArrayList<>();

    private TableAlter(String schema, String name) {
        this.table = qualified(schema, name);
    }

    /** {@code target} becomes {@code source}. */
    static List<String> of(String schema, Snapshot.Entry target, Snapshot.Entry source) {
        TableAlter alter = new TableAlter(schema, target.name());
        alter.columns(target.columns(), source.columns());
        alter.checks(inlineChecks(target), inlineChecks(source));
        return alter.statements;
    }

    private void columns(List<Snapshot.Column> target, List<Snapshot.Column> source) {
        Map<String, Snapshot.Column> theirs = byName(target);
        Map<String, Snapshot.Column> wanted = byName(source);
        theirs.keySet().stream()
                .filter(name -> !wanted.containsKey(name))
                .forEach(name -> alter("DROP COLUMN " + quoteIdentifier(name)));
        for (Snapshot.Column column : source) {
            Snapshot.Column existing = theirs.get(column.name());
            if (existing == null) {
                add(column);
            } else {
                change(existing, column);
            }
        }
    }

    private void add(Snapshot.Column column) {
        StringBuilder definition = new StringBuilder("ADD COLUMN ")
                .append(quoteIdentifier(column.name()))
                .append(' ')
                .append(column.type());
        if (column.defaultValue() != null) {
            definition.append(" DEFAULT ").append(column.defaultValue());
        }
        if (column.notNull()) {
            definition.append(" NOT NULL");
        }
        alter(definition.toString());
    }

    private void change(Snapshot.Column existing, Snapshot.Column wanted) {
        String column = "ALTER COLUMN " + quoteIdentifier(wanted.name());
        if (!existing.type().equals(wanted.type())) {
            alter(column + " TYPE " + wanted.type() + " USING " + quoteIdentifier(wanted.name()) + "::"
                    + wanted.type());
        }
        if (!Objects.equals(existing.defaultValue(), wanted.defaultValue())) {
            alter(
                    wanted.defaultValue() == null
                            ? column + " DROP DEFAULT"
                            : column + " SET DEFAULT " + wanted.defaultValue());
        }
        if (existing.notNull() != wanted.notNull()) {
            alter(column + (wanted.notNull() ? " SET NOT NULL" : " DROP NOT NULL"));
        }
    }

    private void checks(Map<String, String> target, Map<String, String> source) {
        target.forEach((name, definition) -> {
            if (!definition.equals(source.get(name))) {
                alter("DROP CONSTRAINT " + name);
            }
        });
        source.forEach((name, definition) -> {
            if (!definition.equals(target.get(name))) {
                alter("ADD CONSTRAINT " + name + " " + definition);
            }
        });
    }

    private void alter(String action) {
        statements.add("ALTER TABLE " + table + " " + action + ";");
    }

    private static Map<String, Snapshot.Column> byName(List<Snapshot.Column> columns) {
        Map<String, Snapshot.Column> byName = new LinkedHashMap<>();
        columns.forEach(column -> byName.put(column.name(), column));
        return byName;
    }

    /** The {@code CONSTRAINT name CHECK (...)} lines of the CREATE TABLE, by their (quoted) name. */
    static Map<String, String> inlineChecks(Snapshot.Entry table) {
        Map<String, String> checks = new LinkedHashMap<>();
        if (table.statements().isEmpty()) {
            return checks;
        }
        for (String line : table.statements().get(0).split("\n")) {
            String trimmed = line.strip();
            if (!line.startsWith("    CONSTRAINT ")) {
                continue;
            }
            String rest = trimmed.substring("CONSTRAINT ".length());
            int end = rest.startsWith("\"") ? rest.indexOf("\" ", 1) + 1 : rest.indexOf(' ');
            if (end > 0) {
                String definition = rest.substring(end + 1);
                checks.put(
                        rest.substring(0, end),
                        definition.endsWith(",") ? definition.substring(0, definition.length() - 1) : definition);
            }
        }
        return checks;
    }
}
