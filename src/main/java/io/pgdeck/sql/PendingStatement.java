package io.pgdeck.sql;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/** The tokens read since the last statement ended, and enough nesting to tell whether a semicolon ends this one. */
final class PendingStatement {

    private static final Set<String> ROUTINE_COMMANDS = Set.of("CREATE FUNCTION", "CREATE PROCEDURE");

    private final List<Token> code = new ArrayList<>();
    private int start = -1;
    private int end = -1;
    private boolean incomplete;
    private int parenDepth;
    /** Where in {@link #code} the ATOMIC of an open BEGIN ATOMIC body is, or -1. */
    private int atomicAt = -1;

    boolean isEndedBy(Token token) {
        return token.isPunctuation(";") && parenDepth == 0 && atomicAt < 0;
    }

    void add(Token token) {
        if (token.kind() != TokenKind.WHITESPACE) {
            start = start < 0 ? token.start() : start;
            end = token.end();
        }
        incomplete |= !token.complete();
        if (!token.isTrivia()) {
            trackNesting(token);
            code.add(token);
        }
    }

    /**
     * The statement read so far, unless it holds only whitespace and comments. An unterminated comment still counts:
     * dropping it would silently skip whatever the user meant to follow it.
     */
    Optional<SqlStatement> toStatement(String script, int index) {
        if (code.isEmpty() && !incomplete) {
            return Optional.empty();
        }
        return Optional.of(new SqlStatement(index, script.substring(start, end), start, end));
    }

    // psql does not split inside parentheses either: a multi-action rule lists its actions as "(...; ...)".
    private void trackNesting(Token token) {
        if (token.isPunctuation("(")) {
            parenDepth++;
        } else if (token.isPunctuation(")")) {
            parenDepth = Math.max(0, parenDepth - 1);
        } else if (parenDepth == 0) {
            trackAtomicBody(token);
        }
    }

    private void trackAtomicBody(Token token) {
        if (atomicAt < 0 && opensAtomicBody(token)) {
            atomicAt = code.size();
        } else if (atomicAt >= 0 && closesAtomicBody(token)) {
            atomicAt = -1;
        }
    }

    private boolean opensAtomicBody(Token token) {
        return token.isWord("atomic") && previousIs(previous -> previous.isWord("begin")) && definesRoutine();
    }

    /**
     * Each statement in a body ends with a semicolon, so the END that closes the body follows a semicolon, or the
     * ATOMIC of an empty body. Any other END closes a CASE or labels a column, as in "SELECT 1 AS end".
     */
    private boolean closesAtomicBody(Token token) {
        boolean atStatementStart = code.size() - 1 == atomicAt || previousIs(previous -> previous.isPunctuation(";"));
        return token.isWord("end") && atStatementStart;
    }

    private boolean previousIs(Predicate<Token> test) {
        return !code.isEmpty() && test.test(code.get(code.size() - 1));
    }

    private boolean definesRoutine() {
        return ROUTINE_COMMANDS.contains(StatementClassifier.command(code));
    }
}
