package io.pgdeck.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Why a session ended, as the audit log says it: the limit reached first, whenever somebody (a request, the sweep of
 * abandoned sessions) happens to look. Idle timeout 15 minutes, maximum age 12 hours, logged in at 00:00.
 */
class SessionEndTest {

    private static final SessionProperties LIMITS = new SessionProperties(Duration.ofMinutes(15), Duration.ofHours(12));
    private static final Instant LOGIN = Instant.parse("2026-12-05T00:00:00Z");

    @ParameterizedTest(name = "last activity {0}, looked at {1}: {2}")
    @CsvSource({
        "00:10, 00:20, ",
        "00:10, 00:25, idle",
        "11:50, 11:59, ",
        "11:50, 12:00, max-age",
        "11:55, 12:30, max-age",
        "00:10, 12:30, idle",
        "11:44, 12:05, idle"
    })
    void theLimitReachedFirstIsTheReason(String lastActivity, String lookedAt, String reason) {
        assertThat(SessionLimits.endedBy(LOGIN, at(lastActivity), LIMITS, at(lookedAt)))
                .isEqualTo(reason);
    }

    private static Instant at(String time) {
        return Instant.parse("2026-12-05T" + time + ":00Z");
    }
}
