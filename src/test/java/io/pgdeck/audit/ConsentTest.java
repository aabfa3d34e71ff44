package io.pgdeck.audit;

import static org.assertj.core.api.Assertions.assertThat;

import io.pgdeck.testing.Client;
import io.pgdeck.testing.Deployments;
import io.pgdeck.testing.MultiTenantTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** An IL4 deployment shows the standard DoD notice and refuses a login that does not accept it. */
class ConsentTest extends MultiTenantTest {

    @Test
    void theLoginPageShowsTheDodNoticeWithABoxToAcceptIt() {
        String page = anonymous().get("/login").body();

        assertThat(page)
                .contains("data-testid=\"consent-notice\"")
                .contains("You are accessing a U.S. Government (USG) Information System (IS)")
                .contains("name=\"consent\" required");
    }

    @Test
    void aLoginWithoutConsentIsRefusedEvenWithTheRightPasswordAndTheRefusalIsAudited() {
        Client client = anonymous();
        String page = client.get("/login").body();
        String csrf = page.replaceAll("(?s).*name=\"_csrf\" value=\"([^\"]+)\".*", "$1");

        Client.Response refused = client.postForm(
                "/login",
                Map.of(
                        "username", Deployments.TEAM_LOGIN,
                        "password", Deployments.TEAM_LOGIN_PASSWORD,
                        "_csrf", csrf));

        assertThat(refused.header("Location")).endsWith("/login?consent");
        assertThat(client.get("/api/v1/deployment").status()).isEqualTo(401);
        assertThat(client.get("/login?consent").body()).contains("Accept the notice below to log in.");

        Client auditor = loggedIn();
        var consents = AuditTrail.records(auditor, "kind=consent&limit=2");
        assertThat(consents).extracting(r -> r.get("outcome").asString()).containsExactly("success", "denied");
        assertThat(consents.get(0).get("detail").get("noticeFirstLine").asString())
                .startsWith("You are accessing");
        assertThat(consents.get(0).get("detail").get("noticeSha256").asString()).hasSize(64);
        assertThat(consents.get(1).get("clientAddress").asString()).isEqualTo("127.0.0.1");
    }
}
