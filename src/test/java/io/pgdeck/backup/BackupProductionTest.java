package io.pgdeck.backup;

import static org.assertj.core.api.Assertions.assertThat;

import io.pgdeck.testing.Client;
import io.pgdeck.testing.ProductionTest;
import org.junit.jupiter.api.Test;

/** Production is read-only: no backup, no restore, no maintenance, whatever the request. */
class BackupProductionTest extends ProductionTest {

    @Test
    void backupsRestoresAndMaintenanceAreRefused() {
        Client client = loggedIn();
        String db = "/api/v1/databases/prod_app";

        assertThat(client.postJson(db + "/backups", "{\"scope\":\"schema\",\"schema\":\"public\",\"file\":\"p.dump\"}")
                        .status())
                .isEqualTo(403);
        assertThat(client.get(db + "/backups/defaults").status()).isEqualTo(403);
        assertThat(client.postJson(db + "/restores", "{\"file\":\"p.dump\"}").status())
                .isEqualTo(403);
        assertThat(client.postJson(db + "/restores/analysis", "{\"file\":\"p.dump\"}")
                        .status())
                .isEqualTo(403);
        Client.Response maintenance = client.postJson(
                db + "/maintenance", "{\"operation\":\"vacuum\",\"schema\":\"public\",\"table\":\"accounts\"}");
        assertThat(maintenance.status()).isEqualTo(403);
        assertThat(maintenance.json().get("detail").asString()).contains("does not allow");
        assertThat(client.get("/api/v1/jobs").json().size()).isZero();
    }
}
