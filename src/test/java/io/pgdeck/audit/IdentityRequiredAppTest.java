package io.pgdeck.audit;

import static org.assertj.core.api.Assertions.assertThat;

import io.pgdeck.testing.Client;
import io.pgdeck.testing.Deployments;
import io.pgdeck.testing.WebTest;
import java.net.http.HttpRequest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * A running pgdeck with pgdeck.identity.required: the shared password alone opens nothing; a request that does not
 * name the person is refused and recorded; one the proxy names them in goes through to the login as usual.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
class IdentityRequiredAppTest extends WebTest {

    @DynamicPropertySource
    static void deployment(DynamicPropertyRegistry registry) {
        Deployments.singleTenant(registry);
        registry.add("pgdeck.identity.header", () -> IdentityContext.HEADER);
        registry.add("pgdeck.identity.trusted-proxies", () -> "127.0.0.1");
        registry.add("pgdeck.identity.required", () -> "true");
    }

    @Test
    void withoutThePersonNothingOpensAndTheRefusalIsRecorded(CapturedOutput output) throws Exception {
        Client client = anonymous();

        Client.Response refused = client.get("/login");
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");

        Client.Response named = client.send(HttpRequest.newBuilder(client.uri("/login"))
                .header(IdentityContext.HEADER, "ada@example.org")
                .GET());
        assertThat(named.status()).isEqualTo(200);
        assertThat(named.body()).contains("Log in");

        List<JsonNode> lines = awaitLines(output, "request without the identity header refused");
        assertThat(lines).isNotEmpty();
        assertThat(lines.get(0).get("kind").asString()).isEqualTo("identity");
        assertThat(lines.get(0).get("outcome").asString()).isEqualTo("denied");
    }

    private static List<JsonNode> awaitLines(CapturedOutput output, String text) throws InterruptedException {
        for (int attempt = 0; attempt < 50; attempt++) {
            List<JsonNode> lines = AuditTrail.lines(output, text);
            if (!lines.isEmpty()) {
                return lines;
            }
            Thread.sleep(100);
        }
        return AuditTrail.lines(output, text);
    }
}
