package io.pgdeck.query;

/**
 * A prefix search on a catalog name as a range: PostgreSQL's {@code name} sorts in C (code point) order, so every
 * name starting with {@code p} lies in {@code [p, upperBound(p))}, a range an index scan can start and stop on.
 */
final class NamePrefix {

    private NamePrefix() {}

    /** The first string after every string starting with {@code prefix}, or null when there is none (no prefix). */
    static String upperBound(String prefix) {
        if (prefix.isEmpty()) {
            return null;
        }
        int last = prefix.codePointBefore(prefix.length());
        if (last == Character.MAX_CODE_POINT) {
            return null;
        }
        int cut = prefix.length() - Character.charCount(last);
        int next = last + 1;
        if (next >= Character.MIN_SURROGATE && next <= Character.MAX_SURROGATE) {
            next = Character.MAX_SURROGATE + 1;
        }
        return prefix.substring(0, cut) + new String(Character.toChars(next));
    }
}
