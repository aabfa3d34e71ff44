package io.pgdeck.compare;

import static io.pgdeck.sql.SqlQuoting.qualified;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The views and materialized views (with their indexes, triggers and rules) that stand in the way of a change: a
 * column dropped or retyped under them, or a view or routine they read being replaced. PostgreSQL refuses those
 * changes while a view depends on what changes, so the script drops these dependents first (last created first)
 * and creates them again after the change, in the order that creates them. The snapshot has no dependency graph, so
 * a dependent is found by the qualified name its definition reads, as pg_dump writes every name qualified.
 */
final class Dependents {

    private static final Set<String> VIEWS = Set.of("VIEW", "MATERIALIZED VIEW");
    private static final Set<String> REPLACED = Set.of("VIEW", "MATERIALIZED VIEW", "FUNCTION", "PROCEDURE");
    private static final Set<String> PARTS = Set.of("INDEX", "TRIGGER", "RULE");
    /** What an enum's recreation cannot retype under it: routines taking or returning it, expressions naming it. */
    private static final Set<String> TYPE_USERS =
            Set.of("INDEX", "CONSTRAINT", "CHECK CONSTRAINT", "TRIGGER", "RULE", "POLICY", "FUNCTION", "PROCEDURE");

    private static final Set<String> ROUTINES = Set.of("FUNCTION", "PROCEDURE");

    private Dependents() {}

    /**
     * Keys of the target's objects to drop and create again, given the tables whose columns are rewritten (and the
     * types whose columns are, which views may not read either) and the types recreated; only objects the other side
     * keeps, as the others are dropped anyway.
     */
    static Set<String> of(
            Sides sides,
            Map<String, Snapshot.Entry> target,
            Map<String, Snapshot.Entry> source,
            Set<String> tables,
            Set<String> types) {
        List<Pattern> recreated = new ArrayList<>();
        types.forEach(type -> recreated.add(named(qualified(sides.schema, type))));
        List<Pattern> changed = new ArrayList<>();
        tables.forEach(table -> changed.add(named(qualified(sides.schema, table))));
        target.values().forEach(entry -> {
            Snapshot.Entry wanted = source.get(entry.key());
            if (REPLACED.contains(entry.kind()) && wanted != null && !sides.same(entry, wanted)) {
                changed.add(named(qualified(sides.schema, entry.name().replaceFirst("\\(.*", ""))));
            }
        });
        List<Pattern> views = new ArrayList<>();
        Set<String> rebuilt = new LinkedHashSet<>();
        for (Snapshot.Entry entry : target.values()) {
            if (!source.containsKey(entry.key())) {
                continue;
            }
            if (VIEWS.contains(entry.kind()) && reads(entry, changed)) {
                rebuilt.add(entry.key());
                Pattern view = named(qualified(sides.schema, entry.name()));
                changed.add(view);
                views.add(view);
            } else if (TYPE_USERS.contains(entry.kind()) && uses(entry, recreated)) {
                rebuilt.add(entry.key());
                if (ROUTINES.contains(entry.kind())) {
                    changed.add(named(qualified(sides.schema, entry.name().replaceFirst("\\(.*", ""))));
                }
            } else if (PARTS.contains(entry.kind()) && reads(entry, views)) {
                rebuilt.add(entry.key());
            }
        }
        return rebuilt;
    }

    /**
     * Whether the entry depends on one of the types: a routine by what comes before its quoted body (arguments,
     * result; a quoted body is only checked when it runs, a {@code BEGIN ATOMIC} one is read whole), anything else by
     * its definition.
     */
    private static boolean uses(Snapshot.Entry entry, List<Pattern> types) {
        if (!ROUTINES.contains(entry.kind())) {
            return reads(entry, types);
        }
        String definition =
                entry.statements().isEmpty() ? "" : entry.statements().get(0);
        int body = definition.indexOf("\nAS ");
        String header = body < 0 ? definition : definition.substring(0, body);
        return types.stream().anyMatch(type -> type.matcher(header).find());
    }

    private static boolean reads(Snapshot.Entry entry, List<Pattern> names) {
        String definition =
                entry.statements().isEmpty() ? "" : entry.statements().get(0);
        return names.stream().anyMatch(name -> name.matcher(definition).find());
    }

    /** The qualified name where it stands alone, not as the start of a longer name. */
    static Pattern named(String qualifiedName) {
        return Pattern.compile("(?<![\\w$\".])" + Pattern.quote(qualifiedName) + "(?![\\w$])");
    }
}
