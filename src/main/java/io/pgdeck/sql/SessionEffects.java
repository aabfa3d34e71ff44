package io.pgdeck.sql;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What a statement does to its session beyond its transaction, read from its text: settings that change how the
 * server reads later SQL, and calls whose effect outlives a rollback (session advisory locks, signals to other
 * sessions). Production refuses both; these are the words to look for, the session's state after each statement is
 * checked as well.
 */
public final class SessionEffects {

    /** Settings under which the same text splits into other statements or other literals. */
    public static final Set<String> LEXING_SETTINGS =
            Set.of("standard_conforming_strings", "client_encoding", "backslash_quote", "names");

    /** Functions whose effect a rollback does not undo. */
    public static final List<String> LASTING_CALLS = List.of(
            "pg_advisory_lock",
            "pg_advisory_lock_shared",
            "pg_try_advisory_lock",
            "pg_try_advisory_lock_shared",
            "pg_terminate_backend",
            "pg_cancel_backend",
            "pg_signal_backend");

    private SessionEffects() {}

    /**
     * The lexing setting {@code sql} sets or resets ({@code SET}, {@code SET LOCAL}, {@code RESET}, {@code SET NAMES},
     * {@code RESET ALL}, or a {@code set_config} call anywhere in it), or empty. A set_config whose first argument is
     * not a plain literal counts as naming one: what it sets cannot be read from the text.
     */
    public static Optional<String> lexingSetting(String sql) {
        List<SqlTokens.Lexeme> code = SqlTokens.code(sql);
        Optional<String> set = setOrReset(code);
        if (set.isPresent()) {
            return set;
        }
        for (int i = 0; i + 2 < code.size(); i++) {
            if (code.get(i).isWord("set_config") && code.get(i + 1).text().equals("(")) {
                SqlTokens.Lexeme first = code.get(i + 2);
                String name = first.kind() == SqlTokens.Kind.STRING ? unquote(first.text()) : "";
                if (name.isEmpty() || LEXING_SETTINGS.contains(name.toLowerCase(Locale.ROOT))) {
                    return Optional.of(name.isEmpty() ? "set_config" : name.toLowerCase(Locale.ROOT));
                }
            }
        }
        return Optional.empty();
    }

    /** The first call in {@code sql} whose effect outlives a rollback, found anywhere in the text, or empty. */
    public static Optional<String> lastingCall(String sql) {
        String lower = sql.toLowerCase(Locale.ROOT);
        // Longest first, so pg_try_advisory_lock_shared is named as itself rather than by the name it starts with.
        return LASTING_CALLS.stream()
                .sorted(java.util.Comparator.comparingInt(String::length).reversed())
                .filter(lower::contains)
                .findFirst();
    }

    private static Optional<String> setOrReset(List<SqlTokens.Lexeme> code) {
        if (code.isEmpty() || !(code.get(0).isWord("set") || code.get(0).isWord("reset"))) {
            return Optional.empty();
        }
        int at = 1;
        while (at < code.size()
                && (code.get(at).isWord("session") || code.get(at).isWord("local"))) {
            at++;
        }
        if (at >= code.size()) {
            return Optional.empty();
        }
        String name = code.get(at).value().toLowerCase(Locale.ROOT);
        if (name.equals("all") && code.get(0).isWord("reset")) {
            return Optional.of("all");
        }
        return LEXING_SETTINGS.contains(name) ? Optional.of(name) : Optional.empty();
    }

    private static String unquote(String literal) {
        int open = literal.indexOf('\'');
        int close = literal.lastIndexOf('\'');
        return open >= 0 && close > open ? literal.substring(open + 1, close).replace("''", "'") : "";
    }
}
