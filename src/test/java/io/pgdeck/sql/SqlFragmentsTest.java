package io.pgdeck.sql;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SqlFragmentsTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "id = 1",
                "name = 'a;b) --'",
                "(a > 1 AND (b < 2)) OR c IS NULL",
                "\"we;ird)\" = $$ ) ; $$",
                "tags @> ARRAY['x'] -- a trailing comment",
                "price::numeric(12,2) > 0 /* ( */",
            })
    void acceptsAConditionThatStaysInsideItsParentheses(String text) {
        assertThat(SqlFragments.problemAsParenthesized(text)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "1=1; DROP TABLE customers",
                "true) UNION SELECT usename, passwd FROM pg_shadow WHERE (true",
                "(true",
                "true) --",
                "name = 'unterminated",
                "id = 1 /* never closed",
                "  -- only a comment",
                "",
            })
    void refusesTextThatCouldLeaveItsParentheses(String text) {
        assertThat(SqlFragments.problemAsParenthesized(text)).isPresent();
    }

    @Test
    void doublesQuestionMarksOnlyWhereJdbcWouldTakeThemForParameters() {
        assertThat(SqlFragments.escapeJdbcPlaceholders(
                        "doc ? 'a?' AND tags ?| array['x'] AND \"b?\" = $$?$$ -- why?\n AND 1 = 1"))
                .isEqualTo("doc ?? 'a?' AND tags ??| array['x'] AND \"b?\" = $$?$$ -- why?\n AND 1 = 1");
    }
}
