package io.pgdeck.sql;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Splits a script into statements much as psql does: at semicolons outside literals, quoted identifiers, comments,
 * parentheses and the {@code BEGIN ATOMIC ... END} body of a SQL-standard function or procedure. Statements holding
 * nothing but whitespace and comments are dropped. Malformed text never throws: whatever follows an unterminated
 * literal or comment becomes the last statement, so that the server reports the error.
 */
public final class StatementSplitter {

    private StatementSplitter() {}

    public static List<SqlStatement> split(String script) {
        return split(script, true);
    }

    /**
     * Splits as the server reads the text under {@code standardConformingStrings}: with it off, a backslash inside a
     * plain '...' literal escapes the quote after it, so "'x\\'';" does not end where it would with it on.
     */
    public static List<SqlStatement> split(String script, boolean standardConformingStrings) {
        Objects.requireNonNull(script, "script");
        List<SqlStatement> statements = new ArrayList<>();
        PendingStatement pending = new PendingStatement();
        for (Token token : SqlLexer.tokenize(script, standardConformingStrings)) {
            if (pending.isEndedBy(token)) {
                pending.toStatement(script, statements.size()).ifPresent(statements::add);
                pending = new PendingStatement();
            } else {
                pending.add(token);
            }
        }
        pending.toStatement(script, statements.size()).ifPresent(statements::add);
        return List.copyOf(statements);
    }
}
