package io.pgdeck.sql;

/**
 * Text written into a {@code --} comment of a script pgdeck generates: a name may hold a line break, which would end
 * the comment and make the rest of the name SQL. As pg_dump does since 15.14 (CVE-2025-8715), line breaks become
 * spaces, so the comment reads as pg_dump's would and nothing of a name ever runs.
 */
public final class SqlComments {

    private SqlComments() {}

    /** {@code text} fit for one comment line: carriage returns and newlines replaced with spaces; null as empty. */
    public static String line(String text) {
        return text == null ? "" : text.replace('\n', ' ').replace('\r', ' ');
    }
}
