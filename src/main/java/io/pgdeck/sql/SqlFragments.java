package io.pgdeck.sql;

import java.util.Objects;
import java.util.Optional;

/**
 * Checks SQL text that a user types into one clause of a statement pgdeck builds, such as the condition of a WHERE. Put
 * between parentheses, text that passes cannot end that clause early, start another statement, or hide the rest of the
 * statement in a comment or literal.
 */
public final class SqlFragments {

    private SqlFragments() {}

    /**
     * Why {@code text} cannot stand alone inside parentheses, or empty when it can: it must be something other than
     * whitespace and comments, end every literal, quoted identifier and comment it opens, close every parenthesis it
     * opens and no other, and hold no semicolon outside a literal.
     */
    public static Optional<String> problemAsParenthesized(String text) {
        Objects.requireNonNull(text, "text");
        int depth = 0;
        boolean code = false;
        for (Token token : SqlLexer.tokenize(text)) {
            if (!token.complete()) {
                return Optional.of("a literal, quoted name or comment is not closed");
            }
            code |= !token.isTrivia();
            if (token.isPunctuation(";")) {
                return Optional.of("it holds a semicolon: give one condition, not statements");
            } else if (token.isPunctuation("(")) {
                depth++;
            } else if (token.isPunctuation(")") && --depth < 0) {
                return Optional.of("it closes a parenthesis it did not open");
            }
        }
        if (!code) {
            return Optional.of("it is empty");
        }
        return depth == 0 ? Optional.empty() : Optional.of("a parenthesis is not closed");
    }

    /**
     * The text with every {@code ?} outside literals, quoted names and comments doubled, as pgjdbc reads a prepared
     * statement: there {@code ?} marks a parameter and {@code ??} stands for the {@code ?} of jsonb operators.
     */
    public static String escapeJdbcPlaceholders(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        for (Token token : SqlLexer.tokenize(text)) {
            boolean code = token.kind() == TokenKind.OPERATOR || token.kind() == TokenKind.OTHER;
            escaped.append(code ? token.text().replace("?", "??") : token.text());
        }
        return escaped.toString();
    }
}
