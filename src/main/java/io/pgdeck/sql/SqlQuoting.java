package io.pgdeck.sql;

import java.util.Objects;

/**
 * Quotes identifiers and literals for SQL text that pgdeck builds itself. Prefer bind parameters for values; these are
 * for the places that cannot take one, such as names in DDL or a value in SET. PostgreSQL cannot store a NUL
 * character in any text, so every method rejects one rather than let the server cut the text short or fail.
 */
public final class SqlQuoting {

    private SqlQuoting() {}

    /**
     * The identifier as written in SQL, quoted only when it has to be, by the rule of PostgreSQL's
     * {@code quote_ident()}: left bare when it is lower-case letters, digits and underscores, does not start with a
     * digit, and is not a keyword that could be read as something other than a name.
     *
     * @throws IllegalArgumentException if the identifier is empty or contains a NUL character
     */
    public static String quoteIdentifier(String identifier) {
        return isSafeBare(requireIdentifier(identifier)) ? identifier : alwaysQuoteIdentifier(identifier);
    }

    /**
     * The identifier in double quotes, with inner double quotes doubled, which keeps its case and any character.
     *
     * @throws IllegalArgumentException if the identifier is empty or contains a NUL character
     */
    public static String alwaysQuoteIdentifier(String identifier) {
        return '"' + requireIdentifier(identifier).replace("\"", "\"\"") + '"';
    }

    /** {@code schema.name}, each part quoted as {@link #quoteIdentifier} does. */
    public static String qualified(String schema, String name) {
        return quoteIdentifier(schema) + "." + quoteIdentifier(name);
    }

    /**
     * The value as a string literal, with quotes doubled. A value holding a backslash becomes an {@code E'...'}
     * literal with the backslashes doubled too, as {@code quote_literal()} does, so that it reads the same whatever
     * standard_conforming_strings is set to.
     *
     * @throws IllegalArgumentException if the value contains a NUL character
     */
    public static String quoteLiteral(String value) {
        String quotesDoubled = requireNoNul(value).replace("'", "''");
        if (value.indexOf('\\') < 0) {
            return "'" + quotesDoubled + "'";
        }
        return "E'" + quotesDoubled.replace("\\", "\\\\") + "'";
    }

    private static boolean isSafeBare(String identifier) {
        if (!isLowerCaseLetterOrUnderscore(identifier.charAt(0))) {
            return false;
        }
        for (int i = 1; i < identifier.length(); i++) {
            char c = identifier.charAt(i);
            if (!isLowerCaseLetterOrUnderscore(c) && !(c >= '0' && c <= '9')) {
                return false;
            }
        }
        return !ReservedKeywords.contains(identifier);
    }

    private static boolean isLowerCaseLetterOrUnderscore(char c) {
        return (c >= 'a' && c <= 'z') || c == '_';
    }

    // A zero-length identifier is an error wherever the server meets one; failing here points at the caller instead.
    private static String requireIdentifier(String identifier) {
        if (requireNoNul(identifier).isEmpty()) {
            throw new IllegalArgumentException("an identifier cannot be empty");
        }
        return identifier;
    }

    private static String requireNoNul(String text) {
        Objects.requireNonNull(text);
        if (text.indexOf('\0') >= 0) {
            throw new IllegalArgumentException("PostgreSQL text cannot contain a NUL character");
        }
        return text;
    }
}
