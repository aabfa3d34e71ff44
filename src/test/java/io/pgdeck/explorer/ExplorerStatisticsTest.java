package io.pgdeck.explorer;

import static org.assertj.core.api.Assertions.assertThat;

import io.pgdeck.testing.SingleTenantTest;
import io.pgdeck.testing.TestPostgres;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** A table's Statistics: sizes with indexes and TOAST, dead rows and the bloat they make, indexes never used. */
class ExplorerStatisticsTest extends SingleTenantTest {

    private static final String DB = TestPostgres.SINGLE_DATABASE;

    @Test
    void showsSizesBloatAndUnusedIndexes() throws Exception {
        TestPostgres.execute(
                DB,
                "DROP SCHEMA IF EXISTS explorer_statistics CASCADE",
                "CREATE SCHEMA explorer_statistics",
                "CREATE TABLE explorer_statistics.notes (id int PRIMARY KEY, body text)",
                "CREATE INDEX notes_body ON explorer_statistics.notes (body)",
                "INSERT INTO explorer_statistics.notes SELECT g, repeat('x', 3000) || g FROM generate_series(1, 100) g",
                "DELETE FROM explorer_statistics.notes WHERE id <= 40",
                "SELECT pg_stat_force_next_flush()");

        JsonNode statistics = statisticsWhenCounted();

        assertThat(statistics.get("tableBytes").asLong()).isPositive();
        assertThat(statistics.get("indexesBytes").asLong()).isPositive();
        assertThat(statistics.get("totalBytes").asLong())
                .isEqualTo(statistics.get("tableBytes").asLong()
                        + statistics.get("indexesBytes").asLong()
                        + statistics.get("toastBytes").asLong());
        assertThat(statistics.get("deadRows").asLong()).isEqualTo(40);
        assertThat(statistics.get("deadRowsPercent").asDouble()).isEqualTo(40.0);
        assertThat(statistics.get("estimatedBloatBytes").asLong()).isPositive();
        JsonNode indexes = statistics.get("indexes");
        assertThat(ExplorerReadTest.named(indexes, "notes_body").get("unused").asBoolean())
                .isTrue();
        assertThat(ExplorerReadTest.named(indexes, "notes_pkey").get("unused").asBoolean())
                .as("a unique index enforces something, however rarely it is scanned")
                .isFalse();
    }

    /** The server counts rows a moment after the transaction that wrote them. */
    private JsonNode statisticsWhenCounted() throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        JsonNode statistics;
        do {
            statistics = loggedIn()
                    .get("/api/v1/databases/" + DB + "/schemas/explorer_statistics/tables/notes")
                    .json()
                    .get("statistics");
            if (statistics.get("deadRows").asLong() == 40) {
                return statistics;
            }
            Thread.sleep(200);
        } while (Instant.now().isBefore(deadline));
        return statistics;
    }
}
