package io.pgdeck.query;

import static org.assertj.core.api.Assertions.assertThat;

import io.pgdeck.testing.Client.Response;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * A session keeps at most 1,000,000 rows of a result when the transaction its cursor lives in must end (here: it sat
 * idle). A result of exactly that many rows is whole; one row more is cut, says so, and refuses to be exported.
 */
class ResultCapTest extends QuerySessionTest {

    private static final int CAP = 1_000_000;

    /** Runs {@code SELECT g FROM generate_series(1, rows)} and lets the session's idle release cut it; its id. */
    private String resultReleasedWhenIdle(SessionClient tab, long rows) {
        JsonNode result = tab.execute("SELECT g FROM generate_series(1, " + rows + ") g", 100)
                .at("/results/0");
        // Only the first page is read: the rest waits on the cursor, in the transaction the release will end.
        assertThat(result.get("truncated").asBoolean()).isTrue();
        sessions.releaseIdleTransactions(Duration.ZERO);
        return result.get("resultId").asString();
    }

    @Test
    void aResultOfExactlyTheKeptRowsIsWholeAndExportsEveryRow() {
        SessionClient tab = session();
        String resultId = resultReleasedWhenIdle(tab, CAP);

        JsonNode end = tab.rows(resultId, CAP - 2, 10);
        assertThat(end.get("complete").asBoolean()).isTrue();
        assertThat(end.get("rowCount").asLong()).isEqualTo(CAP);
        assertThat(end.has("lost")).as(end.toString()).isFalse();
        assertThat(end.at("/rows/1/0").asInt()).isEqualTo(CAP);

        Response export = tab.export(resultId, "csv");
        assertThat(export.status()).isEqualTo(200);
        String csv = export.body();
        assertThat(csv.lines().count()).isEqualTo(CAP + 1);
        assertThat(csv).startsWith("g\n1\n").endsWith("\n999999\n1000000\n");
    }

    @Test
    void oneRowMoreIsCutSaysSoAndIsNotExportedInPart() {
        SessionClient tab = session();
        String resultId = resultReleasedWhenIdle(tab, CAP + 1);

        JsonNode end = tab.rows(resultId, CAP - 1, 10);
        assertThat(end.get("complete").asBoolean()).isTrue();
        assertThat(end.get("rowCount").asLong()).isEqualTo(CAP);
        assertThat(end.at("/rows/0/0").asInt()).isEqualTo(CAP);
        assertThat(end.get("lost").asString())
                .contains("discarded after its first 1,000,000 rows")
                .contains("sat unread");

        Response export = tab.export(resultId, "csv");
        assertThat(export.status()).isEqualTo(409);
        assertThat(export.json().get("detail").asString()).contains("not whole").contains("Run the query again");
    }
}
