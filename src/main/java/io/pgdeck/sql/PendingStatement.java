package io.pgdeck.sql;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The tokens read since the last statement ended, and enough nesting to tell whether a semicolon ends this one. */
final class PendingStatement {

    private static final Set<String> ROUTINE_COMMANDS = Set.of("CREATE FUNCTION", "CREATE PROCEDURE");

    private final List<Token> code = new ArrayList<>();
    private int start = -1;
    private int end = -1;
    private boolean incomplete;
    private int parenDepth;
    private int atomicDepth;

    boolean isEndedBy(Token token) {
        return token.isPunctuation(";") && parenDepth == 0 && atomicDepth == 0;
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

    /** A body ends at its END, but CASE ... END may nest inside it. */
    private void trackAtomicBody(Token token) {
        if (token.isWord("atomic") && previousIsBegin() && definesRoutine()) {
            atomicDepth++;
        } else if (atomicDepth > 0 && token.isWord("case")) {
            atomicDepth++;
        } else if (atomicDepth > 0 && token.isWord("end")) {
            atomicDepth--;
        }
    }

    private boolean previousIsBegin() {
        return !code.isEmpty() && code.get(code.size() - 1).isWord("begin");
    }

    private boolean definesRoutine() {
        return ROUTINE_COMMANDS.contains(StatementClassifier.command(code));
    }
}
