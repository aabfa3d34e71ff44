package io.pgdeck.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.pgdeck.testing.Client;
import io.pgdeck.testing.SingleTenantTest;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * One team cannot take the shared server's connections: past pgdeck.server.max-connections (20) of its own, a
 * request is refused with 429 and Retry-After, and once connections are given back the next one works.
 */
class ConnectionBudgetTest extends SingleTenantTest {

    @Autowired
    ServerConnections connections;

    @Test
    void slowQueriesBeyondTheBudgetAreRefusedWithTooManyRequests() {
        int before = connections.dedicatedInUse();
        Client client = loggedIn();
        List<CompletableFuture<Client.Response>> slow = new ArrayList<>();
        ExecutorService clients = Executors.newFixedThreadPool(20);
        for (int i = 0; i < 20 - before; i++) {
            slow.add(CompletableFuture.supplyAsync(() -> client.query("shop", "select pg_sleep(4)"), clients));
        }
        awaitInUse(20);

        Client.Response refused = client.query("shop", "select 1");

        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.header("Retry-After")).isEqualTo("5");
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        assertThat(refused.json().get("detail").asString()).contains("20 connections", "max-connections");
        slow.forEach(CompletableFuture::join);
        assertThat(slow).allSatisfy(answer -> assertThat(answer.join().status()).isEqualTo(200));
        assertThat(client.query("shop", "select 1").status()).isEqualTo(200);
        assertThat(connections.dedicatedInUse()).isEqualTo(before);
        clients.shutdown();
    }

    private void awaitInUse(int count) {
        long deadline = System.nanoTime() + 20_000_000_000L;
        while (connections.dedicatedInUse() < count && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
        assertThat(connections.dedicatedInUse()).isEqualTo(count);
    }
}
