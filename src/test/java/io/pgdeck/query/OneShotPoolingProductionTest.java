package io.pgdeck.query;

import static org.assertj.core.api.Assertions.assertThat;

import io.pgdeck.testing.Client;
import io.pgdeck.testing.ProductionTest;
import io.pgdeck.testing.TestPostgres;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** In production, pooled script connections stay read-only and lose what a rollback does not undo. */
class OneShotPoolingProductionTest extends ProductionTest {

    private static final String DATABASE = TestPostgres.PRODUCTION_DATABASE;

    @Test
    void aPreparedStatementOutlivesTheRollbackButNotTheScript() {
        Client client = loggedIn();
        JsonNode fresh = ScriptSessionProbe.probe(client, DATABASE);
        Client.Response left = client.query(DATABASE, "SELECT pg_backend_pid(); PREPARE leftover_plan AS SELECT 1");
        assertThat(left.json().get("error")).as(left.body()).isNull();
        long pid = left.json().at("/results/0/rows/0/0").asLong();

        List<JsonNode> probes = ScriptSessionProbe.probesUntilBackend(client, DATABASE, pid);

        assertThat(probes).allSatisfy(probe -> {
            assertThat(probe.get(4).asLong())
                    .as("prepared statements")
                    .isEqualTo(fresh.get(4).asLong());
            assertThat(probe.get(12).asString()).as("read-only").isEqualTo("on");
        });
        Client.Response write = client.query(DATABASE, "CREATE TABLE pooled_write (i int)");
        assertThat(write.json().at("/error/sqlState").asString()).isEqualTo("25006");
    }
}
