package io.pgdeck.maintenance;

import static org.assertj.core.api.Assertions.assertThat;

import io.pgdeck.testing.Client;
import io.pgdeck.testing.MultiTenantTest;
import io.pgdeck.testing.TestPostgres;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** VACUUM, ANALYZE, REINDEX and CLUSTER as jobs in the team's database, with the server's notices in the log. */
class MaintenanceApiTest extends MultiTenantTest {

    private static final String MAINTENANCE = "/api/v1/databases/team_alpha/maintenance";

    @Test
    void vacuumAnalyzeOfATableRunsAsAJobWithItsVerboseOutputInTheLog() {
        Client client = loggedIn();

        Client.Response started = client.postJson(
                MAINTENANCE,
                "{\"operation\":\"vacuum\",\"schema\":\"app\","
                        + "\"table\":\"widgets\",\"options\":{\"analyze\":true,\"verbose\":true}}");

        assertThat(started.status()).as(started.body()).isEqualTo(202);
        assertThat(started.json().get("command").asString()).isEqualTo("VACUUM (ANALYZE, VERBOSE) app.widgets;");
        JsonNode job = awaitEnd(client, started.json().get("jobId").asLong());
        assertThat(job.get("status").asString()).isEqualTo("succeeded");
        assertThat(job.get("type").asString()).isEqualTo("maintenance");
        assertThat(job.get("object").asString()).isEqualTo("team_alpha.app.widgets");
        String log =
                client.get("/api/v1/jobs/" + job.get("id").asLong() + "/log").body();
        assertThat(log)
                .contains("pgdeck: VACUUM (ANALYZE, VERBOSE) app.widgets", "vacuuming \"team_alpha.app.widgets\"");
        JsonNode stats = client.query(
                        "team_alpha",
                        "SELECT last_vacuum IS NOT NULL AND last_analyze IS NOT NULL FROM pg_stat_user_tables"
                                + " WHERE relid = 'app.widgets'::regclass")
                .json();
        assertThat(stats.get("results").get(0).get("rows").get(0).get(0).asBoolean())
                .isTrue();
    }

    @Test
    void aSchemaIsMaintainedTableByTable() {
        Client client = loggedIn();
        TestPostgres.execute(
                TestPostgres.TEAM_DATABASE,
                "SET ROLE " + TestPostgres.TEAM_ROLE,
                "CREATE SCHEMA upkeep",
                "CREATE TABLE upkeep.\"Mixed Case\" (id int PRIMARY KEY)",
                "CREATE TABLE upkeep.plain (id int PRIMARY KEY)",
                "CLUSTER upkeep.plain USING plain_pkey");

        JsonNode reindex = client.postJson(MAINTENANCE, "{\"operation\":\"reindex\",\"schema\":\"upkeep\"}")
                .json();
        JsonNode cluster = client.postJson(MAINTENANCE, "{\"operation\":\"cluster\",\"schema\":\"upkeep\"}")
                .json();

        assertThat(reindex.get("command").asString())
                .isEqualTo("REINDEX TABLE upkeep.\"Mixed Case\";\nREINDEX TABLE upkeep.plain;");
        assertThat(cluster.get("command").asString()).isEqualTo("CLUSTER upkeep.plain;");
        assertThat(awaitEnd(client, reindex.get("jobId").asLong()).get("status").asString())
                .isEqualTo("succeeded");
        assertThat(awaitEnd(client, cluster.get("jobId").asLong()).get("status").asString())
                .isEqualTo("succeeded");
    }

    @Test
    void badRequestsAreRefused() {
        Client client = loggedIn();

        assertThat(client.postJson(MAINTENANCE, "{\"operation\":\"drop\",\"schema\":\"app\"}")
                        .status())
                .isEqualTo(400);
        assertThat(client.postJson(MAINTENANCE, "{\"operation\":\"vacuum\"}").status())
                .isEqualTo(400);
        assertThat(client.postJson(
                                MAINTENANCE,
                                "{\"operation\":\"analyze\",\"schema\":\"app\",\"options\":{\"full\":true}}")
                        .status())
                .isEqualTo(400);
        assertThat(client.postJson(MAINTENANCE, "{\"operation\":\"vacuum\",\"schema\":\"nope\"}")
                        .status())
                .isEqualTo(404);
        assertThat(client.postJson(MAINTENANCE, "{\"operation\":\"vacuum\",\"schema\":\"app\",\"table\":\"nope\"}")
                        .status())
                .isEqualTo(404);
        assertThat(client.postJson(
                                "/api/v1/databases/team_beta/maintenance",
                                "{\"operation\":\"vacuum\",\"schema\":\"public\"}")
                        .status())
                .isEqualTo(404);
    }

    private static JsonNode awaitEnd(Client client, long id) {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            JsonNode job = client.get("/api/v1/jobs/" + id).json();
            if (Set.of("succeeded", "failed", "cancelled")
                    .contains(job.get("status").asString())) {
                return job;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        throw new AssertionError("job " + id + " did not end");
    }
}
