package io.pgdeck.compare;

import static io.pgdeck.sql.SqlQuoting.qualified;
import static io.pgdeck.sql.SqlQuoting.quoteIdentifier;

import io.pgdeck.sql.SqlComments;
import java.util.Set;

/** The statement that removes one object, from the kind and name pg_dump gives it. */
final class DropStatements {

    /** Kinds whose one word after DROP is the kind itself. */
    private static final Set<String> PLAIN =
            Set.of("TABLE", "VIEW", "MATERIALIZED VIEW", "FOREIGN TABLE", "TYPE", "DOMAIN", "COLLATION", "STATISTICS");

    private static final Set<String> ROUTINES = Set.of("FUNCTION", "PROCEDURE", "AGGREGATE");
    private static final Set<String> CONSTRAINTS = Set.of("CONSTRAINT", "FK CONSTRAINT", "CHECK CONSTRAINT");
    private static final Set<String> TABLE_PARTS = Set.of("TRIGGER", "RULE", "POLICY");

    private DropStatements() {}

    /** The index an INDEX or a constraint entry stands for (a constraint's index has its name); null for others. */
    static String indexName(Snapshot.Entry entry) {
        if ("INDEX".equals(entry.kind())) {
            return entry.name();
        }
        int space = entry.name().indexOf(' ');
        return CONSTRAINTS.contains(entry.kind()) && space > 0 ? entry.name().substring(space + 1) : null;
    }

    /** The drop of a partition's index or constraint, which finds nothing where its parent's drop took it along. */
    static String ofAttached(Snapshot.Entry entry, String schema) {
        return of(entry, schema)
                .replaceFirst("^ALTER TABLE ", "ALTER TABLE IF EXISTS ")
                .replaceFirst(" DROP CONSTRAINT ", " DROP CONSTRAINT IF EXISTS ");
    }

    static String of(Snapshot.Entry entry, String schema) {
        String kind = entry.kind();
        String name = entry.name();
        if (PLAIN.contains(kind)) {
            return "DROP " + kind + " " + qualified(schema, name) + ";";
        }
        if ("SEQUENCE".equals(kind)) {
            // A sequence owned by a dropped table went with it.
            return "DROP SEQUENCE IF EXISTS " + qualified(schema, name) + ";";
        }
        if ("INDEX".equals(kind)) {
            return "DROP INDEX IF EXISTS " + qualified(schema, name) + ";";
        }
        if (ROUTINES.contains(kind)) {
            int open = name.indexOf('(');
            return "DROP " + kind + " " + qualified(schema, name.substring(0, open)) + name.substring(open) + ";";
        }
        if ("TABLE ATTACH".equals(kind)) {
            // The partition stays, a table of its own, to be attached again elsewhere or with other bounds.
            return entry.statements()
                            .get(0)
                            .replaceFirst("^ALTER TABLE ONLY ", "ALTER TABLE ")
                            .replaceFirst("(?s) ATTACH PARTITION (.+?) (FOR VALUES|DEFAULT).*$", " DETACH PARTITION $1")
                    + ";";
        }
        int space = name.indexOf(' ');
        if (space > 0 && CONSTRAINTS.contains(kind)) {
            return "ALTER TABLE " + qualified(schema, name.substring(0, space)) + " DROP CONSTRAINT "
                    + quoteIdentifier(name.substring(space + 1)) + ";";
        }
        if (space > 0 && TABLE_PARTS.contains(kind)) {
            return "DROP " + kind + " " + quoteIdentifier(name.substring(space + 1)) + " ON "
                    + qualified(schema, name.substring(0, space)) + ";";
        }
        return "-- Left as it is (pgdeck does not drop a " + SqlComments.line(kind) + "): " + SqlComments.line(name);
    }
}
