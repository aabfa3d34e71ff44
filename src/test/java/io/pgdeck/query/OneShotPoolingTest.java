package io.pgdeck.query;

import static org.assertj.core.api.Assertions.assertThat;

import io.pgdeck.testing.Client;
import io.pgdeck.testing.SingleTenantTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The one-shot API serves scripts from pooled connections, and a script finds the session as a fresh connection would
 * have it, whatever the script before it left behind on the same backend.
 */
class OneShotPoolingTest extends SingleTenantTest {

    private static final String LEAVES_EVERYTHING_BEHIND = """
            SELECT pg_backend_pid();
            SET statement_timeout = '7s';
            SET search_path = pg_catalog;
            SELECT set_config('pgdeck.left', 'yes', false);
            CREATE TEMP TABLE leftover (i int);
            PREPARE leftover_plan AS SELECT 1;
            DECLARE leftover_cursor CURSOR WITH HOLD FOR SELECT 1;
            LISTEN leftover_channel;
            SELECT pg_advisory_lock(4242);
            SET ROLE pg_read_all_data;
            BEGIN ISOLATION LEVEL SERIALIZABLE;
            CREATE TEMP TABLE left_in_transaction (i int)
            """;

    @Test
    void aScriptFindsNothingTheScriptBeforeItLeftOnTheSameBackend() {
        Client client = loggedIn();
        JsonNode fresh = ScriptSessionProbe.probe(client, "shop");
        Client.Response left = client.query("shop", LEAVES_EVERYTHING_BEHIND);
        assertThat(left.json().get("error")).as(left.body()).isNull();
        long pid = left.json().at("/results/0/rows/0/0").asLong();

        List<JsonNode> probes = ScriptSessionProbe.probesUntilBackend(client, "shop", pid);

        for (JsonNode probe : probes) {
            // Everything but the backend is as a new connection has it.
            for (int column = 1; column < probe.size(); column++) {
                assertThat(probe.get(column).toString())
                        .as("column %d of %s", column, probe)
                        .isEqualTo(fresh.get(column).toString());
            }
        }
        assertThat(fresh.get(1).asString()).isNotEqualTo("7s");
        assertThat(fresh.get(10).asBoolean()).as("own role").isTrue();
        assertThat(fresh.get(11).asString()).isEqualTo("read committed");
    }

    @Test
    void aScriptThatEndsItsOwnBackendLeavesTheNextScriptWorking() {
        Client client = loggedIn();
        Client.Response ended = client.query("shop", "SELECT pg_terminate_backend(pg_backend_pid())");
        assertThat(ended.json().get("error")).as(ended.body()).isNotNull();

        for (int attempt = 0; attempt < 10; attempt++) {
            Client.Response next = client.query("shop", "SELECT 41 + 1");
            assertThat(next.json().get("error")).as(next.body()).isNull();
            assertThat(next.json().at("/results/0/rows/0/0").asInt()).isEqualTo(42);
        }
    }
}
