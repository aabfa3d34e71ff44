package io.pgdeck.maintenance;

import static org.assertj.core.api.Assertions.assertThat;

import io.pgdeck.testing.Client;
import io.pgdeck.testing.ProductionTest;
import org.junit.jupiter.api.Test;

/** Production refuses maintenance before it looks for the database, as every writer does. */
class MaintenanceProductionTest extends ProductionTest {

    @Test
    void refusesMaintenanceOnAnyDatabaseWithTheDeploymentsReason() {
        Client.Response refused = loggedIn()
                .postJson(
                        "/api/v1/databases/no_such_database/maintenance",
                        "{\"operation\":\"vacuum\",\"schema\":\"public\",\"table\":\"accounts\"}");

        assertThat(refused.status()).as(refused.body()).isEqualTo(403);
        assertThat(refused.json().get("detail").asString()).contains("does not allow");
    }
}
