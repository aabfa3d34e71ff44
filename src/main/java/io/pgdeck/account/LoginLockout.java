package io.pgdeck.account;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Throttles failed logins per client address first, and locks the one account only past a far higher count from all
 * addresses together: a stranger's three wrong guesses shut out that stranger, not the team. Both counts live in the
 * state store, so a restart (or another replica) does not forget them. The client address is the one the trusted
 * proxy names (pgdeck.web.trusted-proxies), else the connection's.
 */
@Component
final class LoginLockout {

    /** There is one account, so every failure counts against it whatever username was typed. */
    private static final String ACCOUNT = "team";
    /** How many times the per-address limit all addresses together may fail before the account itself locks. */
    static final int ACCOUNT_FACTOR = 10;

    private static final Logger log = LoggerFactory.getLogger(LoginLockout.class);

    private final JdbcClient state;
    private final AccountProperties properties;
    private final Clock clock;

    LoginLockout(JdbcClient state, AccountProperties properties) {
        this.state = state;
        this.properties = properties;
        this.clock = Clock.systemUTC();
    }

    /** Whether logins from {@code address} are refused now: the address is throttled, or the account is locked. */
    boolean isLocked(String address) {
        return lockedUntil(address)
                .filter(until -> until.isAfter(clock.instant()))
                .isPresent();
    }

    /** Until when logins from {@code address} are refused, whichever of its throttle or the account's lock is later. */
    Optional<Instant> lockedUntil(String address) {
        Optional<Instant> account = until(ACCOUNT);
        Optional<Instant> client = until(key(address));
        if (account.isEmpty()) {
            return client;
        }
        return client.filter(other -> other.isAfter(account.get())).or(() -> account);
    }

    synchronized void recordFailure(String address) {
        Instant lockedUntil = clock.instant().plus(properties.lockout());
        if (count(key(address), properties.maxLoginAttempts(), lockedUntil)) {
            log.warn(
                    "Login: {} failed logins from {}; that address is refused until {}",
                    properties.maxLoginAttempts(),
                    address,
                    lockedUntil);
        }
        int accountLimit = properties.maxLoginAttempts() * ACCOUNT_FACTOR;
        if (count(ACCOUNT, accountLimit, lockedUntil)) {
            log.warn(
                    "Login: {} failed logins from all addresses; the account is locked until {}",
                    accountLimit,
                    lockedUntil);
        }
    }

    void recordSuccess(String address) {
        state.sql("DELETE FROM login_lockout WHERE account IN (?, ?)")
                .params(ACCOUNT, key(address))
                .update();
    }

    /** Adds a failure to {@code row}; at {@code limit} it locks until {@code lockedUntil} and answers true. */
    private boolean count(String row, int limit, Instant lockedUntil) {
        int failures = state.sql("SELECT failures FROM login_lockout WHERE account = ?")
                        .param(row)
                        .query(Integer.class)
                        .optional()
                        .orElse(0)
                + 1;
        boolean locks = failures >= limit;
        state.sql("INSERT INTO login_lockout (account, failures, locked_until) VALUES (?, ?, ?) "
                        + "ON CONFLICT (account) DO UPDATE SET failures = excluded.failures, "
                        + "locked_until = coalesce(excluded.locked_until, login_lockout.locked_until)")
                .params(row, locks ? 0 : failures, locks ? lockedUntil.toString() : null)
                .update();
        return locks;
    }

    private Optional<Instant> until(String row) {
        return state.sql("SELECT locked_until FROM login_lockout WHERE account = ?")
                .param(row)
                .query(String.class)
                .optional()
                .map(Instant::parse);
    }

    private static String key(String address) {
        return "address:" + (address == null ? "unknown" : address);
    }
}
