package io.pgdeck.compare;

import static io.pgdeck.sql.SqlQuoting.qualified;
import static io.pgdeck.sql.SqlQuoting.quoteIdentifier;

import io.pgdeck.sql.SqlComments;
import io.pgdeck.sql.SqlTokens;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * An enum that exists on both sides with other labels, changed without dropping what uses it. Labels only added (the
 * target's labels in the same order among the other side's) are added in place with {@code ADD VALUE ... AFTER} or
 * {@code BEFORE}, so that the label order, and so pg_dump's text, is the other side's. Anything else (a label removed,
 * renamed or moved: a rename cannot be told from a removal and an addition) recreates the type under a temporary name,
 * moves the target's columns onto it through text, drops the old type and gives the new one its name. A row holding a
 * label that no longer exists makes that move fail, which stops the script rather than lose the value.
 */
final class EnumAlter {

    private static final String ENUM = " AS ENUM (";

    private final String schema;
    private final String name;
    private final List<String> additions = new ArrayList<>();
    private final List<String> recreation = new ArrayList<>();
    private final Set<String> retyped = new LinkedHashSet<>();

    private EnumAlter(String schema, String name) {
        this.schema = schema;
        this.name = name;
    }

    /** {@code target} becomes {@code wanted}; null where either is not an enum. */
    static EnumAlter of(
            String schema,
            Snapshot.Entry target,
            Snapshot.Entry wanted,
            Map<String, Snapshot.Entry> targetObjects,
            Map<String, Snapshot.Entry> sourceObjects) {
        List<String> have = labels(target);
        List<String> want = labels(wanted);
        if (have == null || want == null) {
            return null;
        }
        EnumAlter alter = new EnumAlter(schema, target.name());
        if (!have.equals(want) && !alter.add(have, want)) {
            alter.recreate(want, targetObjects, sourceObjects);
        }
        return alter;
    }

    /**
     * The {@code ALTER TYPE ... ADD VALUE} statements, which go first in the script: a transaction cannot use a label
     * it added, so they are committed before the rest uses them.
     */
    List<String> additions() {
        return additions;
    }

    /** The statements that recreate the type with its columns moved onto it; empty where it is altered in place. */
    List<String> recreation() {
        return recreation;
    }

    /** The type, then the tables whose columns the recreation retypes: what views may not read while it runs. */
    Set<String> retyped() {
        return retyped;
    }

    /** Adds the missing labels in order, each after the one before it; false when labels must go or move. */
    private boolean add(List<String> have, List<String> want) {
        int kept = 0;
        for (String label : want) {
            if (kept < have.size() && have.get(kept).equals(label)) {
                kept++;
            }
        }
        if (kept < have.size()) {
            return false;
        }
        String type = qualified(schema, name);
        for (int i = 0; i < want.size(); i++) {
            String label = want.get(i);
            if (have.contains(label)) {
                continue;
            }
            String position = i > 0 ? " AFTER " + want.get(i - 1) : have.isEmpty() ? "" : " BEFORE " + have.get(0);
            additions.add("ALTER TYPE " + type + " ADD VALUE " + label + position + ";");
        }
        return true;
    }

    private void recreate(
            List<String> want, Map<String, Snapshot.Entry> targetObjects, Map<String, Snapshot.Entry> sourceObjects) {
        String type = qualified(schema, name);
        String temporary = qualified(schema, temporaryName());
        retyped.add(name);
        recreation.add(
                "-- Labels of " + SqlComments.line(type) + " removed or renamed: the type is created anew and the"
                        + " columns moved onto it. A row holding a label that goes stops the script here, as does a use of"
                        + " the type this script does not move (a domain, a composite type, another schema's column).");
        recreation.add("CREATE TYPE " + temporary + " AS ENUM (\n    " + String.join(",\n    ", want) + "\n);");
        List<String> restored = new ArrayList<>();
        for (Snapshot.Entry table : targetObjects.values()) {
            Snapshot.Entry kept = sourceObjects.get(table.key());
            if ("TABLE".equals(table.kind()) && kept != null && !inheritsColumns(table, targetObjects)) {
                move(table, kept, temporary, restored);
            }
        }
        recreation.add("DROP TYPE " + type + ";");
        recreation.add("ALTER TYPE " + temporary + " RENAME TO " + quoteIdentifier(name) + ";");
        recreation.addAll(restored);
    }

