package io.pgdeck.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class StatementSplitterTest {

    static Stream<Arguments> scripts() {
        return Stream.of(
                arguments("two statements", "SELECT 1; SELECT 2;", List.of("SELECT 1", "SELECT 2")),
                arguments("last statement without semicolon", "SELECT 1;\nSELECT 2", List.of("SELECT 1", "SELECT 2")),
                arguments("empty statements", ";;  ;\n;SELECT 1;;", List.of("SELECT 1")),
                arguments("only comments", "  -- nothing\n /* here */ ;\n-- at all", List.of()),
                arguments("nothing at all", "", List.of()),
                arguments("string", "SELECT 'a;b'; SELECT 2", List.of("SELECT 'a;b'", "SELECT 2")),
                arguments("doubled quote", "SELECT 'it''s; ok'; SELECT 2", List.of("SELECT 'it''s; ok'", "SELECT 2")),
                arguments(
                        "backslash is no escape in a plain string",
                        "SELECT 'C:\\'; SELECT ';'",
                        List.of("SELECT 'C:\\'", "SELECT ';'")),
                arguments(
                        "escaped quote in E string",
                        "SELECT E'it\\'s; ok'; SELECT 2",
                        List.of("SELECT E'it\\'s; ok'", "SELECT 2")),
                arguments(
                        "escaped backslash ends E string",
                        "SELECT E'\\\\'; SELECT 2",
                        List.of("SELECT E'\\\\'", "SELECT 2")),
                arguments("lower-case e string", "SELECT e'a\\';b'; SELECT 2", List.of("SELECT e'a\\';b'", "SELECT 2")),
                arguments(
                        "E string continued on the next line keeps its escapes",
                        "SELECT E'a'\n'\\';'; SELECT 2",
                        List.of("SELECT E'a'\n'\\';'", "SELECT 2")),
                arguments(
                        "unicode string",
                        "SELECT U&'d\\0061t;'; SELECT 2",
                        List.of("SELECT U&'d\\0061t;'", "SELECT 2")),
                arguments("bit strings", "SELECT B'10', X'1F'; SELECT 2", List.of("SELECT B'10', X'1F'", "SELECT 2")),
                arguments("dollar quote", "SELECT $$a;b$$; SELECT 2", List.of("SELECT $$a;b$$", "SELECT 2")),
                arguments("dollar quote holding another tag", """
                        CREATE FUNCTION f() RETURNS void AS $fn$
                        BEGIN
                          EXECUTE $q$SELECT 1;$q$;
                        END $fn$ LANGUAGE plpgsql;
                        SELECT 2""", List.of("""
                                CREATE FUNCTION f() RETURNS void AS $fn$
                                BEGIN
                                  EXECUTE $q$SELECT 1;$q$;
                                END $fn$ LANGUAGE plpgsql""", "SELECT 2")),
                arguments(
                        "dollar quote holding $$",
                        "SELECT $a$ $$ ; $$ $a$; SELECT 2",
                        List.of("SELECT $a$ $$ ; $$ $a$", "SELECT 2")),
                arguments("parameters", "SELECT $1; SELECT $2::int;", List.of("SELECT $1", "SELECT $2::int")),
                arguments(
                        "dollar inside an identifier",
                        "SELECT x$y$ FROM t; SELECT 'x$y$'",
                        List.of("SELECT x$y$ FROM t", "SELECT 'x$y$'")),
                arguments(
                        "quoted identifier",
                        "SELECT 1 AS \"a;\"\"b\"; SELECT 2",
                        List.of("SELECT 1 AS \"a;\"\"b\"", "SELECT 2")),
                arguments(
                        "line comment",
                        "SELECT 1 -- not here; nor here\n; SELECT 2",
                        List.of("SELECT 1 -- not here; nor here", "SELECT 2")),
                arguments(
                        "nested block comment",
                        "SELECT /* outer /* inner; */ still ' \" ; */ 1; SELECT 2",
                        List.of("SELECT /* outer /* inner; */ still ' \" ; */ 1", "SELECT 2")),
                arguments(
                        "comment after a semicolon opens the next statement",
                        "SELECT 1; -- first done\nSELECT 2",
                        List.of("SELECT 1", "-- first done\nSELECT 2")),
                arguments(
                        "BEGIN ATOMIC body",
                        "CREATE FUNCTION f() RETURNS int LANGUAGE sql BEGIN ATOMIC SELECT 1; SELECT 2; END; SELECT 3",
                        List.of(
                                "CREATE FUNCTION f() RETURNS int LANGUAGE sql BEGIN ATOMIC SELECT 1; SELECT 2; END",
                                "SELECT 3")),
                arguments("BEGIN ATOMIC body with CASE", """
                        create or replace procedure p() language sql
                        begin atomic
                          insert into t values (case when true then 1 end);
                          select case when x then 1 else 2 end;
                        end;
                        select 4""", List.of("""
                                create or replace procedure p() language sql
                                begin atomic
                                  insert into t values (case when true then 1 end);
                                  select case when x then 1 else 2 end;
                                end""", "select 4")),
                arguments("END that labels a column in a BEGIN ATOMIC body", """
                        CREATE FUNCTION f() RETURNS SETOF int LANGUAGE sql BEGIN ATOMIC
                          SELECT 1 AS end;
                          SELECT t.end, atomic end FROM t;
                        END;
                        SELECT 2""", List.of("""
                                CREATE FUNCTION f() RETURNS SETOF int LANGUAGE sql BEGIN ATOMIC
                                  SELECT 1 AS end;
                                  SELECT t.end, atomic end FROM t;
                                END""", "SELECT 2")),
                arguments(
                        "empty BEGIN ATOMIC body",
                        "CREATE PROCEDURE p() LANGUAGE sql BEGIN ATOMIC END; SELECT 2",
                        List.of("CREATE PROCEDURE p() LANGUAGE sql BEGIN ATOMIC END", "SELECT 2")),
                arguments(
                        "transaction block is not a routine body",
                        "BEGIN; SELECT 1; END;",
                        List.of("BEGIN", "SELECT 1", "END")),
                arguments(
                        "begin atomic outside a routine",
                        "SELECT begin atomic FROM t; SELECT 2",
                        List.of("SELECT begin atomic FROM t", "SELECT 2")),
                arguments(
                        "function named atomic",
                        "CREATE FUNCTION atomic() RETURNS int LANGUAGE sql RETURN 1; SELECT 2",
                        List.of("CREATE FUNCTION atomic() RETURNS int LANGUAGE sql RETURN 1", "SELECT 2")),
                arguments(
                        "parameter named begin",
                        "CREATE FUNCTION f(begin int) RETURNS int RETURN begin; SELECT 2",
                        List.of("CREATE FUNCTION f(begin int) RETURNS int RETURN begin", "SELECT 2")),
                arguments(
                        "rule with several actions",
                        "CREATE RULE r AS ON INSERT TO t DO ALSO (NOTIFY a; NOTIFY b); SELECT 1",
                        List.of("CREATE RULE r AS ON INSERT TO t DO ALSO (NOTIFY a; NOTIFY b)", "SELECT 1")),
                arguments("CRLF line ends", "SELECT 1;\r\nSELECT 2\r\n", List.of("SELECT 1", "SELECT 2")),
                arguments("all kinds of whitespace", "\t\f SELECT 1 \u000B;\n", List.of("SELECT 1")));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("scripts")
    void splitsAtTopLevelSemicolonsOnly(String description, String script, List<String> expected) {
        assertThat(StatementSplitter.split(script))
                .extracting(SqlStatement::text)
                .containsExactlyElementsOf(expected);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("scripts")
    void offsetsPointAtTheTextInTheScript(String description, String script, List<String> expected) {
        SplitAssertions.assertWellFormed(script, StatementSplitter.split(script));
    }

    static Stream<Arguments> unterminated() {
        return Stream.of(
                arguments("SELECT 1; SELECT 'oops; SELECT 3;", "SELECT 'oops; SELECT 3;"),
                arguments("SELECT 1; SELECT E'oops\\'; SELECT 3", "SELECT E'oops\\'; SELECT 3"),
                arguments("SELECT 1; SELECT \"oops; SELECT 3", "SELECT \"oops; SELECT 3"),
                arguments("SELECT 1; /* oops /* nested */ SELECT 3;", "/* oops /* nested */ SELECT 3;"),
                arguments("SELECT 1; SELECT $x$ oops; SELECT 3; $y$", "SELECT $x$ oops; SELECT 3; $y$"),
                arguments("SELECT 1; /* never closed ", "/* never closed "),
                arguments(
                        "SELECT 1; CREATE FUNCTION f() RETURNS int BEGIN ATOMIC SELECT 1; SELECT 2;",
                        "CREATE FUNCTION f() RETURNS int BEGIN ATOMIC SELECT 1; SELECT 2;"),
                arguments("SELECT 1; SELECT (1; SELECT 2", "SELECT (1; SELECT 2"));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("unterminated")
    void leavesTheRestOfAnUnterminatedScriptToTheServer(String script, String last) {
        List<SqlStatement> statements = StatementSplitter.split(script);

        assertThat(statements).extracting(SqlStatement::text).containsExactly("SELECT 1", last);
        SplitAssertions.assertWellFormed(script, statements);
    }

    @Test
    void mapsAnErrorPositionToTheScript() {
        String script = "  SELECT 1;\n\n  SELECT oops FROM t;";

        SqlStatement second = StatementSplitter.split(script).get(1);

        assertThat(second.index()).isEqualTo(1);
        assertThat(second.startOffset()).isEqualTo(script.indexOf("SELECT oops"));
        assertThat(second.scriptOffset(8)).isEqualTo(script.indexOf("oops")).isEqualTo(second.startOffset() + 8 - 1);
    }

    @Test
    void countsACharacterOutsideTheBmpAsOnePosition() {
        String script = "SELECT 1; SELECT '\uD83D\uDE00', oops";

        SqlStatement second = StatementSplitter.split(script).get(1);

        // The server counts S,E,L,E,C,T,space,quote,emoji,quote,comma,space: "oops" starts at position 13.
        assertThat(second.scriptOffset(13)).isEqualTo(script.indexOf("oops"));
    }

    @Test
    void mapsAPositionPastTheEndToTheEndOfTheStatement() {
        String script = "SELECT (1;\n";

        SqlStatement only = StatementSplitter.split(script).get(0);

        assertThat(only.scriptOffset(only.text().length() + 1)).isEqualTo(only.endOffset());
        assertThatThrownBy(() -> only.scriptOffset(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesAStatementWhoseOffsetsDoNotFitItsText() {
        assertThatThrownBy(() -> new SqlStatement(0, "SELECT 1", 3, 5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SqlStatement(-1, "", 0, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rejectsNoScript() {
        assertThatThrownBy(() -> StatementSplitter.split(null)).isInstanceOf(NullPointerException.class);
    }
}
