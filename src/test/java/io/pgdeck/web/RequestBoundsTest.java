package io.pgdeck.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.pgdeck.testing.Client;
import io.pgdeck.testing.SingleTenantTest;
import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * One request cannot leave pgdeck deaf: bodies, scripts and the rows a page brings are bounded in bytes, each refused
 * with a clear problem, and the next request is answered as usual.
 */
class RequestBoundsTest extends SingleTenantTest {

    @Test
    void aJsonBodyOverTheBoundIsRefusedBeforeItIsRead() {
        Client client = loggedIn();
        String body = "{\"sql\":\"select '" + "x".repeat(9 * 1024 * 1024) + "'\"}";

        Client.Response refused = client.postJson("/api/v1/databases/shop/query", body);

        assertTooLarge(refused);
        assertStillAnswers(client);
    }

    @Test
    void aBodyWithoutADeclaredLengthIsCutOffAtTheBound() {
        Client client = loggedIn();
        byte[] body = ("{\"sql\":\"select '" + "x".repeat(9 * 1024 * 1024) + "'\"}").getBytes(StandardCharsets.UTF_8);
        HttpRequest.Builder chunked = HttpRequest.newBuilder(client.uri("/api/v1/databases/shop/query"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)));

        assertTooLarge(client.send(client.withCsrf(chunked)));
        assertStillAnswers(client);
    }

    @Test
    void twoMillionStatementsAreRefusedAsTooLarge() {
        Client client = loggedIn();

        assertTooLarge(client.query("shop", "select 1;".repeat(2_000_000)));
        assertStillAnswers(client);
    }

    @Test
    void aScriptOfMoreStatementsThanAnyScriptHoldsIsRefusedWithTheCount() {
        Client client = loggedIn();

        Client.Response refused = client.query("shop", "select 1;".repeat(150_000));

        assertTooLarge(refused);
        assertThat(refused.json().get("detail").asString()).contains("150000 statements", "at most 100000");
        assertStillAnswers(client);
    }

    @Test
    void rowsTooLargeForOneFetchFailClearlyInsteadOfExhaustingMemory() {
        Client client = loggedIn();

        Client.Response answer = client.postJson(
                "/api/v1/databases/shop/query",
                "{\"sql\":\"select repeat('x', 1000000) AS big from generate_series(1, 1000)\",\"maxRows\":1000}");

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.json().at("/error/message").asString()).contains("maxResultBuffer");
        assertStillAnswers(client);
    }

    private static void assertTooLarge(Client.Response response) {
        assertThat(response.status())
                .as(response.body().substring(0, Math.min(300, response.body().length())))
                .isEqualTo(413);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.json().get("detail").asString()).isNotBlank();
    }

    private static void assertStillAnswers(Client client) {
        assertThat(client.query("shop", "select 41 + 1")
                        .json()
                        .at("/results/0/rows/0/0")
                        .asInt())
                .isEqualTo(42);
    }
}
