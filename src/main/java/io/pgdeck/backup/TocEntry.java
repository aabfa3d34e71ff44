package io.pgdeck.backup;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One line of {@code pg_restore -l}: {@code 216; 1259 16425 TABLE app t owner1}.
 *
 * @param namespace the schema, or null for objects outside schemas
 * @param tag the object's name, e.g. {@code t}, or for comments and ACLs what they are on, e.g. {@code SCHEMA app}
 * @param owner the owning role, or empty
 * @param line the listing's line as it was, for pg_restore's {@code -L}
 */
record TocEntry(int id, String desc, String namespace, String tag, String owner, String line) {

    private static final Pattern LINE = Pattern.compile("^(\\d+); (\\d+) (\\d+) (.*)$");

    /** Every kind of entry pg_dump writes, longest first, so that "TABLE DATA" is not read as "TABLE". */
    private static final List<String> DESCRIPTIONS = List.of(
                    "ACCESS METHOD",
                    "ACL",
                    "AGGREGATE",
                    "BLOB",
                    "BLOBS",
                    "BLOB METADATA",
                    "CAST",
                    "CHECK CONSTRAINT",
                    "COLLATION",
                    "COMMENT",
                    "CONSTRAINT",
                    "CONVERSION",
                    "DATABASE",
                    "DATABASE PROPERTIES",
                    "DEFAULT",
                    "DEFAULT ACL",
                    "DOMAIN",
                    "ENCODING",
                    "EVENT TRIGGER",
                    "EXTENSION",
                    "FK CONSTRAINT",
                    "FOREIGN DATA WRAPPER",
                    "FOREIGN TABLE",
                    "FUNCTION",
                    "INDEX",
                    "INDEX ATTACH",
                    "LARGE OBJECT",
                    "LARGE OBJECTS",
                    "MATERIALIZED VIEW",
                    "MATERIALIZED VIEW DATA",
                    "OPERATOR",
                    "OPERATOR CLASS",
                    "OPERATOR FAMILY",
                    "POLICY",
                    "PROCEDURAL LANGUAGE",
                    "PROCEDURE",
                    "PUBLICATION",
                    "PUBLICATION TABLE",
                    "PUBLICATION TABLES IN SCHEMA",
                    "ROW SECURITY",
                    "RULE",
                    "SCHEMA",
                    "SEARCHPATH",
                    "SECURITY LABEL",
                    "SEQUENCE",
                    "SEQUENCE OWNED BY",
                    "SEQUENCE SET",
                    "SERVER",
                    "SHELL TYPE",
                    "STATISTICS",
                    "STDSTRINGS",
                    "SUBSCRIPTION",
                    "SUBSCRIPTION TABLE",
                    "TABLE",
                    "TABLE ATTACH",
                    "TABLE DATA",
                    "TEXT SEARCH CONFIGURATION",
                    "TEXT SEARCH DICTIONARY",
                    "TEXT SEARCH PARSER",
                    "TEXT SEARCH TEMPLATE",
                    "TRANSFORM",
                    "TRIGGER",
                    "TYPE",
                    "USER MAPPING",
                    "VIEW")
            .stream()
            .sorted(Comparator.comparingInt(String::length).reversed())
            .toList();

    /** The entry a listing line describes; empty for comments and blank lines. */
    static Optional<TocEntry> parse(String line) {
        Matcher matcher = LINE.matcher(line);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        String rest = matcher.group(4);
        String desc = DESCRIPTIONS.stream()
                .filter(known -> rest.startsWith(known + " "))
                .findFirst()
                .orElse(rest.contains(" ") ? rest.substring(0, rest.indexOf(' ')) : rest);
        String afterDesc = rest.length() > desc.length() ? rest.substring(desc.length() + 1) : "";
        int space = afterDesc.indexOf(' ');
        String namespace = space < 0 ? afterDesc : afterDesc.substring(0, space);
        String tagAndOwner = space < 0 ? "" : afterDesc.substring(space + 1);
        int lastSpace = tagAndOwner.lastIndexOf(' ');
        String tag = lastSpace < 0 ? tagAndOwner : tagAndOwner.substring(0, lastSpace);
        String owner = lastSpace < 0 ? "" : tagAndOwner.substring(lastSpace + 1);
        return Optional.of(new TocEntry(
                Integer.parseInt(matcher.group(1)), desc, namespace.equals("-") ? null : namespace, tag, owner, line));
    }

    /** Entries whose data is a block of the archive (the rest is SQL in the table of contents). */
    boolean hasDataBlock() {
        return desc.equals("TABLE DATA") || desc.equals("BLOBS") || desc.equals("LARGE OBJECTS");
    }

    boolean isPrivileges() {
        return desc.equals("ACL") || desc.equals("DEFAULT ACL");
    }

    /** For a comment, ACL or security label: whether it is on {@code kind} (e.g. "DATABASE"), and on which name. */
    Optional<String> onObject(String kind) {
        return tag.startsWith(kind + " ") ? Optional.of(tag.substring(kind.length() + 1)) : Optional.empty();
    }
}
