package io.pgdeck.query;

import static org.assertj.core.api.Assertions.assertThat;

import io.pgdeck.testing.SingleTenantTest;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Staging may turn standard_conforming_strings off: pgdeck then splits the rest of the script as the server reads it,
 * so the statements it shows and runs are the server's statements.
 */
class StagingLexingTest extends SingleTenantTest {

    private static final String SCRIPT =
            "set standard_conforming_strings = off; select 'it\\'s' AS a; select 'x\\'' ; select 'second' AS b";

    @Test
    void aOneShotScriptSplitsAsTheServerReadsItOnceTheSettingChanges() {
        assertSplitAsTheServerReadsIt(loggedIn().query("shop", SCRIPT).json());
    }

    @Test
    void aQuerySessionSplitsAsTheServerReadsItOnceTheSettingChanges() {
        SessionClient tab = SessionClient.open(loggedIn(), "shop");
        try {
            assertSplitAsTheServerReadsIt(tab.execute(SCRIPT));
            JsonNode later = tab.execute("select 'y\\'' ; select 'third'");
            assertThat(later.at("/results/0/rows/0/0").asString()).isEqualTo("y'");
            assertThat(later.at("/results/1/rows/0/0").asString()).isEqualTo("third");
        } finally {
            tab.delete();
        }
    }

    @Test
    void theDriverAndPgdeckCountTheSameStatementsUnderEitherSetting() throws SQLException {
        assertThat(ServerStatements.commandCount("select 'x\\'' ; select 2", false))
                .isEqualTo(2);
        assertThat(ServerStatements.commandCount("select 'x\\'' ; select 2 --'", true))
                .isEqualTo(1);
        assertThat(ServerStatements.commandCount("select 1 -- ; select 2", true))
                .isEqualTo(1);
    }

    private static void assertSplitAsTheServerReadsIt(JsonNode answer) {
        assertThat(answer.get("error")).as(answer.toString()).isNull();
        assertThat(answer.get("results")).hasSize(4);
        assertThat(answer.at("/results/1/rows/0/0").asString()).isEqualTo("it's");
        assertThat(answer.at("/results/2/statement").asString()).isEqualTo("select 'x\\''");
        assertThat(answer.at("/results/2/rows/0/0").asString()).isEqualTo("x'");
        assertThat(answer.at("/results/3/rows/0/0").asString()).isEqualTo("second");
    }
}
