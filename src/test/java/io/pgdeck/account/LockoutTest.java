package io.pgdeck.account;

import static org.assertj.core.api.Assertions.assertThat;

import io.pgdeck.testing.Client;
import io.pgdeck.testing.Deployments;
import io.pgdeck.testing.SingleTenantTest;
import java.io.IOException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

class LockoutTest extends SingleTenantTest {

    @Autowired
    LoginLockout lockout;

    @Autowired
    JdbcClient state;

    @AfterEach
    void unlock() {
        state.sql("DELETE FROM login_lockout").update();
    }

    @Test
    void threeWrongPasswordsFromOneAddressRefuseItEvenTheRightPassword() {
        Client client = anonymous();
        assertThat(client.login("team", "wrong-1")).endsWith("/login?error");
        assertThat(client.login("team", "wrong-2")).endsWith("/login?error");
        assertThat(client.login("team", "wrong-3")).endsWith("/login?locked");

        assertThat(client.login(Deployments.TEAM_LOGIN, Deployments.TEAM_LOGIN_PASSWORD))
                .endsWith("/login?locked");
        assertThat(client.get("/api/v1/deployment").status()).isEqualTo(401);
        assertThat(client.get("/login?locked").body())
                .contains("logins from here are locked")
                .doesNotContain("Wrong username or password");
    }

    @Test
    void lockIsKeptInTheStateStoreSoARestartDoesNotLift() {
        Client client = anonymous();
        for (int attempt = 0; attempt < 3; attempt++) {
            client.login("team", "wrong");
        }

        String lockedUntil = state.sql("SELECT locked_until FROM login_lockout WHERE account LIKE 'address:%'")
                .query(String.class)
                .single();
        assertThat(java.time.Instant.parse(lockedUntil))
                .isAfter(java.time.Instant.now().plus(java.time.Duration.ofMinutes(14)));
    }

    @Test
    void aSuccessfulLoginForgetsEarlierFailures() {
        Client client = anonymous();
        client.login("team", "wrong-1");
        client.login("team", "wrong-2");
        assertThat(client.login(Deployments.TEAM_LOGIN, Deployments.TEAM_LOGIN_PASSWORD))
                .endsWith("/");

        Client other = anonymous();
        other.login("team", "wrong-3");
        other.login("team", "wrong-4");
        assertThat(other.login(Deployments.TEAM_LOGIN, Deployments.TEAM_LOGIN_PASSWORD))
                .endsWith("/");
    }

    @Test
    void anotherAddressStillLogsInWhileOneIsRefused() throws IOException {
        Client stranger = anonymous();
        for (int attempt = 0; attempt < 3; attempt++) {
            stranger.login("team", "guess-" + attempt);
        }
        assertThat(stranger.login(Deployments.TEAM_LOGIN, Deployments.TEAM_LOGIN_PASSWORD))
                .endsWith("/login?locked");

        assertThat(loginFrom("127.0.0.2", Deployments.TEAM_LOGIN_PASSWORD)).isEqualTo("/");
    }

    @Test
    void theAccountLocksOnlyPastTenTimesTheLimitFromAllAddresses() {
        for (int i = 0; i < 3 * LoginLockout.ACCOUNT_FACTOR - 1; i++) {
            lockout.recordFailure("10.0.0." + i);
        }
        assertThat(lockout.isLocked("10.9.9.9")).isFalse();

        lockout.recordFailure("10.0.1.1");

        assertThat(lockout.isLocked("10.9.9.9"))
                .as("every address, once the account is locked")
                .isTrue();
        lockout.recordSuccess("10.9.9.9");
        assertThat(lockout.isLocked("10.9.9.9")).isFalse();
    }

    /** Logs in through the form from {@code clientAddress}, as a browser there would; answers where it redirected. */
    private String loginFrom(String clientAddress, String password) throws IOException {
        String page = raw(clientAddress, "GET /login HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
        String cookies = page.lines()
                .filter(line -> line.regionMatches(true, 0, "Set-Cookie:", 0, 11))
                .map(line -> line.substring(11).strip().split(";")[0])
                .collect(java.util.stream.Collectors.joining("; "));
        java.util.regex.Matcher csrf = java.util.regex.Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"")
                .matcher(page);
        assertThat(csrf.find()).isTrue();
        String form = "username=team&_csrf=" + csrf.group(1) + "&password="
                + java.net.URLEncoder.encode(password, java.nio.charset.StandardCharsets.UTF_8);
        String answer = raw(
                clientAddress,
                "POST /login HTTP/1.1\r\nHost: localhost\r\nCookie: " + cookies
                        + "\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: " + form.length()
                        + "\r\nConnection: close\r\n\r\n" + form);
        return answer.lines()
                .filter(line -> line.regionMatches(true, 0, "Location:", 0, 9))
                .map(line -> line.substring(9).strip())
                .findFirst()
                .orElse(answer);
    }

    private String raw(String clientAddress, String request) throws IOException {
        try (java.net.Socket socket = new java.net.Socket()) {
            socket.bind(new java.net.InetSocketAddress(java.net.InetAddress.getByName(clientAddress), 0));
            socket.connect(new java.net.InetSocketAddress("127.0.0.1", port));
            socket.getOutputStream().write(request.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
            return new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.ISO_8859_1);
        }
    }
}
