package io.pgdeck.sql;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Scripts put together at random from statements that are each hard to split on their own. The seeds are fixed so
 * that a failure can be replayed.
 */
class StatementSplitterPropertyTest {

    private static final List<String> STATEMENTS = List.of(
            "SELECT 1",
            "SELECT 'a;b', 'it''s;'",
            "SELECT E'\\';\\\\', e'x'",
            "SELECT 'C:\\', ';'",
            "SELECT $$;$$, $fn$ $$ ; $$ $fn$",
            "SELECT $1, $2::text",
            "SELECT a$b$ FROM t",
            "SELECT \"a;\"\"b\" FROM \"t;\"",
            "SELECT 1 -- comment; with a semicolon\n+ 1",
            "SELECT /* a /* b; */ c; */ 2",
            "SELECT U&'\\0041;', B'01', X'ff'",
            "CREATE FUNCTION f() RETURNS int LANGUAGE sql BEGIN ATOMIC SELECT 1; SELECT CASE WHEN true THEN 2 END; END",
            "CREATE RULE r AS ON INSERT TO t DO ALSO (NOTIFY a; NOTIFY b)",
            "INSERT INTO t VALUES (E'x'\n'\\';')",
            "-- a leading comment;\nSELECT 3",
            "DO $body$BEGIN RAISE NOTICE ';'; END$body$");

    private static final List<String> BLANK_SEPARATORS = List.of(";", ";\n", " ;\t", ";;", ";\r\n\r\n", "\n;\n");
    private static final List<String> COMMENTED_SEPARATORS =
            List.of(";", "; -- note;\n", "; /* ; */ ", "\n-- closing note\n;", ";\n/* a */ /* b */;");

    static Stream<Long> seeds() {
        return IntStream.range(0, 50).mapToObj(seed -> (long) seed);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void findsExactlyTheStatementsAScriptWasMadeOf(long seed) {
        Random random = new Random(seed);
        List<String> statements = pickStatements(random);

        String script = join(random, statements, BLANK_SEPARATORS);
        List<SqlStatement> split = StatementSplitter.split(script);

        assertThat(split).extracting(SqlStatement::text).containsExactlyElementsOf(statements);
        SplitAssertions.assertWellFormed(script, split);
    }

    /**
     * A statement may end in a line comment, so the statements are joined with the semicolon on a line of its own;
     * "SELECT 1 -- note" followed directly by ";" would comment the semicolon out.
     */
    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void splitsStatementsJoinedBackWithSemicolonsIntoTheSameStatements(long seed) {
        Random random = new Random(seed);
        List<String> statements = pickStatements(random);
        List<String> texts = texts(StatementSplitter.split(join(random, statements, COMMENTED_SEPARATORS)));

        String rejoined = String.join("\n;\n", texts);

        assertThat(texts(StatementSplitter.split(rejoined))).isEqualTo(texts);
        // Comments between statements stick to a neighbour or, alone between two semicolons, vanish.
        assertThat(texts).hasSameSizeAs(statements);
        for (int i = 0; i < texts.size(); i++) {
            assertThat(texts.get(i)).contains(statements.get(i));
        }
        SplitAssertions.assertWellFormed(rejoined, StatementSplitter.split(rejoined));
    }

    private static List<String> pickStatements(Random random) {
        List<String> picked = new ArrayList<>();
        int count = 1 + random.nextInt(6);
        for (int i = 0; i < count; i++) {
            picked.add(STATEMENTS.get(random.nextInt(STATEMENTS.size())));
        }
        return picked;
    }

    private static String join(Random random, List<String> statements, List<String> separators) {
        StringBuilder script = new StringBuilder(random.nextBoolean() ? "\n  " : "");
        for (int i = 0; i < statements.size(); i++) {
            script.append(statements.get(i));
            boolean last = i == statements.size() - 1;
            if (!last || random.nextBoolean()) {
                script.append(separators.get(random.nextInt(separators.size())));
            }
        }
        return script.toString();
    }

    private static List<String> texts(List<SqlStatement> statements) {
        return statements.stream().map(SqlStatement::text).toList();
    }
}
