package io.pgdeck.account;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Counts failed logins and locks the account after too many, in the state store so a restart does not unlock it. */
@Component
final class LoginLockout {

    /** There is one account, so every failure counts against it whatever username was typed. */
    private static final String ACCOUNT = "team";

    private final JdbcClient state;
    private final AccountProperties properties;
    private final Clock clock;

    LoginLockout(JdbcClient state, AccountProperties properties) {
        this.state = state;
        this.properties = properties;
        this.clock = Clock.systemUTC();
    }

    boolean isLocked() {
        return lockedUntil().filter(until -> until.isAfter(clock.instant())).isPresent();
    }

    Optional<Instant> lockedUntil() {
        return state.sql("SELECT locked_until FROM login_lockout WHERE account = ?")
                .param(ACCOUNT)
                .query(String.class)
                .optional()
                .map(Instant::parse);
    }

    synchronized void recordFailure() {
        int failures = state.sql("SELECT failures FROM login_lockout WHERE account = ?")
                        .param(ACCOUNT)
                        .query(Integer.class)
                        .optional()
                        .orElse(0)
                + 1;
        String lockedUntil = failures >= properties.maxLoginAttempts()
                ? clock.instant().plus(properties.lockout()).toString()
                : null;
        int remembered = failures >= properties.maxLoginAttempts() ? 0 : failures;
        state.sql("INSERT INTO login_lockout (account, failures, locked_until) VALUES (?, ?, ?) "
                        + "ON CONFLICT (account) DO UPDATE SET failures = excluded.failures, "
                        + "locked_until = excluded.locked_until")
                .params(ACCOUNT, remembered, lockedUntil)
                .update();
    }

    void recordSuccess() {
        state.sql("DELETE FROM login_lockout WHERE account = ?").param(ACCOUNT).update();
    }
}
