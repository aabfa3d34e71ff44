package io.pgdeck.account;

import static org.assertj.core.api.Assertions.assertThat;

import io.pgdeck.testing.Client;
import io.pgdeck.testing.Deployments;
import io.pgdeck.testing.SingleTenantTest;
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
        lockout.recordSuccess();
    }

    @Test
    void threeWrongPasswordsLockTheAccountEvenForTheRightPassword() {
        Client client = anonymous();
        assertThat(client.login("team", "wrong-1")).endsWith("/login?error");
        assertThat(client.login("team", "wrong-2")).endsWith("/login?error");
        assertThat(client.login("team", "wrong-3")).endsWith("/login?locked");

        assertThat(client.login(Deployments.TEAM_LOGIN, Deployments.TEAM_LOGIN_PASSWORD))
                .endsWith("/login?locked");
        assertThat(client.get("/api/v1/deployment").status()).isEqualTo(401);
        assertThat(client.get("/login?locked").body())
                .contains("the account is locked")
                .doesNotContain("Wrong username or password");
    }

    @Test
    void lockIsKeptInTheStateStoreSoARestartDoesNotLift() {
        Client client = anonymous();
        for (int attempt = 0; attempt < 3; attempt++) {
            client.login("team", "wrong");
        }

        String lockedUntil = state.sql("SELECT locked_until FROM login_lockout")
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
}
