package io.pgdeck.sql;

import java.util.Objects;

/**
 * One statement of a script. Its text is exactly {@code script.substring(startOffset, endOffset)}: trimmed of
 * surrounding whitespace and without its terminating semicolon, but with any comments it contains.
 *
 * @param index the statement's place among the script's non-empty statements, counting from 0
 * @param startOffset offset in the script of the text's first character
 * @param endOffset offset in the script just past the text's last character
 */
public record SqlStatement(int index, String text, int startOffset, int endOffset) {

    public SqlStatement {
        Objects.requireNonNull(text, "text");
        if (index < 0 || startOffset < 0 || endOffset - startOffset != text.length()) {
            throw new IllegalArgumentException("statement " + index + " at [" + startOffset + ", " + endOffset
                    + ") cannot hold " + text.length() + " characters");
        }
    }

    /**
     * Where in the script an error position that PostgreSQL reported for this statement points. The server counts
     * characters from 1, and a character outside the Basic Multilingual Plane is one character to it but two
     * {@code char}s to Java. A position past the end, as "syntax error at end of input" reports, maps to
     * {@link #endOffset()}.
     */
    public int scriptOffset(int errorPosition) {
        if (errorPosition < 1) {
            throw new IllegalArgumentException("PostgreSQL error positions start at 1, not " + errorPosition);
        }
        if (errorPosition > text.codePointCount(0, text.length())) {
            return endOffset;
        }
        return startOffset + text.offsetByCodePoints(0, errorPosition - 1);
    }
}
