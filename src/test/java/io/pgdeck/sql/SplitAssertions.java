package io.pgdeck.sql;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

/** What must hold for the statements of any script, whatever it holds. */
final class SplitAssertions {

    private static final String WHITESPACE = " \t\n\r\f\u000B";

    private SplitAssertions() {}

    static void assertWellFormed(String script, List<SqlStatement> statements) {
        int previousEnd = 0;
        for (int i = 0; i < statements.size(); i++) {
            SqlStatement statement = statements.get(i);
            String text = statement.text();
            assertThat(statement.index()).isEqualTo(i);
            assertThat(script.substring(statement.startOffset(), statement.endOffset()))
                    .isEqualTo(text);
            assertThat(text).isNotEmpty();
            assertThat(WHITESPACE).doesNotContain(text.substring(0, 1));
            if (endsInsideAToken(text)) {
                assertThat(statement.endOffset()).isEqualTo(script.length());
            } else {
                assertThat(WHITESPACE).doesNotContain(text.substring(text.length() - 1));
            }
            if (i > 0) {
                assertThat(script.substring(previousEnd, statement.startOffset()))
                        .contains(";");
            }
            previousEnd = statement.endOffset();
        }
    }

    /** Blanks inside an unterminated literal or comment are part of it, so they stay at the end of the text. */
    private static boolean endsInsideAToken(String text) {
        List<Token> tokens = SqlLexer.tokenize(text);
        return !tokens.get(tokens.size() - 1).complete();
    }
}