    /**
     * The ALTER TABLE that moves a table's columns of the type onto {@code temporary}, with the CHECKs that name the
     * type and the defaults set aside; what restores those once the type has its name is added to {@code restored}.
     */
    private void move(Snapshot.Entry table, Snapshot.Entry kept, String temporary, List<String> restored) {
        String type = qualified(schema, name);
        String alter = "ALTER TABLE " + qualified(schema, table.name());
        List<String> actions = new ArrayList<>();
        // A CHECK comparing with a label cannot compare the new type with the old: it goes while the type changes.
        Map<String, String> checks = TableAlter.inlineChecks(kept);
        TableAlter.inlineChecks(table).forEach((check, definition) -> {
            if (definition.equals(checks.get(check))
                    && Dependents.named(type).matcher(definition).find()) {
                actions.add("DROP CONSTRAINT " + check);
                restored.add(alter + " ADD CONSTRAINT " + check + " " + definition + ";");
            }
        });
        for (Snapshot.Column column : table.columns()) {
            Snapshot.Column other = column(kept, column.name());
            String array = column.type().equals(type + "[]") ? "[]" : "";
            if (other == null
                    || ColumnAlter.readded(column, other)
                    || column.generated()
                    || !column.type().equals(type + array)) {
                continue;
            }
            String quoted = quoteIdentifier(column.name());
            if (column.defaultValue() != null) {
                // A default of the old type cannot be converted; the other side's is set once the name is back.
                actions.add("ALTER COLUMN " + quoted + " DROP DEFAULT");
                if (Objects.equals(column.defaultValue(), other.defaultValue())) {
                    restored.add(alter + " ALTER COLUMN " + quoted + " SET DEFAULT " + column.defaultValue() + ";");
                }
            }
            actions.add("ALTER COLUMN " + quoted + " TYPE " + temporary + array + " USING " + quoted + "::text" + array
                    + "::" + temporary + array);
            retyped.add(table.name());
        }
        if (!actions.isEmpty()) {
            recreation.add(alter + "\n    " + String.join(",\n    ", actions) + ";");
        }
    }

    /** A partition or inheritance child: its parent's ALTER retypes the columns it inherits, its own may not. */
    private static boolean inheritsColumns(Snapshot.Entry table, Map<String, Snapshot.Entry> objects) {
        return objects.containsKey("TABLE ATTACH " + table.name())
                || !table.statements().isEmpty() && table.statements().get(0).contains("\nINHERITS (");
    }

    private static Snapshot.Column column(Snapshot.Entry table, String name) {
        return table.columns().stream()
                .filter(column -> column.name().equals(name))
                .findFirst()
                .orElse(null);
    }

    /** A name beside the type's, short enough that PostgreSQL keeps it whole. */
    private String temporaryName() {
        String base = name.length() > 40 ? name.substring(0, 40) : name;
        return base + "_pgdeck_new";
    }

    /**
     * The labels of a {@code CREATE TYPE ... AS ENUM}, each as the literal the DDL engine wrote; null for another
     * kind of type. Read by the scanner the Query Tool uses, so a label holding a quote, a comma or a parenthesis is
     * one label.
     */
    static List<String> labels(Snapshot.Entry type) {
        if (!"TYPE".equals(type.kind()) || type.statements().isEmpty()) {
            return null;
        }
        String create = type.statements().get(0);
        int open = create.indexOf(ENUM);
        if (!create.startsWith("CREATE TYPE ") || open < 0) {
            return null;
        }
        return SqlTokens.code(create.substring(open + ENUM.length())).stream()
                .filter(lexeme -> lexeme.kind() == SqlTokens.Kind.STRING)
                .map(SqlTokens.Lexeme::text)
                .toList();
    }
}
