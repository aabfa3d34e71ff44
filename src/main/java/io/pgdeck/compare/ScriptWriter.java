package io.pgdeck.compare;

import static io.pgdeck.sql.SqlQuoting.qualified;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The script that makes the target side match the other: first what must go (objects only on the target, and
 * those replaced), last first; then, in the other side's order of creation, what is created, replaced or altered.
 * Tables and sequences that exist on both sides are altered, never recreated, so that their rows and values stay;
 * so are the domains ({@link DomainAlter}) and enums ({@link EnumAlter}) that columns use. Views in the way of a
 * change are dropped and created again around it ({@link Dependents}).
 */
final class ScriptWriter {

    /** Kinds changed in place rather than dropped and created again. */
    private static final Set<String> ALTERED = Set.of("TABLE", "SEQUENCE");
    /** Kinds whose statements, run again, set what differs without a drop first. */
    private static final Set<String> RESTATED = Set.of("SEQUENCE OWNED BY", "DEFAULT ACL", "INDEX ATTACH");

    private static final Pattern GRANT = Pattern.compile("(?s)^GRANT (.+) ON (.+) TO (.+?)( WITH GRANT OPTION)?$");
    private static final Pattern COMMENT = Pattern.compile("(?s)^COMMENT ON (.+?) IS .*$");

    private final Sides sides;
    private final List<String> script = new ArrayList<>();
    /** How each table on both sides but different is altered, by its key. */
    private final Map<String, TableAlter> alters = new LinkedHashMap<>();
    /** How each enum on both sides but with other labels is changed, by its key. */
    private final Map<String, EnumAlter> enums = new LinkedHashMap<>();
    /** The ALTER DOMAIN statements for each domain on both sides but different that is not replaced, by its key. */
    private final Map<String, List<String>> domains = new LinkedHashMap<>();
    /** Keys of the objects dropped and created again because they stand in the way of a change. */
    private Set<String> rebuilt = Set.of();

    private ScriptWriter(Sides sides) {
        this.sides = sides;
    }

    /** The script and what it leaves different. */
    record Written(String script, List<String> notes) {}

    /** The script, written with the live schema's name: the caller renames it when the snapshot's side is changed. */
    static Written write(Sides sides, boolean liveIsTarget) {
        Map<String, Snapshot.Entry> target = liveIsTarget ? sides.live : sides.snapshot;
        Map<String, Snapshot.Entry> source = liveIsTarget ? sides.snapshot : sides.live;
        ScriptWriter writer = new ScriptWriter(sides);
        writer.plan(target, source);
        writer.additions();
        writer.drops(target, source);
        writer.creates(target, source);
        List<String> notes = writer.alters.values().stream()
                .map(TableAlter::note)
                .filter(Objects::nonNull)
                .toList();
        return new Written(String.join("\n\n", writer.script) + (writer.script.isEmpty() ? "" : "\n"), notes);
    }

    /** The tables' alterations, and from those the dependents to rebuild around them. */
    private void plan(Map<String, Snapshot.Entry> target, Map<String, Snapshot.Entry> source) {
        Set<String> rewritten = new LinkedHashSet<>();
        Set<String> recreated = new LinkedHashSet<>();
        source.values().forEach(wanted -> {
            Snapshot.Entry theirs = target.get(wanted.key());
            if (theirs == null || sides.same(theirs, wanted)) {
                return;
            }
            EnumAlter labels = EnumAlter.of(sides.schema, theirs, wanted, target, source);
            if (labels != null) {
                enums.put(wanted.key(), labels);
                rewritten.addAll(labels.retyped());
                if (!labels.recreation().isEmpty()) {
                    recreated.add(wanted.name());
                }
            }
            List<String> domain = DomainAlter.change(sides.schema, theirs, wanted);
            if (domain != null) {
                domains.put(wanted.key(), domain);
            }
            if ("TABLE".equals(wanted.kind())) {
                TableAlter alter = TableAlter.of(sides.schema, theirs, wanted);
                alters.put(wanted.key(), alter);
                if (alter.columnsRewritten()) {
                    rewritten.add(wanted.name());
                }
            }
        });
        rebuilt = Dependents.of(sides, target, source, rewritten, recreated);
    }

    /**
     * Enum labels added in place, first of all and committed: PostgreSQL does not let the transaction that added a
     * label use it, and the script may (a default, a view), also when it is run as one transaction.
     */
    private void additions() {
        List<String> added = new ArrayList<>();
        enums.values().forEach(labels -> added.addAll(labels.additions()));
        if (!added.isEmpty()) {
            added.add("-- Committed before the rest, which may use the new labels.\nCOMMIT;");
            script.add(String.join("\n", added));
        }
    }

