package io.pgdeck.audit;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/** Times as the store keeps them: fixed-width ISO-8601 UTC to the millisecond, so text order is time order. */
final class AuditTimes {

    private static final DateTimeFormatter STORED =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private AuditTimes() {}

    static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }

    static String format(Instant at) {
        return STORED.format(at);
    }

    static Instant parse(String stored) {
        return Instant.parse(stored);
    }
}
