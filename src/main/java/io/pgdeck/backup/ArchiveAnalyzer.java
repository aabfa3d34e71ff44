package io.pgdeck.backup;

import io.pgdeck.sql.StatementSplitter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Decides, entry by entry, what of an archive pgdeck restores here ({@link RestorePolicy}), and writes the list that
 * makes pg_restore do exactly that ({@code -L}: left-out entries commented out). Privilege entries are judged by the
 * GRANT statements they hold, which pg_restore writes out for them.
 */
final class ArchiveAnalyzer {

    /** The analysis, the list for pg_restore, and the options it runs with. */
    record Plan(RestoreAnalysis analysis, String useList, RestoreOptions options) {}

    private static final Pattern TOC_ENTRY = Pattern.compile("^-- TOC entry (\\d+) ", Pattern.MULTILINE);

    private final RestorePolicy policy;
    private final TargetFacts facts;
    private final String schema;

    ArchiveAnalyzer(RestorePolicy policy, TargetFacts facts, String schema) {
        this.policy = policy;
        this.facts = facts;
        this.schema = schema;
    }

    Plan plan(
            String file,
            DumpInspector.Kind kind,
            long size,
            ArchiveListing listing,
            Map<Integer, String> privilegeSql,
            RestoreOptions options) {
        List<DumpEntry> entries = new ArrayList<>();
        StringBuilder useList = new StringBuilder();
        Set<String> lostOwners = new LinkedHashSet<>();
        boolean someLargeObjectIsNew = false;
        for (TocEntry entry : listing.entries()) {
            Optional<String> reason =
                    entry.desc().equals("BLOBS") || entry.desc().equals("LARGE OBJECTS")
                            ? largeObjectData(someLargeObjectIsNew)
                            : decide(entry, privilegeSql.getOrDefault(entry.id(), ""));
            if (isLargeObject(entry) && reason.isEmpty()) {
                someLargeObjectIsNew = true;
            }
            if (reason.isEmpty() && !policy.keepsOwnership(entry.owner())) {
                lostOwners.add(entry.owner());
            }
            entries.add(new DumpEntry(
                    entry.id(),
                    entry.desc(),
                    entry.namespace(),
                    entry.tag(),
                    entry.owner(),
                    reason.isEmpty(),
                    reason.orElse(null)));
            useList.append(reason.isEmpty() ? "" : ";").append(entry.line()).append('\n');
        }
        List<String> notes = new ArrayList<>();
        RestoreOptions effective = options;
        if (!lostOwners.isEmpty()) {
            effective = withoutOwner(options);
            notes.add("Ownership is left out: the dump's objects belong to " + String.join(", ", lostOwners)
                    + ", which cannot own objects here. Everything restored will belong to " + facts.role() + ".");
        }
        List<DumpEntry> shown = entries.subList(0, Math.min(entries.size(), PlainScan.ENTRIES_SHOWN));
        List<DumpEntry> leftOut = RestoreAnalysis.leftOut(entries);
        RestoreAnalysis analysis = new RestoreAnalysis(
                file,
                kind.format(),
                false,
                size,
                listing.origin(),
                schema,
                entries.size(),
                leftOut.size(),
                List.copyOf(shown),
                leftOut.subList(0, Math.min(leftOut.size(), PlainScan.ENTRIES_SHOWN)),
                notes,
                effective);
        return new Plan(analysis, useList.toString(), effective);
    }

    /** The privilege entries whose statements must be read to judge them. */
    List<TocEntry> needingStatements(ArchiveListing listing, RestoreOptions options) {
        if (options.doNotSave().privileges()) {
            return List.of();
        }
        return listing.entries().stream().filter(TocEntry::isPrivileges).toList();
    }

    /** Splits pg_restore's script for some entries into each entry's SQL, by its "-- TOC entry N" header. */
    static Map<Integer, String> byEntry(String script) {
        Map<Integer, String> sql = new HashMap<>();
        Matcher header = TOC_ENTRY.matcher(script);
        List<int[]> starts = new ArrayList<>();
        while (header.find()) {
            starts.add(new int[] {Integer.parseInt(header.group(1)), header.start()});
        }
        for (int i = 0; i < starts.size(); i++) {
            int end = i + 1 < starts.size() ? starts.get(i + 1)[1] : script.length();
            sql.put(starts.get(i)[0], script.substring(starts.get(i)[1], end));
        }
        return sql;
    }

    private Optional<String> decide(TocEntry entry, String sql) {
        if (schema != null && !inSchema(entry)) {
            return Optional.of("Not in schema " + schema + ", to which this restore is limited.");
        }
        switch (entry.desc()) {
            case "DATABASE", "DATABASE PROPERTIES":
                return Optional.of(policy.aboveSchema());
            case "EXTENSION":
                return policy.extension(entry.tag());
            case "BLOB", "LARGE OBJECT":
                return policy.largeObject(entry.tag());
            case "SCHEMA":
                return policy.createSchema(
                        entry.tag(), facts.schemaOwner(entry.tag()).isPresent());
            case "ACL", "DEFAULT ACL":
                if (entry.onObject("DATABASE").isPresent()) {
                    return Optional.of(policy.aboveSchema());
                }
                return policy.grants(grants(sql));
            case "COMMENT", "SECURITY LABEL":
                return comment(entry);
            default:
                return policy.superuserOnly(entry.desc());
        }
    }

    /** The data of all large objects comes as one entry: wanted while at least one of them is created here. */
    private Optional<String> largeObjectData(boolean someLargeObjectIsNew) {
        if (schema != null) {
            return Optional.of("Not in schema " + schema + ", to which this restore is limited.");
        }
        return someLargeObjectIsNew
                ? Optional.empty()
                : Optional.of("The large objects it fills exist here already and are kept as they are.");
    }

    private static boolean isLargeObject(TocEntry entry) {
        return entry.desc().equals("BLOB") || entry.desc().equals("LARGE OBJECT");
    }

    private Optional<String> comment(TocEntry entry) {
        if (entry.onObject("DATABASE").isPresent()) {
            return Optional.of(policy.aboveSchema());
        }
        Optional<String> extension = entry.onObject("EXTENSION");
        if (extension.isPresent()) {
            return policy.extensionComment(extension.get());
        }
        return entry.onObject("SCHEMA").flatMap(policy::schemaComment);
    }

    private boolean inSchema(TocEntry entry) {
        return schema.equals(entry.namespace())
                || (entry.desc().equals("SCHEMA") && entry.tag().equals(schema))
                || entry.onObject("SCHEMA").filter(schema::equals).isPresent();
    }

    private static List<GrantStatement> grants(String sql) {
        return StatementSplitter.split(sql).stream()
                .map(statement -> GrantStatement.parse(statement.text()))
                .flatMap(Optional::stream)
                .collect(Collectors.toList());
    }

    private static RestoreOptions withoutOwner(RestoreOptions options) {
        RestoreOptions.DoNotSave not = options.doNotSave();
        return new RestoreOptions(
                options.jobs(),
                options.typeOfObjects(),
                new RestoreOptions.DoNotSave(true, not.privileges(), not.tablespaces(), not.comments()),
                options.queries(),
                options.disable(),
                options.miscellaneous(),
                options.mode());
    }
}
