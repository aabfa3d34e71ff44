package io.pgdeck.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.pgdeck.testing.Client;
import io.pgdeck.testing.SingleTenantTest;
import io.pgdeck.testing.TestPostgres;
import org.junit.jupiter.api.Test;

class ServerRestartRecoveryTest extends SingleTenantTest {

    @Test
    void pooledConnectionsKilledByTheServerAreReplacedWithoutAnError() {
        Client client = loggedIn();
        assertThat(client.get("/api/v1/databases").status()).isEqualTo(200);

        TestPostgres.execute(
                "postgres",
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
                        + " WHERE application_name = 'pgdeck' AND pid <> pg_backend_pid()");

        assertThat(client.get("/api/v1/databases").status()).isEqualTo(200);
        assertThat(client.query("shop", "SELECT 1").json().get("error")).isNull();
    }
}
