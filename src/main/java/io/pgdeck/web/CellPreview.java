package io.pgdeck.web;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Bounds a page of rows by size, not by its row count: the page's cells share a budget of characters, and a value
 * longer than its share travels as a preview, {@code {"preview": first characters, "length": all of them}} (with the
 * value's MD5 where an edit must later prove which value it was based on). The whole value is read on demand.
 * A grid never shows more than a preview of a cell; a page of a thousand megabyte-long values stays a few megabytes.
 */
public final class CellPreview {

    /** Characters of values one page carries at most (JSON escaping aside). */
    public static final int PAGE_CHARACTERS = 4_000_000;

    private static final int SHORTEST = 16;

    private CellPreview() {}

    /** How many characters of each value a page of {@code rows} rows of {@code columns} columns may carry. */
    public static int length(int rows, int columns) {
        long cells = Math.max(1L, (long) rows * Math.max(1, columns));
        return (int) Math.max(SHORTEST, PAGE_CHARACTERS / cells);
    }

    /** The API value of {@code text} (of type {@code type}), or its preview when longer than {@code length}. */
    public static Object of(String text, String type, int length) {
        if (text == null || text.length() <= length) {
            return JsonValues.fromText(text, type);
        }
        return preview(text, text.length(), null, length);
    }

    /** A preview of a value of {@code fullLength} characters whose first characters are {@code head}. */
    public static Map<String, Object> preview(String head, long fullLength, String md5, int length) {
        Map<String, Object> preview = new LinkedHashMap<>();
        preview.put("preview", cut(head, length));
        preview.put("length", fullLength);
        if (md5 != null) {
            preview.put("md5", md5);
        }
        return preview;
    }

    /** The first {@code length} characters, never splitting a character that takes two UTF-16 units. */
    private static String cut(String text, int length) {
        if (text.length() <= length) {
            return text;
        }
        int end = Character.isHighSurrogate(text.charAt(length - 1)) ? length - 1 : length;
        return text.substring(0, end);
    }
}
