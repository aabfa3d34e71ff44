package io.pgdeck.sql;

import java.util.List;
import java.util.Objects;

/**
 * The code of a statement as PostgreSQL's scanner reads it, for features that need more than its command: the names a
 * GRANT gives rights to, or a psql meta-command hidden in a script. Whitespace and comments are left out.
 */
public final class SqlTokens {

    /** What a lexeme is. */
    public enum Kind {
        /** An unquoted identifier or keyword; its value is folded to lower case. */
        WORD,
        /** A double-quoted identifier; its value is the name inside the quotes. */
        QUOTED_IDENTIFIER,
        /** Any string or bit-string literal, dollar-quoted ones included; its value is the text as written. */
        STRING,
        NUMBER,
        PARAMETER,
        OPERATOR,
        PUNCTUATION,
        /** Anything else, such as a backslash outside literals (which psql would take for a meta-command). */
        OTHER
    }

    /**
     * One lexeme.
     *
     * @param text the characters as written
     * @param value the name it stands for (folded word, unquoted identifier), or the text for other kinds
     * @param offset where it starts in the scanned text
     * @param complete false for a literal or quoted identifier that the text ends inside
     */
    public record Lexeme(Kind kind, String text, String value, int offset, boolean complete) {

        /** True for an unquoted word that folds to {@code lowerCaseWord}. */
        public boolean isWord(String lowerCaseWord) {
            return kind == Kind.WORD && value.equals(lowerCaseWord);
        }

        /** True for a word or quoted identifier: something that can name an object. */
        public boolean isName() {
            return kind == Kind.WORD || kind == Kind.QUOTED_IDENTIFIER;
        }
    }

    private SqlTokens() {}

    /** The lexemes of {@code sql}, without whitespace and comments. */
    public static List<Lexeme> code(String sql) {
        Objects.requireNonNull(sql, "sql");
        return SqlLexer.tokenize(sql).stream()
                .filter(token -> !token.isTrivia())
                .map(SqlTokens::lexeme)
                .toList();
    }

    private static Lexeme lexeme(Token token) {
        return switch (token.kind()) {
            case WORD -> new Lexeme(Kind.WORD, token.text(), token.word(), token.start(), true);
            case QUOTED_IDENTIFIER ->
                new Lexeme(
                        Kind.QUOTED_IDENTIFIER, token.text(), unquote(token.text()), token.start(), token.complete());
            case STRING, ESCAPE_STRING, UNICODE_STRING, BIT_STRING, DOLLAR_STRING -> same(Kind.STRING, token);
            case NUMBER -> same(Kind.NUMBER, token);
            case PARAMETER -> same(Kind.PARAMETER, token);
            case OPERATOR -> same(Kind.OPERATOR, token);
            case PUNCTUATION -> same(Kind.PUNCTUATION, token);
            default -> same(Kind.OTHER, token);
        };
    }

    private static Lexeme same(Kind kind, Token token) {
        return new Lexeme(kind, token.text(), token.text(), token.start(), token.complete());
    }

    /** {@code "a""b"} names {@code a"b}; a U&amp;"..." identifier keeps its escapes, which only the server resolves. */
    private static String unquote(String quoted) {
        if (!quoted.startsWith("\"")) {
            return quoted;
        }
        int end = quoted.length() > 1 && quoted.endsWith("\"") ? quoted.length() - 1 : quoted.length();
        return quoted.substring(1, end).replace("\"\"", "\"");
    }
}
