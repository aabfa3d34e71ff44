package io.pgdeck.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.pgdeck.testing.Client;
import io.pgdeck.testing.SingleTenantTest;
import org.junit.jupiter.api.Test;

/** The platform's probes answer without a session: liveness, and readiness that includes the managed server. */
class ProbesTest extends SingleTenantTest {

    @Test
    void livenessAndReadinessAnswerWithoutALogin() {
        Client probe = anonymous();

        Client.Response liveness = probe.get("/actuator/health/liveness");
        Client.Response readiness = probe.get("/actuator/health/readiness");

        assertThat(liveness.status()).isEqualTo(200);
        assertThat(liveness.json().get("status").asString()).isEqualTo("UP");
        assertThat(readiness.status()).isEqualTo(200);
        assertThat(readiness.json().get("status").asString()).isEqualTo("UP");
        assertThat(liveness.header("Set-Cookie")).as("probes make no session").isNull();
    }
}
