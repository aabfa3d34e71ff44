package io.pgdeck.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SqlQuotingTest {

    @ParameterizedTest(name = "[{index}] {0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
                users       | users
                _x1         | _x1
                name        | name
                begin       | begin
                user        | "user"
                select      | "select"
                table       | "table"
                order       | "order"
                group       | "group"
                left        | "left"
                between     | "between"
                int         | "int"
                Users       | "Users"
                my table    | "my table"
                a"b         | "a""b"
                1abc        | "1abc"
                abc$        | "abc$"
                a-b         | "a-b"
                größe       | "größe"
                """)
    void quotesAnIdentifierOnlyWhenItMust(String identifier, String quoted) {
        assertThat(SqlQuoting.quoteIdentifier(identifier)).isEqualTo(quoted);
    }

    @Test
    void alwaysQuotesWhenAsked() {
        assertThat(SqlQuoting.alwaysQuoteIdentifier("users")).isEqualTo("\"users\"");
        assertThat(SqlQuoting.alwaysQuoteIdentifier("a\"b\"")).isEqualTo("\"a\"\"b\"\"\"");
    }

    @Test
    void qualifiesANameWithItsSchema() {
        assertThat(SqlQuoting.qualified("public", "user")).isEqualTo("public.\"user\"");
        assertThat(SqlQuoting.qualified("My Schema", "t")).isEqualTo("\"My Schema\".t");
    }

    @ParameterizedTest(name = "[{index}] {0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
                abc                   | 'abc'
                it's                  | 'it''s'
                ''                    | ''''''
                '; DROP TABLE t; --   | '''; DROP TABLE t; --'
                C:\\dir               | E'C:\\\\dir'
                it's a \\             | E'it''s a \\\\'
                """)
    void quotesALiteral(String value, String literal) {
        assertThat(SqlQuoting.quoteLiteral(value)).isEqualTo(literal);
    }

    @Test
    void quotesAnEmptyLiteral() {
        assertThat(SqlQuoting.quoteLiteral("")).isEqualTo("''");
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {"plain", "it's", "\\", "\\'", "'\\", "a\\'; SELECT 1; --", "$$", "\"", "\n'\n", "😀"})
    void producesALiteralThatReadsBackAsTheValue(String value) {
        String literal = SqlQuoting.quoteLiteral(value);

        List<Token> tokens = SqlLexer.tokenize(literal);

        assertThat(tokens)
                .singleElement()
                .satisfies(token -> assertThat(token.complete()).isTrue());
        assertThat(unquote(literal)).isEqualTo(value);
        assertThat(StatementSplitter.split("SELECT " + literal + "; SELECT 2")).hasSize(2);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {"users", "User", "a\"b", "x; DROP TABLE t", "select", "-- c", "/*"})
    void producesAnIdentifierThatReadsAsOneName(String identifier) {
        List<Token> tokens = SqlLexer.tokenize(SqlQuoting.quoteIdentifier(identifier));

        assertThat(tokens).singleElement().satisfies(token -> {
            assertThat(token.kind()).isIn(TokenKind.WORD, TokenKind.QUOTED_IDENTIFIER);
            assertThat(token.complete()).isTrue();
        });
    }

    @Test
    void rejectsNul() {
        assertThatThrownBy(() -> SqlQuoting.quoteIdentifier("a\0b")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SqlQuoting.alwaysQuoteIdentifier("a\0")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SqlQuoting.qualified("s\0", "t")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SqlQuoting.quoteLiteral("\0")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rejectsAnEmptyIdentifier() {
        assertThatThrownBy(() -> SqlQuoting.quoteIdentifier("")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SqlQuoting.alwaysQuoteIdentifier("")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rejectsNull() {
        assertThatThrownBy(() -> SqlQuoting.quoteIdentifier(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> SqlQuoting.quoteLiteral(null)).isInstanceOf(NullPointerException.class);
    }

    /** Reads a literal back as the server would, for the two forms that quoteLiteral produces. */
    private static String unquote(String literal) {
        boolean escapes = literal.startsWith("E'");
        String body = literal.substring(escapes ? 2 : 1, literal.length() - 1);
        StringBuilder value = new StringBuilder();
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            boolean escaping = c == '\'' || (escapes && c == '\\');
            value.append(escaping ? body.charAt(++i) : c);
        }
        return value.toString();
    }
}
