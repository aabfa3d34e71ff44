package io.pgdeck.audit;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Removes audit records older than {@code pgdeck.audit.retention}, oldest first, in small slices so the writer is never
 * held up for long. The only delete the audit log ever sees.
 */
@Component
final class AuditRetention {

    private static final Logger log = LoggerFactory.getLogger(AuditRetention.class);
    private static final int SLICE = 5_000;

    private final JdbcClient state;
    private final Duration retention;

    AuditRetention(JdbcClient state, AuditProperties properties) {
        this.state = state;
        this.retention = properties.retention();
    }

    @Scheduled(initialDelay = 1, fixedDelay = 10, timeUnit = TimeUnit.MINUTES)
    void sweep() {
        long removed = removeOlderThan(Instant.now().minus(retention));
        if (removed > 0) {
            log.info("audit: removed {} records older than {}", removed, retention);
        }
    }

    long removeOlderThan(Instant cutoff) {
        String at = AuditTimes.format(cutoff);
        long removed = 0;
        int slice;
        do {
            slice = state.sql("DELETE FROM audit_record WHERE id IN "
                            + "(SELECT id FROM audit_record WHERE at < ? ORDER BY at LIMIT ?)")
                    .params(at, SLICE)
                    .update();
            removed += slice;
        } while (slice == SLICE);
        return removed;
    }
}