    private void drops(Map<String, Snapshot.Entry> target, Map<String, Snapshot.Entry> source) {
        List<Snapshot.Entry> lastFirst = new ArrayList<>(target.values());
        Collections.reverse(lastFirst);
        // A partition's index (or constraint) cannot be dropped while attached: its partitioned parent's drop takes
        // it along, and its own drop, IF EXISTS, comes after, for one the partition's detaching set free.
        List<String> later = new ArrayList<>();
        for (Snapshot.Entry theirs : lastFirst) {
            Snapshot.Entry wanted = source.get(theirs.key());
            boolean replaced = wanted != null
                    && !sides.same(theirs, wanted)
                    && !ALTERED.contains(theirs.kind())
                    && !enums.containsKey(theirs.key())
                    && !domains.containsKey(theirs.key())
                    && !RESTATED.contains(theirs.kind());
            if (wanted == null && target.containsKey("INDEX ATTACH " + DropStatements.indexName(theirs))) {
                later.add(DropStatements.ofAttached(theirs, sides.schema));
            } else if (wanted == null && !RESTATED.contains(theirs.kind())
                    || replaced
                    || rebuilt.contains(theirs.key())) {
                script.add(DropStatements.of(theirs, sides.schema));
            } else if (alters.containsKey(theirs.key())
                    && !alters.get(theirs.key()).removals().isEmpty()) {
                script.add(String.join("\n", alters.get(theirs.key()).removals()));
            }
        }
        script.addAll(later);
    }

    private void creates(Map<String, Snapshot.Entry> target, Map<String, Snapshot.Entry> source) {
        for (Snapshot.Entry wanted : source.values()) {
            Snapshot.Entry theirs = target.get(wanted.key());
            if (theirs == null) {
                script.add(wanted.ddl().stripTrailing());
            } else if (rebuilt.contains(wanted.key())) {
                // A materialized view dropped only to be rebuilt gets its rows back.
                script.add(wanted.ddl().stripTrailing()
                        + ("MATERIALIZED VIEW".equals(wanted.kind())
                                ? "\nREFRESH MATERIALIZED VIEW " + qualified(sides.schema, wanted.name()) + ";"
                                : ""));
            } else if (!sides.same(theirs, wanted)) {
                List<String> statements = changes(theirs, wanted);
                if (!statements.isEmpty()) {
                    script.add(String.join("\n", statements));
                }
            }
        }
    }

    private List<String> changes(Snapshot.Entry theirs, Snapshot.Entry wanted) {
        List<String> statements = new ArrayList<>();
        EnumAlter labels = enums.get(wanted.key());
        Snapshot.Entry had = theirs;
        if ("TABLE".equals(wanted.kind())) {
            statements.addAll(alters.get(wanted.key()).statements());
            had = alters.get(wanted.key()).renamed(theirs);
        } else if (labels != null && !labels.recreation().isEmpty()) {
            // The type is new: everything that follows its CREATE is said again.
            statements.addAll(labels.recreation());
            sides.kept(rest(wanted)).forEach(statement -> statements.add(statement + ";"));
            return statements;
        } else if (domains.containsKey(wanted.key())) {
            statements.addAll(domains.get(wanted.key()));
        } else if ("SEQUENCE".equals(wanted.kind()) && !wanted.statements().isEmpty()) {
            statements.add(wanted.statements().get(0).replaceFirst("^CREATE SEQUENCE", "ALTER SEQUENCE") + ";");
        } else if (labels == null) {
            wanted.statements().forEach(statement -> statements.add(statement + ";"));
            return statements;
        }
        statements.addAll(restated(had, wanted));
        return statements;
    }

    /**
     * What follows an altered object's CREATE (owner, comments, grants, settings): the other side's statements that
     * the target lacks, and a REVOKE for each grant, a comment removed for each comment, that only the
     * target has.
     */
    private List<String> restated(Snapshot.Entry theirs, Snapshot.Entry wanted) {
        List<String> have = sides.kept(rest(theirs));
        List<String> want = sides.kept(rest(wanted));
        List<String> statements = new ArrayList<>();
        for (String statement : have) {
            Matcher grant = GRANT.matcher(statement);
            if (!want.contains(statement) && grant.matches()) {
                statements.add("REVOKE " + grant.group(1) + " ON " + grant.group(2) + " FROM " + grant.group(3) + ";");
            }
            Matcher comment = COMMENT.matcher(statement);
            if (comment.matches() && !commented(want, comment.group(1))) {
                statements.add("COMMENT ON " + comment.group(1) + " IS NULL;");
            }
        }
        want.stream()
                .filter(statement -> !have.contains(statement))
                .forEach(statement -> statements.add(statement + ";"));
        return statements;
    }

    private static boolean commented(List<String> statements, String object) {
        return statements.stream().anyMatch(statement -> {
            Matcher comment = COMMENT.matcher(statement);
            return comment.matches() && comment.group(1).equals(object);
        });
    }

    /** The statements after the CREATE, but for a domain's constraints, which {@link DomainAlter} compares. */
    private static List<String> rest(Snapshot.Entry entry) {
        List<String> rest = new ArrayList<>(
                entry.statements().isEmpty()
                        ? List.of()
                        : entry.statements().subList(1, entry.statements().size()));
        rest.removeAll(DomainAlter.laterConstraints(entry));
        return rest;
    }
}
