package io.pgdeck.sql;

import java.util.function.IntUnaryOperator;

/**
 * Case conversion of ASCII letters only, as PostgreSQL folds unquoted words. {@link String#toUpperCase} and
 * {@link String#equalsIgnoreCase} would not do: they turn a dotless {@code ı} into {@code I}, so "begın" would pass for
 * BEGIN, which the server does not take it for.
 */
final class Ascii {

    private Ascii() {}

    static char toLowerCase(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    }

    static String toLowerCase(String text) {
        return map(text, c -> toLowerCase((char) c));
    }

    static String toUpperCase(String text) {
        return map(text, c -> c >= 'a' && c <= 'z' ? c - ('a' - 'A') : c);
    }

    private static String map(String text, IntUnaryOperator change) {
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            chars[i] = (char) change.applyAsInt(chars[i]);
        }
        return new String(chars);
    }
}
