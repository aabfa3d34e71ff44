package io.pgdeck.audit;

import static org.assertj.core.api.Assertions.assertThat;

import io.pgdeck.testing.Client;
import io.pgdeck.testing.JobWaiter;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The server ends sessions: idle ones, old ones however busy, and logged-out ones. */
class SessionLimitsTest extends ShortSessionTest {

    @Test
    void aBusySessionStillEndsAtItsMaximumAgeAndTheEndIsAudited() {
        Client client = loggedIn();
        Instant start = Instant.now();
        Client.Response answer;
        do {
            JobWaiter.sleep(2_000);
            answer = client.send(client.withCsrf(HttpRequest.newBuilder(client.uri("/api/v1/session/keep-alive")))
                    .POST(HttpRequest.BodyPublishers.noBody()));
        } while (answer.status() == 204
                && Duration.between(start, Instant.now()).toSeconds() < 3 * MAX_AGE_SECONDS);

        assertThat(answer.status()).isEqualTo(401);
        assertThat(answer.body()).contains("Your session expired");
        assertThat(Duration.between(start, Instant.now()))
                .isGreaterThanOrEqualTo(Duration.ofSeconds(MAX_AGE_SECONDS - 1));
        assertThat(client.get("/").header("Location")).endsWith("/login");
        assertThat(AuditTrail.records(loggedIn(), "kind=logout"))
                .anySatisfy(end ->
                        assertThat(end.get("detail").get("reason").asString()).isEqualTo("max-age"));
    }

    @Test
    void theSessionStatusTellsThePageHowLongIsLeftWithoutCountingAsActivity() {
        Client client = loggedIn();
        var first = client.get("/api/v1/session").json();
        JobWaiter.sleep(2_000);
        var second = client.get("/api/v1/session").json();

        assertThat(first.get("idleTimeoutSeconds").asLong()).isEqualTo(IDLE_SECONDS);
        assertThat(first.get("warnSeconds").asLong()).isEqualTo(IDLE_SECONDS / 2);
        assertThat(second.get("remainingSeconds").asLong())
                .isLessThan(first.get("remainingSeconds").asLong());
    }

    @Test
    void logoutEndsTheSessionOnTheServerAndIsAudited() {
        Client client = loggedIn();
        String cookie = client.cookie("JSESSIONID");
        client.send(client.withCsrf(HttpRequest.newBuilder(client.uri("/logout")))
                .POST(HttpRequest.BodyPublishers.noBody()));

        Client replay = anonymous();
        Client.Response stale = replay.send(HttpRequest.newBuilder(replay.uri("/api/v1/session"))
                .header("Cookie", "JSESSIONID=" + cookie)
                .GET());
        assertThat(stale.status()).isEqualTo(401);
        assertThat(AuditTrail.records(loggedIn(), "kind=logout"))
                .anySatisfy(end ->
                        assertThat(end.get("detail").get("reason").asString()).isEqualTo("logout"));
    }
}
