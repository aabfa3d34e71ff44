package io.pgdeck.compare;

import static io.pgdeck.sql.SqlQuoting.qualified;
import static io.pgdeck.sql.SqlQuoting.quoteIdentifier;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The ALTER TABLE actions (without their {@code ALTER TABLE name}) for one column: its definition when added, or what
 * turns an existing column into the other side's: type, default, NOT NULL, identity, generation expression.
 */
final class ColumnAlter {

    private final String schema;
    private final List<String> actions = new ArrayList<>();

    private ColumnAlter(String schema) {
        this.schema = schema;
    }

    /** The column as ADD COLUMN defines it, generated or identity included. */
    static String add(String schema, Snapshot.Column column) {
        StringBuilder definition = new StringBuilder("ADD COLUMN ")
                .append(quoteIdentifier(column.name()))
                .append(' ')
                .append(column.type());
        if (column.generated()) {
            definition
                    .append(" GENERATED ALWAYS AS (")
                    .append(column.defaultValue())
                    .append(") STORED");
        } else if (column.defaultValue() != null) {
            definition.append(" DEFAULT ").append(column.defaultValue());
        }
        if (column.identity() != null) {
            definition.append(" ").append(identity(schema, column));
        }
        if (column.notNull()) {
            definition.append(" NOT NULL");
        }
        return definition.toString();
    }

    /**
     * Whether the column must be dropped and added again: PostgreSQL 15 cannot give an existing column a generation
     * expression or change one. What goes is only values computed from the row, so no data is lost.
     */
    static boolean readded(Snapshot.Column existing, Snapshot.Column wanted) {
        return wanted.generated()
                && (!existing.generated() || !Objects.equals(existing.defaultValue(), wanted.defaultValue()));
    }

    /** {@code existing} becomes {@code wanted}, in an order where each step is allowed after the one before. */
    static List<String> change(String schema, Snapshot.Column existing, Snapshot.Column wanted) {
        ColumnAlter alter = new ColumnAlter(schema);
        String column = "ALTER COLUMN " + quoteIdentifier(wanted.name());
        if (existing.identity() != null && wanted.identity() == null) {
            alter.actions.add(column + " DROP IDENTITY");
        }
        if (existing.generated() && !wanted.generated()) {
            alter.actions.add(column + " DROP EXPRESSION");
        }
        if (!existing.type().equals(wanted.type())) {
            // A generated column is computed again by the server; any other keeps its values, converted.
            alter.actions.add(column + " TYPE " + wanted.type()
                    + (wanted.generated() ? "" : " USING " + quoteIdentifier(wanted.name()) + "::" + wanted.type()));
        }
        String hadDefault = existing.generated() ? null : existing.defaultValue();
        if (!wanted.generated() && !Objects.equals(hadDefault, wanted.defaultValue())) {
            alter.actions.add(
                    wanted.defaultValue() == null
                            ? column + " DROP DEFAULT"
                            : column + " SET DEFAULT " + wanted.defaultValue());
        }
        if (wanted.notNull() && !existing.notNull()) {
            alter.actions.add(column + " SET NOT NULL");
        }
        alter.identity(column, existing, wanted);
        if (!wanted.notNull() && existing.notNull()) {
            alter.actions.add(column + " DROP NOT NULL");
        }
        return alter.actions;
    }

    /**
     * The statement that gives a kept identity's sequence the other side's name (a table renamed keeps its sequence's
     * old one), or null: ALTER TABLE cannot rename it, ALTER SEQUENCE can.
     */
    static String sequenceRename(String schema, Snapshot.Column existing, Snapshot.Column wanted) {
        if (existing.identity() == null
                || wanted.identity() == null
                || existing.identitySequence() == null
                || wanted.identitySequence() == null
                || existing.identitySequence().equals(wanted.identitySequence())) {
            return null;
        }
        return "ALTER SEQUENCE " + qualified(schema, existing.identitySequence()) + " RENAME TO "
                + quoteIdentifier(wanted.identitySequence()) + ";";
    }

    /** An identity added, or switched between ALWAYS and BY DEFAULT and given the other options in place. */
    private void identity(String column, Snapshot.Column existing, Snapshot.Column wanted) {
        if (wanted.identity() == null) {
            return;
        }
        if (existing.identity() == null) {
            actions.add(column + " ADD " + identity(schema, wanted));
            return;
        }
        List<String> changes = new ArrayList<>();
        if (!existing.identity().equals(wanted.identity())) {
            changes.add("SET GENERATED " + wanted.identity());
        }
        if (!Objects.equals(existing.identityOptions(), wanted.identityOptions())) {
            options(wanted).forEach(option -> changes.add("SET " + option));
        }
        if (!changes.isEmpty()) {
            actions.add(column + " " + String.join(" ", changes));
        }
    }

    private static String identity(String schema, Snapshot.Column column) {
        StringBuilder text =
                new StringBuilder("GENERATED ").append(column.identity()).append(" AS IDENTITY");
        if (column.identitySequence() != null) {
            text.append(" (SEQUENCE NAME ").append(qualified(schema, column.identitySequence()));
            options(column).forEach(option -> text.append(' ').append(option));
            text.append(')');
        }
        return text.toString();
    }

    private static List<String> options(Snapshot.Column column) {
        return column.identityOptions() == null
                ? List.of()
                : Arrays.asList(column.identityOptions().split(", "));
    }
}
