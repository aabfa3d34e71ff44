package io.pgdeck.compare;

import io.pgdeck.sql.SqlQuoting;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The two sides of a comparison, the snapshot's objects renamed into the live schema (so that staging's {@code app}
 * and a copy named {@code app_copy} compare object by object), and what the options leave out of each statement.
 */
final class Sides {

    private static final Pattern OWNER = Pattern.compile("(?s)^ALTER .+ OWNER TO \\S+$");
    private static final Pattern PRIVILEGE = Pattern.compile("(?s)^(GRANT|REVOKE) .*");
    private static final Pattern TABLESPACE =
            Pattern.compile("(?i)(\\s+USING INDEX TABLESPACE \\S+|\\s+TABLESPACE \\S+)");
    private static final Pattern TABLESPACE_SETTING = Pattern.compile("(?is)^SET default_tablespace.*");

    final String schema;
    final Map<String, Snapshot.Entry> live;
    final Map<String, Snapshot.Entry> snapshot;
    private final Comparison.Options options;

    Sides(Snapshot live, Snapshot snapshot, Comparison.Options options) {
        this.schema = live.schema();
        this.live = byKey(live.objects());
        this.snapshot = byKey(renamed(snapshot.objects(), snapshot.schema(), live.schema()));
        this.options = options;
    }

    private static Map<String, Snapshot.Entry> byKey(List<Snapshot.Entry> entries) {
        Map<String, Snapshot.Entry> byKey = new LinkedHashMap<>();
        entries.forEach(entry -> byKey.put(entry.key(), entry));
        return byKey;
    }

    /** Whether the object is the same on both sides once the options have left out what they ignore. */
    boolean same(Snapshot.Entry one, Snapshot.Entry other) {
        return compared(one.statements()).equals(compared(other.statements()));
    }

    /** The statements that count for the comparison, in a form where equal means the same. */
    List<String> compared(List<String> statements) {
        List<String> kept = new ArrayList<>();
        for (String statement : kept(statements)) {
            kept.add(
                    options.ignoreWhitespace()
                            ? statement.replaceAll("\\s+", " ").strip()
                            : statement);
        }
        return kept;
    }

    /** The statements the options do not leave out, as written. */
    List<String> kept(List<String> statements) {
        List<String> kept = new ArrayList<>();
        for (String statement : statements) {
            if (options.ignoreOwner() && OWNER.matcher(statement).matches()
                    || options.ignorePrivileges()
                            && PRIVILEGE.matcher(statement).matches()
                    || options.ignoreTablespace()
                            && TABLESPACE_SETTING.matcher(statement).matches()) {
                continue;
            }
            kept.add(options.ignoreTablespace() ? TABLESPACE.matcher(statement).replaceAll("") : statement);
        }
        return kept;
    }

    static List<Snapshot.Entry> renamed(List<Snapshot.Entry> entries, String from, String to) {
        if (from.equals(to)) {
            return entries;
        }
        List<Snapshot.Entry> renamed = new ArrayList<>();
        for (Snapshot.Entry entry : entries) {
            List<Snapshot.Column> columns = entry.columns().stream()
                    .map(column -> new Snapshot.Column(
                            column.name(),
                            rename(column.type(), from, to),
                            rename(column.defaultValue(), from, to),
                            column.notNull(),
                            column.generated(),
                            column.identity(),
                            column.identitySequence(),
                            column.identityOptions()))
                    .toList();
            List<String> statements = entry.statements().stream()
                    .map(statement -> rename(statement, from, to))
                    .toList();
            renamed.add(new Snapshot.Entry(entry.kind(), entry.name(), entry.owner(), statements, columns));
        }
        return renamed;
    }

    /** Replaces the schema where it qualifies a name ({@code app.orders}, {@code "App".orders}). */
    static String rename(String text, String from, String to) {
        if (text == null) {
            return null;
        }
        String quotedFrom = SqlQuoting.quoteIdentifier(from) + ".";
        String quotedTo = SqlQuoting.quoteIdentifier(to) + ".";
        Pattern qualifier = Pattern.compile("(?<![\\w$\"])" + Pattern.quote(quotedFrom));
        return qualifier.matcher(text).replaceAll(Matcher.quoteReplacement(quotedTo));
    }
}
