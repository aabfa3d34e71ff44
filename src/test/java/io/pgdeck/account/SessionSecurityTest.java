package io.pgdeck.account;

import static org.assertj.core.api.Assertions.assertThat;

import io.pgdeck.testing.Client;
import io.pgdeck.testing.Client.Response;
import io.pgdeck.testing.Deployments;
import io.pgdeck.testing.SingleTenantTest;
import java.net.http.HttpRequest;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class SessionSecurityTest extends SingleTenantTest {

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient state;

    @AfterEach
    void forgetFailures() {
        state.sql("DELETE FROM login_lockout").update();
    }

    @Test
    void apiWithoutSessionAnswers401ProblemJsonNotARedirect() {
        Response response = anonymous().get("/api/v1/deployment");

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.json().get("status").asInt()).isEqualTo(401);
        assertThat(response.json().get("detail").asString()).contains("Log in");
    }

    @Test
    void pagesWithoutSessionRedirectToTheLoginPage() {
        Response response = anonymous().get("/");

        assertThat(response.status()).isEqualTo(302);
        assertThat(response.header("Location")).endsWith("/login");
    }

    @Test
    void loginPageIsServerRenderedWithACsrfFieldAndNoScript() {
        Response page = anonymous().get("/login");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body())
                .contains("<form method=\"post\" action=\"login\">")
                .contains("name=\"_csrf\"")
                .contains("STAGING")
                .doesNotContain("<script");
    }

    @Test
    void rightPasswordRedirectsHomeWithASessionAndWrongOneBackToTheForm() {
        Client client = anonymous();
        assertThat(client.login(Deployments.TEAM_LOGIN, "wrong")).endsWith("/login?error");
        assertThat(client.get("/api/v1/deployment").status()).isEqualTo(401);

        assertThat(client.login(Deployments.TEAM_LOGIN, Deployments.TEAM_LOGIN_PASSWORD))
                .endsWith("/");
        assertThat(client.get("/api/v1/deployment").status()).isEqualTo(200);
    }

    @Test
    void wrongUsernameWithTheRightPasswordIsRefused() {
        assertThat(anonymous().login("admin", Deployments.TEAM_LOGIN_PASSWORD)).endsWith("/login?error");
    }

    @Test
    void loginFormWithoutTheCsrfFieldIsRefused() {
        Client client = anonymous();
        client.get("/login");

        Response answer = client.postForm(
                "/login", Map.of("username", Deployments.TEAM_LOGIN, "password", Deployments.TEAM_LOGIN_PASSWORD));

        assertThat(answer.status()).isEqualTo(403);
        assertThat(client.get("/api/v1/deployment").status()).isEqualTo(401);
    }

    @Test
    void unsafeApiRequestsNeedTheCsrfHeader() {
        Client client = loggedIn();

        Response without = client.postJsonWithoutCsrf("/api/v1/databases/postgres/query", "{\"sql\":\"select 1\"}");
        Response with = client.postJson("/api/v1/databases/postgres/query", "{\"sql\":\"select 1\"}");

        assertThat(without.status()).isEqualTo(403);
        assertThat(with.status()).isNotEqualTo(403);
    }

    @Test
    void everyAnswerCarriesTheSecurityHeaders() {
        Response page = anonymous().get("/login");

        assertThat(page.header("Content-Security-Policy"))
                .contains("default-src 'self'")
                .contains("frame-ancestors 'none'");
        assertThat(page.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(page.header("Referrer-Policy")).isEqualTo("no-referrer");
        assertThat(page.header("X-Frame-Options")).isEqualTo("DENY");
    }

    @Test
    void sessionCookieIsHttpOnlyAndSameSiteStrict() {
        Response answer = anonymous().submitLogin(Deployments.TEAM_LOGIN, Deployments.TEAM_LOGIN_PASSWORD);

        String sessionCookie = answer.headers().allValues("Set-Cookie").stream()
                .filter(cookie -> cookie.startsWith("JSESSIONID="))
                .findFirst()
                .orElseThrow();
        assertThat(sessionCookie).contains("HttpOnly").containsIgnoringCase("SameSite=Strict");
    }

    @Test
    void behindATlsProxyTheSessionCookieIsSecure() {
        Client client = anonymous();
        Response page = client.send(HttpRequest.newBuilder(client.uri("/login")).header("X-Forwarded-Proto", "https"));
        java.util.regex.Matcher csrf = java.util.regex.Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"")
                .matcher(page.body());
        assertThat(csrf.find()).isTrue();

        // The CSRF cookie came back Secure, so this plain-HTTP client must hand it back itself, as a browser on HTTPS
        // would.
        // The token belongs to the login page's session, whose cookie is Secure too.
        String csrfCookie = page.headers().allValues("Set-Cookie").stream()
                .filter(cookie -> cookie.startsWith("XSRF-TOKEN=") || cookie.startsWith("JSESSIONID="))
                .map(cookie -> cookie.substring(0, cookie.indexOf(';')))
                .collect(java.util.stream.Collectors.joining("; "));
        assertThat(page.header("Set-Cookie")).contains("Secure");
        Response answer = client.send(HttpRequest.newBuilder(client.uri("/login"))
                .header("X-Forwarded-Proto", "https")
                .header("Cookie", csrfCookie)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=team&_csrf=" + csrf.group(1) + "&password="
                        + java.net.URLEncoder.encode(
                                Deployments.TEAM_LOGIN_PASSWORD, java.nio.charset.StandardCharsets.UTF_8))));

        assertThat(answer.headers().allValues("Set-Cookie"))
                .filteredOn(cookie -> cookie.startsWith("JSESSIONID="))
                .singleElement()
                .asString()
                .contains("Secure");
    }

    @Test
    void logoutEndsTheSession() {
        Client client = loggedIn();
        Response logout = client.send(client.withCsrf(HttpRequest.newBuilder(client.uri("/logout")))
                .POST(HttpRequest.BodyPublishers.noBody()));

        assertThat(logout.status()).isEqualTo(302);
        assertThat(logout.header("Location")).endsWith("/login?logout");
        assertThat(client.get("/api/v1/deployment").status()).isEqualTo(401);
    }
}
