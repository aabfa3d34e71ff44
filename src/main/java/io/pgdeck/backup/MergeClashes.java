package io.pgdeck.backup;

import io.pgdeck.server.ServerConnections;
import io.pgdeck.sql.SqlResource;
import io.pgdeck.web.Problems;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Merge into a schema that exists adds what is missing; an entry of the dump whose object is there already fails.
 * Says which, by kind and name, before anything runs.
 */
final class MergeClashes {

    private static final String EXISTING = SqlResource.load(MergeClashes.class, "merge-existing.sql");
    private static final int NAMED = 20;
    private static final Map<String, String> KINDS = Map.ofEntries(
            Map.entry("TABLE", "relation"),
            Map.entry("VIEW", "relation"),
            Map.entry("MATERIALIZED VIEW", "relation"),
            Map.entry("SEQUENCE", "relation"),
            Map.entry("INDEX", "relation"),
            Map.entry("FOREIGN TABLE", "relation"),
            Map.entry("TYPE", "type"),
            Map.entry("DOMAIN", "type"),
            Map.entry("FUNCTION", "routine"),
            Map.entry("PROCEDURE", "routine"),
            Map.entry("AGGREGATE", "routine"),
            Map.entry("CONSTRAINT", "constraint"),
            Map.entry("FK CONSTRAINT", "constraint"),
            Map.entry("CHECK CONSTRAINT", "constraint"),
            Map.entry("TRIGGER", "trigger"));

    private MergeClashes() {}

    /** The analysis note for a merge into {@code schema}, or none when nothing of the dump exists there. */
    static List<String> notes(ServerConnections connections, String database, String schema, List<TocEntry> entries) {
        Set<String> existing = existing(connections, database, schema);
        List<String> clashes = entries.stream()
                .filter(entry -> schema.equals(entry.namespace()))
                .filter(entry -> KINDS.containsKey(entry.desc()))
                .filter(entry -> existing.contains(KINDS.get(entry.desc()) + " " + objectName(entry)))
                .map(entry -> entry.desc() + " " + entry.tag())
                .toList();
        if (clashes.isEmpty()) {
            return List.of();
        }
        String named = String.join(", ", clashes.subList(0, Math.min(NAMED, clashes.size())))
                + (clashes.size() > NAMED ? " and " + (clashes.size() - NAMED) + " more" : "");
        return List.of("Merge: " + clashes.size() + " entr" + (clashes.size() == 1 ? "y exists" : "ies exist")
                + " in schema " + schema + " already and will fail (" + named + "); with Exit on error the restore"
                + " stops at the first. Replace puts the schema back as the backup has it.");
    }

    /** The object's own name in an entry's tag: "add(integer)" is add, "orders orders_pkey" is orders_pkey. */
    private static String objectName(TocEntry entry) {
        String tag = entry.tag();
        int parenthesis = tag.indexOf('(');
        String name = parenthesis > 0 ? tag.substring(0, parenthesis) : tag;
        return entry.desc().contains("CONSTRAINT") || entry.desc().equals("TRIGGER")
                ? name.substring(name.lastIndexOf(' ') + 1)
                : name;
    }

    private static Set<String> existing(ServerConnections connections, String database, String schema) {
        Set<String> names = new HashSet<>();
        try (Connection connection = connections.open(database);
                PreparedStatement statement = connection.prepareStatement(EXISTING)) {
            statement.setString(1, schema);
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    names.add(row.getString("kind") + " " + row.getString("name"));
                }
            }
        } catch (SQLException e) {
            throw Problems.postgres(e);
        }
        return names;
    }
}
