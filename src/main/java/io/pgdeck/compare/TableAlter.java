package io.pgdeck.compare;

import static io.pgdeck.sql.SqlQuoting.qualified;
import static io.pgdeck.sql.SqlQuoting.quoteIdentifier;

import io.pgdeck.sql.SqlComments;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;

/**
 * The ALTER TABLE statements that give an existing table the other side's shape, column by column, so that its rows
 * stay: columns added, dropped, retyped, their defaults, NOT NULL, identity and generation, and the CHECK constraints
 * written inside the CREATE TABLE. Constraints and indexes written apart are objects of their own.
 *
 * <p>Columns in another order are reported, not migrated: PostgreSQL cannot move a column, and rebuilding the table
 * (create a copy, move the rows, move every index, constraint, foreign key, view, trigger, policy and grant that
 * names it) is a rewrite under an exclusive lock that a migration script should not do unasked. The script says so in
 * a comment and the comparison in a note, so that the difference pg_dump still shows is never a silent one.
 */
final class TableAlter {

    private final String schema;
    private final String table;
    private final String name;
    private final List<String> removals = new ArrayList<>();
    private final List<String> statements = new ArrayList<>();
    /** Qualified names of identity sequences renamed by {@link #statements}, the old name to the new. */
    private final Map<String, String> sequenceRenames = new LinkedHashMap<>();

    private String note;
    private boolean columnsRewritten;

    private TableAlter(String schema, String name) {
        this.schema = schema;
        this.name = name;
        this.table = qualified(schema, name);
    }

    /** {@code target} becomes {@code source}. */
    static TableAlter of(String schema, Snapshot.Entry target, Snapshot.Entry source) {
        TableAlter alter = new TableAlter(schema, target.name());
        alter.columns(target.columns(), source.columns());
        alter.checks(inlineChecks(target), inlineChecks(source));
        return alter;
    }

    /**
     * The columns and CHECKs that go: run among the drops, before the types, domains and routines they use are
     * dropped in turn.
     */
    List<String> removals() {
        return removals;
    }

    /** What is added and changed: run in the order of creation, once what the columns use exists. */
    List<String> statements() {
        return statements;
    }

    /** What the script leaves different, for the person reading the comparison; null for nothing. */
    String note() {
        return note;
    }

    /**
     * The target's table as its statements read once {@link #statements} have run: the grants and comments of an
     * identity sequence it renamed name the sequence by its new name.
     */
    Snapshot.Entry renamed(Snapshot.Entry target) {
        if (sequenceRenames.isEmpty()) {
            return target;
        }
        List<String> renamed = new ArrayList<>();
        for (String statement : target.statements()) {
            for (Map.Entry<String, String> rename : sequenceRenames.entrySet()) {
                statement = Dependents.named(rename.getKey())
                        .matcher(statement)
                        .replaceAll(Matcher.quoteReplacement(rename.getValue()));
            }
            renamed.add(statement);
        }
        return new Snapshot.Entry(target.kind(), target.name(), target.owner(), renamed, target.columns());
    }

    /** Whether a column is dropped or retyped, which views reading the table do not allow while they exist. */
    boolean columnsRewritten() {
        return columnsRewritten;
    }

    private void columns(List<Snapshot.Column> target, List<Snapshot.Column> source) {
        Map<String, Snapshot.Column> theirs = byName(target);
        Map<String, Snapshot.Column> wanted = byName(source);
        List<String> order = new ArrayList<>();
        for (Snapshot.Column column : target) {
            Snapshot.Column other = wanted.get(column.name());
            if (other == null || ColumnAlter.readded(column, other)) {
                remove("DROP COLUMN " + quoteIdentifier(column.name()));
                columnsRewritten = true;
            } else {
                order.add(column.name());
            }
        }
        for (Snapshot.Column column : source) {
            Snapshot.Column existing = theirs.get(column.name());
            if (existing == null || ColumnAlter.readded(existing, column)) {
                alter(ColumnAlter.add(schema, column));
                order.add(column.name());
            } else {
                columnsRewritten |= !existing.type().equals(column.type());
                ColumnAlter.change(schema, existing, column).forEach(this::alter);
                String rename = ColumnAlter.sequenceRename(schema, existing, column);
                if (rename != null) {
                    statements.add(rename);
                    sequenceRenames.put(
                            qualified(schema, existing.identitySequence()),
                            qualified(schema, column.identitySequence()));
                }
            }
        }
        List<String> wantedOrder = source.stream().map(Snapshot.Column::name).toList();
        if (!order.equals(wantedOrder)) {
            String orders = " (" + String.join(", ", order) + " instead of " + String.join(", ", wantedOrder) + ")";
            statements.add("-- Not migrated: "
                    + SqlComments.line("the columns of table " + table + " are in another order" + orders)
                    + "; moving them takes rebuilding the table.");
            note = "Table " + name + ": the column order differs" + orders + " and is not migrated: PostgreSQL"
                    + " cannot move a column and the script does not rebuild a table, so pg_dump still prints the"
                    + " two tables differently.";
        }
    }

    private void checks(Map<String, String> target, Map<String, String> source) {
        target.forEach((name, definition) -> {
            if (!definition.equals(source.get(name))) {
                remove("DROP CONSTRAINT " + name);
            }
        });
        source.forEach((name, definition) -> {
            if (!definition.equals(target.get(name))) {
                alter("ADD CONSTRAINT " + name + " " + definition);
            }
        });
    }

    private void remove(String action) {
        removals.add("ALTER TABLE " + table + " " + action + ";");
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
            String[] named = named(trimmed.substring("CONSTRAINT ".length()));
            if (named != null) {
                String definition = named[1];
                checks.put(
                        named[0],
                        definition.endsWith(",") ? definition.substring(0, definition.length() - 1) : definition);
            }
        }
        return checks;
    }

    /** {@code name definition} split after the name, quoted or not; null when nothing follows a name. */
    static String[] named(String text) {
        int end = text.startsWith("\"") ? text.indexOf("\" ", 1) + 1 : text.indexOf(' ');
        return end > 0 ? new String[] {text.substring(0, end), text.substring(end + 1)} : null;
    }
}
