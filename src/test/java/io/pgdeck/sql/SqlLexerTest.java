package io.pgdeck.sql;

import static io.pgdeck.sql.TokenKind.BIT_STRING;
import static io.pgdeck.sql.TokenKind.BLOCK_COMMENT;
import static io.pgdeck.sql.TokenKind.DOLLAR_STRING;
import static io.pgdeck.sql.TokenKind.ESCAPE_STRING;
import static io.pgdeck.sql.TokenKind.LINE_COMMENT;
import static io.pgdeck.sql.TokenKind.NUMBER;
import static io.pgdeck.sql.TokenKind.OPERATOR;
import static io.pgdeck.sql.TokenKind.OTHER;
import static io.pgdeck.sql.TokenKind.PARAMETER;
import static io.pgdeck.sql.TokenKind.PUNCTUATION;
import static io.pgdeck.sql.TokenKind.QUOTED_IDENTIFIER;
import static io.pgdeck.sql.TokenKind.STRING;
import static io.pgdeck.sql.TokenKind.UNICODE_STRING;
import static io.pgdeck.sql.TokenKind.WHITESPACE;
import static io.pgdeck.sql.TokenKind.WORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class SqlLexerTest {

    static Stream<Arguments> singleTokens() {
        return Stream.of(
                arguments("'it''s'", STRING),
                arguments("'C:\\'", STRING),
                arguments("N'national'", STRING),
                arguments("'one'\n'two'", STRING),
                arguments("'one' -- note\n  'two'", STRING),
                arguments("E'it\\'s'", ESCAPE_STRING),
                arguments("e'\\\\'", ESCAPE_STRING),
                arguments("E'a''b'", ESCAPE_STRING),
                arguments("E'a'\n'\\''", ESCAPE_STRING),
                arguments("U&'d\\0061t\\+000061'", UNICODE_STRING),
                arguments("u&'x'", UNICODE_STRING),
                arguments("B'1010'", BIT_STRING),
                arguments("x'1F'", BIT_STRING),
                arguments("$$a;b$$", DOLLAR_STRING),
                arguments("$$$$", DOLLAR_STRING),
                arguments("$tag_1$ $$ ; $$ $tag_1$", DOLLAR_STRING),
                arguments("$outer$ $inner$ ; $inner$ $outer$", DOLLAR_STRING),
                arguments("$a$ $b$ $a$", DOLLAR_STRING),
                arguments("$a$ $ab$ $a$", DOLLAR_STRING),
                arguments("$é$ ; $é$", DOLLAR_STRING),
                arguments("\"we;ird\"\"name\"", QUOTED_IDENTIFIER),
                arguments("U&\"d\\0061t\"", QUOTED_IDENTIFIER),
                arguments("-- line ; ' \" $$", LINE_COMMENT),
                arguments("/* a /* nested ; */ ' \" $$ */", BLOCK_COMMENT),
                arguments("/**/", BLOCK_COMMENT),
                arguments("/* ** / * **/", BLOCK_COMMENT),
                arguments("$1", PARAMETER),
                arguments("$12", PARAMETER),
                arguments("a$b$", WORD),
                arguments("_Mixed9", WORD),
                arguments("größe", WORD),
                arguments("12.5e-3", NUMBER),
                arguments("1.", NUMBER),
                arguments(".5", NUMBER),
                arguments("1_000_000", NUMBER),
                arguments("0x1F_FF", NUMBER),
                arguments("0b101", NUMBER),
                arguments("::", PUNCTUATION),
                arguments(":=", PUNCTUATION),
                arguments("<>", OPERATOR),
                arguments("@-", OPERATOR));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("singleTokens")
    void readsAWholeLiteralCommentOrWordAsOneToken(String source, TokenKind kind) {
        List<Token> tokens = SqlLexer.tokenize(source + "\nrest");

        assertThat(tokens.get(0)).isEqualTo(new Token(kind, source, 0, true));
        assertThat(tokens.get(1).kind()).isEqualTo(WHITESPACE);
    }

    static Stream<Arguments> tokenSequences() {
        return Stream.of(
                arguments("SELECT $1, $2", List.of(WORD, WHITESPACE, PARAMETER, PUNCTUATION, WHITESPACE, PARAMETER)),
                arguments("$1$$x$$", List.of(PARAMETER, DOLLAR_STRING)),
                arguments("$a b", List.of(OTHER, WORD, WHITESPACE, WORD)),
                arguments("$ 1", List.of(OTHER, WHITESPACE, NUMBER)),
                arguments("B'10''01'", List.of(BIT_STRING, STRING)),
                arguments("'a' 'b'", List.of(STRING, WHITESPACE, STRING)),
                arguments("'a' /* c */\n'b'", List.of(STRING, WHITESPACE, BLOCK_COMMENT, WHITESPACE, STRING)),
                arguments("foo'bar'", List.of(WORD, STRING)),
                arguments("ee'x'", List.of(WORD, STRING)),
                arguments("u&x", List.of(WORD, OPERATOR, WORD)),
                arguments("a=-1", List.of(WORD, OPERATOR, OPERATOR, NUMBER)),
                arguments("a+--note", List.of(WORD, OPERATOR, LINE_COMMENT)),
                arguments("x*/*note*/", List.of(WORD, OPERATOR, BLOCK_COMMENT)),
                arguments("1..2", List.of(NUMBER, PUNCTUATION, NUMBER)),
                arguments("t.a", List.of(WORD, PUNCTUATION, WORD)),
                arguments("0b2", List.of(NUMBER, WORD)),
                arguments("a\\b", List.of(WORD, OTHER, WORD)),
                arguments("-- note   \nx", List.of(LINE_COMMENT, WHITESPACE, WORD)));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("tokenSequences")
    void splitsTextIntoTokensAsPostgresDoes(String source, List<TokenKind> kinds) {
        assertThat(SqlLexer.tokenize(source)).extracting(Token::kind).containsExactlyElementsOf(kinds);
    }

    @Test
    void keepsOnlyTheSignThatAnOperatorMayEndIn() {
        assertThat(texts("a=-1")).containsExactly("a", "=", "-", "1");
        assertThat(texts("a@-1")).containsExactly("a", "@-", "1");
        assertThat(texts("a*-+b")).containsExactly("a", "*", "-", "+", "b");
    }

    @Test
    void endsALineCommentBeforeItsTrailingBlanks() {
        assertThat(texts("-- note \t\nx")).containsExactly("-- note", " \t\n", "x");
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(
            strings = {
                "'abc",
                "'it''s",
                "E'abc\\'",
                "E'\\",
                "U&'abc",
                "B'01",
                "\"abc",
                "\"a\"\"",
                "/* a /* b */",
                "/*",
                "$x$ abc $y$",
                "$$ abc $",
                "'a'\n'b"
            })
    void runsAnUnterminatedLiteralOrCommentToTheEnd(String source) {
        List<Token> tokens = SqlLexer.tokenize(source);

        assertThat(tokens).singleElement().satisfies(token -> {
            assertThat(token.text()).isEqualTo(source);
            assertThat(token.complete()).isFalse();
        });
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(
            strings = {
                "SELECT E'a\\'b', $$x$$, $t$ $$ $t$, \"q\"\"\", B'1', U&'x' -- c\n/* d /* e */ */ FROM t;",
                "x::int[1:2] := a.b .. 1.5e+3 <> $9 @@ 'a'\n\t'b' \\ ?| `",
                "unterminated /* comment ' \" $$",
                "",
                "\r\n\f\u000B"
            })
    void coversEveryCharacterExactlyOnce(String source) {
        List<Token> tokens = SqlLexer.tokenize(source);

        assertThat(tokens.stream().map(Token::text).collect(Collectors.joining()))
                .isEqualTo(source);
        for (int i = 1; i < tokens.size(); i++) {
            assertThat(tokens.get(i).start()).isEqualTo(tokens.get(i - 1).end());
        }
    }

    @Test
    void foldsOnlyAsciiLettersInWords() {
        Token select = SqlLexer.tokenize("SeLeCt").get(0);
        Token kelvinKey = SqlLexer.tokenize("\u212AEY").get(0);

        assertThat(select.isWord("select")).isTrue();
        assertThat(kelvinKey.word()).isEqualTo("\u212Aey");
        assertThat(kelvinKey.isWord("key")).isFalse();
        assertThat(SqlLexer.tokenize("\"select\"").get(0).isWord("select")).isFalse();
    }

    private static List<String> texts(String source) {
        return SqlLexer.tokenize(source).stream().map(Token::text).toList();
    }
}
