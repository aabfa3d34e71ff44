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

    @Test
    void aSessionNobodyComesBackToIsEndedAndRecordedAsIdle() {
        String agent = "abandoned-" + java.util.UUID.randomUUID();
        Client client = anonymous();
        Client.Response page = client.get("/login");
        String csrf = page.body().replaceAll("(?s).*name=\"_csrf\" value=\"([^\"]+)\".*", "$1");
        client.send(HttpRequest.newBuilder(client.uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("User-Agent", agent)
                .POST(HttpRequest.BodyPublishers.ofString("username=team&password="
                        + AuditTrail.encode(io.pgdeck.testing.Deployments.TEAM_LOGIN_PASSWORD) + "&_csrf="
                        + AuditTrail.encode(csrf))));
        String cookie = client.cookie("JSESSIONID");
        // The browser is closed: no request comes any more. The sweep ends the session once it has been idle.
        Instant start = Instant.now();
        java.util.List<tools.jackson.databind.JsonNode> ends;
        do {
            JobWaiter.sleep(3_000);
            // Each look with a fresh login: sessions here last 30 s at most.
            ends = AuditTrail.records(loggedIn(), "kind=logout&limit=1000").stream()
                    .filter(r -> r.get("detail").has("userAgent")
                            && r.get("detail").get("userAgent").asString().equals(agent))
                    .toList();
        } while (ends.isEmpty() && Duration.between(start, Instant.now()).toSeconds() < 6L * IDLE_SECONDS);

        assertThat(ends).singleElement().satisfies(end -> {
            assertThat(end.get("detail").get("reason").asString()).isEqualTo("idle");
            assertThat(end.get("clientAddress").asString()).isEqualTo("127.0.0.1");
        });
        Client replay = anonymous();
        assertThat(replay.send(HttpRequest.newBuilder(replay.uri("/api/v1/session"))
                                .header("Cookie", "JSESSIONID=" + cookie)
                                .GET())
                        .status())
                .isEqualTo(401);
    }
}
