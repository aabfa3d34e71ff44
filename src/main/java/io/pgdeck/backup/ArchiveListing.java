package io.pgdeck.backup;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What {@code pg_restore -l} says about an archive: its header (where and when it was dumped) and its entries, in the
 * archive's order, with the listing's text kept so that a filtered copy can go back to pg_restore as {@code -L}.
 */
record ArchiveListing(Map<String, String> header, List<TocEntry> entries, String text) {

    /** Where the dump came from, as the analysis shows it. */
    record Origin(String database, String dumpedFrom, String dumpedBy, String createdAt) {}

    private static final Pattern HEADER = Pattern.compile("^;\\s+([^:]+):\\s*(.*)$");
    private static final Pattern CREATED = Pattern.compile("^; Archive created at (.*)$");

    static ArchiveListing parse(String text) {
        Map<String, String> header = new LinkedHashMap<>();
        List<TocEntry> entries = new ArrayList<>();
        for (String line : text.split("\n")) {
            Matcher created = CREATED.matcher(line);
            Matcher field = HEADER.matcher(line);
            if (created.matches()) {
                header.put("created", created.group(1).strip());
            } else if (field.matches()) {
                header.put(
                        field.group(1).strip().toLowerCase(java.util.Locale.ROOT),
                        field.group(2).strip());
            } else {
                TocEntry.parse(line).ifPresent(entries::add);
            }
        }
        return new ArchiveListing(header, List.copyOf(entries), text);
    }

    Origin origin() {
        return new Origin(
                header.get("dbname"),
                header.get("dumped from database version"),
                header.get("dumped by pg_dump version"),
                header.get("created"));
    }
}
