package io.pgdeck.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The script that makes the target side match the other: first what must go (objects only on the target, and
 * those replaced), last first; then, in the other side's order of creation, what is created, replaced or altered.
 * Tables and sequences that exist on both sides are altered, never recreated, so that their rows and values stay.
 */
final class ScriptWriter {

    /** Kinds changed in place rather than dropped and created again. */
    private static final Set<String> ALTERED = Set.of("TABLE", "SEQUENCE");
    /** Kinds whose statements, run again, set what differs without a drop first. */
    private static final Set<String> RESTATED =
            Set.of("SEQUENCE OWNED BY", "DEFAULT ACL", "TABLE ATTACH", "INDEX ATTACH");

    private static final Pattern GRANT = Pattern.compile("(?s)^GRANT (.+) ON (.+) TO (.+?)( WITH GRANT OPTION)?$");

    private final Sides sides;
    private final List<String> script = new ArrayList<>();

    private ScriptWriter(Sides sides) {
        this.sides = sides;
    }

    /** The script, written with the live schema's name: the caller renames it when the snapshot's side is changed. */
    static String write(Sides sides, boolean liveIsTarget) {
        Map<String, Snapshot.Entry> target = liveIsTarget ? sides.live : sides.snapshot;
        Map<String, Snapshot.Entry> source = liveIsTarget ? sides.snapshot : sides.live;
        ScriptWriter writer = new ScriptWriter(sides);
        writer.drops(target, source);
        writer.creates(target, source);
        return String.join("\n\n", writer.script) + (writer.script.isEmpty() ? "" : "\n");
    }

    private void drops(Map<String, Snapshot.Entry> target, Map<String, Snapshot.Entry> source) {
        List<Snapshot.Entry> lastFirst = new ArrayList<>(target.values());
        java.util.Collections.reverse(lastFirst);
        for (Snapshot.Entry theirs : lastFirst) {
            Snapshot.Entry wanted = source.get(theirs.key());
            boolean replaced = wanted != null
                    && !sides.same(theirs, wanted)
                    && !ALTERED.contains(theirs.kind())
                    && !RESTATED.contains(theirs.kind());
            if (wanted == null && !RESTATED.contains(theirs.kind()) || replaced) {
                script.add(DropStatements.of(theirs, sides.schema));
            }
        }
    }

    private void creates(Map<String, Snapshot.Entry> target, Map<String, Snapshot.Entry> source) {
        for (Snapshot.Entry wanted : source.values()) {
            Snapshot.Entry theirs = target.get(wanted.key());
            if (theirs == null) {
                script.add(wanted.ddl().stripTrailing());
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
        if ("TABLE".equals(wanted.kind())) {
            statements.addAll(TableAlter.of(sides.schema, theirs, wanted));
        } else if ("SEQUENCE".equals(wanted.kind()) && !wanted.statements().isEmpty()) {
            statements.add(wanted.statements().get(0).replaceFirst("^CREATE SEQUENCE", "ALTER SEQUENCE") + ";");
        } else {
            wanted.statements().forEach(statement -> statements.add(statement + ";"));
            return statements;
        }
        statements.addAll(restated(theirs, wanted));
        return statements;
    }

    /**
     * What follows an altered object's CREATE (owner, comments, grants, settings): the other side's statements that
     * the target lacks, and a REVOKE for each grant only the target has.
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
        }
        want.stream()
                .filter(statement -> !have.contains(statement))
                .forEach(statement -> statements.add(statement + ";"));
        return statements;
    }

    private static List<String> rest(Snapshot.Entry entry) {
        return entry.statements().isEmpty()
                ? List.of()
                : entry.statements().subList(1, entry.statements().size());
    }
}
