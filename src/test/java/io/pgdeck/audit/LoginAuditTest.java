package io.pgdeck.audit;

import static org.assertj.core.api.Assertions.assertThat;

import io.pgdeck.testing.Client;
import io.pgdeck.testing.Deployments;
import io.pgdeck.testing.SingleTenantTest;
import java.net.http.HttpRequest;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

@ExtendWith(OutputCaptureExtension.class)
class LoginAuditTest extends SingleTenantTest {

    @Autowired
    JdbcClient state;

    @Test
    void loginsFailuresLockoutAndLogoutAreRecordedWithAddressAndUserAgent(CapturedOutput output) {
        String agent = "auditor-agent-" + UUID.randomUUID();
        try {
            Client client = anonymous();
            assertThat(login(client, agent, "wrong")).endsWith("/login?error");
            login(client, agent, "wrong");
            login(client, agent, "wrong");
            assertThat(login(client, agent, Deployments.TEAM_LOGIN_PASSWORD)).endsWith("/login?locked");
        } finally {
            state.sql("DELETE FROM login_lockout").update();
        }
        Client client = anonymous();
        assertThat(login(client, agent, Deployments.TEAM_LOGIN_PASSWORD)).endsWith("/");
        client.send(client.withCsrf(HttpRequest.newBuilder(client.uri("/logout")))
                .header("User-Agent", agent)
                .POST(HttpRequest.BodyPublishers.noBody()));

        Client auditor = loggedIn();
        List<JsonNode> events = AuditTrail.records(auditor, "kind=login,logout&limit=1000").stream()
                .filter(r -> agent.equals(text(r.get("detail").get("userAgent")))
                        || r.get("kind").asString().equals("logout"))
                .toList();
        List<String> seen = events.stream()
                .map(r -> r.get("kind").asString() + ":" + r.get("outcome").asString() + ":"
                        + r.get("detail")
                                .get(r.get("kind").asString().equals("login") ? "event" : "reason")
                                .asString())
                .toList();
        assertThat(seen)
                .containsSubsequence(
                        "logout:success:logout",
                        "login:success:success",
                        "login:denied:lockout",
                        "login:denied:lockout",
                        "login:failure:failure",
                        "login:failure:failure",
                        "login:failure:failure");
        JsonNode success = events.stream()
                .filter(r -> r.get("outcome").asString().equals("success")
                        && r.get("kind").asString().equals("login"))
                .findFirst()
                .orElseThrow();
        assertThat(success.get("clientAddress").asString()).isEqualTo("127.0.0.1");
        assertThat(success.get("detail").get("userAgent").asString()).isEqualTo(agent);
        assertThat(AuditTrail.lines(output, agent)).hasSizeGreaterThanOrEqualTo(6);
        assertThat(output.getOut()).doesNotContain(Deployments.TEAM_LOGIN_PASSWORD);
    }

    @Test
    void theConfigurationAtStartIsRecordedWithoutItsSecrets() {
        JsonNode start = AuditTrail.records(loggedIn(), "kind=configuration").get(0);
        JsonNode settings = start.get("detail").get("settings");
        assertThat(settings.get("pgdeck.deployment.environment").asString()).isEqualTo("staging");
        assertThat(settings.get("pgdeck.account.password").asString()).isEqualTo("(set)");
        assertThat(start.toString()).doesNotContain(Deployments.TEAM_LOGIN_PASSWORD);
    }

    private static String login(Client client, String agent, String password) {
        Client.Response page = client.get("/login");
        String csrf = page.body().replaceAll("(?s).*name=\"_csrf\" value=\"([^\"]+)\".*", "$1");
        String form = "username=" + Deployments.TEAM_LOGIN + "&password=" + AuditTrail.encode(password) + "&_csrf="
                + AuditTrail.encode(csrf);
        return client.send(HttpRequest.newBuilder(client.uri("/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header("User-Agent", agent)
                        .POST(HttpRequest.BodyPublishers.ofString(form)))
                .header("Location");
    }

    private static String text(JsonNode node) {
        return node == null ? null : node.asString();
    }
}
